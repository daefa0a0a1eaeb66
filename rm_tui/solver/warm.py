"""Warm starts for `rm_tui.solver.cold.solve`: re-solve after an edit from the last optimum.

`WarmSolver` has the same contract as `solver.solve` (it is a `SolveFn`) and the same
objective semantics: mentors with capacity k become k place rows, allowed cells cost
`hi - score`, forbidden cells a big M larger than any possible gain in score, the problem is
padded square with zero-cost dummy rows/columns (a dummy partner = unmatched), and a
locked pair leaves the problem. The optimum and its duals are kept (`rm_tui.sap`); when the
next call differs only by a few allowed cells and locks (a lock, forbid, lift, swap, unpair
or assign in the console), only the rows whose optimality broke are re-assigned by
shortest augmenting paths: exact, O(n^2) per changed row.

Anything else (new scores, capacities, `fair`, `min_score`, many changes, a lifted cell
scoring outside the first solve's range) is a cold solve through `solver.solve`.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from rm_tui.core.sap import SquareLSA
from rm_tui.solver import cold as solver
from rm_tui.solver.cold import KernelOptimum, Objective, Solution


@dataclass
class _State:
    scores: np.ndarray  # the caller's array (identity is the cache key)
    s: np.ndarray  # float64 copy
    ok: np.ndarray  # allowed cells the state was built with
    cap: tuple[int, ...]
    row_mentor: np.ndarray  # place row -> mentor
    first_row: np.ndarray  # mentor -> first place row
    hi: float
    lo: float
    big: float
    lsa: SquareLSA
    locks: dict[tuple[int, int], int]  # (mentor, mentee) -> place row used

    @property
    def n_rows(self) -> int:
        return int(self.row_mentor.size)


def _locks_valid(ok: np.ndarray, cap: np.ndarray, locks: list[tuple[int, int]]) -> bool:
    """The checks `solver.solve` makes (it raises the matching ValueError when False)."""
    m, n = ok.shape
    used = np.zeros(m, dtype=np.int64)
    seen: set[int] = set()
    for i, j in locks:
        if not (0 <= i < m and 0 <= j < n) or not ok[i, j] or j in seen:
            return False
        seen.add(j)
        used[i] += 1
    return bool((used <= cap).all())


class WarmSolver:
    """A `SolveFn` that keeps the last optimum and repairs it after small edits."""

    max_changed_rows = 64  # beyond this many changed rows a cold solve is as quick

    def __init__(self) -> None:
        self._state: _State | None = None
        self._last_cold: np.ndarray | None = None
        self._last_solution: tuple[np.ndarray, list[tuple[int, int]], Solution] | None = None
        self.guard = threading.Lock()
        self.warm_hits = 0  # for tests and benchmarks

    def __call__(
        self,
        scores: np.ndarray,
        allowed: np.ndarray | None = None,
        capacity: Sequence[int] | np.ndarray | None = None,
        *,
        locks: Iterable[tuple[int, int]] = (),
        objective: Objective = "total",
        min_score: float | None = None,
    ) -> Solution:
        lock_list = sorted({(int(i), int(j)) for i, j in locks})
        s = np.asarray(scores, dtype=np.float64)
        cold = objective != "total" or s.ndim != 2
        if cold:
            return solver.solve(scores, allowed, capacity, locks=lock_list, objective=objective,
                                min_score=min_score)  # fmt: skip
        cap = np.ones(s.shape[0], np.int64) if capacity is None else np.asarray(capacity, np.int64)
        ok = solver.allowed_cells(s, allowed, min_score)
        if cap.shape != (s.shape[0],) or (cap < 0).any() or not _locks_valid(ok, cap, lock_list):
            return solver.solve(scores, allowed, capacity, locks=lock_list, min_score=min_score)
        with self.guard:
            state = self._state
            same = state is not None and state.scores is scores and state.cap == tuple(cap.tolist())
            if state is not None and same and self._update(state, ok, lock_list):
                self.warm_hits += 1
                return _solution(state)
            if self._last_cold is not scores:  # first sight: plain solve, no duals
                self._last_cold = scores  # the state of another problem stays (a what-if preview)
                sol = solver.solve(scores, ok, cap, locks=lock_list)
                self._last_solution = (ok.copy(), lock_list, sol)
                return sol
            self._state = _build(scores, s, ok, cap, lock_list, self._take_hint(ok, lock_list))
            return _solution(self._state)

    def _take_hint(self, ok: np.ndarray, locks: list[tuple[int, int]]) -> Solution | None:
        """The last cold solution if it solved exactly this problem (no second solve: its
        kernel optimum, duals and cost matrix go to the state, which edits that matrix, so
        the solution is handed over once)."""
        last, self._last_solution = self._last_solution, None
        if last is None or last[1] != locks or not np.array_equal(last[0], ok):
            return None
        return last[2]

    def state_for(
        self,
        scores: np.ndarray,
        allowed: np.ndarray,
        capacity: Sequence[int],
        locks: Iterable[tuple[int, int]],
    ) -> _State | None:
        """The optimal state (with duals) of this problem, built if needed; None if the
        locks are impossible. Used for forced-pair costs."""
        self._last_cold = scores
        lock_list = sorted({(int(i), int(j)) for i, j in locks})
        s = np.asarray(scores, dtype=np.float64)
        ok = solver.allowed_cells(s, allowed, None)
        cap = np.asarray(capacity, np.int64)
        if cap.shape != (s.shape[0],) or (cap < 0).any() or not _locks_valid(ok, cap, lock_list):
            return None
        with self.guard:  # what `__call__` would do, without building a `Solution` nobody reads
            state = self._state
            same = state is not None and state.scores is scores and state.cap == tuple(cap.tolist())
            if state is not None and same and self._update(state, ok, lock_list):
                self.warm_hits += 1
                return state
            state = self._state = _build(scores, s, ok, cap, lock_list, self._take_hint(ok, lock_list))
            return state

    def _update(self, st: _State, ok: np.ndarray, locks: list[tuple[int, int]]) -> bool:
        """Apply the difference to `st` in place; False if a cold solve is needed."""
        lsa = st.lsa
        ci, cj = np.nonzero(ok != st.ok)
        if ci.size:
            new_ok = ok[ci, cj]
            vals = st.s[ci, cj]
            if new_ok.any() and ((vals[new_ok] > st.hi) | (vals[new_ok] < st.lo)).any():
                return False  # the big M no longer dominates: rebuild
        old, new = set(st.locks), set(locks)
        gone, added = sorted(old - new), sorted(new - old)
        if ci.size + len(gone) + len(added) > self.max_changed_rows:
            return False
        for key in gone:
            lsa.reactivate(st.locks.pop(key), key[1])
        if ci.size:
            counts = np.array(st.cap)[ci]
            rows = np.repeat(st.first_row[ci], counts) + _ranges(counts)
            cols = np.repeat(cj, counts)
            cost = np.where(np.repeat(new_ok, counts), st.hi - np.repeat(vals, counts), st.big)
            lsa.set_cells(rows, cols, cost)
        st.ok = ok.copy()
        for i, j in added:
            r = _place_row(st, i, j)
            lsa.deactivate(r, j)
            st.locks[(i, j)] = r
        lsa.repair()
        return True


def _ranges(counts: np.ndarray) -> np.ndarray:
    """[0..c0-1, 0..c1-1, ...] for place offsets."""
    if counts.size == 0:
        return np.empty(0, dtype=np.intp)
    starts = np.repeat(np.cumsum(counts) - counts, counts)
    out: np.ndarray = np.arange(int(counts.sum())) - starts
    return out


def _place_row(st: _State, mentor: int, mentee: int) -> int:
    """The mentor's place row for a new lock: the one already holding the mentee if any."""
    first, count = int(st.first_row[mentor]), st.cap[mentor]
    rows = np.arange(first, first + count)
    rows = rows[st.lsa.row_active[rows]]
    holding = rows[st.lsa.col4row[rows] == mentee]
    return int(holding[0] if holding.size else rows[0])


