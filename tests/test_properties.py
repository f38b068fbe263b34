"""Issue 8, property tests: arbitrary Unicode articles (odd quote marks, control characters,
mixed scripts) never make extraction raise, quotes always sit at their offsets in the body,
and extraction is deterministic.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from generator.entities import extract_entities
from generator.errors import InputError
from generator.extract import extract_article
from generator.keywords import extract_keywords
from generator.quotes import extract_quotes
from generator.read import read_document
from generator.summary import summarize
from generator.text import normalize_text, split_paragraphs, split_sentences

QUOTE_MARKS = "\"'“”„‟‘’‚‛«»‹›「」『』〝〞＂＇`´"
CONTROL = "\x00\x01\x07\x08\x0b\x0c\x1b\x7f\x85\u200b\u200e\u200f\u202a\u202e\u2028\u2029\ufeff\ufffd"
SCRIPTS = "AaBbZzÄéñßİıЖжΩωאבعربيहिन्दी中文日本語한국어ไทย🙂👍🏽\u0301\u0308"
WORDS = ["said", "kata", "according to", "menurut", "ujar", "Jakarta", "Budi Santoso", "Presiden", "Joko Widodo",
         "Reuters", "Minister", "the", "yang", "dan", "\n", "\n\n", ". ", ", ", "—", " - "]

alphabet = st.sampled_from(list(QUOTE_MARKS + CONTROL + SCRIPTS + " .,;:!?-\n\t\r"))
chunks = st.one_of(
    st.text(alphabet, max_size=12),
    st.sampled_from(WORDS),
    st.text(st.characters(exclude_categories=("Cs",)), max_size=8),  # any code point but lone surrogates
    st.builds(lambda q, t, c: f"{q}{t}{c}", st.sampled_from(QUOTE_MARKS), st.text(alphabet, max_size=30),
              st.sampled_from(QUOTE_MARKS)),
    st.builds(  # a plausible attributed quote, with odd marks and noise inside
        lambda q, t, c, cue: f"{q}We will {t} the plan this year{c}, {cue} Budi Santoso, the minister.\n",
        st.sampled_from(QUOTE_MARKS), st.text(alphabet, max_size=20), st.sampled_from(QUOTE_MARKS),
        st.sampled_from(["said", "kata", "ujar", "according to"]),
    ),
)
articles = st.lists(chunks, min_size=1, max_size=60).map(lambda parts: " ".join(parts))
languages = st.sampled_from(["id", "en", "xx", ""])

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check_quotes(body: str, quotes: list) -> None:  # type: ignore[type-arg]
    for q in quotes:
        assert 0 <= q.start <= q.end <= len(body), q
        assert body[q.start : q.end] == q.text, q


@SETTINGS
@given(text=articles, suffix=st.sampled_from([".txt", ".md", ".html"]), front=st.booleans())
def test_extraction_from_a_file_never_raises_and_is_deterministic(text: str, suffix: str, front: bool) -> None:
    source = f"---\ntitle: {text[:40]!r}\n---\n{text}" if front and suffix != ".html" else text
    if suffix == ".html":
        source = f"<html><body><article><p>{source}</p></article></body></html>"
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"article{suffix}"
        path.write_bytes(source.encode("utf-8", "surrogatepass"))
        try:
            doc = read_document(path, Path(folder))
        except InputError as err:
            assert str(err) and "\n" not in str(err)
            event("refused")
            return
        event("extracted")
        first = extract_article(doc)
        second = extract_article(read_document(path, Path(folder)))
    assert first.to_dict() == second.to_dict()
    _check_quotes(first.body, first.quotes)
    event(f"quotes: {min(len(first.quotes), 2)}")
    assert first.id and first.title and "\n" not in first.title
    assert first.word_count >= 0 and first.reading_minutes >= 1


@SETTINGS
@given(text=articles, language=languages)
def test_stage_functions_never_raise_and_keep_offsets(text: str, language: str) -> None:
    body = normalize_text(text)
    assert normalize_text(body) == body, "normalize_text is idempotent"
    for start, end in split_paragraphs(body):
        assert 0 <= start <= end <= len(body)
    spans = split_sentences(body, language or None)
    for start, end in spans:
        assert 0 <= start <= end <= len(body)
    assert spans == sorted(spans)
    entities = extract_entities(body, language or "en")
    quotes = extract_quotes(body, language or "en", entities.people, entities.organizations)
    _check_quotes(body, quotes)
    again = extract_quotes(body, language or "en", entities.people, entities.organizations)
    assert quotes == again
    keywords = extract_keywords(body, language or "en")
    assert keywords == extract_keywords(body, language or "en")
    assert all(k.phrase for k in keywords)
    summary = summarize(body, language or "en")
    assert summary == summarize(body, language or "en")


@SETTINGS
@given(raw=st.binary(max_size=400))
def test_arbitrary_bytes_are_read_or_refused_with_one_line(raw: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "article.txt"
        path.write_bytes(raw)
        try:
            doc = read_document(path, Path(folder))
        except InputError as err:
            assert str(err) and "\n" not in str(err)
            return
        article = extract_article(doc)
    _check_quotes(article.body, article.quotes)
