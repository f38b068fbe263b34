"""Abbreviations whose full stop need not end a sentence: one lexicon, sorted by kind.

The sentence splitter (``generator.text``), the quote-mark scanner (``generator.quote_marks``) and the English
attribution readers (``generator.quotes``) all ask whether a period ends a sentence. They ask different
questions (the splitter keeps any listed word's period; the attribution readers let the kind of word decide
what may follow it), but they read their words from here, so that a title added for one is known to all.

Words are written as in text, without the final period. Each kind is a tuple, in the order the regular
expressions built from them try them.
"""

from __future__ import annotations

#: English titles and ranks written before a name (``Sen. Al Franken``, ``Gov. Mike Pence``, ``Messrs. Smith``)
EN_TITLES: tuple[str, ...] = (
    "Sen", "Sens", "Rep", "Reps", "Gov", "Gen", "Lt", "Col", "Sgt", "Capt", "Cmdr", "Adm", "Maj", "Dr", "Mr",
    "Mrs", "Ms", "Messrs", "Rev", "Prof", "Atty", "Supt", "Insp", "Det", "St",
)
#: English place prefixes written before a capitalised name (``Mt. Everest``, ``Ft. Worth``)
EN_PLACE_PREFIXES: tuple[str, ...] = ("Mt", "Ft")
#: English words written before a number (``No. 2``, ``Jan. 5``)
EN_NUMBER_WORDS: tuple[str, ...] = ("No", "Nos", "Vol", "Fig")
EN_MONTHS: tuple[str, ...] = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec")
#: English words written after a name or a company (``Martin Luther King Jr.``, ``Acme Inc.``)
EN_NAME_SUFFIXES: tuple[str, ...] = ("Jr", "Sr")
EN_COMPANY_SUFFIXES: tuple[str, ...] = ("Inc", "Corp", "Co", "Ltd", "Bros")
#: other English words shortened with a period, mostly before a lower-case word
EN_OTHER: tuple[str, ...] = ("vs", "approx", "est", "dept", "univ", "assn")
#: ``etc.`` often ends a sentence (``... and so on, etc. The ...``), so the sentence splitter does not list it;
#: only a lower-case word after it shows it ends none
EN_LIST_END: tuple[str, ...] = ("etc",)
#: dotted abbreviations in lower case (``e.g.``, ``a.m.``, ``U.S.`` lower-cased)
DOTTED: tuple[str, ...] = ("e.g", "i.e", "a.m", "p.m", "u.s", "u.k", "u.n", "ph.d")
#: Indonesian titles, ranks, address and company words (``Jl. Sudirman``, ``Brigjen. Budi``, ``PT. Maju Tbk.``)
ID_WORDS: tuple[str, ...] = (
    "jl", "jln", "bpk", "sdr", "sdri", "hj", "dra", "drs", "ir", "kol", "brigjen", "irjen", "kombes", "akbp",
    "akp", "kapt", "letkol", "mayjen", "letjen", "jend", "kec", "kab", "kel", "prov", "tbk", "rp", "pt", "cv",
    "ny", "tn", "msi", "mba", "phd",
)

#: every word of the lexicon in lower case: after any of them a full stop does not end a sentence
ALL_LOWER: frozenset[str] = frozenset(
    word.lower()
    for kind in (
        EN_TITLES, EN_PLACE_PREFIXES, EN_NUMBER_WORDS, EN_MONTHS, EN_NAME_SUFFIXES, EN_COMPANY_SUFFIXES, EN_OTHER,
        DOTTED, ID_WORDS,
    )
    for word in kind
)


def alternation(*kinds: tuple[str, ...]) -> str:
    """A regex alternation of the words of ``kinds``, longest first (so ``Sens`` is tried before ``Sen``)."""
    words = sorted({word for kind in kinds for word in kind}, key=lambda w: (-len(w), w))
    return "|".join(words)
