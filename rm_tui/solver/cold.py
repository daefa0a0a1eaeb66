"""The one module that talks to munkres: maximum-cardinality, best-objective pairing.

Only the core API that munkres 2.0.0 also has is relied on (`linear_sum_assignment`,
`UnsolvableMatrix`, `Munkres`); 3.0.0's `native_status`, and its native kernel's dual
potentials (`munkres._native.solve_array`, see `assign_with_duals`), are looked up with
getattr and checked, with a fallback when absent.

Model: `scores[i, j]` is the score (0..100) of mentor `i` with mentee `j`; NaN or
`allowed[i, j] == False` forbids the pair. Mentor `i` takes up to `capacity[i]` mentees.
The result has the largest possible number of pairs and, among those plans, the best
objective: `total` (sum of scores) or `fair` (the worst pair's score, then the total).

How cardinality comes first without ever raising: a mentor with capacity k becomes k
identical rows; allowed cells cost `max_score - score` (in [0, span]) and forbidden cells
cost a finite M > K * span, K = min(rows, columns). The solver always finds a complete
assignment of the smaller side; one more forbidden cell then always costs more than any
gain in score, so the number of allowed cells used is maximal and their total is optimal.
Forbidden cells the solver had to use are dropped: those people stay unmatched.
(A finite M is also faster on the native kernel than +inf cells.)

munkres is imported when a matrix is solved, not with this module: its package loads ~40
submodules (30-80 ms), which commands that only score (`scores`, `constraints`) never need.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Literal

import numpy as np

from rm_tui.core.bipartite import max_matching

Objective = Literal["total", "fair"]
OBJECTIVES: tuple[Objective, ...] = ("total", "fair")

_EMPTY = np.empty(0, dtype=np.intp)


@dataclass(frozen=True)
class Conflict:
    """A Hall violation: `competitors` can only be paired within `partners`, who have
    fewer places (`places`) than there are competitors. Indexes into the input matrix."""

    side: Literal["mentee", "mentor"]  # the side of `competitors`
    competitors: tuple[int, ...]
    partners: tuple[int, ...]
    places: int


@dataclass(frozen=True, eq=False)
class KernelOptimum:
    """The kernel's complete assignment of the reduced problem (one row per free mentor place
    in mentor order, one column per free mentee; forbidden cells at the big cost included)
    with its dual potentials: every `cost[i, j] - row_duals[i] - col_duals[j]` is >= 0 up to
    rounding and 0 on the pairs. A warm start reads the duals instead of recomputing them,
    and takes over `cost` (the matrix solved, then edited in place there) with its
    `bounds` (best and worst allowed score, big M) when its own model is the same matrix."""

    rows: np.ndarray
    cols: np.ndarray
    row_duals: np.ndarray
    col_duals: np.ndarray
    cost: np.ndarray | None = field(default=None, repr=False)
    bounds: tuple[float, float, float] | None = None


@dataclass(frozen=True, eq=False)
class Solution:
    """Pairs as aligned index arrays (mentor `mentors[k]` with mentee `mentees[k]`),
    locked pairs included, sorted by mentor then mentee."""

    mentors: np.ndarray
    mentees: np.ndarray
    scores: np.ndarray
    objective: Objective
    threshold: float | None = None  # `fair`: the worst free pair's score achieved
    conflict: Conflict | None = None  # set when the smaller side cannot be fully placed
    # the kernel's optimum of the reduced problem with its duals (`total` only), for warm starts
    optimum: KernelOptimum | None = field(default=None, repr=False)

    @property
    def n_pairs(self) -> int:
        return int(self.mentors.size)

    @property
    def total(self) -> float:
        return float(self.scores.sum())

    @property
    def worst(self) -> float | None:
        return float(self.scores.min()) if self.scores.size else None

    def pairs(self) -> list[tuple[int, int]]:
        return list(zip(self.mentors.tolist(), self.mentees.tolist(), strict=True))


def kernel_status() -> dict[str, Any]:
    """What the munkres native kernel is doing (3.0.0 reports it; 2.x has no kernel)."""
    import munkres

    status = getattr(munkres, "native_status", None)
    if status is None:
        return {"available": False, "disabled_reason": "munkres without native kernel"}
    try:
        return dict(status())
    except Exception as exc:  # a health check must never break matching
        return {"available": False, "disabled_reason": f"native_status failed: {exc}"}


# --------------------------------------------------------------------------- kernel calls


def _lsa(cost: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Minimum-cost assignment of the smaller side. The native fast path wants a
    C-contiguous float64 array with rows <= columns, so a tall matrix is transposed here."""
    from munkres import linear_sum_assignment

    if cost.shape[0] == 0 or cost.shape[1] == 0:
        return _EMPTY, _EMPTY
    if cost.shape[0] > cost.shape[1]:
        cols, rows = linear_sum_assignment(np.ascontiguousarray(cost.T, dtype=np.float64))
    else:
        rows, cols = linear_sum_assignment(np.ascontiguousarray(cost, dtype=np.float64))
    return np.asarray(rows, dtype=np.intp), np.asarray(cols, dtype=np.intp)


