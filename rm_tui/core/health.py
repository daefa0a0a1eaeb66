"""Pair health: which pairs need the facilitator's attention, and why.

A pair needs attention when, in two check-in rounds in a row, either partner rated "useful" or
"openness" 2 or less, or when the pair missed two meetings. A round is a calendar month (check-ins
are monthly by default); rounds without any check-in are skipped, not counted as good or bad.
A meeting counts as missed in a round when a partner answered `no` or `cancelled` and nobody
answered `yes` (one partner's "yes" is taken at their word).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import NamedTuple

from rm_tui.core.checkins import CheckIn

LOW = 2  # a rating at or below this is a warning sign
WATCHED = ("useful", "openness")
MISSED_LIMIT = 2


class Attention(NamedTuple):
    mentor: str
    mentee: str
    reason: str


LowAnswer = tuple[str, str, int]  # (respondent, rating name, value)


class Concern(NamedTuple):
    """Why a pair needs attention, as a code with its facts (the interfaces word it).

    `low_twice`: low ratings in rounds `before` and `after` (`low_before`, `low_after`);
    `missed`: meetings missed in `months`.
    """

    code: str
    before: str = ""
    after: str = ""
    low_before: tuple[LowAnswer, ...] = ()
    low_after: tuple[LowAnswer, ...] = ()
    months: tuple[str, ...] = ()

    def english(self) -> str:
        """The reason as stored in `attention_reasons` (JSON and the dashboard)."""
        if self.code == "low_twice":
            def said(low: tuple[LowAnswer, ...]) -> str:
                return ", ".join(f"{who} {name} {value}" for who, name, value in low)

            return (f"low ratings two check-ins in a row ({self.before}: {said(self.low_before)}; "
                    f"{self.after}: {said(self.low_after)})")
        return f"missed {len(self.months)} meetings ({', '.join(self.months)})"


def _low_answers(round_: list[CheckIn]) -> list[LowAnswer]:
    out = []
    for c in sorted(round_, key=lambda c: (c.respondent, c.date)):
        for name in WATCHED:
            value = getattr(c, name)
            if value is not None and value <= LOW:
                out.append((c.respondent, name, value))
    return out


def _missed(round_: list[CheckIn]) -> bool:
    answers = {c.met for c in round_}
    return "yes" not in answers and bool(answers & {"no", "cancelled"})


def _rounds(checkins: Iterable[CheckIn]) -> dict[str, list[CheckIn]]:
    rounds: dict[str, list[CheckIn]] = defaultdict(list)
    for c in checkins:
        rounds[c.month].append(c)
    return rounds


def missed_rounds(checkins: Iterable[CheckIn]) -> list[str]:
    """The rounds (months) in which one pair's meeting was missed, oldest first."""
    rounds = _rounds(checkins)
    return [m for m in sorted(rounds) if _missed(rounds[m])]


def pair_concerns(checkins: Iterable[CheckIn]) -> list[Concern]:
    """Why one pair needs attention (empty if it does not); check-ins of a single pair."""
    rounds = _rounds(checkins)
    months = sorted(rounds)
    concerns: list[Concern] = []
    for before, after in zip(months, months[1:], strict=False):
        low_a, low_b = _low_answers(rounds[before]), _low_answers(rounds[after])
        if low_a and low_b:
            concerns.append(Concern("low_twice", before, after, tuple(low_a), tuple(low_b)))
            break
    missed = [m for m in months if _missed(rounds[m])]
    if len(missed) >= MISSED_LIMIT:
        concerns.append(Concern("missed", months=tuple(missed)))
    return concerns


def pair_reasons(checkins: Iterable[CheckIn]) -> list[str]:
    """`pair_concerns` in English sentences (the stored and JSON form)."""
    return [c.english() for c in pair_concerns(checkins)]


def pair_health(
    checkins: Iterable[CheckIn], pairs: Iterable[tuple[str, str]] | None = None
) -> list[Attention]:
    """Pairs that need attention, with the reason, sorted by mentor then mentee.

    With `pairs` (e.g. the latest confirmed plan), only those pairs are considered, so a
    pair that was already split is no longer flagged.
    """
    by_pair: dict[tuple[str, str], list[CheckIn]] = defaultdict(list)
    for c in checkins:
        by_pair[c.key].append(c)
    wanted = None if pairs is None else set(pairs)
    out = []
    for key in sorted(by_pair):
        if wanted is not None and key not in wanted:
            continue
        reasons = pair_reasons(by_pair[key])
        if reasons:
            out.append(Attention(key[0], key[1], "; ".join(reasons)))
    return out
