"""Name-perturbation robustness test for quote extraction and speaker attribution.

Usage::

    .venv/bin/python -m eval.perturb_names --gold FILE [--gold FILE ...] --lang id|en [--seed N ...] [--show N]

The gold sets name people the code was tuned on (gazetteers, given-name lists), while unseen text names
people it has never seen. For each gold article, every PERSON gold speaker's name is replaced
consistently throughout the article text by an invented but real-looking name from a pool: each name
word is mapped to one new word wherever it stands as a whole capitalised (or all-capital) word (full
name, surname alone, given name alone, possessive). About half of the given names of each pool are
first names the code knows (``generator.people.given_names``: ``generator/data/given_names.yaml`` for
Indonesian, with gender-guesser's dictionary for English) and half are not; no family name of a pool
is in any gazetteer (``generator/data``) or is a common word. The text is rebuilt with an offset map,
gold quote ``start``/``end`` are remapped and gold speakers renamed, and both texts are scored
exactly as ``eval.score_quotes`` does (same loaders, matching and ``same_speaker``).

Left alone: organisation speakers (a form of an organisation the entities stage finds), names one of
whose words is part of such an organisation's name or is a known organisation/role word, and names
some word of which the text never writes (a spelling the gold normalised). Particles (``bin``,
``van``), honorifics and initials are kept.

Output: original and perturbed P/R/F1/speaker side by side (per seed and the mean over seeds), and
with ``--show N`` the speaker errors the perturbed text has that the original does not.
"""

from __future__ import annotations

import argparse
import bisect
import random
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from eval.score_quotes import Doc, Result, _entities, bbc_docs, indonesian_docs, same_speaker, score
from generator.mentions import load_data
from generator.name_lexicon import given_names, lexicon
from generator.registry import gender_detector


# Pools. Known given names are in generator.people.given_names(); the unknown ones are not (checked by
# tests/test_perturb_names.py, with the family names' absence from every gazetteer file).
def _names(words: str) -> tuple[str, ...]:
    return tuple(words.split())


POOLS: dict[str, dict[str, tuple[str, ...]]] = {
    "id": {
        "given_known": _names("Bayu Dimas Fajar Hendra Indra Iwan Wahyu Yudi Dian Rini Arya Pandu Asep Dadang"),
        "given_unknown": _names(
            "Gilang Rangga Galih Wulan Laras Bagas Damar Kinanti Ratih Sulastri Candra Raditya Jatmiko"
        ),
        "family": _names(
            "Wirasaputra Darmokusumo Harjodipuro Sumantrawan Pranotodirjo Kusumabrata Adiwinoto "
            "Setyaningrat Purwadinata Wiranegara Kartawinata Mangkualam Prawiranata Tanudjaja "
            "Handoyoputro Suryadiningrat Simanjorang Hutabalian Lumbantoruan Sastrawijaya Notodiharjo "
            "Danuwirya"
        ),
    },
    "en": {
        "given_known": _names("James Robert Helen Sarah Thomas Emily Daniel Laura Rachel"),
        "given_unknown": _names("Brogan Jolyon Jacinda Gresham Inigo Wilf Rafferty Oakley"),
        "family": _names(
            "Hollingworth Pembridge Ashcombe Thorncliffe Wetherell Blakemore Fairbrother Haddleston "
            "Merriweather Penhallow Tillotson Cresswell Ravenscroft Aldershaw Brackley Dunsford "
            "Elsworth Garside Hebblethwaite Kettlewell Marchbank Oakenfold Staveley Treloar Wainscott "
            "Yarwood"
        ),
    },
}

_WORD = re.compile(r"[^\W\d_][\w'’-]*")


# --- offset map ---------------------------------------------------------------------


@dataclass(frozen=True)
class Rewrite:
    """A text rebuilt from non-overlapping replacements, with a map from old offsets to new ones."""

    text: str
    starts: tuple[int, ...]  # old start of each replacement, sorted
    ends: tuple[int, ...]  # old end
    new_starts: tuple[int, ...]  # new start
    new_ends: tuple[int, ...]  # new end

    def offset(self, old: int, side: str = "start") -> int:
        """The new offset of old offset ``old``. Inside a replaced span, ``start`` maps to the new span's
        start and ``end`` to its end; an offset at a replacement's end follows it."""
        i = bisect.bisect_right(self.starts, old) - 1
        if i < 0:
            return old
        if old >= self.ends[i]:
            return self.new_ends[i] + (old - self.ends[i])
        if old == self.starts[i]:
            return self.new_starts[i]
        return self.new_starts[i] if side == "start" else self.new_ends[i]


