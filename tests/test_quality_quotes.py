"""Quality floors for quote extraction, measured by eval.score_quotes.

The floors sit a little below the figures measured when they were set; they
are never lowered silently. The score runs without the people stage
(``use_entities=False``) so that it pins this stage's own quality; the report
of ``python -m eval.score_quotes`` gives the figures with it as well.
"""

from __future__ import annotations

import pytest

from eval.score_quotes import GOLD_ID, Result, run_all
from tests.conftest import shared_or_skip

# measured 2024-11 (see the report): en P 0.782 R 0.955 speaker 0.820; id F1 0.986 speaker 0.944
# raised after the speaker work: en P 0.779 R 0.957 speaker 0.900 (scorer: indefinite sources unnamed); id unchanged
# raised after headline names, sentence subjects, the continuation rule and he/she by gender:
# en speaker 0.921 (with entities 0.921, was 0.878); id speaker 0.944 (with entities 0.951)
# raised after short attributed quotes (standalone rest of a split quote, cued/contained partial quotes),
# dash bylines and ``X of Y`` names: en R 0.963 P 0.776 speaker 0.938 (with entities 0.938; dev 0.956)
# raised after Indonesian speaker work (glued sentence ends, initials aliases, first name -> full name across
# middle initials, description-then-name phrases, -nya cues resolved to named sentence subjects, ``ujarnya lagi``):
# id speaker 0.958 with and without entities (was 0.951 / 0.944); en unchanged
# raised after the dev-set-2 speaker work (``akrab disapa`` nicknames, misspelt and Javanese short names,
# a month word ending a name, ``akun bernama @x`` handles, a pronoun opening the cue's clause, cautious
# sentence-initial subjects, a misspelt cue after ``,"``): id speaker with entities 0.979 (was 0.958);
# dev set 2 with entities 0.838 -> 1.000 (without 0.738 -> 0.863); without entities and en unchanged
# raised after short quotes as objects of verbs of saying (English): en R 0.976 (train 0.978, dev 0.957), P 0.776,
# speaker 0.937; and after the dev-set-3 speaker work (spaced-hyphen names, prefixed-verb sentence openings,
# ``Name, Role mengatakan`` and ``Name dari Org`` subjects, organisations and places never people): id speaker
# without entities 0.972 (was 0.958), with entities 1.000 (was 0.979); dev set 3 with entities 0.851 -> 1.000
# pinned after the dev-set-5 and dev-set-6 speaker work: dev 5 0.778 -> 0.972, dev 6 0.886 -> 0.962 (with entities)
# English transcripts and two-paragraph quotes (read from train only): dev split recall 0.957 -> 0.973, P 0.774
# English fragments woven into the writer's clause no longer count as quotes: P 0.775 -> 0.796
# raised after the corpus- and PolNeAR-driven rounds 12-14: en speaker with entities 0.945 -> 0.948 (2885/3042)
# raised after rounds 19-25 (round 24 read 100 PolNeAR speaker errors): en speaker 0.954 without entities,
# 0.962 (2926/3042) with them
# raised after rounds 27-30 (a third PolNeAR pass, a perturbation round, a fresh bbc audit, pronoun chains): en
# speaker with entities 0.966 (2938/3042); without them 0.956 (2908/3042), floor kept
FLOORS = {
    "en": {"recall": 0.97, "precision": 0.79, "speaker_accuracy": 0.95},
    "id": {"f1": 0.98, "precision": 0.97, "recall": 0.98, "speaker_accuracy": 0.965},
}
#: the product runs with the people stage: its speaker figures are pinned too
#: raised in stop 19 after round 34's PolNeAR pass (r34c): en speaker with entities 0.971 (2955/3042)
FLOORS_WITH_ENTITIES = {"en": {"speaker_accuracy": 0.965}, "id": {"speaker_accuracy": 0.99}}
#: development sets 2 to 22, 25 and 26 (readable, see eval/gold/README.md), with the people stage, by set
#: number; sets 23, 24, 27 and 28 stay unread, as the unseen check
FLOORS_DEV: dict[int, dict[str, float]] = {
    2: {"f1": 0.985, "speaker_accuracy": 0.98},
    3: {"f1": 0.985, "speaker_accuracy": 0.98},
    # set 4: 0.868 when first scored unseen, 1.000 after its errors were read and fixed
    4: {"f1": 0.985, "speaker_accuracy": 0.98},
    # set 5: 0.778 when first scored unseen, 0.972 after its errors were read and fixed
    5: {"f1": 0.985, "speaker_accuracy": 0.97},  # 0.986 after round 34 (r34a)
    # set 6: 0.886 when first scored unseen, 0.962 after its errors were read and fixed
    6: {"f1": 0.985, "speaker_accuracy": 0.95},
    # sets 7 and 8: 0.895 and 0.889 when first scored unseen; 0.919 and 0.950 after their errors were read
    7: {"f1": 0.985, "speaker_accuracy": 0.98},  # 1.000 after round 34 (r34a)
    8: {"f1": 0.985, "speaker_accuracy": 0.96},
    # set 9: 0.915 when first scored unseen, 0.972 after its errors were read and fixed (1.000 after the
    # corpus-driven round on unattributed quotes)
    9: {"f1": 0.98, "speaker_accuracy": 0.98},
    # set 10: 0.822 when first scored unseen, 0.933 after its errors were read and fixed (0.967 after the
    # corpus-driven round)
    10: {"f1": 0.98, "speaker_accuracy": 0.95},
    # sets 11 and 12: 0.853 and 0.879 when first scored unseen, 0.926 and 1.000 after their errors were read
    # (set 12's F1 is 0.935: doubled marks in one article)
    11: {"f1": 0.98, "speaker_accuracy": 0.91},
    12: {"f1": 0.93, "speaker_accuracy": 0.98},
    # sets 13 and 14: 0.857 and 0.882 when first scored unseen, 1.000 and 1.000 after their errors were read
    # (set 14's F1 is 0.990: one quote opened and closed with two right single quotes is missed)
    13: {"f1": 0.985, "speaker_accuracy": 0.98},
    14: {"f1": 0.985, "speaker_accuracy": 0.98},
    # sets 15 and 16: 0.972 and 0.909 when first scored unseen, 1.000 and 0.932 after their errors were read
    # (set 16: ``Muhsin`` for ``Habib Muchsin Al Atas`` ×3 is a name reading left open)
    15: {"f1": 0.985, "speaker_accuracy": 0.98},
    16: {"f1": 0.985, "speaker_accuracy": 0.92},
    # sets 17 to 20: 0.902, 0.907, 0.925 and 0.957 when first scored unseen; 0.941, 0.977, 0.976 and 1.000
    # after their errors were read (set 17: Keisuke Honda's three unattributed quotes, the people stage
    # never reads him)
    17: {"f1": 0.985, "speaker_accuracy": 0.93},
    18: {"f1": 0.985, "speaker_accuracy": 0.96},
    19: {"f1": 0.985, "speaker_accuracy": 0.96},
    20: {"f1": 0.985, "speaker_accuracy": 0.98},
    # sets 21 and 22: 0.956 and 0.854 when first scored unseen; 1.000 and 0.917 after their errors were read
    # (set 22: ``kata Kim`` read as Kim Jong Un twice, ``saran Romo``, a lyric after ``berbunyi``)
    21: {"f1": 0.985, "speaker_accuracy": 0.98},
    22: {"f1": 0.985, "speaker_accuracy": 0.90},
    # sets 25 and 26: 0.897 and 0.806 when first scored unseen; 0.966 and 0.906 after their errors were read
    # (set 26: "Jokowi" labelled as written, "Joko Widodo" predicted; ``rap Jaden``); set 26 0.969 since the
    # scorer counts a known nickname (data/aliases.yaml) as the person it stands for
    25: {"f1": 0.96, "speaker_accuracy": 0.95},
    26: {"f1": 0.97, "speaker_accuracy": 0.97},  # 1.000 after round 34 (``rap Jaden``)
    # sets 23 and 24: 0.907 and 0.925 when first scored unseen (unchanged by four rounds on other sets);
    # 0.977 and 1.000 after their errors were read (set 23: an unclosed quote of Anies left unattributed)
    23: {"f1": 0.985, "speaker_accuracy": 0.95},
    24: {"f1": 0.985, "speaker_accuracy": 0.98},
}

