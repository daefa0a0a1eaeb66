"""Everyone's learning-style axes at once: `Questionnaire.score(...).axes`, one column of
answers at a time instead of one person at a time (scoring a 1,000-person cohort)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from rm_tui.core.participant import Participant
from rm_tui.core.program import Program
from rm_tui.core.questionnaire import Questionnaire


def cohort_axes(program: Program, answers: Any, people: Sequence[Participant]) -> dict[str, np.ndarray]:
    """Each person's axes, as `Questionnaire.score` gives them, one column of answers at a time
    (a later questionnaire's value wins, as it did person by person)."""
    out: dict[str, np.ndarray] = {}
    by_role: dict[str, list[int]] = {}
    for k, person in enumerate(people):
        by_role.setdefault(person.role, []).append(k)
    for role, rows in by_role.items():
        index = np.array(rows, dtype=np.intp)
        for q in program.questionnaires_for(role):
            if not q.axes:
                continue
            given = [answers.get(people[k].id, {}).get(q.id, {}) for k in rows]
            for name, values in questionnaire_axes(q, given).items():
                arr = out.setdefault(name, np.full(len(people), np.nan))
                ok = ~np.isnan(values)
                arr[index[ok]] = values[ok]
    return out


def _likert(values: list[Any], points: int) -> np.ndarray:
    """Answers as floats; NaN where `Questionnaire.score` skips them (not an int in 1..points)."""
    return np.array([float(v) if isinstance(v, int) and not isinstance(v, bool) and 1 <= v <= points
                     else np.nan for v in values])  # fmt: skip


def questionnaire_axes(q: Questionnaire, given: Sequence[Mapping[str, Any]]) -> dict[str, np.ndarray]:
    """`q.score(answers).axes` for many people at once: axis -> (len(given),), NaN = None.
    Same arithmetic in the same order as the per-person scorer, so the floats are identical."""
    size = len(given)
    subscales: dict[str, np.ndarray] = {}
    for sub in q.subscales:
        total, count = np.zeros(size), np.zeros(size, dtype=np.int64)
        for item_id in sub.items:
            item = q.item(item_id)
            if item.scale is None:
                continue
            points = item.scale.points
            value = _likert([g.get(item_id) for g in given], points)
            if item_id in sub.reverse:
                value = points + 1 - value
            has = ~np.isnan(value)
            total += np.where(has, (value - 1) / (points - 1), 0.0)
            count += has
        with np.errstate(invalid="ignore", divide="ignore"):
            subscales[sub.name] = np.where(count >= sub.min_answered, total / count, np.nan)
    missing = np.full(size, np.nan)
    return {axis.name: subscales.get(axis.plus, missing) - subscales.get(axis.minus, missing)
            for axis in q.axes}  # fmt: skip