def rewrite(text: str, replacements: Iterable[tuple[int, int, str]]) -> Rewrite:
    """Apply ``(start, end, new)`` replacements (non-overlapping) to ``text``."""
    parts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    new_starts: list[int] = []
    new_ends: list[int] = []
    pos = 0
    length = 0
    for start, end, new in sorted(replacements):
        if start < pos:
            raise ValueError(f"overlapping replacement at {start}")
        parts.append(text[pos:start])
        length += start - pos
        starts.append(start)
        ends.append(end)
        new_starts.append(length)
        parts.append(new)
        length += len(new)
        new_ends.append(length)
        pos = end
    parts.append(text[pos:])
    return Rewrite("".join(parts), tuple(starts), tuple(ends), tuple(new_starts), tuple(new_ends))


# --- consistent replacement ----------------------------------------------------------------


@lru_cache(maxsize=1)
def _kept_words() -> frozenset[str]:
    """Words of a name that are not renamed: particles and honorifics."""
    out: set[str] = set()
    for language in ("en", "id"):
        lex = lexicon(language)
        out |= lex.particles | lex.honorifics
    return frozenset(out)


@lru_cache(maxsize=1)
def _blocking_words() -> frozenset[str]:
    """Words that make a 'name' not a plain person's name: role, organisation and never-name words."""
    out: set[str] = set()
    for language in ("en", "id"):
        lex = lexicon(language)
        out |= lex.not_names | lex.role_words
    return frozenset(out - given_names())


def _name_words(name: str) -> list[str]:
    return name.split()


def _renamable(word: str) -> bool:
    """A name word that gets a new form (not an initial, a particle or an honorific)."""
    core = word.strip(".,")
    return len(core) >= 3 and "." not in core and core[:1].isupper() and core.lower() not in _kept_words()


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    return lexicon("en").stopwords | lexicon("id").stopwords


@lru_cache(maxsize=1)
def _alias_targets() -> frozenset[str]:
    """Full names the gazetteer knows a nickname of (``Jokowi: Joko Widodo``)."""
    return frozenset(str(v) for v in load_data("aliases.yaml").values())


def _distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance of ``a`` and ``b``, or ``limit + 1`` once it exceeds ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
        if min(row) > limit:
            return limit + 1
    return row[-1]


def _short_form(word: str, capitalised: set[str], text: str) -> bool:
    """Whether the text writes the name word ``word`` in another form the renaming would leave behind:
    a short form (``Sandi`` of ``Sandiaga``), a misspelling (``Riwdan`` for ``Ridwan``, ``Ketjuk`` for
    ``Kecuk``), or inside a lower-case token (``@ahmad_sopandii``)."""
    low = word.lower()
    for w in capitalised:
        wl = w.lower()
        if wl == low or re.sub(r"['’]s$", "", wl) == low:
            continue
        if len(w) >= 3 and len(w) < len(word) and low.startswith(wl):
            return True
        limit = 2 if max(len(w), len(word)) >= 6 else 1
        if len(w) >= 4 and w[0] == word[0] and _distance(wl, low, limit) <= limit:
            return True
    whole = len(re.findall(rf"(?<![\w'’-]){re.escape(word)}(?![\w-])", text, re.IGNORECASE))
    return text.lower().count(low) > whole


def person_speakers(doc: Doc, org_forms: set[str], org_words: set[str]) -> list[str]:
    """The gold speakers of ``doc`` that are plainly people whose every renamable word the text writes."""
    out: list[str] = []
    words_of_text = _WORD.findall(doc.text)
    lower = {w for w in words_of_text if w.islower()}
    # capitalised words that are not ordinary words of the text ("And" at a sentence start)
    capitalised = {w for w in words_of_text if w[:1].isupper() and w.lower() not in lower | _stopwords()}
    for g in doc.gold:
        name = g.speaker
        if not name or name in out:
            continue
        low = name.strip().lower()
        if low in org_forms or not _WORD.fullmatch(name.split()[0]):
            continue
        words = _name_words(name)
        renamable = [w for w in words if _renamable(w)]
        if not renamable or any(w.isupper() and len(w) > 1 for w in renamable):
            continue  # an acronym, or nothing to rename
        if any(w.lower() in _blocking_words() | _stopwords() | lower or w.lower() in org_words for w in renamable):
            continue  # an organisation's or a body's name ("Reporters Without Borders")
        if any(not re.search(rf"(?<!\w){re.escape(w)}(?!\w)", doc.text) for w in renamable):
            continue  # the text spells it otherwise
        if name in _alias_targets() or any(_short_form(w, capitalised, doc.text) for w in renamable):
            continue  # a nickname the renaming would leave behind: "Jokowi", "Sandi" for Sandiaga
        out.append(name)
    return out


