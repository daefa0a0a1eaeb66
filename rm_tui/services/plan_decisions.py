"""What a console change decides, and what a plan was solved on (plain Python).

`decisions_between` turns one step of the pairing history into decisions (locks, forbids,
lifts, weights, objective) so every change, undo and redo is recorded like any other;
`fingerprint` names the cohort + decisions a plan was solved on (stale when it differs);
`signature_of` says whether the plan shown is the confirmed one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rm_tui.core.decisions import Decision, DecisionState, PairDecision, changes_between
from rm_tui.services.cohort_basis import cohort_fingerprint

if TYPE_CHECKING:
    from rm_tui.services.cohort import Snapshot
    from rm_tui.services.pairing_session import State

ACTOR = "facilitator"
LOCK_REASONS = {"lock": "locked in the console", "assign": "paired by hand",
                "swap": "swapped by hand"}  # fmt: skip


def _weights(state: State) -> dict[str, float]:
    return {n: c.weight for n, c in state.ws.program.criteria.items()}


def decisions_between(before: State, after: State, action: str,
                      reason: str | None) -> list[Decision]:  # fmt: skip
    """The decisions that turn `before` into `after`: locks, forbids and lifts, weights,
    objective. A lock made by `action` gets a reason saying how it was made."""
    at = ""
    lock_reason = LOCK_REASONS.get(action, f"{action} in the console")

    def pairs(state: State) -> DecisionState:
        plan = state.plan
        locks = tuple(PairDecision(m, e, reason or lock_reason, at) for m, e in sorted(plan.locks))
        forbids = tuple(PairDecision(m, e, r, at) for (m, e), r in plan.forbids)
        return DecisionState(locks, forbids)

    out = changes_between(pairs(before), pairs(after), at, reason or action)
    old, new = _weights(before), _weights(after)
    out += [Decision("weight", at, reason, name=n, weight=w) for n, w in new.items()
            if old.get(n) != w]  # fmt: skip
    if before.plan.objective != after.plan.objective:
        out.append(Decision("objective", at, reason, objective=after.plan.objective))
    return [Decision(**{**d.to_dict(), "actor": ACTOR}) for d in out]


def fingerprint(snapshot: Snapshot, state: DecisionState) -> str:
    """People, answers and plan-changing decisions, as one short string."""
    return cohort_fingerprint(snapshot.people, snapshot.answers, state)


def signature_of(body: dict[str, Any]) -> Any:
    """Pairs (with origins), forbids, locks, objective and weights of a stored plan body."""
    pairs = body.get("pairs", [])
    return (tuple(sorted(((str(p["mentor"]), str(p["mentee"])), p.get("origin", "optimizer"))
                         for p in pairs)),
            tuple(sorted(((str(f["mentor"]), str(f["mentee"])), str(f["reason"]))
                         for f in body.get("forbids", []))),
            frozenset((str(p["mentor"]), str(p["mentee"])) for p in pairs if p.get("locked")),
            body.get("objective"),
            tuple(sorted((n, float(w)) for n, w in body.get("weights", {}).items())))  # fmt: skip
