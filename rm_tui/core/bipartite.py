"""Maximum bipartite matching on a dense boolean matrix (Hopcroft–Karp, numpy layers).

Used by the `fair` objective to test "can k pairs still be made with every pair scoring at
least t" far more cheaply than a full assignment: the search starts from the previous
matching, so only the pairs the new threshold removed have to be re-routed.
"""

from __future__ import annotations

import numpy as np


def max_matching(adj: np.ndarray, col4row: np.ndarray | None = None, target: int | None = None) -> np.ndarray:
    """A maximum matching of `adj` (rows x columns) as col4row (-1 = unmatched), grown from
    `col4row` (its pairs outside `adj` are dropped). Stops early once `target` pairs exist."""
    m, n = adj.shape
    c4r = np.full(m, -1, dtype=np.intp) if col4row is None else np.array(col4row, dtype=np.intp)
    held = c4r >= 0
    held[held] = adj[np.flatnonzero(held), c4r[held]]
    c4r[~held] = -1
    r4c = np.full(n, -1, dtype=np.intp)
    r4c[c4r[held]] = np.flatnonzero(held)
    size = int(held.sum())
    goal = min(m, n) if target is None else min(target, m, n)
    while size < goal:
        layer = _layers(adj, c4r, r4c)
        if layer is None:
            break
        grown = _augment_phase(adj, c4r, r4c, layer)
        if grown == 0:
            break
        size += grown
    return c4r


def _layers(adj: np.ndarray, c4r: np.ndarray, r4c: np.ndarray) -> np.ndarray | None:
    """BFS layer of every row from the free rows along alternating paths (-1 = unreached),
    or None if no free column is reachable (the matching is maximum)."""
    m, n = adj.shape
    layer = np.full(m, -1, dtype=np.intp)
    frontier = c4r < 0
    layer[frontier] = 0
    seen_cols = np.zeros(n, dtype=bool)
    depth = 0
    while frontier.any():
        cols = adj[frontier].any(axis=0) & ~seen_cols
        if not cols.any():
            return None
        seen_cols |= cols
        if (r4c[cols] < 0).any():
            return layer
        depth += 1
        nxt = r4c[cols]
        layer[nxt] = depth
        frontier = np.zeros(m, dtype=bool)
        frontier[nxt] = True
    return None


def _augment_phase(adj: np.ndarray, c4r: np.ndarray, r4c: np.ndarray, layer: np.ndarray) -> int:
    """Vertex-disjoint shortest augmenting paths along the layers (iterative DFS)."""
    used_col = np.zeros(adj.shape[1], dtype=bool)
    dead = layer < 0
    grown = 0
    for root in np.flatnonzero(layer == 0).tolist():
        stack = [root]
        cols_on_path: list[int] = []
        while stack:
            r = stack[-1]
            options = np.flatnonzero(adj[r] & ~used_col)
            holders = r4c[options]
            safe = np.maximum(holders, 0)
            good = (holders < 0) | (~dead[safe] & (layer[safe] == layer[r] + 1))
            hits = np.flatnonzero(good)
            step = int(options[hits[0]]) if hits.size else None
            if step is None:
                dead[r] = True
                stack.pop()
                if cols_on_path:
                    cols_on_path.pop()
                continue
            used_col[step] = True
            cols_on_path.append(step)
            holder = int(r4c[step])
            if holder >= 0:
                stack.append(holder)
                continue
            for row, col in zip(stack, cols_on_path, strict=True):  # flip the path
                c4r[row], r4c[col] = col, row
            for row in stack:
                dead[row] = True  # each row on one path per phase
            grown += 1
            break
    return grown