def _gender(word: str) -> str:
    """The gender the code sees for a given name (gender-guesser's answer): a known given name replaces
    one with the same answer (``he`` after a name now female would be an artefact); unknown names are
    unknown to it."""
    detect = gender_detector()
    return detect(word) if detect else "unknown"


def assign_names(speakers: list[str], language: str, rng: random.Random, text: str) -> dict[str, str]:
    """A consistent map from each renamable word of ``speakers`` to an invented word: a first word to a
    given name (one the code knows, of the same gender as the code sees the old one, or an unknown
    one, each about half the time), the last word of a longer name to a family
    name, a middle word to a given name. A word already mapped keeps its form; no new word is one the
    text already writes."""
    pool = POOLS[language]
    used = {w.lower() for w in _WORD.findall(text)}
    mapping: dict[str, str] = {}

    def pick(choices: tuple[str, ...]) -> str:
        free = [c for c in choices if c.lower() not in used]
        if not free:
            raise ValueError("pool exhausted")
        choice = rng.choice(free)
        used.add(choice.lower())
        return choice

    # longest names first: a surname the text also uses alone (gold "Costin" beside "Jamie Costin") gets a
    # family name
    for name in sorted(speakers, key=lambda n: -len([w for w in _name_words(n) if _renamable(w)])):
        words = [w for w in _name_words(name) if _renamable(w)]
        for i, word in enumerate(words):
            if word in mapping:
                continue
            if i == len(words) - 1 and len(words) > 1:
                mapping[word] = pick(pool["family"])
                continue
            known = tuple(n for n in pool["given_known"] if _gender(n) == _gender(word))
            if rng.random() < 0.5 and any(n.lower() not in used for n in known):
                mapping[word] = pick(known)
            else:
                mapping[word] = pick(pool["given_unknown"])
    return mapping


def replacements(text: str, mapping: dict[str, str]) -> list[tuple[int, int, str]]:
    """Every whole-word occurrence of a mapped word, as written or in capitals (``Shaw``, ``Shaw's``,
    ``SHAW``), with its new form."""
    if not mapping:
        return []
    forms: dict[str, str] = {}
    for old, new in mapping.items():
        forms[old] = new
        forms.setdefault(old.upper(), new.upper())
    alternatives = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    pattern = re.compile(r"(?<![\w'’-])(" + alternatives + r")(?![\w-])")
    return [(m.start(), m.end(), forms[m.group(1)]) for m in pattern.finditer(text)]


def rename(name: str | None, mapping: dict[str, str]) -> str | None:
    if not name:
        return name
    return " ".join(mapping.get(w, w) for w in name.split())


def perturb(doc: Doc, rng: random.Random, org_forms: set[str], org_words: set[str]) -> tuple[Doc, dict[str, str]]:
    """``doc`` with its person speakers renamed, gold offsets remapped; and the word map used."""
    speakers = person_speakers(doc, org_forms, org_words)
    mapping = assign_names(speakers, doc.language, rng, doc.text)
    rw = rewrite(doc.text, replacements(doc.text, mapping))
    gold = [
        replace(
            g,
            start=rw.offset(g.start, "start"),
            end=rw.offset(g.end, "end"),
            speaker=rename(g.speaker, mapping),  # also another person sharing a renamed word
        )
        for g in doc.gold
    ]
    return Doc(doc.corpus, doc.id, doc.language, rw.text, gold), mapping


# --- running ---------------------------------------------------------------------------------


def load_docs(paths: list[Path], language: str) -> list[Doc]:
    docs: list[Doc] = []
    for path in paths:
        it: Iterator[Doc] = bbc_docs(path) if language == "en" else indonesian_docs(path)
        docs.extend(it)
    return docs


