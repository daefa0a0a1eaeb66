"""The facilitator's decisions about a program, and the state they add up to (pure).

A decision is one entry of an append-only log: lock, forbid, lift (undo a lock, forbid or
never-again), split (a repair's "never these two again"), weight, objective, exclude,
include, confirm and draft (a plan stored, with its note). `fold` replays the log into the
effective `DecisionState` every command and the console match with; nothing else is stored,
so the state can never disagree with the log (docs/FORMATS.md, "Decisions").

People are named only in the `mentor`, `mentee` and `participant` fields, so an erasure can
find and scrub them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields
from typing import Any, Literal

Action = Literal["lock", "forbid", "lift", "split", "weight", "objective", "exclude",
                 "include", "confirm", "draft"]  # fmt: skip
ACTIONS: tuple[str, ...] = ("lock", "forbid", "lift", "split", "weight", "objective", "exclude",
                            "include", "confirm", "draft")  # fmt: skip
PAIR_ACTIONS = ("lock", "forbid", "lift", "split")
PERSON_ACTIONS = ("exclude", "include")
OBJECTIVES = ("total", "fair")
Key = tuple[str, str]


@dataclass(frozen=True)
class Decision:
    """One entry of the decision log. Only the fields of its action are set."""

    action: str
    at: str = ""
    reason: str | None = None
    actor: str | None = None
    mentor: str | None = None
    mentee: str | None = None
    participant: str | None = None
    name: str | None = None  # criterion of a weight change
    weight: float | None = None
    objective: str | None = None
    plan_id: int | None = None  # confirm / draft: the stored plan
    version: int | None = None  # confirm: its confirmed version
    id: int | None = None  # position in the database's decisions table

    @property
    def key(self) -> Key:
        return (self.mentor or "", self.mentee or "")

    def to_dict(self) -> dict[str, Any]:
        """Plain data without the unset fields (and without the storage id)."""
        return {f.name: getattr(self, f.name) for f in fields(self)
                if f.name != "id" and getattr(self, f.name) is not None}  # fmt: skip

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Decision:
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        if values.get("weight") is not None:
            values["weight"] = float(values["weight"])
        return cls(**values)

    def describe(self) -> str:
        """One line for people: `lock p06:p26`, `weight job_family=0`, `exclude p31`."""
        if self.action in PAIR_ACTIONS:
            return f"{self.action} {self.mentor}:{self.mentee}"
        if self.action in PERSON_ACTIONS:
            return f"{self.action} {self.participant}"
        if self.action == "weight":
            return f"weight {self.name}={self.weight:g}"
        if self.action == "objective":
            return f"objective {self.objective}"
        if self.action == "confirm":
            return f"confirm version {self.version}" if self.version else "confirm"
        return self.action


@dataclass(frozen=True)
class PairDecision:
    mentor: str
    mentee: str
    reason: str | None
    at: str
    id: int | None = None  # the decision that made it

    @property
    def key(self) -> Key:
        return (self.mentor, self.mentee)

    def as_dict(self) -> dict[str, Any]:
        return {"mentor": self.mentor, "mentee": self.mentee, "reason": self.reason, "at": self.at}


@dataclass(frozen=True)
class Exclusion:
    id: str
    reason: str | None
    at: str

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "reason": self.reason, "at": self.at}


@dataclass(frozen=True)
class DecisionState:
    """What the log adds up to. Pairs are kept in the order they were decided."""

    locks: tuple[PairDecision, ...] = ()
    forbids: tuple[PairDecision, ...] = ()
    never_again: tuple[PairDecision, ...] = ()
    excluded: tuple[Exclusion, ...] = ()
    weight_changes: Mapping[str, float] = field(default_factory=dict)
    objective: str | None = None  # None: the program's
    last_confirm: Decision | None = None

    def lock_of(self, key: Key) -> PairDecision | None:
        return next((d for d in self.locks if d.key == key), None)

    def forbid_of(self, key: Key) -> PairDecision | None:
        return next((d for d in self.forbids if d.key == key), None)

    def never_again_of(self, key: Key) -> PairDecision | None:
        return next((d for d in self.never_again if d.key == key), None)

    def is_excluded(self, pid: str) -> bool:
        return any(x.id == pid for x in self.excluded)

    def weights(self, program_weights: Mapping[str, float]) -> dict[str, float]:
        """The effective weights: the program file's, then the changes decided since."""
        return {**program_weights, **{k: v for k, v in self.weight_changes.items()
                                      if k in program_weights}}  # fmt: skip

    def signature(self) -> tuple[Any, ...]:
        """Everything that changes a plan (confirmations do not): plans made under another
        signature are stale."""
        return (tuple(d.key for d in self.locks), tuple((d.key, d.reason) for d in self.forbids),
                tuple(d.key for d in self.never_again), tuple(x.id for x in self.excluded),
                tuple(sorted(self.weight_changes.items())), self.objective)  # fmt: skip


