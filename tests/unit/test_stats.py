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
    normal_scores,
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
    assert p == pytest.approx(1 / 9991)  # below 0.1: drawn again from 10x more permutations


def test_only_p_values_that_may_decide_are_refined() -> None:
    rng = np.random.default_rng(4)
    x = rng.normal(size=40)
    far = permutation_p(x, rng.normal(size=40), permutations=499, seed=1)
    near = permutation_p(x, x + 2.5 * rng.normal(size=40), permutations=499, seed=1)
    assert far >= 0.1 and (far * 500) == pytest.approx(round(far * 500))  # 499 permutations
    assert near < 0.1 and (near * 4991) == pytest.approx(round(near * 4991))  # 4,990 fresh ones


def test_normal_scores_are_van_der_waerden_of_average_ranks() -> None:
    from scipy.stats import norm

    values = [3.0, 1.0, 4.0, 1.0, 5.0, 9.0, 2.0, 6.0, 5.0, 3.0]
    expected = norm.ppf(rankdata(values) / (len(values) + 1))
    assert normal_scores(values) == pytest.approx(expected)


def test_permutation_p_is_roughly_uniform_under_no_relation() -> None:
    ps = []
    for seed in range(200):
        rng = np.random.default_rng(seed)
        ps.append(permutation_p(rng.normal(size=20), rng.normal(size=20), permutations=300, seed=seed))
    ps = np.array(ps)
    assert 0.02 <= np.mean(ps <= 0.05) <= 0.10
    assert 0.4 <= np.mean(ps) <= 0.6


# -- Fisher-z intervals, Holm, partial Spearman, pairs needed -----------------------------------

from rm_tui.core.stats import fisher_ci, holm, pairs_needed, partial_spearman  # noqa: E402

p_lists = st.lists(st.floats(0.0001, 1.0, allow_nan=False), min_size=1, max_size=12)


@settings(max_examples=150, deadline=None)
@given(p_lists)
def test_holm_never_lowers_a_p_value_keeps_the_order_and_stays_below_one(ps: list[float]) -> None:
    adjusted = holm(ps)
    assert all(a >= p - 1e-15 and a <= 1.0 for a, p in zip(adjusted, ps, strict=True))
    for i in range(len(ps)):
        for j in range(len(ps)):
            if ps[i] < ps[j]:
                assert adjusted[i] <= adjusted[j]
    smallest = min(range(len(ps)), key=lambda i: ps[i])
    assert adjusted[smallest] == pytest.approx(min(1.0, len(ps) * ps[smallest]))


def test_holm_by_hand_and_with_untested_relations() -> None:
    assert holm([0.01, 0.04, 0.03, float("nan")])[:3] == pytest.approx([0.03, 0.06, 0.06])
    assert np.isnan(holm([0.01, float("nan")])[1]) and holm([0.01, float("nan")])[0] == 0.01


@settings(max_examples=100, deadline=None)
@given(st.floats(-0.99, 0.99), st.integers(10, 200))
def test_fisher_interval_brackets_rho_and_narrows_with_more_pairs(rho: float, n: int) -> None:
    low, high = fisher_ci(rho, n)
    assert -1 < low <= rho <= high < 1
    low2, high2 = fisher_ci(rho, n * 2)
    assert high2 - low2 < high - low


def test_fisher_interval_against_scipy_normal_quantile() -> None:
    from scipy.stats import norm

    low, high = fisher_ci(0.5, 40)
    half = norm.ppf(0.975) * np.sqrt((1 + 0.125) / 37)
    assert (low, high) == pytest.approx((np.tanh(np.arctanh(0.5) - half), np.tanh(np.arctanh(0.5) + half)))


def test_partial_spearman_matches_residuals_of_ranks_computed_with_lstsq_and_scipy() -> None:
    from scipy.stats import pearsonr

    rng = np.random.default_rng(5)
    z = rng.integers(0, 5, size=(40, 2)).astype(float)  # tied covariates
    x = z[:, 0] + rng.normal(size=40)
    y = np.rint(np.clip(z[:, 0] + 0.5 * x + rng.normal(size=40), 1, 5))  # tied 1-5 outcome
    rho, p = partial_spearman(x, y, z, permutations=500, seed=1)
    design = np.column_stack([np.ones(40), rankdata(z[:, 0]), rankdata(z[:, 1])])

    def resid(v: np.ndarray) -> np.ndarray:
        return v - design @ np.linalg.lstsq(design, v, rcond=None)[0]

    assert rho == pytest.approx(pearsonr(resid(rankdata(x)), resid(rankdata(y))).statistic)
    assert 0 < p <= 1


def test_partial_spearman_separates_the_driver_from_a_criterion_that_travels_with_it() -> None:
    rng = np.random.default_rng(11)
    driver = rng.normal(size=80)
    traveller = driver + 0.6 * rng.normal(size=80)  # goes with the driver, no effect of its own
    quality = np.rint(np.clip(3 + driver + rng.normal(size=80), 1, 5))
    assert spearman(traveller, quality) > 0.3  # marginally, the traveller looks related
    rho_t, p_t = partial_spearman(traveller, quality, driver[:, None], permutations=999, seed=0)
    rho_d, p_d = partial_spearman(driver, quality, traveller[:, None], permutations=999, seed=0)
    assert abs(rho_t) < 0.2 and p_t > 0.05
    assert rho_d > 0.3 and p_d < 0.01


def test_partial_spearman_with_a_constant_covariate_equals_the_marginal_one() -> None:
    rng = np.random.default_rng(2)
    x, y = rng.normal(size=30), rng.normal(size=30)
    rho, _ = partial_spearman(x, y, np.ones((30, 1)), permutations=99)
    assert rho == pytest.approx(spearman(x, y))


def test_partial_p_values_are_roughly_uniform_when_nothing_is_related() -> None:
    rng = np.random.default_rng(3)
    ps = []
    for _ in range(200):
        z = rng.normal(size=(30, 2))
        ps.append(partial_spearman(rng.normal(size=30), rng.integers(1, 6, 30), z, permutations=199,
                                   seed=int(rng.integers(1 << 30)))[1])
    assert 0.01 <= np.mean(np.array(ps) < 0.05) <= 0.10


def test_pairs_needed_follows_the_textbook_figures() -> None:
    assert 80 <= (pairs_needed(0.3) or 0) <= 95  # about 85 for r = 0.3, 80% power, 5% two-sided
    assert 25 <= (pairs_needed(0.5) or 0) <= 35
    assert (pairs_needed(0.5, alpha=0.05 / 6) or 0) > (pairs_needed(0.5) or 0)
    assert pairs_needed(0.05) is None and pairs_needed(float("nan")) is None