def _scored(use_entities: bool) -> dict[str, Result]:
    shared_or_skip("corpus", "polnear")
    if not GOLD_ID.exists():
        pytest.skip(f"{GOLD_ID} is absent")
    return run_all(use_entities=use_entities)


@pytest.fixture(scope="module")
def results() -> dict[str, Result]:
    return _scored(use_entities=False)


@pytest.fixture(scope="module")
def results_with_entities() -> dict[str, Result]:
    return _scored(use_entities=True)


@pytest.mark.parametrize("language", sorted(FLOORS_WITH_ENTITIES))
def test_quote_quality_floors_with_entities(results_with_entities: dict[str, Result], language: str) -> None:
    result = results_with_entities.get(language)
    if result is None:
        pytest.skip(f"no {language} corpus")
    figures = result.figures()
    for name, floor in FLOORS_WITH_ENTITIES[language].items():
        assert figures[name] >= floor, f"{language} {name} (with entities) {figures[name]:.3f} < floor {floor}"


@pytest.mark.parametrize("language", sorted(FLOORS))
def test_quote_quality_floors(results: dict[str, Result], language: str) -> None:
    result = results.get(language)
    if result is None:
        pytest.skip(f"no {language} corpus")
    figures = result.figures()
    for name, floor in FLOORS[language].items():
        assert figures[name] >= floor, f"{language} {name} {figures[name]:.3f} < floor {floor}"


