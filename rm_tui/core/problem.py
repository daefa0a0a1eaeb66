"""A matching problem: who can be paired, how well, and why not (pure; no solver here)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from rm_tui.core.errors import OperationError

Text = Mapping[str, str]  # bilingual text {"fr": ..., "en": ...}
BlockReasons = Callable[[int, int], tuple[Text, ...]]
Breakdown = Callable[[int, int], Any]


def _no_reasons(i: int, j: int) -> tuple[Text, ...]:
    return ({"fr": "règle du programme", "en": "program rule"},)


def _no_breakdown(i: int, j: int) -> Any:
    return None


def _frozen(array: np.ndarray, dtype: Any) -> np.ndarray:
    owned = getattr(array, "base", True) is None  # a list (tests pass some) is copied below
    if owned and array.dtype == dtype and not array.flags.writeable:
        return array  # already read-only and owning its data (the scorer's): shared as is
    out = np.array(array, dtype=dtype, copy=True)
    out.flags.writeable = False
    return out


@dataclass(frozen=True, eq=False)
class MatchProblem:
    """Scores (0..100) of every mentor x mentee pair, the pairs hard rules forbid, and each
    mentor's capacity. Shared, never modified, by every plan built on it.

    `block_reasons(i, j)` says why rules forbid a pair (bilingual texts) and `breakdown(i, j)`
    gives the per-criterion detail of a score (whatever the scoring module returns).
    A NaN score is treated as forbidden.
    """

    mentors: tuple[str, ...]
    mentees: tuple[str, ...]
    scores: np.ndarray
    blocked: np.ndarray
    capacity: tuple[int, ...]
    block_reasons: BlockReasons = _no_reasons
    breakdown: Breakdown = _no_breakdown
    unfinished: frozenset[str] = frozenset()  # left out: questionnaires not finished
    _mentor_index: dict[str, int] = field(init=False, repr=False)
    _mentee_index: dict[str, int] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        shape = (len(self.mentors), len(self.mentees))
        scores = _frozen(self.scores, np.float64).reshape(shape)
        blocked = _frozen(np.asarray(self.blocked, bool) | np.isnan(scores), bool)
        if blocked.shape != shape or len(self.capacity) != shape[0]:
            raise ValueError("scores, blocked and capacity must match mentors x mentees")
        object.__setattr__(self, "scores", scores)
        object.__setattr__(self, "blocked", blocked)
        object.__setattr__(self, "capacity", tuple(int(c) for c in self.capacity))
        object.__setattr__(self, "_mentor_index", {p: i for i, p in enumerate(self.mentors)})
        object.__setattr__(self, "_mentee_index", {p: j for j, p in enumerate(self.mentees)})
        if len(self._mentor_index) != shape[0] or len(self._mentee_index) != shape[1]:
            raise ValueError("participant ids must be unique")
        if set(self._mentor_index) & set(self._mentee_index):
            raise ValueError("a participant cannot be both mentor and mentee")

    @classmethod
    def build(
        cls,
        mentors: Sequence[str],
        mentees: Sequence[str],
        scores: np.ndarray,
        blocked: np.ndarray | None = None,
        capacity: Sequence[int] | int = 1,
        **kwargs: Any,
    ) -> MatchProblem:
        if isinstance(capacity, int):
            capacity = [capacity] * len(mentors)
        if blocked is None:
            blocked = np.zeros((len(mentors), len(mentees)), dtype=bool)
        return cls(tuple(mentors), tuple(mentees), scores, blocked, tuple(capacity), **kwargs)

    # -- look-ups ------------------------------------------------------------------------

    def is_mentor(self, person: str) -> bool:
        return person in self._mentor_index

    def is_mentee(self, person: str) -> bool:
        return person in self._mentee_index

    def mentor_index(self, person: str) -> int:
        try:
            return self._mentor_index[person]
        except KeyError:
            raise OperationError.coded("args.not_a_mentor_here", pid=repr(person)) from None

    def mentee_index(self, person: str) -> int:
        try:
            return self._mentee_index[person]
        except KeyError:
            raise OperationError.coded("args.not_a_mentee_here", pid=repr(person)) from None

    def cell(self, mentor: str, mentee: str) -> tuple[int, int]:
        return self.mentor_index(mentor), self.mentee_index(mentee)

    def score(self, mentor: str, mentee: str) -> float:
        i, j = self.cell(mentor, mentee)
        return float(self.scores[i, j])

    def capacity_of(self, mentor: str) -> int:
        return self.capacity[self.mentor_index(mentor)]

    def rule_reasons(self, mentor: str, mentee: str) -> tuple[Text, ...]:
        """Why hard rules forbid this pair; empty if they do not."""
        i, j = self.cell(mentor, mentee)
        if not self.blocked[i, j]:
            return ()
        if np.isnan(self.scores[i, j]):
            return ({"fr": "pas de score", "en": "no score"},)
        return tuple(self.block_reasons(i, j))

    def pair_breakdown(self, mentor: str, mentee: str) -> Any:
        i, j = self.cell(mentor, mentee)
        return self.breakdown(i, j)
