"""Language detection: py3langid, steadied for short Indonesian/English text.

py3langid (a maintained, dependency-light port of langid.py: a naive Bayes
model over byte n-grams, 97 languages, deterministic, ~1 ms per article) is
asked first over all its languages. On short texts it often answers Malay
for Indonesian, or a neighbour of English, so when the text is short or the
answer is Malay we ask again restricted to the languages our readers' news
comes in (Indonesian, English, Malay) and settle Indonesian vs Malay with
spelling markers that differ between the two standards.
"""

from __future__ import annotations

import copy
import re
from functools import lru_cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

SHORT = 200
#: Characters of the text that are classified. py3langid walks the text byte
#: by byte in Python, so the cost grows with the length; on the 4,221 texts of
#: ../shared/corpus (indosum, kompas-kontan, bbc-news, polnear, kpcrowd) the
#: first 400, 600 or 800 characters give the same answer as the first 5,000;
#: 600 leaves a margin for a lead that opens with a quote in another language.
SAMPLE = 600
_FOCUS = ("id", "en", "ms")
_MALAY_ONLY = re.compile(
    r"\b(?:kerajaan|beliau|ialah|wang|kenderaan|tahun\s+lepas|bulan\s+lepas|boleh|polis|"
    r"kerana|sahaja|cukai|syarikat|antarabangsa|daripada\s+pada)\b",
    re.IGNORECASE,
)
_INDONESIAN_ONLY = re.compile(
    r"\b(?:pemerintah|tidak|bisa|polisi|karena|saja|pajak|perusahaan|internasional|"
    r"uang|kendaraan|tahun\s+lalu|mengatakan|kata|ujar|bahwa|yang)\b",
    re.IGNORECASE,
)
_LETTER = re.compile(r"[^\W\d_]")


@lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


@lru_cache(maxsize=1)
def _focused() -> LanguageIdentifier:
    """The same model restricted to ``_FOCUS``: a shallow copy (``set_languages`` only rebinds the
    copy's own attributes), so the model is decompressed once (about half a second), not twice."""
    identifier = copy.copy(_identifier())
    identifier.set_languages(list(_FOCUS))
    return identifier


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of ``text``'s language; None when it has no letters."""
    sample = text[:SAMPLE]
    if _LETTER.search(sample) is None:
        return None
    code, confidence = _identifier().classify(sample)
    if code == "ms" or (len(sample) < SHORT and (code not in _FOCUS or confidence < 0.9)):
        code, _ = _focused().classify(sample)
    if code == "ms":
        code = _settle_malay(sample)
    return str(code)


def _settle_malay(text: str) -> str:
    malay = len(_MALAY_ONLY.findall(text))
    indonesian = len(_INDONESIAN_ONLY.findall(text))
    return "ms" if malay > indonesian else "id"
