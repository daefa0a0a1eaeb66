"""Spearman, bootstrap and permutation helpers, cross-checked against scipy (tests only)."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.stats import rankdata, spearmanr

from rm_tui.core.stats import (
    average_ranks,
    bootstrap_ci,
    bootstrap_rhos,
    permutation_p,
    spearman,
)

values = st.lists(st.integers(min_value=0, max_value=6), min_size=3, max_size=40)


@settings(max_examples=150, deadline=None)
@given(values)
def test_average_ranks_match_scipy_including_ties(xs: list[int]) -> None:
    assert np.allclose(average_ranks(xs), rankdata(xs))


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_spearman_matches_scipy_including_ties(data: st.DataObject) -> None:
    n = data.draw(st.integers(min_value=3, max_value=40))
    xs = data.draw(st.lists(st.integers(0, 5), min_size=n, max_size=n))
    ys = data.draw(st.lists(st.floats(1, 5, allow_nan=False), min_size=n, max_size=n))
    ours = spearman(xs, ys)
    if len(set(xs)) < 2 or len(set(ys)) < 2:
        assert np.isnan(ours)
    else:
        assert ours == pytest.approx(spearmanr(xs, ys).statistic, abs=1e-9)


def test_spearman_of_monotone_data_is_one_and_reversed_is_minus_one() -> None:
    x = np.arange(12.0)
    assert spearman(x, x**3) == pytest.approx(1.0)
    assert spearman(x, -x) == pytest.approx(-1.0)


def test_inputs_must_be_paired_and_finite() -> None:
    with pytest.raises(ValueError):
        spearman([1, 2, 3], [1, 2])
    with pytest.raises(ValueError):
        spearman([1, 2, float("nan")], [1, 2, 3])


def test_bootstrap_rows_equal_the_spearman_of_each_resample() -> None:
    rng = np.random.default_rng(3)
    x, y = rng.integers(0, 4, 15), rng.normal(size=15)
    rhos = bootstrap_rhos(x, y, resamples=50, seed=9)
    idx = np.random.default_rng(9).integers(0, 15, size=(50, 15))
    for row, sample in zip(rhos, idx, strict=True):
        expected = spearman(x[sample], y[sample])
        assert (np.isnan(row) and np.isnan(expected)) or row == pytest.approx(expected)


def test_bootstrap_interval_is_seeded_and_brackets_the_estimate() -> None:
    rng = np.random.default_rng(4)
    x = rng.normal(size=40)
    y = x + rng.normal(size=40)
    first = bootstrap_ci(x, y, resamples=500, seed=1)
    assert first == bootstrap_ci(x, y, resamples=500, seed=1)
    assert first != bootstrap_ci(x, y, resamples=500, seed=2)
    low, high, usable = first
    assert low < spearman(x, y) < high and usable == 1.0


def test_permutation_p_is_small_for_a_strong_relation_and_never_zero() -> None:
    x = np.arange(30.0)
    p = permutation_p(x, x, permutations=999, seed=0)
    assert p == pytest.approx(1 / 1000)


def test_permutation_p_is_roughly_uniform_under_no_relation() -> None:
    ps = []
    for seed in range(200):
        rng = np.random.default_rng(seed)
        ps.append(permutation_p(rng.normal(size=20), rng.normal(size=20), permutations=300, seed=seed))
    ps = np.array(ps)
    assert 0.02 <= np.mean(ps <= 0.05) <= 0.10
    assert 0.4 <= np.mean(ps) <= 0.6
