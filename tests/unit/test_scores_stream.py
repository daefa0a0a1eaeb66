"""`scores --json` is streamed: the chunks are exactly the text of the whole report."""

from __future__ import annotations

import json

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rm_tui.core.plan import Plan
from rm_tui.core.problem import MatchProblem
from rm_tui.core.report import _indented, scores_json_chunks, scores_report


@pytest.mark.parametrize(("m", "n", "p"), [(3, 4, 0.3), (2, 2, 0.0), (0, 3, 0.5), (2, 0, 0.5), (2, 3, 1.0)])
def test_streamed_text_equals_the_whole_report(m: int, n: int, p: float) -> None:
    rng = np.random.default_rng(m * 10 + n)
    problem = MatchProblem.build([f"r{i}" for i in range(m)], [f"é{j}" for j in range(n)],
                                 rng.random((m, n)) * 100, rng.random((m, n)) < p, 2)  # fmt: skip
    plan = Plan(problem)
    if m and n:
        plan = plan.forbid("r0", "é0", "rule of thumb")
    whole = json.dumps(scores_report(plan), ensure_ascii=False, indent=2, allow_nan=False)
    assert "".join(scores_json_chunks(plan)) == whole


@settings(max_examples=300, deadline=None)
@given(row=st.lists(st.one_of(st.none(), st.floats(allow_nan=False, allow_infinity=False)), max_size=6),
       texts=st.lists(st.text(), max_size=4), who=st.text())  # fmt: skip
def test_entries_are_written_as_json_writes_them(row: list[float | None], texts: list[str], who: str) -> None:
    """The rows and forbidden pairs are built without json's slow indenting encoder: same text."""
    def slow(entry: object) -> str:
        return json.dumps(entry, ensure_ascii=False, indent=2, allow_nan=False).replace("\n", "\n    ")

    assert _indented(row) == slow(row)
    entry = {"mentor": who, "mentee": who[::-1], "reasons": texts}
    assert _indented(entry) == slow(entry)


@pytest.mark.parametrize("bad", [float("nan"), float("inf"), -float("inf")])
def test_a_value_json_refuses_is_refused(bad: float) -> None:
    with pytest.raises(ValueError):
        _indented([1.0, bad])
