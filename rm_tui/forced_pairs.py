""""What if this pair were forced": every partner of one person from one shortest-path
computation on the optimal duals (exact; see `rm_tui.core.sap`).

`alternatives(plan, person, warm, k)` gives the same `Alternative`s as
`rm_tui.core.explain.alternatives` (which re-solves once per partner), or None when the fast
path does not apply (`fair` objective, impossible locks): the caller then falls back.
"""

from __future__ import annotations

from collections import Counter

import numpy as np

from rm_tui.core.errors import OperationError
from rm_tui.core.explain import Alternative, candidates
from rm_tui.core.matching import allowed_matrix, lock_cells
from rm_tui.core.plan import Plan
from rm_tui.solver_warm import WarmSolver, _State

Move = tuple[int, int]  # (square row, new column)


def alternatives(plan: Plan, person: str, warm: WarmSolver, *, k: int = 3) -> list[Alternative] | None:
    if plan.objective != "total":
        return None
    problem = plan.problem
    is_mentor, cands = candidates(plan, person)
    cands = cands[:k]
    try:
        locks = lock_cells(plan)
    except OperationError:
        return None
    st = warm.state_for(problem.scores, allowed_matrix(plan), problem.capacity, locks)
    if st is None:
        return None
    with warm.guard:
        return _alternatives(plan, st, person, is_mentor, cands)


def _alternatives(
    plan: Plan, st: _State, person: str, is_mentor: bool, cands: list[tuple[str, float]]
) -> list[Alternative]:
    problem, lsa = plan.problem, st.lsa
    locked_to = {mentee: mentor for mentor, mentee in plan.locks}
    lock_count = Counter(mentor for mentor, _ in plan.locks)
    base = _Base(st)
    out: list[Alternative] = []
    best: dict[int, tuple[float, list[Move]]] = {}  # partner index -> (extra cost, moves)
    me = problem.mentor_index(person) if is_mentor else problem.mentee_index(person)
    if is_mentor:
        for r in _active_places(st, me):
            extra, nxt, _ = lsa.forced_from_row(r)
            for partner, _score in cands:
                j = problem.mentee_index(partner)
                if not lsa.col_active[j]:  # locked with someone: blocked below
                    continue
                if j not in best or extra[j] < best[j][0]:
                    best[j] = (float(extra[j]), _moves_from_row(st, r, j, nxt))
    elif lsa.col_active[me]:
        extra, prev = lsa.forced_to_column(me)
        for partner, _score in cands:
            i = problem.mentor_index(partner)
            for r in _active_places(st, i):
                if i not in best or extra[r] < best[i][0]:
                    best[i] = (float(extra[r]), _moves_to_column(st, r, me, prev))
    for partner, score in cands:
        mentor, mentee = (person, partner) if is_mentor else (partner, person)
        why = None
        if locked_to.get(mentee, mentor) != mentor:
            why = f"{mentee} is locked with {locked_to[mentee]}"
        elif lock_count[mentor] >= problem.capacity_of(mentor):
            why = f"{mentor}'s places are all taken by locked pairs"
        other = problem.mentee_index(partner) if is_mentor else problem.mentor_index(partner)
        if why is not None or other not in best:
            out.append(Alternative(person, partner, score, None, None, None, why or "locked"))
            continue
        dt, dw, dp = base.delta(best[other][1])
        out.append(Alternative(person, partner, score, dt, dw, dp))
    return out


def _active_places(st: _State, mentor: int) -> list[int]:
    first = int(st.first_row[mentor])
    rows = np.arange(first, first + st.cap[mentor])
    return [int(r) for r in rows[st.lsa.row_active[rows]]]


def _moves_from_row(st: _State, row: int, col: int, nxt: np.ndarray) -> list[Move]:
    """`row` takes `col`; each displaced holder moves on until `row`'s old column is taken."""
    lsa = st.lsa
    k0 = int(lsa.col4row[row])
    moves = [(row, col)]
    c = col
    for _ in range(lsa.n + 1):
        if c == k0:
            break
        holder, c = int(lsa.row4col[c]), int(nxt[c])
        moves.append((holder, c))
    else:
        raise RuntimeError("forced path did not close")  # duals broken: never expected
    return moves


def _moves_to_column(st: _State, row: int, col: int, prev: np.ndarray) -> list[Move]:
    """`row` takes `col`; col's holder walks a chain of columns ending on row's old column."""
    lsa = st.lsa
    start = int(lsa.row4col[col])
    if start == row:
        return []
    moves = [(row, col)]
    k = int(lsa.col4row[row])
    for _ in range(lsa.n + 1):
        p = int(prev[k])
        moves.append((start if p < 0 else int(lsa.row4col[p]), k))
        if p < 0:
            return moves
        k = p
    raise RuntimeError("forced path did not close")  # duals broken: never expected


class _Base:
    """The current optimum's pairs, to turn a list of moves into plan deltas."""

    def __init__(self, st: _State) -> None:
        self.st = st
        n_rows, n_cols = st.n_rows, st.s.shape[1]
        self.n_rows, self.n_cols = n_rows, n_cols
        rows = np.arange(st.lsa.n)
        cols = st.lsa.col4row
        real = (rows < n_rows) & (cols < n_cols)
        rows, cols = rows[real], cols[real]
        ok = st.ok[st.row_mentor[rows], cols]
        rows, cols = rows[ok], cols[ok]
        sc = st.s[st.row_mentor[rows], cols]
        order = np.argsort(sc, kind="stable")
        self.sorted_pairs = list(zip(rows[order].tolist(), cols[order].tolist(), sc[order].tolist(), strict=True))

    def _score(self, row: int, col: int) -> float | None:
        if row >= self.n_rows or col >= self.n_cols:
            return None
        mentor = int(self.st.row_mentor[row])
        return float(self.st.s[mentor, col]) if self.st.ok[mentor, col] else None

    def delta(self, moves: list[Move]) -> tuple[float, float | None, int]:
        lsa = self.st.lsa
        removed: set[int] = set()
        d_total, d_pairs, added_min = 0.0, 0, np.inf
        for row, col in moves:
            old = self._score(row, int(lsa.col4row[row]))
            if old is not None:
                d_total -= old
                d_pairs -= 1
                removed.add(row)
            new = self._score(row, col)
            if new is not None:
                d_total += new
                d_pairs += 1
                added_min = min(added_min, new)
        base_worst = self.sorted_pairs[0][2] if self.sorted_pairs else None
        kept = next((s for r, _, s in self.sorted_pairs if r not in removed), np.inf)
        worst = min(kept, added_min)
        if base_worst is None or not np.isfinite(worst):
            return d_total, None, d_pairs
        return d_total, float(worst - base_worst), d_pairs
