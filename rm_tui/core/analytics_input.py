"""Turn what a database holds (confirmed plans, outcomes, check-ins) into analysis records,
and decide whether several cohorts may be pooled.

Plans are read tolerantly as stored by `match --confirm` (`core/export.confirmed_record`):
`{"pairs": [{"mentor", "mentee", "criteria": {name: score or null}, ...}],
"questionnaire_versions": {id: version}}`; older or hand-made records may lack either.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from rm_tui.core.analytics import PairRecord
from rm_tui.core.checkins import CheckIn, CheckInError, Outcome
from rm_tui.i18n import Said

Key = tuple[str, str]


def plan_body(record: Mapping[str, Any]) -> Mapping[str, Any]:
    """The plan inside a stored plan record (`{"kind", "version", "plan": {...}}`), or the
    mapping itself when given a bare plan."""
    body = record.get("plan", record)
    return body if isinstance(body, Mapping) else {}


def plan_pairs(record: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    pairs = plan_body(record).get("pairs") or []
    return [p for p in pairs if isinstance(p, Mapping) and "mentor" in p and "mentee" in p]


def pair_criteria(pair: Mapping[str, Any]) -> dict[str, float]:
    """Per-criterion scores of a stored pair; accepts `{name: score}` or `{name: {score: x}}`."""
    raw = pair.get("criteria") or {}
    out: dict[str, float] = {}
    if isinstance(raw, Mapping):
        for name, value in raw.items():
            if isinstance(value, Mapping):
                value = value.get("score", value.get("value"))
            if isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value):
                out[str(name)] = float(value)
    return out


def questionnaire_versions(record: Mapping[str, Any] | None) -> dict[str, int] | None:
    """Questionnaire id -> version recorded with a confirmed plan; None if not recorded."""
    if record is None:
        return None
    body = plan_body(record)
    found = body.get("questionnaire_versions") or body.get("questionnaires") \
        or record.get("questionnaires")
    if not isinstance(found, Mapping) or not found:
        return None
    return {str(k): int(v) for k, v in found.items() if isinstance(v, int)}


def checkins_from(raw: Iterable[Mapping[str, Any]]) -> list[CheckIn]:
    """Stored check-ins as values, oldest first. A later record by the same respondent of the
    same pair on the same date supersedes the earlier one (a correction, a re-import);
    records that no longer validate are skipped."""
    latest: dict[tuple[str, str, str, str], CheckIn] = {}
    for record in raw:
        try:
            c = CheckIn.from_dict(record)
        except CheckInError:
            continue
        ident = (c.mentor, c.mentee, c.respondent, c.date)
        latest.pop(ident, None)  # re-insert so that order follows the latest record
        latest[ident] = c
    return list(latest.values())


def outcomes_from(raw: Iterable[Mapping[str, Any]]) -> dict[Key, Outcome]:
    """The latest valid outcome of each pair."""
    out: dict[Key, Outcome] = {}
    for record in raw:
        try:
            outcome = Outcome.from_dict(record)
        except CheckInError:
            continue
        out[outcome.key] = outcome
    return out


def records_from(
    confirmed: Sequence[Mapping[str, Any]],
    outcomes: Iterable[Mapping[str, Any]],
    checkins: Iterable[Mapping[str, Any]],
    cohort: str = "",
) -> list[PairRecord]:
    """One record per pair that was ever confirmed, with its criterion scores at its first
    confirmation, its outcome quality and its mean "explains well" rating."""
    first_seen: dict[Key, dict[str, float]] = {}
    for record in confirmed:  # oldest first
        for pair in plan_pairs(record):
            key = (str(pair["mentor"]), str(pair["mentee"]))
            first_seen.setdefault(key, pair_criteria(pair))
    results = outcomes_from(outcomes)
    explains: dict[Key, list[int]] = defaultdict(list)
    for c in checkins_from(checkins):
        if c.explains_well is not None:
            explains[c.key].append(c.explains_well)
    out = []
    for key, criteria in first_seen.items():
        outcome = results.get(key)
        ratings = explains.get(key)
        out.append(PairRecord(
            key[0],
            key[1],
            criteria,
            quality=outcome.quality if outcome else None,
            explains_well=sum(ratings) / len(ratings) if ratings else None,
            cohort=cohort,
            has_outcome=outcome is not None,
        ))
    return out


@dataclass(frozen=True)
class PoolDecision:
    allowed: bool
    note: str


def pooling_decision(cohorts: Sequence[tuple[str, dict[str, int] | None]]) -> PoolDecision:
    """Cohorts may be pooled only when they used the same questionnaire versions."""
    if len(cohorts) <= 1:
        return PoolDecision(True, "")
    unknown = [name for name, versions in cohorts if versions is None]
    if unknown:
        return PoolDecision(False, Said("stats.pool.unrecorded", where=", ".join(unknown)))
    first_name, first = cohorts[0]
    for name, versions in cohorts[1:]:
        if versions != first:
            differences = _differences(first or {}, versions or {})
            return PoolDecision(False, Said("stats.pool.differ", first=first_name, other=name,
                                            differences=differences))
    listed = ", ".join(f"{k} v{v}" for k, v in sorted((first or {}).items()))
    return PoolDecision(True, Said("stats.pool.same", listed=listed))


def _differences(a: dict[str, int], b: dict[str, int]) -> str:
    parts = []
    for qid in sorted(set(a) | set(b)):
        if a.get(qid) != b.get(qid):
            parts.append(f"{qid}: {_v(a.get(qid))} vs {_v(b.get(qid))}")
    return "; ".join(parts)


def _v(version: int | None) -> str:
    return "absent" if version is None else f"v{version}"



def criteria_definitions(record: Mapping[str, Any] | None) -> dict[str, Any]:
    """How each criterion was scored (mode and parameters, not the weight) in a record."""
    settings = plan_body(record).get("criteria_settings") if record else None
    if not isinstance(settings, Mapping):
        return {}
    return {str(name): {"mode": s.get("mode"), "params": s.get("params")}
            for name, s in settings.items() if isinstance(s, Mapping)}


def definition_note(cohorts: Sequence[tuple[str, dict[str, Any]]]) -> Said | None:
    """A note naming criteria scored differently across pooled cohorts (weights may differ:
    they change which pairs are formed, not what a criterion's score means)."""
    differ = sorted({
        name
        for _label, defs in cohorts[1:]
        for name, d in defs.items()
        if name in cohorts[0][1] and cohorts[0][1][name] != d
    }) if len(cohorts) > 1 else []
    if not differ:
        return None
    return Said("stats.pool.definitions", names=", ".join(differ))
