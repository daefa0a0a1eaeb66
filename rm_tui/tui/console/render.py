"""Text for the pairing screens: reasons, diffs, totals, in the program's language (`lang`).
Presentation only: the words are in the catalogue (`rm_tui/i18n/console.py`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from rm_tui.core.plan import Plan, PlanDiff
from rm_tui.core.questionnaire import tr
from rm_tui.i18n import CATALOG, t


def _known(key: str, fallback: str, lang: str) -> str:
    return t(key, lang) if key in CATALOG else fallback


def criterion_title(name: str, lang: str = "en") -> str:
    return _known(f"console.criterion.{name}", name, lang)


def decided_words(kind: str, value: str | None, lang: str = "en") -> str:
    """A logged action (`kind` "action") or a reason the console recorded by itself (`kind`
    "reason") in `lang`; anything else (a reason the facilitator typed) as it is."""
    text = value or ""
    return _known(f"decided.{kind}." + text.replace(" ", "_"), text, lang)


def origin_mark(origin: str, lang: str = "en") -> str:
    return _known(f"console.origin.{origin}", origin, lang)


def criteria_of(breakdown: Any) -> list[Any]:
    return list(getattr(breakdown, "criteria", ()) or ())


def contribution(c: Any) -> float:
    return float(c.weight) * float(c.score) if c.score is not None else -1.0


def top_reasons(breakdown: Any, n: int = 2, lang: str = "en") -> str:
    """The reasons of the criteria that gave the pair the most points."""
    measured = [c for c in criteria_of(breakdown) if not getattr(c, "imputed", False)]
    best = sorted(measured, key=contribution, reverse=True)[:n]
    return "; ".join(tr(c.reason, lang) for c in best if c.score is not None and c.score > 0)


def plan_totals(plan: Plan, lang: str = "en") -> str:
    n = len(plan.pairs)
    mean = plan.total / n if n else 0.0
    worst = "—" if plan.worst is None else f"{plan.worst:.1f}"
    return t("console.render.totals", lang, n=n, total=f"{plan.total:.1f}", mean=f"{mean:.1f}",
             worst=worst, objective=_known(f"console.objective.{plan.objective}", plan.objective, lang))


def signed(value: float | None, digits: int = 1) -> str:
    if value is None:
        return "—"
    if abs(value) < 10 ** -digits / 2:
        return f"±{0:.{digits}f}"
    return f"{value:+.{digits}f}"


def diff_lines(change: PlanDiff | None, name: Callable[[str], str], limit: int = 8,
               lang: str = "en") -> list[str]:
    """What moved, for the diff panel."""
    if change is None:
        return [t("console.render.first_plan", lang)]
    if change.empty:
        head = t("console.render.no_change", lang)
    else:
        head = t("console.render.in_out", lang, added=len(change.added), removed=len(change.removed))
    lines = [head, t("console.render.deltas", lang, total=signed(change.delta_total),
                     worst=signed(change.delta_worst))
             + (t("console.render.delta_pairs", lang, n=f"{change.delta_pairs:+d}") if change.delta_pairs else "")]
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
        lines.append(t("console.render.more", lang, n=shown - limit))
    return lines


def name_people(text: str, ids: Sequence[str], name: Callable[[str], str]) -> str:
    """Engine messages name people by id; the room knows them by name."""
    if not ids:
        return text
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, sorted(ids, key=len, reverse=True))) + r")\b")
    return pattern.sub(lambda m: name(m.group(1)), text)


# axis -> (pole below zero, pole above zero), as the learner profile defines them
AXIS_POLES = {
    "grasp": ("example", "theory"),
    "transform": ("watch", "try"),
    "explain": ("demonstration", "principle"),
}
BALANCED = 0.15  # |axis| below this reads as balanced


def axis_meaning(axis: str, lang: str = "en") -> tuple[str, str]:
    """(meaning below zero, meaning above zero), e.g. ('example-first', 'theory-first')."""
    if axis not in AXIS_POLES:
        return ("−", "+")
    low, high = (t("console.lean.first", lang, pole=t(f"console.pole.{pole}", lang))
                 for pole in AXIS_POLES[axis])
    return low, high


def lean(axis: str, value: float | None, lang: str = "en") -> str:
    """'theory-first', 'example-first', or 'balanced example/theory'."""
    if value is None:
        return t("console.person.not_enough", lang)
    low, high = axis_meaning(axis, lang)
    if abs(value) < BALANCED and axis in AXIS_POLES:
        below, above = (t(f"console.pole.{pole}", lang) for pole in AXIS_POLES[axis])
        return t("console.lean.balanced", lang, low=below, high=above)
    return high if value > 0 else low


def profile_summary(questionnaires: Sequence[Any], answers: dict[str, Any], lang: str = "en") -> str:
    """'example-first · try-first · explains principle-first' from the scored questionnaires."""
    parts = []
    for q in questionnaires:
        for axis, value in q.score(answers.get(q.id, {})).axes.items() if q.axes else ():
            if value is not None:
                word = lean(axis, value, lang)
                parts.append(t("console.lean.explains", lang, lean=word) if axis == "explain" else word)
    return " · ".join(parts) or t("console.lean.none", lang)
