"""The follow-up overview: one row per pair, with the one definition of its state.

Every screen and command (`rm-tui followup`, the console's follow-up mode, the dashboard's
"pairs needing attention", the analytics notes) counts pairs with these definitions:

- a *confirmed pair* is a pair of the latest confirmed plan;
- a pair has *ended* when it has an outcome (at the end of the program, or closed early), or
  when it is no longer in the latest confirmed plan (split, or moved by a re-match);
- a pair *needs attention* when it has not ended and the health rule (`core/health.py`) flags
  it; a pair with an outcome never needs attention;
- every other pair is *active*.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from rm_tui.core.analytics_input import checkins_from, outcomes_from, plan_body, plan_pairs
from rm_tui.core.checkins import RESPONDENTS, CheckIn, Outcome
from rm_tui.core.health import Concern, missed_rounds, pair_concerns

ACTIVE, ATTENTION, ENDED = "active", "attention", "ended"
STATUSES: tuple[str, ...] = (ATTENTION, ACTIVE, ENDED)  # also the display order
Key = tuple[str, str]


@dataclass(frozen=True)
class PairState:
    mentor: str
    mentee: str
    since: str | None  # date (YYYY-MM-DD) of the first confirmed plan with this pair
    status: str  # active | attention | ended
    in_plan: bool  # in the latest confirmed plan
    checkins: Mapping[str, int]  # respondent -> check-ins received
    last_checkin: str | None
    missed: int  # rounds (months) with a missed meeting
    attention_reasons: tuple[str, ...] = ()
    outcome: Outcome | None = None
    concerns: tuple[Concern, ...] = ()  # the reasons as codes, for wording in any language

    @property
    def key(self) -> Key:
        return (self.mentor, self.mentee)

    @property
    def ended_reason(self) -> str | None:
        """Why an ended pair ended: its outcome's reason code, `completed`, or `split`."""
        if self.status != ENDED:
            return None
        if self.outcome is not None:
            return self.outcome.reason or ("completed" if not self.outcome.ended_early else None)
        return "split"

    def to_dict(self, names: Mapping[str, str] | None = None) -> dict[str, Any]:
        """The `rm-tui followup --json` row (docs/FORMATS.md)."""
        names = names or {}
        return {
            "mentor": self.mentor,
            "mentee": self.mentee,
            "mentor_name": names.get(self.mentor),
            "mentee_name": names.get(self.mentee),
            "since": self.since,
            "status": self.status,
            "checkins": dict(self.checkins),
            "last_checkin": self.last_checkin,
            "missed": self.missed,
            "attention_reasons": list(self.attention_reasons),
            "outcome": self.outcome.to_dict() if self.outcome is not None else None,
        }


@dataclass(frozen=True)
class Overview:
    pairs: tuple[PairState, ...]
    checkins: int = 0
    confirmed_version: int | None = None
    _index: dict[Key, PairState] = field(default_factory=dict, repr=False, compare=False)

    @property
    def confirmed(self) -> tuple[PairState, ...]:
        """Pairs of the latest confirmed plan (ended ones included)."""
        return tuple(p for p in self.pairs if p.in_plan)

    def with_status(self, status: str) -> tuple[PairState, ...]:
        return tuple(p for p in self.pairs if p.status == status)

    @property
    def attention(self) -> tuple[PairState, ...]:
        return self.with_status(ATTENTION)

    @property
    def open_pairs(self) -> tuple[PairState, ...]:
        """Pairs still running (not ended): those a check-in is entered for."""
        return tuple(p for p in self.pairs if p.status != ENDED)

    def get(self, mentor: str, mentee: str) -> PairState | None:
        return next((p for p in self.pairs if p.key == (mentor, mentee)), None)

    def counts(self) -> dict[str, int]:
        return {
            "pairs": len(self.pairs),
            "confirmed": len(self.confirmed),
            "active": len(self.with_status(ACTIVE)),
            "attention": len(self.with_status(ATTENTION)),
            "ended": len(self.with_status(ENDED)),
            "outcomes": sum(1 for p in self.pairs if p.outcome is not None),
            "checkins": self.checkins,
        }

    def to_dict(self, names: Mapping[str, str] | None = None) -> dict[str, Any]:
        return {"pairs": [p.to_dict(names) for p in self.pairs], "counts": self.counts()}

    def summary(self) -> str:
        """One line, the same words on every screen."""
        c = self.counts()
        split = c["pairs"] - c["confirmed"]
        parts = [f"{c['confirmed']} confirmed pair{'s' if c['confirmed'] != 1 else ''}"
                 + (f" (+{split} split)" if split else ""),
                 f"{c['active']} active", f"{c['attention']} needing attention",
                 f"{c['ended']} ended", f"{c['outcomes']} with an outcome",
                 f"{c['checkins']} check-in{'s' if c['checkins'] != 1 else ''}"]
        return " · ".join(parts)


def _since(record: Mapping[str, Any]) -> str | None:
    at = plan_body(record).get("confirmed_at") or record.get("created")
    return str(at)[:10] if at else None


def overview(
    confirmed: Sequence[Mapping[str, Any]],
    outcomes: Iterable[Mapping[str, Any]],
    checkins: Iterable[Mapping[str, Any]],
) -> Overview:
    """Every pair ever confirmed (`confirmed`: stored confirmed plan records, oldest first),
    with its check-ins, outcome and state."""
    since: dict[Key, str | None] = {}
    for record in confirmed:
        for p in plan_pairs(record):
            since.setdefault((str(p["mentor"]), str(p["mentee"])), _since(record))
    current = {(str(p["mentor"]), str(p["mentee"])) for p in plan_pairs(confirmed[-1])} \
        if confirmed else set()
    results = outcomes_from(outcomes)
    stored = checkins_from(checkins)
    by_pair: dict[Key, list[CheckIn]] = defaultdict(list)
    for c in stored:
        by_pair[c.key].append(c)
    rows = []
    for key, first in since.items():
        own = by_pair.get(key, [])
        outcome = results.get(key)
        ended = outcome is not None or key not in current
        concerns = () if ended else tuple(pair_concerns(own))
        reasons = tuple(c.english() for c in concerns)
        status = ENDED if ended else (ATTENTION if reasons else ACTIVE)
        rows.append(PairState(
            key[0], key[1], first, status, key in current,
            {r: sum(1 for c in own if c.respondent == r) for r in RESPONDENTS},
            max((c.date for c in own), default=None), len(missed_rounds(own)), reasons, outcome,
            concerns,
        ))
    rows.sort(key=lambda p: (STATUSES.index(p.status), p.mentor, p.mentee))
    version = confirmed[-1].get("version") if confirmed else None
    return Overview(tuple(rows), len(stored), version if isinstance(version, int) else None)