def test_english_gold_is_large_enough(results: dict[str, Result]) -> None:
    assert results["en"].docs >= 900 and results["en"].gold >= 4000


def test_indonesian_gold_is_large_enough(results: dict[str, Result]) -> None:
    assert results["id"].docs >= 40


@pytest.mark.parametrize("number", sorted(FLOORS_DEV), ids=[f"dev{n}" for n in sorted(FLOORS_DEV)])
def test_indonesian_development_set_floors(number: int) -> None:
    gold, floors = GOLD_ID.parent / f"quotes_id_dev{number}.jsonl", FLOORS_DEV[number]
    shared_or_skip("corpus")
    if not gold.exists():
        pytest.skip(f"{gold} is absent")
    result = run_all(langs=("id",), use_entities=True, gold_id=gold).get("id")
    if result is None:
        pytest.skip("no Indonesian corpus")
    figures = result.figures()
    for name, floor in floors.items():
        assert figures[name] >= floor, f"id {gold.stem} {name} {figures[name]:.3f} < floor {floor}"


#: English bbc-news sets (labelled like the Indonesian sets), with the people stage, after their errors were
#: read: set 1 (first scored unseen 0.745) P 0.940 R 1.000 speaker 1.000; set 2 (first 0.755) P 0.877 R 1.000
#: speaker 0.981; set 3 (first 0.816) P 0.891 R 1.000 speaker 0.949. Raised after woven fragments stopped
#: counting as quotes (precision of sets 1-3 0.991 / 0.991 / 0.990), and set 4 (first 0.737; read after
#: round 4: P 0.950 R 0.974 speaker 0.947) and set 5 (first 0.759; read after round 5: P 0.988 R 0.975 speaker
#: 0.911) added. The floors sit a little below; sets 6 and 8, still unread, get none. Raised this stop after
#: rounds 21-23: set 4 speaker 0.974, set 5 0.962; set 9 (first scored 0.867, read after round 22: P 0.981
#: R 1.000 speaker 0.962) added. Set 10, labelled with set 9 and still unread, gets none. Sets 6, 8 and 10 were read
#: in round 33 (first scored unseen 0.906 / 0.830 / 0.870; 0.926 / 0.886 / 0.940 when read; after round 33 P 0.950 /
#: 0.967 / 0.971, R 0.979 / 1.000 / 1.000, speaker 0.990 / 0.989 / 0.940) and get floors; so does kpcrowd-dev set
#: kp1 (first scored unseen 0.309; after round 33 P 0.895 R 1.000 speaker 0.922). kp2 and kp3 stay unread: no floor.
#: Stop 19 read kp2, kp3 and bbc sets 11 and 12 (kp3 last unread 0.910, bbc 11 / 12 first scored unseen 0.954 /
#: 0.946) and raised kp1: after round 34 kp1 P 0.903 R 1.000 speaker 0.941, kp2 0.889 / 0.935 / 0.889, kp3 0.868 /
#: 0.983 / 0.955, bbc 11 0.977 / 1.000 / 0.954, bbc 12 0.949 / 1.000 / 0.957. kp4, kp5 and bbc 13, 14 stay unread
FLOORS_EN_BBC: dict[str, dict[str, float]] = {
    "quotes_en_bbc": {"precision": 0.97, "recall": 0.98, "speaker_accuracy": 0.98},
    "quotes_en_bbc2": {"precision": 0.97, "recall": 0.98, "speaker_accuracy": 0.96},
    "quotes_en_bbc3": {"precision": 0.97, "recall": 0.98, "speaker_accuracy": 0.93},
    "quotes_en_bbc4": {"precision": 0.93, "recall": 0.96, "speaker_accuracy": 0.96},
    "quotes_en_bbc5": {"precision": 0.96, "recall": 0.96, "speaker_accuracy": 0.95},
    "quotes_en_bbc7": {"precision": 0.96, "recall": 0.98, "speaker_accuracy": 0.96},
    "quotes_en_bbc9": {"precision": 0.97, "recall": 0.98, "speaker_accuracy": 0.95},
    "quotes_en_bbc6": {"precision": 0.93, "recall": 0.96, "speaker_accuracy": 0.97},
    "quotes_en_bbc8": {"precision": 0.95, "recall": 0.98, "speaker_accuracy": 0.97},
    "quotes_en_bbc10": {"precision": 0.95, "recall": 0.98, "speaker_accuracy": 0.92},
    "quotes_en_kp1": {"precision": 0.87, "recall": 0.98, "speaker_accuracy": 0.92},
    "quotes_en_kp2": {"precision": 0.86, "recall": 0.92, "speaker_accuracy": 0.86},
    "quotes_en_kp3": {"precision": 0.84, "recall": 0.97, "speaker_accuracy": 0.93},
    "quotes_en_bbc11": {"precision": 0.95, "recall": 0.98, "speaker_accuracy": 0.93},
    "quotes_en_bbc12": {"precision": 0.93, "recall": 0.98, "speaker_accuracy": 0.93},
}


@pytest.mark.parametrize("name", sorted(FLOORS_EN_BBC))
def test_english_bbc_set_floors(name: str) -> None:
    gold = GOLD_ID.parent / f"{name}.jsonl"
    shared_or_skip("corpus", "kpcrowd-dev" if "_kp" in name else "bbc-news")
    result = run_all(langs=("en",), use_entities=True, gold_en=gold).get("en")
    assert result is not None
    figures = result.figures()
    for key, floor in FLOORS_EN_BBC[name].items():
        assert figures[key] >= floor, f"en {name} {key} {figures[key]:.3f} < floor {floor}"