def _build(
    scores: np.ndarray,
    s: np.ndarray,
    ok: np.ndarray,
    cap: np.ndarray,
    locks: list[tuple[int, int]],
    hint: Solution | None = None,
) -> _State:
    m, n = s.shape
    row_mentor = np.repeat(np.arange(m), cap)
    first_row = np.cumsum(cap) - cap
    p = int(row_mentor.size)
    size = max(p, n, 1)
    one_place = bool((cap == 1).all())  # place rows are the mentors' rows
    opt = hint.optimum if hint is not None else None
    if opt is not None and opt.cost is not None and opt.bounds is not None and not locks \
            and one_place and opt.cost.shape == (size, size):
        hi, lo, big = opt.bounds  # the cold solve's matrix is this model's: taken over
        cost = opt.cost
    else:
        hi, lo, big, cost = _model_cost(s, ok, row_mentor, one_place, size)
    row_active = np.ones(size, dtype=bool)
    col_active = np.ones(size, dtype=bool)
    col4row = np.full(size, -1, dtype=np.intp)
    lock_rows: dict[tuple[int, int], int] = {}
    next_place = first_row.copy()
    for i, j in locks:
        r = int(next_place[i])
        next_place[i] += 1
        lock_rows[(i, j)] = r
        row_active[r] = col_active[j] = False
        col4row[r] = j
    lsa = None if hint is None else _from_hint(hint, cost, col4row, next_place, row_active,
                                               col_active, p, n, set(locks))  # fmt: skip
    if lsa is None:  # solve the free block, with the kernel's duals when it gives them
        ra, ca = np.flatnonzero(row_active), np.flatnonzero(col_active)
        seed: np.ndarray | None = None
        if ra.size:
            rows, cols, opt = solver.assign_with_duals(np.ascontiguousarray(cost[np.ix_(ra, ca)]))
            col4row[ra[rows]] = ca[cols]
            if opt is not None:
                seed = np.zeros(size)
                seed[ca] = opt.col_duals
        lsa = SquareLSA(cost, col4row, row_active, col_active, copy=False, col_duals=seed)
    return _State(scores, s, ok.copy(), tuple(cap.tolist()), row_mentor, first_row, hi, lo, big,
                  lsa, lock_rows)  # fmt: skip


