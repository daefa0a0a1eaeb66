"""Where the console meets the engine's scoring and export: one place to call them from.

No scoring or export logic lives here: these functions only call the engine's modules.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from rm_tui.core.errors import OperationError
from rm_tui.core.plan import Plan
from rm_tui.core.problem import MatchProblem
from rm_tui.core.program import Criterion, Program


def build_problem(program: Program, answers: Any, today: dt.date | None = None) -> MatchProblem:
    """Scores of every mentor x mentee pair under the program's criteria and rules
    (`today` pins the date seniority is counted at: tests and snapshots)."""
    try:
        from rm_tui.core import scoring
    except ImportError:  # pragma: no cover - until the engine's scoring lands
        raise OperationError("the scoring engine is not installed in this build") from None
    return scoring.score_program(program, answers, today=today).problem()


def plan_record(plan: Plan, program: Program | None, criteria: dict[str, Criterion]) -> dict[str, Any]:
    """What the database keeps of a plan (drafts and confirmed versions): the engine's plain
    data, plus the program and the weights it was solved with."""
    from rm_tui.core.plan_io import plan_to_dict

    return {
        "program": program.id if program else None,
        "weights": {name: c.weight for name, c in sorted(criteria.items())},
        **plan_to_dict(plan),
    }


def export_plan(plan: Plan, program: Program | None, path: Path, *, db: Any = None) -> None:
    """Write the export YAML (`rm-tui/pairs@1`) through the engine's exporter."""
    try:
        from rm_tui.core import export
    except ImportError:  # pragma: no cover - until the engine's export lands
        raise OperationError("the exporter is not installed in this build") from None
    export.write_plan(plan, program, path, db=db)
