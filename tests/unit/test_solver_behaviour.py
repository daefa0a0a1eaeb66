"""Solver edge cases: conflicts, bad input, and life without the native kernel."""

from __future__ import annotations

import os

import munkres
import numpy as np
import pytest

from rm_tui.solver import cold as solver


def test_mentee_forbidden_with_everyone_is_named() -> None:
    scores = np.full((4, 3), 50.0)
    allowed = np.ones((4, 3), dtype=bool)
    allowed[:, 1] = False  # mentee 1 may be paired with no one
    sol = solver.solve(scores, allowed)
    assert sol.n_pairs == 2
    assert sol.conflict is not None
    assert sol.conflict.side == "mentee"
    assert sol.conflict.competitors == (1,)
    assert sol.conflict.partners == ()


def test_hall_violation_names_competitors_and_their_only_partners() -> None:
    scores = np.arange(16, dtype=float).reshape(4, 4)
    allowed = np.ones((4, 4), dtype=bool)
    allowed[2:, :] = False
    allowed[2:, 0] = True  # mentors 2 and 3 can only take mentee 0
    sol = solver.solve(scores, allowed)
    assert sol.n_pairs == 3
    assert sol.conflict is not None
    assert sol.conflict.side == "mentor"
    assert set(sol.conflict.competitors) == {2, 3}
    assert sol.conflict.partners == (0,)
    assert sol.conflict.places == 1


def test_surplus_on_the_larger_side_is_not_a_conflict() -> None:
    sol = solver.solve(np.full((2, 5), 10.0))
    assert sol.n_pairs == 2
    assert sol.conflict is None


def test_nan_scores_are_forbidden_and_capacity_replicates_mentors() -> None:
    scores = np.array([[np.nan, 90.0, 80.0], [70.0, np.inf, np.nan]])
    sol = solver.solve(scores, capacity=[2, 1])
    assert sol.pairs() == [(0, 1), (0, 2), (1, 0)]
    assert sol.total == 240.0


@pytest.mark.parametrize(
    "locks, message",
    [
        ([(0, 0), (1, 0)], "locked twice"),
        ([(0, 0), (0, 1)], "more locks than places"),
        ([(0, 2)], "forbidden"),
        ([(5, 0)], "outside"),
    ],
)
def test_impossible_locks_raise(locks: list[tuple[int, int]], message: str) -> None:
    allowed = np.array([[True, True, False], [True, True, True]])
    with pytest.raises(ValueError, match=message):
        solver.solve(np.ones((2, 3)), allowed, locks=locks)


def test_bad_input_raises_value_error() -> None:
    with pytest.raises(ValueError):
        solver.solve(np.ones(3))
    with pytest.raises(ValueError):
        solver.solve(np.ones((2, 2)), np.ones((3, 2), dtype=bool))
    with pytest.raises(ValueError):
        solver.solve(np.ones((2, 2)), capacity=[1, -1])
    with pytest.raises(ValueError):
        solver.solve(np.ones((2, 2)), objective="best")  # type: ignore[arg-type]


def test_empty_problems() -> None:
    assert solver.solve(np.empty((0, 4))).n_pairs == 0
    assert solver.solve(np.empty((3, 0))).n_pairs == 0
    assert solver.solve(np.ones((2, 2)), np.zeros((2, 2), dtype=bool)).worst is None


def _random_case(seed: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    return rng.random((9, 12)) * 100, rng.random((9, 12)) < 0.4, rng.integers(1, 3, 9)


def test_pure_python_kernel_gives_the_same_optimum(monkeypatch: pytest.MonkeyPatch) -> None:
    cases = [_random_case(seed) for seed in range(6)]
    fast = [solver.solve(s, a, c) for s, a, c in cases]
    monkeypatch.setattr(solver, "KERNEL", solver.lsa_pure_python)
    for (s, a, c), ref in zip(cases, fast, strict=True):
        for objective in ("total", "fair"):
            slow = solver.solve(s, a, c, objective=objective)
            assert np.all(a[slow.mentors, slow.mentees])
            if objective == "total":
                assert (slow.n_pairs, slow.total) == (ref.n_pairs, pytest.approx(ref.total))


def test_native_kernel_switched_off_stays_correct(monkeypatch: pytest.MonkeyPatch) -> None:
    reset = getattr(munkres, "reset_native", None)
    if reset is None:
        pytest.skip("this munkres has no native kernel to switch off")
    cases = [_random_case(seed) for seed in range(4)]
    fast = [solver.solve(s, a, c) for s, a, c in cases]
    monkeypatch.setenv("PALDITA_NO_NATIVE", "1")
    try:
        reset()
        assert solver.kernel_status()["available"] is False
        for (s, a, c), ref in zip(cases, fast, strict=True):
            slow = solver.solve(s, a, c)
            assert (slow.n_pairs, slow.total) == (ref.n_pairs, pytest.approx(ref.total))
            assert slow.conflict == ref.conflict
    finally:
        os.environ.pop("PALDITA_NO_NATIVE", None)
        reset()
    assert solver.kernel_status()["available"] is True


def test_kernel_status_is_a_dict_even_without_native_status(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delattr(munkres, "native_status", raising=False)
    assert solver.kernel_status()["available"] is False
