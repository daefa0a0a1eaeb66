"""Shortest augmenting paths on a square cost matrix with kept duals (pure numpy).

`SquareLSA` holds an optimal assignment of a square cost matrix together with dual
potentials `u`, `v` such that every reduced cost `C[i, j] - u[i] - v[j]` is >= 0 and is 0 on
assigned cells. Then:

- after a few cells change, freeing the rows whose optimality is broken and running one
  Dijkstra per freed row (on reduced costs) restores an optimal assignment exactly, in
  O(n^2) per row instead of a cold O(n^3) solve (`set_cells`, `deactivate`, `reactivate`);
- one Dijkstra from a person gives the exact extra cost of forcing that person onto each
  possible partner (`forced_from_row`, `forced_to_column`).

Rows and columns can be deactivated (a locked pair leaves the problem) and reactivated.
Costs must be finite. See BRIEF §5 and Jonker & Volgenant (1987) / Crouse (2016).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

_TOL = 1e-9


class SquareLSA:
    def __init__(
        self,
        cost: np.ndarray,
        col4row: np.ndarray,
        row_active: np.ndarray | None = None,
        col_active: np.ndarray | None = None,
        *,
        copy: bool = True,
        col_duals: np.ndarray | None = None,
    ) -> None:
        """`col4row` must be a complete assignment, optimal on the active rows and columns
        (e.g. from the munkres kernel); inactive rows sit on inactive columns (locks).
        The duals are computed here, starting from `col_duals` (one per column, e.g. the
        kernel's): when they are already feasible that is one check over the matrix.
        `copy=False`: the caller hands over `cost` (edited here)."""
        self.cost = np.array(cost, dtype=np.float64, copy=True if copy else None)
        n = self.cost.shape[0]
        if self.cost.shape != (n, n):
            raise ValueError("cost must be square")
        self.n = n
        self.col4row = np.asarray(col4row, dtype=np.intp).copy()
        self.row4col = np.empty(n, dtype=np.intp)
        self.row4col[self.col4row] = np.arange(n)
        self.row_active = np.ones(n, bool) if row_active is None else np.array(row_active, bool)
        self.col_active = np.ones(n, bool) if col_active is None else np.array(col_active, bool)
        ra, ca = np.flatnonzero(self.row_active), np.flatnonzero(self.col_active)
        where = np.full(n, -1, dtype=np.intp)
        where[ca] = np.arange(ca.size)
        sub_c4r = where[self.col4row[ra]]
        if ra.size != ca.size or (sub_c4r < 0).any():
            raise ValueError("active rows must be assigned to active columns")
        self.u, self.v = np.zeros(n), np.zeros(n)
        self._red: np.ndarray | None = None  # reduced costs, kept until the next edit
        if ra.size:
            seed = None if col_duals is None else np.asarray(col_duals, dtype=np.float64)[ca]
            whole = ra.size == n  # no locks: no copy of the active block
            sub = self.cost if whole else self.cost[np.ix_(ra, ca)]
            self.u[ra], self.v[ca] = _duals(sub, sub_c4r, seed)

    # -- edits -------------------------------------------------------------------------------

    def set_cells(self, rows: np.ndarray, cols: np.ndarray, values: np.ndarray) -> None:
        """Change cost cells; rows whose assigned cell changed or whose reduced costs went
        negative are freed, then re-assigned by `repair`."""
        rows = np.asarray(rows, dtype=np.intp)
        cols = np.asarray(cols, dtype=np.intp)
        self._red = None
        self.cost[rows, cols] = values
        live = self.row_active[rows] & self.col_active[cols]
        r, c = rows[live], cols[live]
        red = self.cost[r, c] - self.u[r] - self.v[c]
        broken = (self.col4row[r] == c) | (red < -_TOL)
        for i in np.unique(r[broken]).tolist():
            self._free_row(i)

    def deactivate(self, row: int, col: int) -> None:
        """Take `row` and `col` out of the problem, paired with each other (a lock)."""
        self._red = None
        if self.col4row[row] == col:
            self.row_active[row] = self.col_active[col] = False
            return
        self._free_row(row)
        other = int(self.row4col[col])
        if other >= 0:
            self._free_row(other)
        self.col4row[row], self.row4col[col] = col, row
        self.row_active[row] = self.col_active[col] = False

    def reactivate(self, row: int, col: int) -> None:
        """Put a deactivated pair back as a free row and a free column (a lifted lock)."""
        self._red = None
        self.col4row[row] = self.row4col[col] = -1
        self.row_active[row] = self.col_active[col] = True
        held = self.row_active & (self.col4row >= 0)
        rows = np.flatnonzero(held)
        self.v[col] = float(np.min(self.cost[rows, col] - self.u[rows])) if rows.size else 0.0

    def _free_row(self, i: int) -> None:
        j = int(self.col4row[i])
        if j >= 0:
            self.row4col[j] = -1
        self.col4row[i] = -1

    def repair(self) -> int:
        """Re-assign every free active row; returns how many augmentations it took."""
        free = np.flatnonzero(self.row_active & (self.col4row < 0)).tolist()
        if free:
            self._red = None
        for i in free:
            self._augment(i)
        return len(free)

    # -- one Dijkstra ------------------------------------------------------------------------

    def _augment(self, start: int) -> None:
        cost, u, v = self.cost, self.u, self.v
        spc = np.full(self.n, np.inf)
        path = np.full(self.n, -1, dtype=np.intp)
        done = ~self.col_active  # scanned (or not in the problem)
        rows_seen: list[int] = []
        cols_seen: list[int] = []
        i, min_val, sink = start, 0.0, -1
        while sink < 0:
            rows_seen.append(i)
            red = min_val + cost[i] - u[i] - v
            better = (red < spc) & ~done
            spc[better] = red[better]
            path[better] = i
            open_cost = np.where(done, np.inf, spc)
            j = int(np.argmin(open_cost))
            lowest = float(open_cost[j])
            if not np.isfinite(lowest):
                raise ValueError("no free column reachable (inactive rows and columns unbalanced)")
            ties = np.flatnonzero(open_cost == lowest)
            if ties.size > 1:  # prefer ending the path now
                free = ties[self.row4col[ties] < 0]
                if free.size:
                    j = int(free[0])
            min_val = lowest
            done[j] = True
            cols_seen.append(j)
            if self.row4col[j] < 0:
                sink = j
            else:
                i = int(self.row4col[j])
        u[start] += min_val
        others = np.array(rows_seen[1:], dtype=np.intp)
        if others.size:
            u[others] += min_val - spc[self.col4row[others]]
        seen = np.array(cols_seen, dtype=np.intp)
        v[seen] -= min_val - spc[seen]
        j = sink
        while True:
            i = int(path[j])
            self.row4col[j] = i
            j, self.col4row[i] = int(self.col4row[i]), j
            if i == start:
                break

    # -- forced pairs ------------------------------------------------------------------------

    def forced_from_row(self, row: int) -> tuple[np.ndarray, np.ndarray, list[int]]:
        """For every active column j: the extra cost of the best assignment that puts `row`
        on j (0 for its own column). Returns (extra, nxt, order): the holder of column c moves
        to nxt[c], and so on until row's own column; `order` lists the columns settled, each
        after its nxt. Backward Dijkstra from row's column: dist[c] = cost for c's holder
        to move on."""
        k0 = int(self.col4row[row])
        red = self._reduced()
        holder = np.where(self.col_active, self.row4col, 0)
        # by_target[k, c] = red[holder[c], k]: the cost for c's holder to move to k, read
        # as one contiguous row per settled column
        by_target = np.ascontiguousarray(red.T[:, holder])  # one copy, not two
        start = np.full(self.n, np.inf)
        start[k0] = 0.0
        final, nxt, order = _dijkstra(start, ~self.col_active, lambda k: by_target[k])
        extra = red[row] + final
        extra[k0] = 0.0
        extra[~self.col_active] = np.inf
        return extra, nxt, order

    def forced_to_column(self, col: int) -> tuple[np.ndarray, np.ndarray, list[int]]:
        """For every active row r: the extra cost of the best assignment that puts r on `col`
        (0 for its holder). Forward Dijkstra from col's holder: F[k] = cost for it to end
        up with column k free-chained. Returns (extra, prev, order) where prev[k] is the
        column whose holder moved onto k (-1 = col's holder moved directly) and `order` lists
        the columns settled, each after its prev."""
        start = int(self.row4col[col])
        red = self._reduced()
        skip = ~self.col_active
        skip[col] = True  # the path cannot come back to `col`
        first = np.where(skip, np.inf, red[start])
        holder = self.row4col
        dist, prev, order = _dijkstra(first, skip, lambda k: red[holder[k]], first_parent=-1)
        extra = np.full(self.n, np.inf)
        rows = np.flatnonzero(self.row_active)
        own = self.col4row[rows]
        extra[rows] = red[rows, col] + np.where(own == col, 0.0, dist[own])
        extra[start] = 0.0
        return extra, prev, order

    def _reduced(self) -> np.ndarray:
        """C - u - v (read-only; both forced-pair searches of one explanation share it)."""
        if self._red is None:
            red = np.subtract(self.cost, self.u[:, None])
            red -= self.v[None, :]
            red.flags.writeable = False
            self._red = red
        return self._red

    def total(self) -> float:
        rows = np.flatnonzero(self.row_active)
        return float(self.cost[rows, self.col4row[rows]].sum())


def _dijkstra(
    start: np.ndarray,
    skip: np.ndarray,
    edges_from: Callable[[int], np.ndarray],
    first_parent: int = -1,
) -> tuple[np.ndarray, np.ndarray, list[int]]:
    """Dense Dijkstra over columns: `start` distances, `edges_from(k)` the (non-negative)
    cost from settled column k to every column. Returns (distance, parent, settling order);
    `skip` columns are never settled."""
    n = start.size
    open_d = np.where(skip, np.inf, start)
    dist = np.where(skip, -np.inf, start)  # -inf: settled or skipped, never improved
    final = np.full(n, np.inf)
    parent = np.full(n, first_parent, dtype=np.intp)
    order: list[int] = []
    cand, better = np.empty(n), np.empty(n, dtype=bool)  # reused: n steps of O(n) each
    while True:
        k = int(open_d.argmin())
        d = float(open_d[k])
        if d == np.inf:
            break
        final[k] = d
        open_d[k] = np.inf
        dist[k] = -np.inf
        order.append(k)
        np.add(edges_from(k), d, out=cand)
        np.less(cand, dist, out=better)
        np.copyto(dist, cand, where=better)
        np.copyto(open_d, cand, where=better)
        np.copyto(parent, k, where=better)
    return final, parent, order


def _duals(
    cost: np.ndarray, col4row: np.ndarray, seed: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Dual potentials of an optimal assignment: v[j] is a shortest-path distance in the
    graph where row i's column may be traded for column j at cost C[i, j] - C[i, col(i)]
    (no negative cycle because the assignment is optimal). Bellman-Ford with a work list,
    each round vectorised over the rows whose column's distance just dropped. Started from
    `seed` (any finite column potentials) it ends at min(seed, shortest paths), still exact:
    feasible seeds (the kernel's duals) end after the first round, which is their check.
    u[i] = C[i, col(i)] - v[col(i)] makes every assigned cell's reduced cost exactly 0."""
    n = cost.shape[0]
    own = cost[np.arange(n), col4row]
    if seed is not None:
        u = own - seed[col4row]
        if _feasible(cost, u, seed):
            return u, np.array(seed, dtype=np.float64)
    row4col = np.empty(n, dtype=np.intp)
    row4col[col4row] = np.arange(n)
    # trade[k, j]: what the holder of column k pays to move to j (its cost minus its own),
    # by column so that a round reads the rows it needs into one reused buffer
    trade = cost[row4col]
    trade -= own[row4col, None]
    buf = np.empty_like(trade)
    v = np.zeros(n) if seed is None else np.array(seed, dtype=np.float64)
    changed = np.arange(n)  # every column starts at its seed (0: a virtual source)
    for _ in range(4 * n + 8):
        part = buf[: changed.size]
        np.take(trade, changed, axis=0, out=part)
        part += v[changed, None]
        cand = part.min(axis=0)
        drop = cand < v - _TOL
        if not drop.any():
            break
        v = np.where(drop, cand, v)
        changed = np.flatnonzero(drop)
    else:  # pragma: no cover - means the given assignment was not optimal
        raise ValueError("assignment is not optimal: no dual solution")
    u = own - v[col4row]
    return u, v


def _feasible(cost: np.ndarray, u: np.ndarray, v: np.ndarray) -> bool:
    """Every reduced cost C[i, j] - u[i] - v[j] >= 0 (up to rounding)? A block of rows at a
    time into one small buffer: no matrix-sized temporaries."""
    n = cost.shape[0]
    lowest = np.full(n, np.inf)
    block = max(1, 65536 // max(n, 1))
    buf = np.empty((min(block, n), n))
    for start in range(0, n, block):
        part = buf[: min(block, n - start)]
        np.subtract(cost[start : start + block], u[start : start + block, None], out=part)
        np.minimum(lowest, part.min(axis=0), out=lowest)
    return bool((lowest >= v - _TOL).all())