def _org_info(docs: list[Doc]) -> dict[str, tuple[set[str], set[str]]]:
    entities = _entities()
    info: dict[str, tuple[set[str], set[str]]] = {}
    for doc in docs:
        _, orgs = entities(doc.text, doc.language) if entities else ([], [])
        forms = {f.strip().lower() for o in orgs for f in [o.name, *o.aliases] if f}
        words = {w.lower() for f in forms for w in _WORD.findall(f)}
        info[doc.corpus + "/" + doc.id] = (forms, words)
    return info


def perturbed_docs(
    docs: list[Doc], seed: int, info: dict[str, tuple[set[str], set[str]]], counts: list[int] | None = None
) -> list[Doc]:
    """The perturbed articles; ``counts`` gets [named gold quotes, of them renamed]."""
    out = []
    for doc in docs:
        rng = random.Random(f"{seed}:{doc.corpus}/{doc.id}")
        forms, words = info[doc.corpus + "/" + doc.id]
        new, _ = perturb(doc, rng, forms, words)
        out.append(new)
        if counts is not None:
            for old_q, new_q in zip(doc.gold, new.gold, strict=True):
                counts[0] += old_q.speaker is not None
                counts[1] += old_q.speaker != new_q.speaker
    return out


def _line(label: str, r: Result) -> str:
    return (
        f"{label:10} P {r.precision:.3f}  R {r.recall:.3f}  F1 {r.f1:.3f}  speaker {r.speaker_accuracy:.3f}"
        f" ({r.speaker_correct}/{r.speaker_scored})"
    )


def _outcomes(result: Result) -> dict[tuple[str, int], tuple[bool, object]]:
    """Per (article, gold index): whether the matched prediction's speaker agrees, and the pair."""
    out: dict[tuple[str, int], tuple[bool, object]] = {}
    index: dict[int, tuple[str, int]] = {}
    for pair in result.pairs:
        if pair.gold is None:
            continue
        key = pair.doc.corpus + "/" + pair.doc.id
        if id(pair.gold) not in index:
            index[id(pair.gold)] = (key, pair.doc.gold.index(pair.gold))
        if pair.pred is None or pair.gold.scorable not in ("named", "null"):
            continue
        out[index[id(pair.gold)]] = (same_speaker(pair.pred.speaker, pair.gold.speaker), pair)
    return out


def show_new_errors(original: Result, perturbed: Result, n: int) -> int:
    before = _outcomes(original)
    after = _outcomes(perturbed)
    shown = 0
    for key, (ok, pair) in sorted(after.items()):
        if ok or key not in before or not before[key][0]:
            continue
        if shown < n:
            p = pair  # type: ignore[assignment]
            g, q = p.gold, p.pred  # type: ignore[attr-defined]
            text = p.doc.text  # type: ignore[attr-defined]
            ctx = text[max(0, q.start - 160) : q.end + 100].replace("\n", " / ")
            sys.stdout.write(f"- {key[0]} #{key[1]} gold[{g.speaker}] pred[{q.speaker} / {q.cue}] {ctx!r}\n")
        shown += 1
    return shown


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("--gold", type=Path, action="append", required=True, help="gold file (repeatable: pooled)")
    parser.add_argument("--lang", choices=["en", "id"], required=True)
    parser.add_argument("--seed", type=int, action="append", help="seed (repeatable; default 0)")
    parser.add_argument("--show", type=int, default=0, help="print N speaker errors the perturbation creates")
    args = parser.parse_args(argv)
    docs = load_docs(args.gold, args.lang)
    info = _org_info(docs)
    original = score(iter(docs), args.lang)
    sys.stdout.write(_line("original", original) + "\n")
    seeds = args.seed or [0]
    figures = []
    for seed in seeds:
        counts = [0, 0]
        perturbed = score(iter(perturbed_docs(docs, seed, info, counts)), args.lang)
        figures.append(perturbed)
        sys.stdout.write(_line(f"seed {seed}", perturbed) + f"   renamed {counts[1]}/{counts[0]} named gold quotes\n")
        if args.show:
            sys.stdout.write(f"  new speaker errors (seed {seed}):\n")
            count = show_new_errors(original, perturbed, args.show)
            sys.stdout.write(f"  {count} new speaker errors\n")
    if len(figures) > 1:
        mean = sum(r.speaker_accuracy for r in figures) / len(figures)
        mean_f1 = sum(r.f1 for r in figures) / len(figures)
        sys.stdout.write(
            f"{'mean':10} F1 {mean_f1:.3f}  speaker {mean:.3f}   (original F1 {original.f1:.3f}"
            f"  speaker {original.speaker_accuracy:.3f})\n"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
