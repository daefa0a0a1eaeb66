"""Small-sample statistics for test-and-learn, in numpy only (no scipy at run time).

Spearman's rho with average ranks for ties, a Fisher-z interval, a two-sided permutation
p-value (of the normal-scores rank correlation, refined where it may decide), Holm's adjustment, a partial Spearman with a Freedman–Lane permutation test, and the
pairs needed for a given power. (A seeded percentile bootstrap is kept for comparisons; the
report does not use it: on tied 1-5 outcomes its intervals are too narrow.) Resampling is vectorised: every bootstrap sample or permutation
is one row of a matrix, so 2,000 of them at n = 60 take milliseconds.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from statistics import NormalDist

import numpy as np

ArrayLike = Sequence[float] | np.ndarray
_NORMAL = NormalDist()


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


def normal_scores(values: ArrayLike) -> np.ndarray:
    """Van der Waerden scores: the normal quantile of each average rank, Phi^-1(r / (n + 1)).

    A rank statistic like Spearman's (same value whatever the scale, tied values share a
    score), but the correlation of normal scores is as powerful as Pearson's on normal data,
    where Spearman's needs about 10% more pairs (asymptotic efficiency 0.91); the tests use it.
    """
    ranks = average_ranks(values)
    q = ranks / (len(ranks) + 1)
    return np.array([_NORMAL.inv_cdf(float(v)) for v in q]) if len(q) else q


# Where a p-value may decide a verdict, it is computed again from 10x more fresh permutations:
# Holm's strictest threshold (0.05 / 6 = 0.0083) is ~17 hits in 2,000, where the Monte Carlo
# error alone is +-25%. Only the fresh permutations count, so the p-value stays valid
# (P(p <= u) <= u under no relation: the first pass only chooses how many to draw).
REFINE_BELOW = 0.1
REFINE_FACTOR = 10
_CHUNK = 1_000_000  # values per block of permutations: memory stays bounded at any n


def _refined(test: Callable[[int, np.random.Generator], float], permutations: int, seed: int) -> float:
    p = test(permutations, np.random.default_rng(seed))
    if p < REFINE_BELOW:
        p = test(permutations * REFINE_FACTOR, np.random.default_rng([seed, 1]))
    return p


def _hits(a: np.ndarray, b: np.ndarray, observed: float, permutations: int,
          rng: np.random.Generator, project: np.ndarray | None = None) -> float:
    """Monte Carlo p-value of |corr(a, permuted b)| (b projected by `project` after each
    permutation: Freedman-Lane) reaching |observed|, counting the observed one (never 0)."""
    n, hits, left = len(a), 0, permutations
    while left:
        rows = min(left, max(1, _CHUNK // max(n, 1)))
        shuffled = rng.permuted(np.broadcast_to(b, (rows, n)), axis=1)
        if project is not None:
            shuffled = shuffled @ project.T
        rhos = _row_pearson(np.broadcast_to(a, shuffled.shape), shuffled)
        # A small tolerance so that permutations tying the observed value count as reaching it.
        hits += int(np.count_nonzero(np.abs(rhos) >= abs(observed) - 1e-12))
        left -= rows
    return (hits + 1) / (permutations + 1)


def permutation_p(x: ArrayLike, y: ArrayLike, *, permutations: int = 2000, seed: int = 0) -> float:
    """Two-sided permutation p-value of the rank relation of x and y: the share of random
    re-pairings whose normal-scores correlation reaches the observed one in size (refined
    where it is below REFINE_BELOW). NaN when x or y is constant."""
    xa, ya = _as_pair(x, y)
    if not np.isfinite(spearman(xa, ya)):
        return float("nan")
    sx, sy = normal_scores(xa), normal_scores(ya)
    observed = float(_row_pearson(sx[None, :], sy[None, :])[0])
    return _refined(lambda k, rng: _hits(sx, sy, observed, k, rng), permutations, seed)


# -- intervals, multiplicity, partial relations -----------------------------------------------


def fisher_ci(rho: float, n: int, level: float = 0.95) -> tuple[float, float]:
    """Interval for Spearman's rho by Fisher's z with the Bonett–Wright (2000) variance
    (1 + rho^2 / 2) / (n - 3).

    rho is Pearson's correlation of average ranks, so ties are handled in the estimate; under
    no relation its variance is exactly 1/(n - 1) whatever the ties, which the n - 3 here
    covers (the interval errs on the wide side). Holds at n = 10..60 where a percentile
    bootstrap on tied 1-5 outcomes is too narrow.
    """
    if n <= 3 or not math.isfinite(rho):
        return float("nan"), float("nan")
    r = min(max(rho, -0.9999), 0.9999)
    half = _NORMAL.inv_cdf(0.5 + level / 2) * math.sqrt((1 + r * r / 2) / (n - 3))
    z = math.atanh(r)
    return math.tanh(z - half), math.tanh(z + half)


def holm(p_values: Sequence[float]) -> list[float]:
    """Holm's step-down adjustment (family-wise error), NaN entries left out and kept NaN."""
    idx = [i for i, p in enumerate(p_values) if math.isfinite(p)]
    out = [float("nan")] * len(p_values)
    m = len(idx)
    running = 0.0
    for rank, i in enumerate(sorted(idx, key=lambda i: p_values[i])):
        running = max(running, min(1.0, (m - rank) * p_values[i]))
        out[i] = running
    return out