def never_again_reason(reason: str | None, at: str) -> str:
    """How a split's rule is named wherever a pair is refused (explain, scores, console)."""
    day = at[:10] if at else "earlier"
    why = f" ({reason})" if reason else ""
    return f"split on {day}{why}: never paired again"


def fold(log: Iterable[Decision]) -> DecisionState:
    """Replay the log, oldest first. A later decision on the same pair or person wins: a
    lock replaces a forbid, a forbid or split ends a lock, a lock takes the mentee from
    any other lock (a mentee has one mentor)."""
    locks: dict[Key, PairDecision] = {}
    forbids: dict[Key, PairDecision] = {}
    never: dict[Key, PairDecision] = {}
    excluded: dict[str, Exclusion] = {}
    weights: dict[str, float] = {}
    objective: str | None = None
    last_confirm: Decision | None = None
    for d in log:
        pair = PairDecision(d.mentor or "", d.mentee or "", d.reason, d.at, d.id)
        if d.action == "lock":
            forbids.pop(pair.key, None)
            never.pop(pair.key, None)
            for other in [k for k in locks if k[1] == pair.mentee]:
                del locks[other]
            locks[pair.key] = pair
        elif d.action == "forbid":
            locks.pop(pair.key, None)
            forbids[pair.key] = pair
        elif d.action == "split":
            locks.pop(pair.key, None)
            never[pair.key] = pair
        elif d.action == "lift":
            for table in (locks, forbids, never):
                table.pop(pair.key, None)
        elif d.action == "weight" and d.name is not None and d.weight is not None:
            weights[d.name] = float(d.weight)
        elif d.action == "objective" and d.objective in OBJECTIVES:
            objective = d.objective
        elif d.action == "exclude" and d.participant:
            excluded[d.participant] = Exclusion(d.participant, d.reason, d.at)
        elif d.action == "include" and d.participant:
            excluded.pop(d.participant, None)
        elif d.action == "confirm":
            last_confirm = d
    return DecisionState(tuple(locks.values()), tuple(forbids.values()), tuple(never.values()),
                         tuple(excluded.values()), weights, objective, last_confirm)  # fmt: skip


def state_json(state: DecisionState, program_weights: Mapping[str, float],
               program_objective: str) -> dict[str, Any]:  # fmt: skip
    """`rm-tui constraints --json`: the effective decisions."""
    return {
        "locks": [d.as_dict() for d in state.locks],
        "forbids": [d.as_dict() for d in state.forbids],
        "never_again": [d.as_dict() for d in state.never_again],
        "excluded": [x.as_dict() for x in state.excluded],
        "weights": state.weights(program_weights),
        "objective": state.objective or program_objective,
    }


def log_entry(d: Decision) -> dict[str, Any]:
    """`rm-tui log --json`: one decision with the people or values it concerns."""
    out: dict[str, Any] = {"at": d.at, "action": d.action, "reason": d.reason}
    out.update({k: v for k, v in d.to_dict().items() if k not in out})
    return out


def changes_between(before: DecisionState, after: DecisionState, at: str,
                    reason: str | None = None) -> list[Decision]:  # fmt: skip
    """The pair decisions that turn `before`'s locks and forbids into `after`'s (undo/redo
    in the console records what it changes, like any other change)."""
    out: list[Decision] = []
    old_l, new_l = {d.key: d for d in before.locks}, {d.key: d for d in after.locks}
    old_f, new_f = {d.key: d for d in before.forbids}, {d.key: d for d in after.forbids}
    for key in sorted((old_l.keys() - new_l.keys()) | (old_f.keys() - new_f.keys())):
        if key not in new_l and key not in new_f:
            out.append(Decision("lift", at, reason, mentor=key[0], mentee=key[1]))
    for key in sorted(new_f.keys() - old_f.keys()):
        out.append(Decision("forbid", at, new_f[key].reason or reason, mentor=key[0], mentee=key[1]))
    for key in sorted(new_l.keys() - old_l.keys()):
        out.append(Decision("lock", at, new_l[key].reason or reason, mentor=key[0], mentee=key[1]))
    return out
