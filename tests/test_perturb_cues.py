"""eval.perturb_cues: cue verbs, quote marks, role and inversion perturbations (made-up text)."""

from __future__ import annotations

import random

from eval.perturb_cues import ID_BARE, perturb
from eval.score_quotes import Doc, GoldQuote


def _doc(text: str, language: str, quotes: list[tuple[str, str | None]]) -> Doc:
    gold = [GoldQuote(text.index(q), text.index(q) + len(q), speaker) for q, speaker in quotes]
    return Doc("c", "1", language, text, gold)


def _quoted(doc: Doc) -> list[str]:
    return [doc.text[g.start : g.end] for g in doc.gold]


ID_TEXT = (
    'Budi Santosa, kepala dinas, hadir. "Kami siap bekerja," kata Budi. "Dana sudah cair," ujarnya. '
    'Dia mengatakan, "Semua lancar." "Kata itu bukan cue," tulis Ani, kata orang.'
)


def test_indonesian_verbs_are_swapped_next_to_quotes_only_and_spans_keep_their_text() -> None:
    doc = _doc(
        ID_TEXT,
        "id",
        [
            ("Kami siap bekerja,", "Budi Santosa"),
            ("Dana sudah cair,", "Budi Santosa"),
            ("Semua lancar.", "Budi Santosa"),
            ("Kata itu bukan cue,", "Ani"),
        ],
    )
    new, n = perturb(doc, "verbs", random.Random(0))
    assert n == 3
    assert _quoted(new) == _quoted(doc)
    assert "kata Budi" not in new.text and "ujarnya" not in new.text and "mengatakan" not in new.text
    assert new.text.endswith("tulis Ani, kata orang.")  # 'kata' not next to a quote is left alone
    bare = new.text.split('bekerja," ')[1].split()[0]
    assert bare in ID_BARE and new.text.split('cair," ')[1].split()[0] == bare + "nya."


def test_perturbation_is_deterministic_per_seed() -> None:
    doc = _doc(ID_TEXT, "id", [("Kami siap bekerja,", "Budi Santosa"), ("Dana sudah cair,", "Budi Santosa")])
    texts = {perturb(doc, "verbs", random.Random(7))[0].text for _ in range(3)}
    assert len(texts) == 1
    assert len({perturb(doc, "verbs", random.Random(s))[0].text for s in range(20)}) > 1


def test_english_said_is_swapped_in_attribution_only() -> None:
    text = 'Jo Lee said: "We will win." "It is over," said Ann Wu. "Fine," he said. The firm said profits rose.'
    doc = _doc(text, "en", [("We will win.", "Jo Lee"), ("It is over,", "Ann Wu"), ("Fine,", "Ann Wu")])
    new, n = perturb(doc, "verbs", random.Random(1))
    assert n == 3
    assert _quoted(new) == _quoted(doc)
    assert new.text.endswith("The firm said profits rose.")
    assert new.text.count("said") == 1


def test_marks_become_curly_and_back() -> None:
    text = 'He said: "Go now," and left. "Stop," she said.\n"Running on\n"And on."'
    doc = _doc(text, "en", [("Go now,", "He"), ("Stop,", "she")])
    new, _ = perturb(doc, "marks", random.Random(0))
    assert new.text == "He said: “Go now,” and left. “Stop,” she said.\n“Running on\n“And on.”"
    assert _quoted(new) == _quoted(doc)
    back, _ = perturb(new, "marks", random.Random(0))
    assert back.text == text
    mixed = _doc('"A," he said. “B,” she said.', "en", [("A,", "he")])
    assert perturb(mixed, "marks", random.Random(0))[1] == 0  # both kinds: left alone


def test_role_moves_after_the_name_with_its_rank_before_it() -> None:
    text = '"Kami siap," kata Kapolres Kota AKBP Budi Santosa di Jakarta. "Aman," ujar Kepala BPS Ani Wu.'
    doc = _doc(text, "id", [("Kami siap,", "Budi Santosa"), ("Aman,", "Ani Wu")])
    new, n = perturb(doc, "role", random.Random(0), ["Kapolres Kota AKBP", "Kepala BPS"])
    assert n == 2
    assert (
        new.text == '"Kami siap," kata AKBP Budi Santosa, Kapolres Kota, di Jakarta. "Aman," ujar Ani Wu, Kepala BPS.'
    )
    assert _quoted(new) == _quoted(doc)


def test_english_inversion_both_ways() -> None:
    text = '"It is over," said Ann Wu, an analyst. "Fine," Jo Lee said.'
    doc = _doc(text, "en", [("It is over,", "Ann Wu"), ("Fine,", "Jo Lee")])
    new, n = perturb(doc, "invert", random.Random(0))
    assert n == 2 and new.text == '"It is over," Ann Wu said, an analyst. "Fine," said Jo Lee.'
    assert _quoted(new) == _quoted(doc)


def test_wide_verbs_use_the_wider_classes() -> None:
    from eval.perturb_cues import EN_WIDE_SAID, ID_WIDE

    doc = _doc(ID_TEXT, "id", [("Kami siap bekerja,", "Budi Santosa"), ("Dana sudah cair,", "Budi Santosa")])
    new, n = perturb(doc, "verbs-wide", random.Random(2))
    assert n == 2 and new.text.split('bekerja," ')[1].split()[0] in ID_WIDE
    text = '"It is over," said Ann Wu.'
    new, _ = perturb(_doc(text, "en", [("It is over,", "Ann Wu")]), "verbs-wide", random.Random(0))
    assert new.text.split('," ')[1].split()[0] in EN_WIDE_SAID


def test_colon_after_a_speech_verb_becomes_a_comma() -> None:
    text = 'Mr Lee said: "We will win." He told BBC News: "It is over." Result: "A draw" was the score.'
    doc = _doc(text, "en", [("We will win.", "Jo Lee"), ("It is over.", "Jo Lee"), ("A draw", None)])
    new, n = perturb(doc, "colon", random.Random(0))
    assert n == 2
    assert new.text == 'Mr Lee said, "We will win." He told BBC News, "It is over." Result: "A draw" was the score.'
    assert _quoted(new) == _quoted(doc)


def test_dia_writes_the_pronoun_for_nya() -> None:
    doc = _doc(ID_TEXT, "id", [("Dana sudah cair,", "Budi Santosa")])
    new, n = perturb(doc, "dia", random.Random(0))
    assert n == 1 and '"Dana sudah cair," ujar dia.' in new.text
    assert _quoted(new) == _quoted(doc)
