"""Cue-and-format perturbation test for quote extraction and speaker attribution.

Usage::

    .venv/bin/python -m eval.perturb_cues --gold FILE [--gold FILE ...] --lang id|en [--kind KIND ...]
        [--seed N ...] [--show N]

The gold sets write attribution with the verbs and quote marks their outlets happen to use; unseen
outlets use others. Each ``--kind`` rewrites every gold article with one realistic newswire variant,
consistently per article (a seeded RNG picks the substitutes: every ``kata`` of an article becomes the
same word), and scores original and perturbed text side by side exactly as ``eval.score_quotes`` does.
The offset map, gold remapping, loading and the report lines are ``eval.perturb_names``'s.

Kinds:

``verbs``
    a speech-cue verb next to a gold quote is swapped for a synonym of its form. Indonesian: the bare
    root (``kata``, ``ujar``, ``ucap``, ``tutur``, ``ungkap``, ``jelas``, ``tegas``, ``tambah``,
    ``imbuh``, ``terang``), the same with ``-nya`` (``katanya``, ``ujarnya`` ...), and the active verb
    (``mengatakan``, ``menuturkan``, ``mengungkapkan``, ``menjelaskan``, ``menegaskan``,
    ``menyampaikan``). English: ``said`` becomes ``says``/``added``/``explained``/``noted`` and ``says``
    becomes ``said``/``adds``/``explains``/``notes``. A cue next to a quote is the verb of the few words
    right after its closing mark (a quote not ending its sentence, in English), or the verb right
    before its opening mark's comma or colon (Indonesian: the verb of the clause before the mark).
``verbs-wide``
    the same cues swapped for other tags: Indonesian ``lanjut``, ``sebut``, ``papar``, ``tukas``,
    ``timpal``, ``pungkas``, ``tandas``, ``sambung``, ``urai``, ``tulis``, ``cetus``, ``beber``, ``kilah``,
    ``seloroh``, ``sahut``, ``tambah`` (bare and ``-nya``); English ``insisted``/``warned``/``argued``/
    ``stressed``/``remarked``/``continued``/``observed``/``claimed`` and their present forms.
``dia``
    (Indonesian) a ``-nya`` cue next to a gold quote written with the pronoun: ``katanya`` -> ``kata dia``.
``marks``
    the double quote marks of the article: straight ``"`` become curly (an opening mark after a space
    or bracket and before a word, a closing mark after a word and before a space or punctuation;
    otherwise opening and closing in turn from the paragraph's start); an article with curly marks only gets straight
    ones; an article writing both, or doubled
    straight marks (``"" Tidak ada``), is left alone.
``colon``
    the colon between a speech verb (maybe with its object: ``told BBC News``) and a gold quote's
    opening mark becomes a comma: ``Mr Howard said, "...``.
``role``
    (Indonesian) ``kata <Role> <Name>`` after a quote, with the gold role and speaker written so,
    becomes ``kata <Name>, <Role>`` (a rank or title ending the role stays before the name).
``invert``
    (English) ``"...," said <Name>`` after a quote, with the gold speaker's name written so, becomes
    ``"...," <Name> said``, and the other way round.

Output: original and perturbed P/R/F1/speaker, the number of rewrites, and with ``--show N`` the speaker
errors and the lost quotes the perturbed text has that the original does not.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from eval.perturb_names import _line, _names, load_docs, rewrite, show_new_errors
from eval.score_quotes import Doc, Result, score

KINDS = ("verbs", "verbs-wide", "dia", "marks", "colon", "role", "invert")

# --- verbs ----------------------------------------------------------------------------------

ID_BARE = ("kata", "ujar", "ucap", "tutur", "ungkap", "jelas", "tegas", "tambah", "imbuh", "terang")
ID_ACTIVE = ("mengatakan", "menuturkan", "mengungkapkan", "menjelaskan", "menegaskan", "menyampaikan")
EN_SAID = ("said", "says", "added", "explained", "noted")
EN_SAYS = ("says", "said", "adds", "explains", "notes")

#: the class of each cue word: the words it may become
_CLASSES: dict[str, dict[str, tuple[str, ...]]] = {
    "id": {
        **{w: ID_BARE for w in ID_BARE},
        **{w + "nya": tuple(b + "nya" for b in ID_BARE) for w in ID_BARE},
        **{w: ID_ACTIVE for w in ID_ACTIVE},
    },
    "en": {"said": EN_SAID, "says": EN_SAYS},
}


def _alternation(words: Iterable[str]) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


#: ``verbs-wide``: the same cues become other tags newswire writes (Indonesian roots of ``quote_words.ID_VERB_FIRST``,
#: English verbs of ``EN_CUES``)
ID_WIDE = (
    "lanjut", "sebut", "papar", "tukas", "timpal", "pungkas", "tandas", "sambung", "urai", "tulis", "cetus",
    "beber", "kilah", "seloroh", "sahut", "tambah",
)  # fmt: skip
EN_WIDE_SAID = ("insisted", "warned", "argued", "stressed", "remarked", "continued", "observed", "claimed")
EN_WIDE_SAYS = ("insists", "warns", "argues", "stresses", "remarks", "continues", "observes", "claims")
_WIDE: dict[str, dict[str, tuple[str, ...]]] = {
    "id": {
        **{w: ID_WIDE for w in ID_BARE},
        **{w + "nya": tuple(b + "nya" for b in ID_WIDE) for w in ID_BARE},
        **{w: ID_ACTIVE for w in ID_ACTIVE},
    },
    "en": {"said": EN_WIDE_SAID, "says": EN_WIDE_SAYS},
}

_ID_WORDS = _alternation(_CLASSES["id"])
_EN_WORDS = _alternation(_CLASSES["en"])
_CLOSE = "\"”'’"
_OPEN = "\"“'‘"
# a cue right after the closing mark: '," kata Budi', '" ujarnya', ' "ucap Riri' (a misplaced mark)
_ID_AFTER = re.compile(rf"\A[^\w\n\"“]{{0,4}}?(?<![\w-])({_ID_WORDS})(?![\w-])", re.IGNORECASE)
# the verb of the clause before the opening mark: 'Budi mengatakan, "', 'kata Budi: "'
_ID_BEFORE = re.compile(rf"(?<![\w-])({_ID_WORDS})(?![\w-])[^.!?\n{_OPEN}{_CLOSE}”“]{{0,60}}?[,:]?\s*[{_OPEN}]\s*\Z")
# '," said Jo Lee.', '," Mr Lee said.', '," investment bank Acme said of ...' (no sentence end before the verb)
_EN_AFTER = re.compile(rf"\A[^\w\n\"“]{{0,4}}?(?:[\w'’&-]+\.?\s+){{0,5}}?(?<![\w-])({_EN_WORDS})(?=[\s.,;:])")
_EN_BEFORE = re.compile(rf"(?<![\w-])({_EN_WORDS})[,:]?\s*[{_OPEN}]\s*\Z")


def _opening(text: str, start: int) -> int:
    """The offset of the opening mark of the quote whose text starts at ``start`` (or ``start``)."""
    i = start
    while i > 0 and text[i - 1] in " \t" + _OPEN:
        i -= 1
    return i


def _closing(text: str, end: int) -> int:
    """The offset right after the closing mark of the quote whose text ends at ``end``."""
    i = end
    while i < len(text) and text[i] in " \t":
        i += 1
    return i + 1 if i < len(text) and text[i] in _CLOSE else end


def cue_spans(doc: Doc) -> list[tuple[int, int]]:
    """The speech-cue verbs right next to a gold quote of ``doc``: ``(start, end)``, sorted, unique."""
    after, before = (_ID_AFTER, _ID_BEFORE) if doc.language == "id" else (_EN_AFTER, _EN_BEFORE)
    text = doc.text
    spans: set[tuple[int, int]] = set()
    for g in doc.gold:
        tail = text[g.start : g.end].rstrip(_CLOSE + " ")
        ends_sentence = tail[-1:] in ".…" if tail else False
        if doc.language == "id" or not ends_sentence:
            pos = _closing(text, g.end)
            window = text[pos : pos + 80]
            m = after.search(window)
            if m and not any(c in ".!?" for c in window[: m.start(1)]):
                spans.add((pos + m.start(1), pos + m.end(1)))
        opening = _opening(text, g.start)
        lo = max(0, opening - 100)
        m = before.search(text[lo : g.start])
        if m:
            spans.add((lo + m.start(1), lo + m.end(1)))
    return sorted(spans)


def _cased(word: str, like: str) -> str:
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


def verb_replacements(doc: Doc, rng: random.Random, wide: bool = False) -> list[tuple[int, int, str]]:
    """Each cue verb next to a gold quote, swapped for another word of its class (``wide``: of the wider
    class); one choice per word and article."""
    classes = (_WIDE if wide else _CLASSES)[doc.language]
    chosen: dict[str, str] = {}
    out: list[tuple[int, int, str]] = []
    for start, end in cue_spans(doc):
        word = doc.text[start:end]
        low = word.lower()
        if low not in chosen:
            chosen[low] = rng.choice([w for w in classes[low] if w != low])
        out.append((start, end, _cased(chosen[low], word)))
    return out


def dia_replacements(doc: Doc, rng: random.Random) -> list[tuple[int, int, str]]:
    """(Indonesian) each ``-nya`` cue next to a gold quote written with the pronoun instead: ``katanya`` ->
    ``kata dia``, ``ujarnya`` -> ``ujar dia``."""
    if doc.language != "id":
        return []
    out = []
    for start, end in cue_spans(doc):
        word = doc.text[start:end]
        if word.lower().endswith("nya"):
            out.append((start, end, word[:-3] + " dia"))
    return out


# --- marks ----------------------------------------------------------------------------------


def mark_replacements(doc: Doc, rng: random.Random) -> list[tuple[int, int, str]]:
    """Straight double marks become curly ones, or an article of curly marks only gets straight ones; an
    article writing both, or doubled straight marks, is left alone."""
    text = doc.text
    straight = '"' in text
    if (straight and ("“" in text or "”" in text)) or re.search(r'"\s*"', text):
        return []  # both kinds, or doubled marks: a scraping fault the turn-taking would spread
    if not straight:
        return [(i, i + 1, '"') for i, c in enumerate(text) if c in "“”"]
    out = []
    opening = True
    for i, c in enumerate(text):
        if c == "\n":
            opening = True  # a quote running on over paragraphs reopens each one
        elif c == '"':
            before = text[i - 1] if i else " "
            after = text[i + 1] if i + 1 < len(text) else " "
            if (before.isspace() or before in "([{—–/") and not after.isspace():
                opening = True
            elif not before.isspace() and (after.isspace() or after in ".,;:!?)]}—–"):
                opening = False
            out.append((i, i + 1, "“" if opening else "”"))
            opening = not opening
    return out


# --- colon before a quote -----------------------------------------------------------------------

#: a speech verb (maybe with its object: ``told BBC News``) and the colon before a gold quote's opening mark
_EN_COLON = re.compile(
    rf"(?<![\w-])(?:{_EN_WORDS}|{_alternation(EN_WIDE_SAID + EN_WIDE_SAYS)}|adds|added|told|tells|asked|asks)"
    rf"(?:[ \u00a0]+[^.!?\n\"“”:]{{1,40}}?)?(:)[ \u00a0]*[\"“]\s*\Z"
)
_ID_COLON = re.compile(
    rf"(?<![\w-])(?:{_ID_WORDS}|{_alternation(ID_WIDE)}|menambahkan|mengatakan|menjelaskan|menegaskan)"
    rf"(?:[ \u00a0]+[^.!?\n\"“”:]{{1,40}}?)?(:)[ \u00a0]*[\"“]\s*\Z",
    re.IGNORECASE,
)


def colon_replacements(doc: Doc, rng: random.Random) -> list[tuple[int, int, str]]:
    """The colon between a speech verb and a gold quote's opening mark becomes a comma (``Mr Howard said, "...``,
    the style of American and Indonesian outlets)."""
    pattern = _EN_COLON if doc.language == "en" else _ID_COLON
    out = set()
    for g in doc.gold:
        lo = max(0, _opening(doc.text, g.start) - 80)
        m = pattern.search(doc.text[lo : g.start])
        if m:
            out.add((lo + m.start(1), lo + m.end(1), ","))
    return sorted(out)


# --- role after the name (Indonesian) --------------------------------------------------------

#: police and military ranks and academic titles, written before a name (they stay with it)
_RANKS = frozenset(
    _names(
        "aipda aiptu akbp akp bripda brigjen bripka briptu ipda iptu irjen kombes komjen kompol letjen letkol "
        "kolonel mayjen marsekal laksamana laksda dr ir prof drs dra h"
    )
)


def _roles(paths: list[Path]) -> dict[tuple[str, str], list[str | None]]:
    """Per (corpus, id), the gold role of each direct quote, in the order of ``labelled_quotes``."""
    out: dict[tuple[str, str], list[str | None]] = {}
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                out[(rec["corpus"], rec["id"])] = [
                    q.get("role") for q in rec["quotes"] if q.get("kind", "direct") == "direct"
                ]
    return out


def role_replacements(doc: Doc, roles: list[str | None]) -> list[tuple[int, int, str]]:
    """``kata <Role> <Name>`` right after a gold quote becomes ``kata <Name>, <Role>`` (a comma after
    the role too when the sentence goes on)."""
    text = doc.text
    out: dict[int, tuple[int, int, str]] = {}
    for g, role in zip(doc.gold, roles, strict=False):
        if not g.speaker or not role:
            continue
        pos = _closing(text, g.end)
        m = re.match(
            rf"[^\w\n\"“]{{0,4}}?({_ID_WORDS}) ({re.escape(role)}) ({re.escape(g.speaker)})(?=[\s.,;])",
            text[pos : pos + 200],
            re.IGNORECASE,
        )
        if not m:
            continue
        start, end = pos + m.start(2), pos + m.end(3)
        role_words = m.group(2).split()
        rank: list[str] = []  # a rank or title ending the role goes with the name: 'AKBP Anthon Haryadi'
        while len(role_words) > 1 and role_words[-1].strip(".,").lower() in _RANKS:
            rank.insert(0, role_words.pop().strip(","))
        goes_on = text[end : end + 1] not in (".", ",", ";")
        person = " ".join([*rank, m.group(3)])
        out[start] = (start, end, f"{person}, {' '.join(role_words).rstrip(',')}" + ("," if goes_on else ""))
    return sorted(out.values())


# --- inversion (English) ---------------------------------------------------------------------

_HONORIFICS = "Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Prof"


def invert_replacements(doc: Doc, rng: random.Random) -> list[tuple[int, int, str]]:
    """``said <Name>`` right after a gold quote becomes ``<Name> said`` and ``<Name> said`` becomes
    ``said <Name>``, where <Name> is the gold speaker as written, or its surname alone or after an
    honorific (``said Mr Blair``, ``Wenger said``), and the sentence ends or goes on with a comma after it."""
    text = doc.text
    out: dict[int, tuple[int, int, str]] = {}
    for g in doc.gold:
        if not g.speaker:
            continue
        pos = _closing(text, g.end)
        window = text[pos : pos + 120]
        full, surname = re.escape(g.speaker), re.escape(g.speaker.split()[-1])
        name = rf"{full}|(?:{_HONORIFICS})\.? (?:{full}|{surname})|{surname}"
        m = re.match(rf"[^\w\n\"“]{{0,4}}?(said|says) ({name})(?=[.,])", window)
        if m:
            out[pos + m.start(1)] = (pos + m.start(1), pos + m.end(2), f"{m.group(2)} {m.group(1)}")
            continue
        m = re.match(rf"[^\w\n\"“]{{0,4}}?({name}) (said|says)(?=[.,])", window)
        if m:
            out[pos + m.start(1)] = (pos + m.start(1), pos + m.end(2), f"{m.group(2)} {m.group(1)}")
    return sorted(out.values())


# --- perturbing and running --------------------------------------------------------------------


def perturb(doc: Doc, kind: str, rng: random.Random, roles: list[str | None] | None = None) -> tuple[Doc, int]:
    """``doc`` rewritten by the perturbation ``kind``, gold offsets remapped; and the number of rewrites."""
    if kind in ("verbs", "verbs-wide"):
        reps = verb_replacements(doc, rng, wide=kind == "verbs-wide")
    elif kind == "dia":
        reps = dia_replacements(doc, rng)
    elif kind == "marks":
        reps = mark_replacements(doc, rng)
    elif kind == "colon":
        reps = colon_replacements(doc, rng)
    elif kind == "role":
        reps = role_replacements(doc, roles or []) if doc.language == "id" else []
    elif kind == "invert":
        reps = invert_replacements(doc, rng) if doc.language == "en" else []
    else:
        raise ValueError(f"unknown kind {kind!r}")
    rw = rewrite(doc.text, reps)
    gold = [replace(g, start=rw.offset(g.start, "start"), end=rw.offset(g.end, "end")) for g in doc.gold]
    return Doc(doc.corpus, doc.id, doc.language, rw.text, gold), len(reps)


def perturbed_docs(
    docs: list[Doc], kind: str, seed: int, roles: dict[tuple[str, str], list[str | None]] | None = None
) -> tuple[list[Doc], int]:
    out = []
    total = 0
    for doc in docs:
        rng = random.Random(f"{seed}:{kind}:{doc.corpus}/{doc.id}")
        new, n = perturb(doc, kind, rng, (roles or {}).get((doc.corpus, doc.id)))
        out.append(new)
        total += n
    return out, total


def show_lost(original: Result, perturbed: Result, n: int) -> int:
    """Print up to ``n`` gold quotes the original text finds and the perturbed text does not."""

    def found(result: Result) -> dict[tuple[str, int], object]:
        return {
            (p.doc.corpus + "/" + p.doc.id, p.doc.gold.index(p.gold)): p
            for p in result.pairs
            if p.gold is not None and p.pred is not None
        }

    before, after = found(original), found(perturbed)
    lost = sorted(k for k in before if k not in after)
    docs = {p.doc.corpus + "/" + p.doc.id: p.doc for p in perturbed.pairs}
    for key in lost[:n]:
        doc = docs[key[0]]
        g = doc.gold[key[1]]
        ctx = doc.text[max(0, g.start - 120) : g.end + 80].replace("\n", " / ")
        sys.stdout.write(f"- {key[0]} #{key[1]} gold[{g.speaker}] {ctx!r}\n")
    return len(lost)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("--gold", type=Path, action="append", required=True, help="gold file (repeatable: pooled)")
    parser.add_argument("--lang", choices=["en", "id"], required=True)
    parser.add_argument("--kind", choices=KINDS, action="append", help="perturbation (repeatable; default all)")
    parser.add_argument("--seed", type=int, action="append", help="seed (repeatable; default 0)")
    parser.add_argument("--show", type=int, default=0, help="print N new speaker errors and N lost quotes")
    args = parser.parse_args(argv)
    docs = load_docs(args.gold, args.lang)
    roles = _roles(args.gold)
    original = score(iter(docs), args.lang)
    sys.stdout.write(_line("original", original) + "\n")
    runs = [(kind, seed) for kind in args.kind or KINDS for seed in args.seed or [0]]
    for kind, seed in runs:
        new_docs, count = perturbed_docs(docs, kind, seed, roles)
        perturbed = score(iter(new_docs), args.lang)
        sys.stdout.write(_line(f"{kind}/{seed}", perturbed) + f"   {count} rewrites\n")
        if args.show:
            sys.stdout.write("  new speaker errors:\n")
            n = show_new_errors(original, perturbed, args.show)
            sys.stdout.write(f"  {n} new speaker errors\n  lost quotes:\n")
            n = show_lost(original, perturbed, args.show)
            sys.stdout.write(f"  {n} lost quotes\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
