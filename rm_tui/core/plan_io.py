"""Plans to and from plain data (JSON/YAML-safe dicts) for storage and export."""

from __future__ import annotations

from typing import Any

from rm_tui.core.errors import OperationError
from rm_tui.core.plan import Explore, Pair, Plan, PlanConflict
from rm_tui.core.problem import MatchProblem

ORIGINS = ("optimizer", "locked", "manual")


def plan_to_dict(plan: Plan) -> dict[str, Any]:
    data: dict[str, Any] = {
        "objective": plan.objective,
        "total": round(plan.total, 6),
        "worst": None if plan.worst is None else round(plan.worst, 6),
        "pairs": [
            {
                "mentor": p.mentor,
                "mentee": p.mentee,
                "score": round(p.score, 6),
                "origin": p.origin,
                "locked": p.key in plan.locks,
            }
            for p in plan.pairs
        ],  # fmt: skip
        "forbids": [{"mentor": m, "mentee": e, "reason": r} for (m, e), r in plan.forbids],
        "unmatched": {
            "mentors": list(plan.unmatched_mentors()),
            "mentees": list(plan.unmatched_mentees()),
        },  # fmt: skip
    }
    if plan.explore is not None:
        x = plan.explore
        data["explore"] = {"eps": x.eps, "seed": x.seed, "optimum_total": round(x.optimum_total, 6),
                           "gap": round(x.gap, 6), "fallback": x.fallback}  # fmt: skip
    if plan.conflict is not None:
        c = plan.conflict
        data["conflict"] = {"side": c.side, "competitors": list(c.competitors),
                            "partners": list(c.partners), "places": c.places}  # fmt: skip
    return data


def plan_from_dict(data: dict[str, Any], problem: MatchProblem) -> Plan:
    """Rebuild a plan on `problem`; scores are taken from the problem (they may have been
    recomputed since). Raises OperationError if it names people the problem does not have."""
    try:
        pairs = []
        locks = set()
        for raw in data.get("pairs", []):
            mentor, mentee = str(raw["mentor"]), str(raw["mentee"])
            origin = raw.get("origin", "optimizer")
            if origin not in ORIGINS:
                raise OperationError.coded("args.plan.origin", origin=repr(origin))
            pairs.append(Pair(mentor, mentee, problem.score(mentor, mentee), origin))
            if raw.get("locked"):
                locks.add((mentor, mentee))
        forbids = tuple(
            ((str(f["mentor"]), str(f["mentee"])), str(f["reason"]))
            for f in data.get("forbids", [])
        )
        for (mentor, mentee), _ in forbids:
            problem.cell(mentor, mentee)
        explore = Explore(**data["explore"]) if data.get("explore") else None
        conflict = None
        if data.get("conflict"):
            c = data["conflict"]
            conflict = PlanConflict(c["side"], tuple(c["competitors"]), tuple(c["partners"]),
                                    int(c["places"]))  # fmt: skip
    except (KeyError, TypeError) as bad:
        raise OperationError.coded("args.plan.not_a_plan", why=str(bad)) from None
    objective = data.get("objective", "total")
    if objective not in ("total", "fair"):
        raise OperationError.coded("args.plan.objective", objective=repr(objective))
    return Plan(problem, tuple(pairs), frozenset(locks), forbids, objective, explore, conflict)
