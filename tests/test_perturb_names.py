"""eval.perturb_names: offset map, consistent renaming, pools (made-up text)."""

from __future__ import annotations

import random
import re
from pathlib import Path

from eval.perturb_names import POOLS, assign_names, perturb, replacements, rewrite
from eval.score_quotes import Doc, GoldQuote
from generator.name_lexicon import given_names

ROOT = Path(__file__).resolve().parents[1]


def test_rewrite_maps_offsets_around_and_inside_replacements() -> None:
    text = 'Ann Lee said: "Go." Lee\'s dog ran.'
    rw = rewrite(text, [(4, 7, "Hollingworth"), (20, 23, "Hollingworth")])
    assert rw.text == 'Ann Hollingworth said: "Go." Hollingworth\'s dog ran.'
    q0, q1 = text.index("Go"), text.index("Go") + 3
    assert rw.text[rw.offset(q0) : rw.offset(q1, "end")] == "Go."
    assert rw.offset(0) == 0
    assert rw.offset(4) == 4  # a replacement's start
    assert rw.offset(7) == 16  # its end follows it
    assert rw.offset(5, "start") == 4 and rw.offset(5, "end") == 16  # inside
    assert rw.offset(len(text), "end") == len(rw.text)


def test_renaming_is_consistent_across_every_mention() -> None:
    text = (
        'Budi Santosa, kepala dinas, mengatakan hal itu. "Kami siap," kata Santosa. '
        "SANTOSA menambahkan, Budi akan hadir. Rumah Santosa's ada di sini."
    )
    gold = [GoldQuote(text.index("Kami"), text.index("siap") + 5, "Budi Santosa")]
    doc = Doc("c", "1", "id", text, gold)
    new, mapping = perturb(doc, random.Random(3), set(), set())
    given, family = mapping["Budi"], mapping["Santosa"]
    assert family in POOLS["id"]["family"]
    assert "Santosa" not in new.text and "SANTOSA" not in new.text and "Budi" not in new.text
    assert new.text.count(family) == 3 and family.upper() in new.text
    assert f"{given} {family}, kepala dinas" in new.text and f"kata {family}." in new.text
    assert new.gold[0].speaker == f"{given} {family}"
    assert new.text[new.gold[0].start : new.gold[0].end] == "Kami siap,"


def test_organisation_speakers_and_particles_are_left_alone() -> None:
    text = 'Ali bin Hamid said: "Yes." "No," said Bank Mandiri. Hamid left.'
    gold = [
        GoldQuote(text.index("Yes"), text.index("Yes") + 4, "Ali bin Hamid"),
        GoldQuote(text.index("No"), text.index("No") + 3, "Bank Mandiri"),
    ]
    new, mapping = perturb(Doc("c", "2", "en", text, gold), random.Random(1), {"bank mandiri"}, {"bank", "mandiri"})
    assert set(mapping) == {"Ali", "Hamid"}
    assert " bin " in new.text and "Bank Mandiri" in new.text
    assert new.gold[1].speaker == "Bank Mandiri"


def test_a_mapped_word_is_not_matched_inside_another_word() -> None:
    assert replacements("Lee, Leeds and Lee-Smith and Lee's", {"Lee": "Yarwood"}) == [
        (0, 3, "Yarwood"),
        (29, 32, "Yarwood"),
    ]


def test_new_names_never_collide_with_words_of_the_text() -> None:
    text = "Wirasaputra and Hollingworth met. John Smith spoke."
    for seed in range(20):
        mapping = assign_names(["John Smith"], "id", random.Random(seed), text)
        assert mapping["Smith"] != "Wirasaputra"


def test_pools_half_known_given_names_and_unknown_family_names() -> None:
    known = given_names()
    data = " ".join(
        p.read_text(encoding="utf-8", errors="replace").lower()
        for p in (ROOT / "generator" / "data").rglob("*")
        if p.is_file()
    )
    data_words = set(re.findall(r"\w+", data))
    for pool in POOLS.values():
        assert all(n.lower() in known for n in pool["given_known"])
        assert not any(n.lower() in known for n in pool["given_unknown"])
        assert 0.4 <= len(pool["given_known"]) / (len(pool["given_known"]) + len(pool["given_unknown"])) <= 0.6
        for name in pool["family"]:
            assert name.lower() not in data_words and name.lower() not in known


def test_a_name_the_text_also_writes_short_or_misspelt_is_left_alone() -> None:
    for text in (
        'Sandiaga Uno tiba. "Ya," kata Sandi.',  # a short form
        'Ridwan Kamil tiba. "Ya," kata Riwdan.',  # a misspelling
        'Ahmad Sopandi menulis. "Ya," kata akun @ahmad_sopandi.',  # inside a handle
    ):
        name = " ".join(text.split()[:2])
        gold = [GoldQuote(text.index("Ya"), text.index("Ya") + 3, name)]
        new, mapping = perturb(Doc("c", "3", "id", text, gold), random.Random(2), set(), set())
        assert mapping == {} and new.text == text
