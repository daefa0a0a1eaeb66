"""Small-sample statistics for test-and-learn, in numpy only (no scipy at run time).

Spearman's rho with average ranks for ties, a seeded percentile-bootstrap interval and a
two-sided permutation p-value. Resampling is vectorised: every bootstrap sample or permutation
is one row of a matrix, so 2,000 of them at n = 60 take milliseconds.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

ArrayLike = Sequence[float] | np.ndarray


def _as_pair(x: ArrayLike, y: ArrayLike) -> tuple[np.ndarray, np.ndarray]:
    xa, ya = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    if xa.shape != ya.shape or xa.ndim != 1:
        raise ValueError("x and y must be 1-D and of the same length")
    if not (np.isfinite(xa).all() and np.isfinite(ya).all()):
        raise ValueError("x and y must be finite (drop missing values first)")
    return xa, ya


def _codes(values: np.ndarray) -> tuple[np.ndarray, int]:
    """Dense integer codes (0..k-1, in value order) and the number k of distinct values."""
    uniq, inverse = np.unique(values, return_inverse=True)
    return inverse.reshape(values.shape), len(uniq)


def _row_ranks(codes: np.ndarray, k: int) -> np.ndarray:
    """Average ranks (1-based, ties share the mean of their positions) of each row of `codes`.

    Works on the dense codes: per row, count each value, and a value's average rank is
    (number of smaller values) + (its count + 1) / 2.
    """
    rows, n = codes.shape
    flat = codes + (np.arange(rows)[:, None] * k)
    counts = np.bincount(flat.ravel(), minlength=rows * k).reshape(rows, k)
    below = np.cumsum(counts, axis=1) - counts
    avg = below + (counts + 1) / 2.0
    return np.take_along_axis(avg, codes, axis=1)


def average_ranks(values: ArrayLike) -> np.ndarray:
    """Ranks 1..n, tied values sharing their average rank (as scipy.stats.rankdata)."""
    arr = np.asarray(values, dtype=float)
    codes, k = _codes(arr)
    ranks: np.ndarray = _row_ranks(codes[None, :], k)[0]
    return ranks


def _row_pearson(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Pearson correlation of each row of a with the same row of b (NaN for a constant row)."""
    a = a - a.mean(axis=1, keepdims=True)
    b = b - b.mean(axis=1, keepdims=True)
    num = (a * b).sum(axis=1)
    den = np.sqrt((a * a).sum(axis=1) * (b * b).sum(axis=1))
    with np.errstate(invalid="ignore", divide="ignore"):
        r = np.where(den > 1e-12, num / np.where(den > 1e-12, den, 1.0), np.nan)
    return np.clip(r, -1.0, 1.0)


def spearman(x: ArrayLike, y: ArrayLike) -> float:
    """Spearman's rho (Pearson on average ranks); NaN if either variable is constant."""
    xa, ya = _as_pair(x, y)
    if len(xa) < 2:
        return float("nan")
    return float(_row_pearson(average_ranks(xa)[None, :], average_ranks(ya)[None, :])[0])


def bootstrap_rhos(x: ArrayLike, y: ArrayLike, *, resamples: int, seed: int) -> np.ndarray:
    """rho of `resamples` bootstrap samples of the pairs (x_i, y_i); NaN where a sample is
    constant in x or y (possible with few distinct values)."""
    xa, ya = _as_pair(x, y)
    n = len(xa)
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, n, size=(resamples, n))
    cx, kx = _codes(xa)
    cy, ky = _codes(ya)
    return _row_pearson(_row_ranks(cx[idx], kx), _row_ranks(cy[idx], ky))


def bootstrap_ci(
    x: ArrayLike, y: ArrayLike, *, resamples: int = 2000, seed: int = 0, level: float = 0.95
) -> tuple[float, float, float]:
    """Percentile bootstrap interval for rho: (low, high, share of usable resamples)."""
    rhos = bootstrap_rhos(x, y, resamples=resamples, seed=seed)
    ok = rhos[np.isfinite(rhos)]
    if len(ok) == 0:
        return float("nan"), float("nan"), 0.0
    tail = (1.0 - level) / 2.0
    low, high = np.quantile(ok, [tail, 1.0 - tail])
    return float(low), float(high), len(ok) / len(rhos)


def permutation_p(x: ArrayLike, y: ArrayLike, *, permutations: int = 2000, seed: int = 0) -> float:
    """Two-sided permutation p-value of rho: the share of random re-pairings of x with y whose
    |rho| reaches the observed |rho|, counting the observed one (so never 0)."""
    xa, ya = _as_pair(x, y)
    observed = spearman(xa, ya)
    if not np.isfinite(observed):
        return float("nan")
    rng = np.random.default_rng(seed)
    rx, ry = average_ranks(xa), average_ranks(ya)
    shuffled = rng.permuted(np.broadcast_to(ry, (permutations, len(ry))), axis=1)
    rhos = _row_pearson(np.broadcast_to(rx, shuffled.shape), shuffled)
    # A small tolerance so that permutations tying the observed value count as reaching it.
    hits = int(np.count_nonzero(np.abs(rhos) >= abs(observed) - 1e-12))
    return (hits + 1) / (permutations + 1)
