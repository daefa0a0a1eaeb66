"""The analysis's shared vocabulary: one pair's record, one relation between two variables and
the verdict rule. `analytics` (each relation alone) and `analytics_judge` (all of them together)
both build on it, so neither needs the other's module to name its types.
"""

from __future__ import annotations

import math
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

NOT_ENOUGH_DATA = "not enough data"
NO_EVIDENCE = "no evidence yet"
SUGGESTIVE = "suggestive"
TRAVELS_WITH = "travels with"  # followed by the other criterion's name
VERDICTS = (NOT_ENOUGH_DATA, NO_EVIDENCE, SUGGESTIVE)  # plus "travels with <name>"
MIN_PAIRS = 10
ALPHA = 0.05


def verdict(n: int, p_adjusted: float, partial_p_adjusted: float | None = None,
            travels_with: str | None = None) -> str:
    """The verdict rule, exactly: n < 10 or no test -> not enough data; suggestive when the
    adjusted p and (if there is one) the adjusted partial p are below ALPHA; a relation that
    passes only alone travels with `travels_with` (if named), else no evidence yet."""
    if n < MIN_PAIRS or not math.isfinite(p_adjusted):
        return NOT_ENOUGH_DATA
    if p_adjusted >= ALPHA:
        return NO_EVIDENCE
    if partial_p_adjusted is None or partial_p_adjusted < ALPHA:
        return SUGGESTIVE
    return f"{TRAVELS_WITH} {travels_with}" if travels_with else NO_EVIDENCE


def verdict_kind(text: str) -> str:
    """The verdict without the criterion it travels with (for colours and counting)."""
    return TRAVELS_WITH if text.startswith(TRAVELS_WITH) else text


@dataclass(frozen=True)
class Relation:
    """How one variable (a criterion score) went with another (the outcome) across pairs."""

    name: str
    n: int
    rho: float
    ci_low: float
    ci_high: float
    p_value: float
    verdict: str
    note: str | None = None
    x: tuple[float, ...] = field(default=(), repr=False)  # kept for charts
    y: tuple[float, ...] = field(default=(), repr=False)
    p_adjusted: float = math.nan  # Holm, across every relation tested in the report
    partial_rho: float = math.nan  # with the other criteria held fixed
    partial_p: float = math.nan
    partial_p_adjusted: float = math.nan  # Holm, across the criteria with a partial test
    needed: int | None = None  # pairs needed to tell (80% power), if the relation is as seen

    @property
    def tested(self) -> bool:
        return math.isfinite(self.p_value)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "name": self.name,
            "n": self.n,
            "rho": _num(self.rho),
            "ci_low": _num(self.ci_low),
            "ci_high": _num(self.ci_high),
            "p_value": _num(self.p_value, 4),
            "p_adjusted": _num(self.p_adjusted, 4),
            "partial_rho": _num(self.partial_rho),
            "partial_p": _num(self.partial_p, 4),
            "partial_p_adjusted": _num(self.partial_p_adjusted, 4),
            "pairs_needed": self.needed,
            "verdict": self.verdict,
        }
        if self.note:
            out["note"] = self.note
        return out


def _num(value: float, digits: int = 3) -> float | None:
    return round(float(value), digits) if math.isfinite(value) else None


def seed_for(name: str, seed: int) -> int:
    # Each relation gets its own reproducible stream: results do not depend on the order.
    return (zlib.crc32(name.encode("utf-8")) ^ (seed * 0x9E3779B1)) & 0xFFFFFFFF


@dataclass(frozen=True)
class PairRecord:
    """What the analysis knows about one pair that was confirmed at some point."""

    mentor: str
    mentee: str
    criteria: Mapping[str, float]  # criterion scores when the pair was confirmed
    quality: float | None = None  # mean of the partners' quality ratings (1..5)
    explains_well: float | None = None  # mean "explains in a way that works for me" (1..5)
    cohort: str = ""
    has_outcome: bool = False  # an outcome is recorded, with or without a quality rating
