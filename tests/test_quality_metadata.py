"""Quality floors for metadata extraction on the shared corpora.

Figures come from ``eval.score_metadata`` (run it for the full table). The
floors are pinned minimums: raise them when extraction improves, never lower
them to make a change pass.
"""

from __future__ import annotations

from typing import Any

import pytest

from eval import score_metadata

pytestmark = pytest.mark.corpus

FLOORS: dict[str, dict[str, float]] = {
    "kompas-kontan": {
        "outlet_acc_shown": 0.97,
        "dateline_found": 0.95,
        "dateline_grounded": 0.99,
        "title_acc": 0.97,
        "date_acc_stated": 0.90,
    },
    "indosum": {
        "outlet_acc_shown": 0.97,
        "dateline_found": 0.95,
        "dateline_grounded": 0.99,
    },
}
#: Counts that must stay at zero: nothing invented.
ZERO = ("outlet_invented", "dateline_invented")


@pytest.fixture(scope="module")
def results() -> dict[str, Any]:
    if not score_metadata.CORPUS.is_dir():
        pytest.skip("../shared/corpus not present")
    return score_metadata.score_corpus()


@pytest.mark.parametrize(
    ("corpus", "figure", "floor"),
    [(c, f, v) for c, floors in FLOORS.items() for f, v in floors.items()],
)
def test_floor(results: dict[str, Any], corpus: str, figure: str, floor: float) -> None:
    value = results[corpus][figure]
    assert value is not None and value >= floor, f"{corpus} {figure} = {value} < {floor}"


@pytest.mark.parametrize("corpus", sorted(FLOORS))
@pytest.mark.parametrize("figure", ZERO)
def test_nothing_invented(results: dict[str, Any], corpus: str, figure: str) -> None:
    examples = results[corpus]["_errors"].get(figure, [])[:5]
    assert results[corpus][figure] == 0, examples


def test_bbc_latin1_file_reads() -> None:
    path = score_metadata.CORPUS / "bbc-news" / "sport" / "199.txt"
    if not path.exists():
        pytest.skip("bbc-news corpus not present")
    from generator.metadata import extract_metadata
    from generator.read import read_document

    meta = extract_metadata(read_document(path, path.parents[2]))
    assert "\ufffd" not in meta.body
    assert meta.language == "en"
    assert meta.origins["title"] == "text"
