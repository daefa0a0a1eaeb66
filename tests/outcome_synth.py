"""Synthetic outcomes with a planted effect, to calibrate the analytics (tests, demos, benchmarks).

Given pairs with criterion scores, each pair gets a hidden "how well it works" value that one
criterion drives with strength `strength`; each partner then rates quality 1-5 from it with
their own noise. With the default strength, Spearman's rho between the driving criterion and
the mean quality is about 0.5; every other criterion has no effect.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from statistics import NormalDist
from typing import Any

import numpy as np

from rm_tui.core.stats import average_ranks

# Chosen (see tests/unit/test_calibration.py) so that rho(criterion, mean quality) ~ 0.5
# after the 1-5 rounding and each partner's own noise.
DEFAULT_STRENGTH = 0.55


def _standardise(values: np.ndarray) -> np.ndarray:
    """Normal scores of the ranks: the planted rank correlation does not depend on how the
    driver's scores are distributed (skewed, clustered near 1...)."""
    if len(values) == 0 or np.ptp(values) == 0:
        return np.zeros_like(values, dtype=float)
    ranks = average_ranks(values)
    inv = NormalDist().inv_cdf
    return np.array([inv((r - 0.5) / len(values)) for r in ranks])


def planted_qualities(
    driver: Sequence[float], *, strength: float = DEFAULT_STRENGTH, seed: int = 0
) -> tuple[np.ndarray, np.ndarray]:
    """Quality ratings (mentor's, mentee's), integers 1..5, driven by `driver` scores."""
    rng = np.random.default_rng(seed)
    z = _standardise(np.asarray(driver, dtype=float))
    hidden = strength * z + np.sqrt(max(0.0, 1.0 - strength**2)) * rng.normal(size=len(z))
    ratings = []
    for _ in range(2):
        own = hidden + 0.5 * rng.normal(size=len(z))
        ratings.append(np.clip(np.rint(3.3 + 1.0 * own), 1, 5).astype(int))
    return ratings[0], ratings[1]


def planted_outcomes(
    pairs: Sequence[Mapping[str, Any]],
    driver: str,
    *,
    strength: float = DEFAULT_STRENGTH,
    seed: int = 0,
) -> list[dict[str, Any]]:
    """Outcome records (as imported or stored) for stored pairs `{"mentor", "mentee",
    "criteria": {name: score}}`, the quality driven by criterion `driver`."""
    # A pair without data on the driver gets its median: no push either way.
    given = [(p.get("criteria") or {}).get(driver) for p in pairs]
    known = [float(v) for v in given if v is not None]
    middle = float(np.median(known)) if known else 0.0
    scores = [middle if v is None else float(v) for v in given]
    q_mentor, q_mentee = planted_qualities(scores, strength=strength, seed=seed)
    rng = np.random.default_rng(seed + 1)
    goals = np.clip(np.rint((q_mentor + q_mentee) / 2 + rng.normal(0, 0.7, len(pairs))), 1, 5)
    return [
        {
            "mentor": p["mentor"],
            "mentee": p["mentee"],
            "quality_mentor": int(q_mentor[i]),
            "quality_mentee": int(q_mentee[i]),
            "goals": int(goals[i]),
            "would_pair_again": bool(q_mentor[i] + q_mentee[i] >= 7),
            "ended_early": False,
        }
        for i, p in enumerate(pairs)
    ]
