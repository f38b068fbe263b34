"""Extractive summary: the lead sentences, bottom line up front."""

from __future__ import annotations

from generator.text import split_sentences

MIN_CHARS = 40
MAX_CHARS = 480


def summarize(body: str, language: str, sentences: int = 3) -> list[str]:
    """The first ``sentences`` substantial sentences of the article, within ``MAX_CHARS``.

    News is written as an inverted pyramid, so the lead sentences are the
    summary a reader expects; very short fragments (bylines, captions) are skipped.
    """
    chosen: list[str] = []
    total = 0
    for start, end in split_sentences(body, language):
        sentence = " ".join(body[start:end].split())
        if len(sentence) < MIN_CHARS:
            continue
        if chosen and total + len(sentence) > MAX_CHARS:
            break
        chosen.append(sentence)
        total += len(sentence)
        if len(chosen) == sentences:
            break
    return chosen