def lsa_pure_python(cost: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The same contract through the list-based `Munkres().compute` (no numpy, no kernel).
    Used by tests to check that we stay correct without the native kernel."""
    from munkres import Munkres

    if cost.shape[0] == 0 or cost.shape[1] == 0:
        return _EMPTY, _EMPTY
    pairs = Munkres().compute(cost.tolist())
    rows = np.array([r for r, _ in pairs], dtype=np.intp)
    cols = np.array([c for _, c in pairs], dtype=np.intp)
    return rows, cols


# The assignment kernel; tests may swap it for `lsa_pure_python`.
KERNEL = _lsa


def assign_with_duals(cost: np.ndarray) -> tuple[np.ndarray, np.ndarray, KernelOptimum | None]:
    """`KERNEL(cost)` plus the duals when the kernel hands them over: munkres 3's native
    kernel computes them in the same solve (`munkres._native.solve_array(want_duals=True)`,
    the same assignment as its `linear_sum_assignment`). Not part of munkres' public API, so
    looked up with getattr and checked: anything unexpected (munkres 2, the kernel off, a
    swapped KERNEL) gives None and the caller derives the duals itself (rm_tui.core.sap)."""
    got = _native_with_duals(cost) if KERNEL is _lsa else None
    if got is None:
        rows, cols = KERNEL(cost)
        return rows, cols, None
    return got.rows, got.cols, got


def _native_with_duals(cost: np.ndarray) -> KernelOptimum | None:
    import munkres

    solve_array = getattr(getattr(munkres, "_native", None), "solve_array", None)
    if solve_array is None or cost.ndim != 2 or 0 in cost.shape:
        return None
    tall = cost.shape[0] > cost.shape[1]
    work = np.ascontiguousarray(cost.T if tall else cost, dtype=np.float64)
    n, m = work.shape
    try:
        r2c, (u, v) = solve_array(work, want_duals=True)
        r2c = np.asarray(r2c, dtype=np.intp)
        u, v = np.asarray(u, dtype=np.float64), np.asarray(v, dtype=np.float64)
    except Exception:  # None, the FAILED sentinel, another shape: use the plain kernel
        return None
    if r2c.shape != (n,) or u.shape != (n,) or v.shape != (m,) or not (np.isfinite(u).all()
                                                                      and np.isfinite(v).all()):
        return None
    if n and (r2c.min() < 0 or r2c.max() >= m or np.unique(r2c).size != n):
        return None
    rows = np.arange(n, dtype=np.intp)
    if tall:  # kernel rows are our columns (as `_lsa` returns them)
        return KernelOptimum(r2c, rows, v, u)
    return KernelOptimum(rows, r2c, u, v)


def _max_card_assign(scores: np.ndarray, allowed: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Maximum number of allowed pairs, then maximum total score (see module doc)."""
    rows, cols, _ = _max_card_optimum(scores, allowed)
    return rows, cols


def _max_card_optimum(
    scores: np.ndarray, allowed: np.ndarray
) -> tuple[np.ndarray, np.ndarray, KernelOptimum | None]:
    """`_max_card_assign` and the kernel's optimum with its duals when it gives them."""
    n_rows, n_cols = allowed.shape
    if n_rows == 0 or n_cols == 0 or not allowed.any():
        return _EMPTY, _EMPTY, None
    vals = scores[allowed]
    hi, lo = float(vals.max()), float(vals.min())
    span = hi - lo
    big = min(n_rows, n_cols) * span + span + 1.0
    with np.errstate(invalid="ignore"):
        cost = np.subtract(hi, scores)
    np.copyto(cost, big, where=~allowed)  # in place: one matrix-sized array, not three
    rows, cols, optimum = assign_with_duals(cost)
    if optimum is not None:
        optimum = replace(optimum, cost=cost, bounds=(hi, lo, big))
    keep = allowed[rows, cols]
    return rows[keep], cols[keep], optimum


def _library_conflict(
    scores: np.ndarray, allowed: np.ndarray, row_mentor: np.ndarray, col_mentee: np.ndarray
) -> Conflict | None:
    """Ask munkres for its Hall-violation witness (`UnsolvableMatrix.rows/cols`) on the
    strict problem (+inf = forbidden) and translate it to mentors and mentees."""
    from munkres import UnsolvableMatrix, linear_sum_assignment

    cost = np.where(allowed, 0.0, np.inf)
    if cost.shape[0] > cost.shape[1]:
        cost, transposed = np.ascontiguousarray(cost.T), True
    else:
        transposed = False
    try:
        linear_sum_assignment(cost)
    except UnsolvableMatrix as bad:
        rows, cols = list(bad.rows), list(bad.cols)
        if transposed:
            rows, cols = cols, rows  # back to (mentor rows, mentee columns)
        if not rows and not cols:
            return None
        if len(rows) > len(cols):  # mentor places compete for too few mentees
            mentors = sorted({int(row_mentor[r]) for r in rows})
            return Conflict("mentor", tuple(mentors), tuple(sorted(int(col_mentee[c]) for c in cols)),
                            len(cols))  # fmt: skip
        mentees = sorted(int(col_mentee[c]) for c in cols)
        partners = sorted({int(row_mentor[r]) for r in rows})
        return Conflict("mentee", tuple(mentees), tuple(partners), len(rows))
    return None


# Public name for the warm-start module (rm_tui.solver.warm), which builds the same witness.
conflict_of = _library_conflict

# --------------------------------------------------------------------------- public entry


def allowed_cells(s: np.ndarray, allowed: np.ndarray | None, min_score: float | None) -> np.ndarray:
    """Cells that may be paired: a finite score (NaN forbids), allowed, at least `min_score`."""
    ok: np.ndarray = np.isfinite(s)
    if allowed is not None:
        allowed = np.asarray(allowed, dtype=bool)
        if allowed.shape != s.shape:
            raise ValueError(f"allowed has shape {allowed.shape}, scores {s.shape}")
        ok &= allowed
    if min_score is not None:
        with np.errstate(invalid="ignore"):
            ok &= s >= min_score
    return ok


def solve(
    scores: np.ndarray,
    allowed: np.ndarray | None = None,
    capacity: Sequence[int] | np.ndarray | None = None,
    *,
    locks: Iterable[tuple[int, int]] = (),
    objective: Objective = "total",
    min_score: float | None = None,
) -> Solution:
    """Pair mentors (rows) with mentees (columns).

    `locks` are (mentor, mentee) pairs kept as they are: each uses one place of its mentor.
    Raises ValueError for malformed input or impossible locks (forbidden cell, a mentee
    locked twice, more locks than a mentor's capacity). Never raises for rules that make
    people unplaceable: they are left unmatched and `Solution.conflict` says why.
    """
    s = np.asarray(scores, dtype=np.float64)
    if s.ndim != 2:
        raise ValueError("scores must be a 2-D matrix (mentors x mentees)")
    n_mentors, n_mentees = s.shape
    ok = allowed_cells(s, allowed, min_score)
    cap = np.ones(n_mentors, dtype=np.int64) if capacity is None else np.asarray(capacity, np.int64)
    if cap.shape != (n_mentors,) or (cap < 0).any():
        raise ValueError("capacity must give one non-negative integer per mentor")
    if objective not in OBJECTIVES:
        raise ValueError(f"objective must be one of {OBJECTIVES}, got {objective!r}")

    lock_list = sorted({(int(i), int(j)) for i, j in locks})
    free_cap = cap.copy()
    free_mentee = np.ones(n_mentees, dtype=bool)
    for i, j in lock_list:
        if not (0 <= i < n_mentors and 0 <= j < n_mentees):
            raise ValueError(f"lock ({i}, {j}) is outside the matrix")
        if not ok[i, j]:
            raise ValueError(f"lock ({i}, {j}) is on a forbidden pair")
        if not free_mentee[j]:
            raise ValueError(f"mentee {j} is locked twice")
        if free_cap[i] == 0:
            raise ValueError(f"mentor {i} has more locks than places ({cap[i]})")
        free_mentee[j] = False
        free_cap[i] -= 1

    # Reduced problem: one row per free mentor place, one column per free mentee.
    row_mentor = np.repeat(np.arange(n_mentors), free_cap)
    col_mentee = np.flatnonzero(free_mentee)
    if row_mentor.size == n_mentors and col_mentee.size == n_mentees and (free_cap == 1).all():
        sub_s, sub_ok = s, ok  # nothing to expand or remove: skip two big copies
    else:
        sub_s = s[np.ix_(row_mentor, col_mentee)]
        sub_ok = ok[np.ix_(row_mentor, col_mentee)]

    threshold: float | None = None
    cells = sub_ok
    if objective == "fair":
        # The most pairs (a maximum matching, no assignment needed), then the best worst
        # pair among them, then the best total above that threshold: one full solve.
        seed = max_matching(sub_ok)
        paired = np.flatnonzero(seed >= 0)
        if paired.size:
            floor = float(sub_s[paired, seed[paired]].min())
            threshold = _best_threshold(sub_s, sub_ok, int(paired.size), floor, seed)
            cells = sub_ok & (sub_s >= threshold)
    rows, cols, optimum = _max_card_optimum(sub_s, cells)

    conflict = None
    if rows.size < min(sub_ok.shape):
        conflict = _library_conflict(sub_s, sub_ok, row_mentor, col_mentee)

    lock_m = np.array([i for i, _ in lock_list], dtype=np.intp)
    lock_e = np.array([j for _, j in lock_list], dtype=np.intp)
    mentors = np.concatenate([lock_m, row_mentor[rows]]).astype(np.intp)
    mentees = np.concatenate([lock_e, col_mentee[cols]]).astype(np.intp)
    order = np.lexsort((mentees, mentors))
    mentors, mentees = mentors[order], mentees[order]
    optimum = optimum if objective == "total" else None  # `fair` solved another matrix
    return Solution(mentors, mentees, s[mentors, mentees], objective, threshold, conflict, optimum)


def _best_threshold(
    scores: np.ndarray, allowed: np.ndarray, k: int, floor: float, seed: np.ndarray
) -> float:
    """The largest t such that k pairs can still be made using only allowed cells scoring
    >= t (`floor` is known to be feasible, `seed` is a matching of k pairs at `floor`).
    Bisection over the candidate scores by their median (`np.partition`: no sort), each
    step an augmenting-path feasibility test grown from the last feasible matching
    (rm_tui.core.bipartite), not a full assignment."""
    usable = allowed & (scores >= floor)
    top = np.inf
    if k == min(allowed.shape):  # every row (or column) is paired: none may fall below t
        with np.errstate(invalid="ignore"):
            tops = np.where(usable, scores, -np.inf).max(axis=1 if k == allowed.shape[0] else 0)
        top = max(float(tops.min()), floor)
    # unknown candidates: above the best feasible value so far, at most `top`
    cand = scores[usable & (scores > floor) & (scores <= top)]
    best, best_value = seed, floor
    while cand.size:
        half = cand.size // 2
        mid = float(np.partition(cand, half)[half])
        matched = max_matching(allowed & (scores >= mid), best, target=k)
        if int((matched >= 0).sum()) >= k:
            best, best_value = matched, mid
            cand = cand[cand > mid]
        else:
            cand = cand[cand < mid]
    return best_value