def _score_columns(z: np.ndarray, scores: Callable[[ArrayLike], np.ndarray]) -> np.ndarray:
    return np.column_stack([scores(z[:, j]) for j in range(z.shape[1])]) if z.size else z


def _residualiser(covariates: np.ndarray, n: int,
                  scores: Callable[[ArrayLike], np.ndarray] = average_ranks) -> np.ndarray:
    """The n x n matrix taking a vector to its residual after least squares on an intercept
    and the covariates' ranks (or other `scores`): the projection off their span."""
    design = np.column_stack([np.ones(n), _score_columns(covariates, scores)])
    # SVD, not QR: a constant or duplicated covariate must not add a spurious direction.
    u, s, _ = np.linalg.svd(design, full_matrices=False)
    q: np.ndarray = u[:, s > s[0] * 1e-10]
    out: np.ndarray = np.eye(n) - q @ q.T
    return out


def partial_spearman(
    x: ArrayLike, y: ArrayLike, covariates: np.ndarray, *, permutations: int = 2000, seed: int = 0
) -> tuple[float, float]:
    """Spearman's rho of x and y with the covariates held fixed, and its two-sided p-value.

    Ranks of x and y are each residualised on the covariates' ranks (a rank regression); the
    partial rho is the correlation of the residuals. The p-value is Freedman–Lane's, on the
    normal scores (as `permutation_p`): the residuals of y on the covariates alone are
    permuted and put back, so the covariates' share of y is kept in every permutation.
    (NaN, NaN) when the residuals are constant.
    """
    xa, ya = _as_pair(x, y)
    n = len(xa)
    cov = np.asarray(covariates, dtype=float).reshape(n, -1)
    if n - cov.shape[1] - 2 < 2:
        return float("nan"), float("nan")
    m = _residualiser(cov, n)
    rx, ry = m @ average_ranks(xa), m @ average_ranks(ya)
    rho = float(_row_pearson(rx[None, :], ry[None, :])[0])
    if not math.isfinite(rho):
        return float("nan"), float("nan")
    m = _residualiser(cov, n, normal_scores)
    sx, sy = m @ normal_scores(xa), m @ normal_scores(ya)
    observed = float(_row_pearson(sx[None, :], sy[None, :])[0])
    if not math.isfinite(observed):
        return rho, float("nan")
    # y* = fitted + permuted residuals; its residual on the covariates is M @ permuted.
    return rho, _refined(lambda k, rng: _hits(sx, sy, observed, k, rng, m), permutations, seed)


def pairs_needed(rho: float, alpha: float = 0.05, power: float = 0.8) -> int | None:
    """Pairs needed to detect a relation as strong as `rho` (two-sided test at `alpha`, with
    the given power), by Fisher's z; None when |rho| is too small for any realistic cohort."""
    if not math.isfinite(rho) or abs(rho) < 0.1:  # would need many hundreds of pairs
        return None
    r = min(abs(rho), 0.95)
    z = _NORMAL.inv_cdf(1 - alpha / 2) + _NORMAL.inv_cdf(power)
    return math.ceil((z / math.atanh(r)) ** 2 * (1 + r * r / 2) + 3)
