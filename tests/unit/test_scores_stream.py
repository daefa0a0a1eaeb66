"""`scores --json` is streamed: the chunks are exactly the text of the whole report."""

from __future__ import annotations

import json

import numpy as np
import pytest

from rm_tui.core.plan import Plan
from rm_tui.core.problem import MatchProblem
from rm_tui.core.report import scores_json_chunks, scores_report


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
