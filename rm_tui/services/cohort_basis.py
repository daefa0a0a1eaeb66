"""What a plan was solved on: the cohort as the database holds it (plain Python).

The console and `match --confirm` both store this fingerprint with a plan, so either can
tell later that new answers, people or decisions have made the plan stale.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from typing import Any

from rm_tui.core.decisions import DecisionState
from rm_tui.core.participant import Participant
from rm_tui.storage import Database

_cohort_cache: dict[str, Any] = {"id": None, "hash": ""}


def _cohort_hash(people: Sequence[Participant], answers: dict[str, Any]) -> str:
    key = (id(people), id(answers))  # the console re-hashes only when it has re-read
    if _cohort_cache["id"] != key:
        data = [[p.to_dict() for p in people], answers]
        text = json.dumps(data, sort_keys=True, default=str)
        _cohort_cache.update(id=key, hash=hashlib.sha1(text.encode()).hexdigest())
    return str(_cohort_cache["hash"])


def cohort_fingerprint(people: Sequence[Participant], answers: dict[str, Any],
                       state: DecisionState) -> str:  # fmt: skip
    """People and answers as read from the database, and the plan-changing decisions, as
    one short string."""
    decided = json.dumps(state.signature(), default=str)
    return hashlib.sha1((_cohort_hash(people, answers) + decided).encode()).hexdigest()[:16]


def add_missing_roster(db: Database, roster: Iterable[Participant]) -> int:
    """Put roster people the database lacks into it (the console on opening, `match
    --confirm` before reading the cohort it confirms); never overwrite the facilitator's
    corrections or exclusions stored there."""
    known = {p.id for p in db.participants()}
    new = [p for p in roster if p.id not in known]
    if new:
        db.upsert_participants(new)
    return len(new)
