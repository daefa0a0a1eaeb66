""""What if this pair were forced": every partner of one person from one shortest-path
computation on the optimal duals (exact; see `rm_tui.core.sap`).

`alternatives(plan, person, warm, k)` gives the same `Alternative`s as
`rm_tui.core.explain.alternatives` (which re-solves once per partner), or None when the fast
path does not apply (`fair` objective, impossible locks): the caller then falls back.
"""

from __future__ import annotations

from collections import Counter
from typing import NamedTuple

import numpy as np

from rm_tui.core.errors import OperationError, message
from rm_tui.core.explain import Alternative, candidates
from rm_tui.core.matching import allowed_matrix, lock_cells
from rm_tui.core.plan import Plan
from rm_tui.solver.warm import WarmSolver, _State

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
    # partner index -> (extra cost, tree, forced row, forced column)
    best: dict[int, tuple[float, _Tree, int, int]] = {}
    me = problem.mentor_index(person) if is_mentor else problem.mentee_index(person)
    shown = _Shown(plan.total, plan.worst, len(plan.pairs))  # O(pairs) each: once, not per partner
    if is_mentor:
        for r in _active_places(st, me):
            extra, nxt, order = lsa.forced_from_row(r)
            tree = _Tree.from_row(base, r, nxt, order)
            for partner, _score in cands:
                j = problem.mentee_index(partner)
                if lsa.col_active[j] and (j not in best or extra[j] < best[j][0]):
                    best[j] = (float(extra[j]), tree, r, j)
    elif lsa.col_active[me]:
        extra, prev, order = lsa.forced_to_column(me)
        tree = _Tree.to_column(base, me, prev, order)
        for partner, _score in cands:
            i = problem.mentor_index(partner)
            for r in _active_places(st, i):
                if i not in best or extra[r] < best[i][0]:
                    best[i] = (float(extra[r]), tree, r, me)
    for partner, score in cands:
        mentor, mentee = (person, partner) if is_mentor else (partner, person)
        why = None
        if locked_to.get(mentee, mentor) != mentor:
            why = OperationError.coded("engine.mentee_locked", mentee=mentee, mentor=locked_to[mentee])
        elif lock_count[mentor] >= problem.capacity_of(mentor):
            why = OperationError.coded("engine.places_locked", mentor=mentor)
        other = problem.mentee_index(partner) if is_mentor else problem.mentor_index(partner)
        if why is not None or other not in best:
            why = why or OperationError.coded("engine.locked")
            out.append(Alternative(person, partner, score, None, None, None, message(why), why))
            continue
        _, tree, r, c = best[other]
        dt, dw, dp = _from_shown(shown, base, *tree.delta(r, c))
        out.append(Alternative(person, partner, score, dt, dw, dp))
    return out


class _Shown(NamedTuple):
    total: float
    worst: float | None
    pairs: int


def _from_shown(shown: _Shown, base: _Base, dt: float, dw: float | None,
                dp: int) -> tuple[float, float | None, int]:  # fmt: skip
    """Deltas against the plan shown, not the optimum the shortest paths start from: after an
    unpair or a hand-made pair the two differ, and the facilitator compares with what is on
    screen (the same baseline as the change applied)."""
    total = base.total + dt - shown.total
    pairs = base.pairs + dp - shown.pairs
    if dw is None or base.worst is None:
        return total, dw, pairs
    new_worst = base.worst + dw
    return total, (None if shown.worst is None else new_worst - shown.worst), pairs


def _active_places(st: _State, mentor: int) -> list[int]:
    first = int(st.first_row[mentor])
    rows = np.arange(first, first + st.cap[mentor])
    return [int(r) for r in rows[st.lsa.row_active[rows]]]