def _model_cost(
    s: np.ndarray, ok: np.ndarray, row_mentor: np.ndarray, one_place: bool, size: int
) -> tuple[float, float, float, np.ndarray]:
    """(hi, lo, big M, the padded square cost matrix) of the model (see the module doc)."""
    p, n = int(row_mentor.size), s.shape[1]
    if ok.any():
        vals = s[ok]
        hi, lo = float(vals.max()), float(vals.min())
    else:
        hi = lo = 0.0
    span = hi - lo
    big = min(p, n) * span + span + 1.0
    with np.errstate(invalid="ignore"):
        real = np.subtract(hi, s if one_place else s[row_mentor])
    np.copyto(real, big, where=~(ok if one_place else ok[row_mentor]))
    if real.shape == (size, size):
        return hi, lo, big, real  # square already: no padding, no copy
    cost = np.zeros((size, size))
    cost[:p, :n] = real
    return hi, lo, big, cost


def _from_hint(
    hint: Solution,
    cost: np.ndarray,
    col4row: np.ndarray,
    next_place: np.ndarray,
    row_active: np.ndarray,
    col_active: np.ndarray,
    p: int,
    n: int,
    locks: set[tuple[int, int]],
) -> SquareLSA | None:
    """The state of a cold solution of this very problem, without solving again: from the
    kernel's optimum and duals when it kept them, else from its pairs (duals derived)."""
    if hint.optimum is not None:
        try:
            full, seed = _from_optimum(hint.optimum, col4row, row_active, col_active, p, n)
            return SquareLSA(cost, full, row_active, col_active, copy=False, col_duals=seed)
        except ValueError:  # not this model's optimum after all: from its pairs
            pass
    try:
        full = _complete(hint, col4row, next_place, row_active, col_active, p, n, locks)
        return SquareLSA(cost, full, row_active, col_active, copy=False)
    except ValueError:  # not optimal in this model after all: solve
        return None


