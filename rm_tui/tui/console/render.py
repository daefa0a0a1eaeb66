"""Text for the pairing screens: reasons, diffs, totals. Presentation only."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from rm_tui.core.plan import Plan, PlanDiff
from rm_tui.core.questionnaire import tr

CRITERION_TITLES = {
    "learning_fit": "Learning fit",
    "intentions": "Intentions",
    "job_family": "Job family",
    "seniority_gap": "Seniority gap",
    "subsidiary": "Subsidiary",
    "preference": "Preferences",
}
ORIGIN_MARK = {"optimizer": "optimizer", "locked": "🔒 locked", "manual": "✋ manual"}


def criteria_of(breakdown: Any) -> list[Any]:
    return list(getattr(breakdown, "criteria", ()) or ())


def contribution(c: Any) -> float:
    return float(c.weight) * float(c.score) if c.score is not None else -1.0


def top_reasons(breakdown: Any, n: int = 2) -> str:
    """The reasons of the criteria that gave the pair the most points."""
    measured = [c for c in criteria_of(breakdown) if not getattr(c, "imputed", False)]
    best = sorted(measured, key=contribution, reverse=True)[:n]
    return "; ".join(tr(c.reason, "en") for c in best if c.score is not None and c.score > 0)


def plan_totals(plan: Plan) -> str:
    n = len(plan.pairs)
    mean = plan.total / n if n else 0.0
    worst = "—" if plan.worst is None else f"{plan.worst:.1f}"
    return (f"{n} pairs · total {plan.total:.1f} · mean {mean:.1f} · worst pair {worst}"
            f" · objective {plan.objective}")


def signed(value: float | None, digits: int = 1) -> str:
    if value is None:
        return "—"
    if abs(value) < 10 ** -digits / 2:
        return f"±{0:.{digits}f}"
    return f"{value:+.{digits}f}"


def diff_lines(change: PlanDiff | None, name: Callable[[str], str], limit: int = 8) -> list[str]:
    """What moved, for the diff panel."""
    if change is None:
        return ["First plan."]
    if change.empty:
        head = "No pair changed."
    else:
        head = f"{len(change.added)} pair(s) in, {len(change.removed)} out"
    lines = [head, f"Δ total {signed(change.delta_total)} · Δ worst pair {signed(change.delta_worst)}"
                   + (f" · Δ pairs {change.delta_pairs:+d}" if change.delta_pairs else "")]
    shown = 0
    for pair in change.removed:
        if shown < limit:
            lines.append(f"[red]− {name(pair.mentor)} ↔ {name(pair.mentee)} ({pair.score:.1f})[/red]")
        shown += 1
    for pair in change.added:
        if shown < limit:
            lines.append(f"[green]+ {name(pair.mentor)} ↔ {name(pair.mentee)} ({pair.score:.1f})[/green]")
        shown += 1
    if shown > limit:
        lines.append(f"… and {shown - limit} more")
    return lines


def name_people(text: str, ids: Sequence[str], name: Callable[[str], str]) -> str:
    """Engine messages name people by id; the room knows them by name."""
    if not ids:
        return text
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, sorted(ids, key=len, reverse=True))) + r")\b")
    return pattern.sub(lambda m: name(m.group(1)), text)


# axis -> (meaning below zero, meaning above zero), as the learner profile defines them
AXIS_MEANING = {
    "grasp": ("example-first", "theory-first"),
    "transform": ("watch-first", "try-first"),
    "explain": ("demonstration-first", "principle-first"),
}
BALANCED = 0.15  # |axis| below this reads as balanced


def lean(axis: str, value: float | None) -> str:
    """'theory-first', 'example-first', or 'balanced example/theory'."""
    if value is None:
        return "not enough answers"
    low, high = AXIS_MEANING.get(axis, ("−", "+"))
    if abs(value) < BALANCED:
        return f"balanced {low.removesuffix('-first')}/{high.removesuffix('-first')}"
    return high if value > 0 else low


def profile_summary(questionnaires: Sequence[Any], answers: dict[str, Any]) -> str:
    """'example-first · try-first · explains principle-first' from the scored questionnaires."""
    parts = []
    for q in questionnaires:
        for axis, value in q.score(answers.get(q.id, {})).axes.items() if q.axes else ():
            if value is not None:
                word = lean(axis, value)
                parts.append(f"explains {word}" if axis == "explain" else word)
    return " · ".join(parts) or "no learning profile yet"
