"""Maximum bipartite matching on a dense boolean matrix (augmenting paths over bitsets).

Used by the `fair` objective to test "can k pairs still be made with every pair scoring at
least t" far more cheaply than a full assignment: the search starts from the previous
matching, so only the pairs the new threshold removed have to be re-routed. Each row's
neighbours are one Python int (a bitset): "an unvisited neighbour that is free" is one `&`,
so a search costs a few big-int operations per row it reaches, not a numpy call per step.
"""

from __future__ import annotations

import numpy as np


def row_bits(adj: np.ndarray) -> list[int]:
    """Each row of a boolean matrix as an int whose bit j is adj[r, j]."""
    m, n = adj.shape
    if m == 0 or n == 0:
        return [0] * m
    packed = np.packbits(adj, axis=1, bitorder="little")
    width = packed.shape[1]
    raw = packed.tobytes()
    return [int.from_bytes(raw[k : k + width], "little") for k in range(0, m * width, width)]


def max_matching(adj: np.ndarray, col4row: np.ndarray | None = None, target: int | None = None) -> np.ndarray:
    """A maximum matching of `adj` (rows x columns) as col4row (-1 = unmatched), grown from
    `col4row` (its pairs outside `adj` are dropped). Stops early once `target` pairs exist."""
    m, n = adj.shape
    c4r = np.full(m, -1, dtype=np.intp) if col4row is None else np.array(col4row, dtype=np.intp)
    held = c4r >= 0
    held[held] = adj[np.flatnonzero(held), c4r[held]]
    c4r[~held] = -1
    goal = min(m, n) if target is None else min(target, m, n)
    if int(held.sum()) >= goal:
        return c4r
    mate = c4r.tolist()
    grow(row_bits(adj), mate, n, goal)
    return np.array(mate, dtype=np.intp)


def grow(bits: list[int], mate: list[int], n: int, goal: int) -> int:
    """Augment `mate` (column of each row, -1 = none; changed in place) along alternating
    paths until it has `goal` pairs or is maximum; returns its size.

    Passes of depth-first searches from every free row; a column visited in a pass is not
    visited again in it. A pass that augments nothing ran every search on one unchanged
    matching, so no augmenting path exists: the matching is maximum (Berge)."""
    owner = [-1] * n  # row holding each column
    for r, c in enumerate(mate):
        if c >= 0:
            owner[c] = r
    size = sum(1 for c in mate if c >= 0)
    free_cols = ((1 << n) - 1) ^ sum(1 << c for c in mate if c >= 0)
    while size < goal:
        seen = 0  # columns visited in this pass
        grown = 0
        for root in [r for r, c in enumerate(mate) if c < 0 and bits[r]]:
            path = _search(root, bits, owner, free_cols, seen)
            if path is None:
                continue
            path_rows, path_cols, seen = path
            end = path_cols[-1]
            free_cols &= ~(1 << end)
            for r, c in zip(path_rows, path_cols, strict=True):  # flip the path
                mate[r], owner[c] = c, r
            grown += 1
            if size + grown >= goal:
                break
        if grown == 0:
            break
        size += grown
    return size


def _search(root: int, bits: list[int], owner: list[int], free_cols: int,
            seen: int) -> tuple[list[int], list[int], int] | None:  # fmt: skip
    """An augmenting path from the free row `root` avoiding the `seen` columns, as (rows,
    columns, seen after the search); None if there is none (the columns visited stay seen:
    none of them leads to a free column in this matching)."""
    rows, cols = [root], []
    pending = [bits[root] & ~seen]  # unvisited neighbours left to try, one per row on the path
    while rows:
        cand = pending[-1]
        hit = cand & free_cols
        if hit:
            col = (hit & -hit).bit_length() - 1
            cols.append(col)
            return rows, cols, seen | (1 << col)
        cand &= ~seen  # columns seen deeper in the search since this row was entered
        if not cand:
            rows.pop()
            pending.pop()
            if cols:
                cols.pop()
            continue
        low = cand & -cand
        pending[-1] = cand ^ low
        seen |= low
        col = low.bit_length() - 1
        nxt = owner[col]
        cols.append(col)
        rows.append(nxt)
        pending.append(bits[nxt] & ~seen)
    return None