def _from_optimum(
    opt: KernelOptimum,
    col4row: np.ndarray,
    row_active: np.ndarray,
    col_active: np.ndarray,
    p: int,
    n: int,
) -> tuple[np.ndarray, np.ndarray]:
    """The cold solve's kernel optimum in this model: its rows are the free place rows in
    order, its columns the free mentees (forbidden cells it used included, so its duals
    stay complementary); the larger side's leftovers go to dummies, whose duals are 0 (the
    kernel's larger side has duals <= 0, 0 where unassigned). Returns (col4row, column
    duals) - the duals are a seed, checked by `SquareLSA`."""
    free_rows = np.flatnonzero(row_active[:p])
    free_cols = np.flatnonzero(col_active[:n])
    if opt.row_duals.size != free_rows.size or opt.col_duals.size != free_cols.size:
        raise ValueError("the optimum does not fit the model")
    out = col4row.copy()
    out[free_rows[opt.rows]] = free_cols[opt.cols]
    taken = np.zeros(out.size, dtype=bool)
    taken[out[out >= 0]] = True
    rows = np.flatnonzero(row_active & (out < 0))  # real leftovers first, then dummy rows
    cols = np.flatnonzero(col_active & ~taken)
    if rows.size != cols.size:
        raise ValueError("the optimum does not fit the model")
    real_rows, real_cols = rows < p, cols < n
    if real_rows.sum() != (~real_cols).sum():
        raise ValueError("the optimum does not fit the model")
    # leftover real rows onto dummy columns, dummy rows onto leftover real columns
    out[rows] = np.concatenate([cols[~real_cols], cols[real_cols]])
    seed = np.zeros(out.size)
    seed[free_cols] = opt.col_duals
    return out, seed


def _complete(
    sol: Solution,
    col4row: np.ndarray,
    next_place: np.ndarray,
    row_active: np.ndarray,
    col_active: np.ndarray,
    p: int,
    n: int,
    locks: set[tuple[int, int]],
) -> np.ndarray:
    """A solver `Solution` as a complete square assignment: its free pairs on the mentors'
    next place rows, then unpaired real rows on dummy columns and dummy rows on unpaired real
    columns first (cost 0), the rest in any order (every completion costs the same then)."""
    out = col4row.copy()
    places = next_place.copy()
    for i, j in zip(sol.mentors.tolist(), sol.mentees.tolist(), strict=True):
        if (i, j) in locks:
            continue
        out[int(places[i])] = j
        places[i] += 1
    size = out.size
    taken = np.zeros(size, dtype=bool)
    taken[out[out >= 0]] = True
    free_rows = [r for r in np.flatnonzero(row_active & (out < 0)).tolist()]
    free_cols = np.flatnonzero(col_active & ~taken).tolist()
    real_rows = [r for r in free_rows if r < p]
    dummy_rows = [r for r in free_rows if r >= p]
    dummy_cols = [c for c in free_cols if c >= n]
    real_cols = [c for c in free_cols if c < n]
    rows = real_rows + dummy_rows
    cols = dummy_cols[: len(real_rows)] + real_cols + dummy_cols[len(real_rows):]
    if len(rows) != len(cols):
        raise ValueError("the solution does not fit the model")
    out[rows] = cols
    return out


def _solution(st: _State) -> Solution:
    lsa, p = st.lsa, st.n_rows
    n = st.s.shape[1]
    rows = np.flatnonzero(lsa.row_active[:p])
    cols = lsa.col4row[rows]
    real = cols < n
    rows, cols = rows[real], cols[real]
    keep = st.ok[st.row_mentor[rows], cols]
    rows, cols = rows[keep], cols[keep]
    conflict = None
    free_rows = int(lsa.row_active[:p].sum())
    free_cols = int(lsa.col_active[:n].sum())
    if rows.size < min(free_rows, free_cols):
        ra = np.flatnonzero(lsa.row_active[:p])
        ca = np.flatnonzero(lsa.col_active[:n])
        sub_s = st.s[np.ix_(st.row_mentor[ra], ca)]
        sub_ok = st.ok[np.ix_(st.row_mentor[ra], ca)]
        conflict = solver.conflict_of(sub_s, sub_ok, st.row_mentor[ra], ca)
    lock_m = np.array([i for i, _ in st.locks], dtype=np.intp)
    lock_e = np.array([j for _, j in st.locks], dtype=np.intp)
    mentors = np.concatenate([lock_m, st.row_mentor[rows]]).astype(np.intp)
    mentees = np.concatenate([lock_e, cols]).astype(np.intp)
    order = np.lexsort((mentees, mentors))
    mentors, mentees = mentors[order], mentees[order]
    return Solution(mentors, mentees, st.s[mentors, mentees], "total", None, conflict)
