"""eval.speaker_changes counts moved speakers between two runs without showing them."""

from eval.speaker_changes import compare


def test_compare_counts_each_kind_of_change_on_quotes_with_the_same_span() -> None:
    base = {"a": [[0, 10, None], [20, 30, "Ann Lee"], [40, 50, "Ann Lee"], [60, 70, "Bo Kim"]], "b": [[5, 9, "X"]]}
    new = {"a": [[0, 10, "Ann Lee"], [20, 30, None], [40, 50, "Bo Kim"], [60, 70, "Bo Kim"]], "b": [[5, 8, "X"]]}
    changes = compare(base, new)
    assert (changes.articles, changes.base_quotes, changes.new_quotes, changes.same_span) == (2, 5, 5, 4)
    assert (changes.to_name, changes.to_none, changes.to_other, changes.changed) == (1, 1, 1, 3)
    assert "speakers changed 3" in changes.line()


def test_compare_of_identical_runs_changes_nothing() -> None:
    run = {"a": [[0, 10, "Ann Lee"], [12, 20, None]]}
    assert compare(run, run).changed == 0