class _Base:
    """The current optimum's pairs, to turn moves into plan deltas."""

    def __init__(self, st: _State) -> None:
        self.st = st
        self.n_rows, self.n_cols = st.n_rows, st.s.shape[1]
        rows = np.arange(st.lsa.n)
        score, real = self.scores(rows, st.lsa.col4row)
        order = np.argsort(np.where(real, score, np.inf), kind="stable")[: int(real.sum())]
        self.sorted_rows: list[int] = order.tolist()
        self.sorted_scores: list[float] = score[order].tolist()
        self.worst = self.sorted_scores[0] if self.sorted_scores else None
        self.total = float(sum(self.sorted_scores))  # the optimum's, to re-base deltas on the plan shown
        self.pairs = len(self.sorted_scores)

    def score(self, row: int, col: int) -> float | None:
        """The score of one square cell, None if it is not a pair."""
        if row >= self.n_rows or col >= self.n_cols:
            return None
        mentor = int(self.st.row_mentor[row])
        return float(self.st.s[mentor, col]) if self.st.ok[mentor, col] else None

    def scores(self, rows: np.ndarray, cols: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(score, is a pair) of square cells: dummy rows/columns and forbidden cells are none."""
        st = self.st
        real = (rows < self.n_rows) & (cols < self.n_cols)
        mentor = st.row_mentor[np.where(real, rows, 0)]
        col = np.where(real, cols, 0)
        real &= st.ok[mentor, col]
        return np.where(real, st.s[mentor, col], 0.0), real


_TRACKED = 32  # the smallest base pairs followed through the tree for `delta_worst`


class _Tree:
    """A shortest-path tree of moves (mover row: from column -> to column) over columns;
    the moves of a forced pair are the forced row's own move plus the path from one node
    to the root. Totals, pair counts and the smallest new score are summed along the tree
    once (in settling order), so each partner's delta costs O(1)."""

    def __init__(self, base: _Base, nodes: list[int], mover: np.ndarray, src: np.ndarray,
                 dst: np.ndarray, parent: np.ndarray) -> None:  # fmt: skip
        self.base = base
        n = base.st.lsa.n
        gain_new, new_real = base.scores(mover, dst)
        gain_old, old_real = base.scores(mover, src)
        g = (gain_new - gain_old).tolist()
        gp = (new_real.astype(int) - old_real.astype(int)).tolist()
        add = np.where(new_real, gain_new, np.inf).tolist()
        tracked = {r: 1 << t for t, r in enumerate(base.sorted_rows[:_TRACKED])}
        self.total = [0.0] * n
        self.pairs = [0] * n
        self.added_min = [float("inf")] * n
        self.removed = [0] * n  # bit t: the t-th smallest base pair is undone on the path
        self.parent = parent.tolist()
        self.mover = mover.tolist()
        for k, c in enumerate(nodes):
            p = self.parent[k]
            bit = tracked.get(self.mover[k], 0) if old_real[k] else 0
            if p < 0:
                self.total[c], self.pairs[c], self.added_min[c], self.removed[c] = g[k], gp[k], add[k], bit
            else:
                self.total[c] = g[k] + self.total[p]
                self.pairs[c] = gp[k] + self.pairs[p]
                self.added_min[c] = min(add[k], self.added_min[p])
                self.removed[c] = bit | self.removed[p]
        self.nodes = nodes
        self.rooted_at_column = False  # True: built by `from_row` (paths start at the column)
        self._pos: dict[int, int] | None = None

    @classmethod
    def from_row(cls, base: _Base, row: int, nxt: np.ndarray, order: list[int]) -> _Tree:
        lsa = base.st.lsa
        k0 = int(lsa.col4row[row])
        nodes = np.array([c for c in order if c != k0], dtype=np.intp)
        dst = nxt[nodes]
        parent = np.where(dst == k0, -1, dst)
        tree = cls(base, nodes.tolist(), lsa.row4col[nodes], nodes, dst, parent)
        tree.rooted_at_column = True
        return tree

    @classmethod
    def to_column(cls, base: _Base, col: int, prev: np.ndarray, order: list[int]) -> _Tree:
        lsa = base.st.lsa
        start = int(lsa.row4col[col])
        nodes = np.array(order, dtype=np.intp)
        parent = prev[nodes]
        mover = np.where(parent < 0, start, lsa.row4col[np.maximum(parent, 0)])
        src = np.where(parent < 0, col, parent)
        return cls(base, nodes.tolist(), mover, src, nodes, parent)

    def delta(self, row: int, col: int) -> tuple[float, float | None, int]:
        """Plan deltas when square `row` is forced onto square `col`."""
        base, lsa = self.base, self.base.st.lsa
        own = int(lsa.col4row[row])
        if own == col:  # the optimum already has this pair (the plan shown may not)
            return 0.0, (None if base.worst is None else 0.0), 0
        # the path: from `col` (its holder moves on) in a from-row tree, from row's own
        # column (someone moves onto it) in a to-column tree
        node = col if self.rooted_at_column else own
        new, old = base.score(row, col), base.score(row, own)
        d_total = (new or 0.0) - (old or 0.0) + self.total[node]
        d_pairs = (new is not None) - (old is not None) + self.pairs[node]
        added = min(float("inf") if new is None else new, self.added_min[node])
        removed = self.removed[node]
        if old is not None and row in base.sorted_rows[:_TRACKED]:
            removed |= 1 << base.sorted_rows.index(row)
        if base.worst is None:
            return d_total, None, d_pairs
        kept = next((s for t, s in enumerate(base.sorted_scores[:_TRACKED])
                     if not removed >> t & 1), None)  # fmt: skip
        if kept is None:
            kept = self._kept_slow(row, node)
        worst = min(kept, added)
        return d_total, (None if worst == float("inf") else worst - base.worst), d_pairs

    def _kept_slow(self, row: int, node: int) -> float:
        """The smallest base score not undone, when every tracked one is (rare)."""
        gone = {row}
        for _ in range(self.base.st.lsa.n + 1):
            if node < 0:
                break
            k = self._index(node)
            gone.add(self.mover[k])
            node = self.parent[k]
        return next((s for r, s in zip(self.base.sorted_rows, self.base.sorted_scores,
                                       strict=True) if r not in gone), float("inf"))  # fmt: skip

    def _index(self, node: int) -> int:
        if self._pos is None:
            self._pos = {c: k for k, c in enumerate(self.nodes)}
        return self._pos[node]
