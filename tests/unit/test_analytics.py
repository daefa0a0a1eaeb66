"""Verdict rules, relations, the report and its notes."""

from __future__ import annotations

import math

import numpy as np
import pytest

from rm_tui.core.analytics import (
    NO_EVIDENCE,
    NOT_ENOUGH_DATA,
    SUGGESTIVE,
    PairRecord,
    analyse,
    chance_note,
    relate,
    verdict,
)


@pytest.mark.parametrize(
    ("n", "p_adjusted", "partial", "travels", "expected"),
    [
        (9, 0.001, 0.001, None, NOT_ENOUGH_DATA),
        (10, 0.049, None, None, SUGGESTIVE),  # a single criterion: nothing to hold fixed
        (10, 0.049, 0.01, "b", SUGGESTIVE),
        (10, 0.05, 0.01, None, NO_EVIDENCE),
        (40, 0.2, 0.001, None, NO_EVIDENCE),
        (40, 0.01, 0.3, "intentions", "travels with intentions"),
        (40, 0.01, 0.3, None, NO_EVIDENCE),  # fades with the others fixed, but with no one in particular
        (40, 0.01, float("nan"), None, NO_EVIDENCE),  # the others could not be held fixed
        (40, float("nan"), None, None, NOT_ENOUGH_DATA),
    ],
)
def test_verdict_rule(n: int, p_adjusted: float, partial: float | None, travels: str | None,
                      expected: str) -> None:
    assert verdict(n, p_adjusted, partial, travels) == expected


def test_fewer_than_ten_pairs_is_never_more_than_not_enough_data() -> None:
    x = np.arange(9.0)
    r = relate("c", x, x)  # a perfect relation, but 9 pairs
    assert r.verdict == NOT_ENOUGH_DATA and r.n == 9
    assert "at least 10" in (r.note or "")


def test_a_constant_criterion_teaches_nothing() -> None:
    r = relate("c", [50.0] * 20, list(range(20)))
    assert r.verdict == NOT_ENOUGH_DATA and math.isnan(r.rho)
    assert "same for every pair" in (r.note or "")


def test_relation_is_reproducible_and_in_range() -> None:
    rng = np.random.default_rng(0)
    x = rng.normal(size=30)
    y = x + rng.normal(size=30)
    a, b = relate("c", x, y, permutations=400), relate("c", x, y, permutations=400)
    assert a == b
    assert -1 <= a.ci_low <= a.rho <= a.ci_high <= 1
    assert 0 < a.p_value <= 1
    assert a.verdict == SUGGESTIVE


def _records(n: int, seed: int = 0) -> list[PairRecord]:
    rng = np.random.default_rng(seed)
    out = []
    for i in range(n):
        fit = float(rng.uniform(0, 1))
        out.append(PairRecord(
            f"m{i}", f"e{i}",
            {"learning_fit": fit, "intentions": float(rng.uniform(0, 1))},
            quality=float(rng.integers(2, 11)) / 2,
            explains_well=float(np.clip(round(1 + 4 * fit + rng.normal(0, 0.5)), 1, 5)),
        ))
    return out


def test_report_json_shape_and_counts() -> None:
    recs = _records(25) + [PairRecord("x", "y", {"learning_fit": 0.5})]  # no outcome yet
    report = analyse(recs, permutations=300).to_dict()
    assert report["outcome"] == "quality" and report["n_pairs"] == 25
    assert [c["name"] for c in report["criteria"]] == ["intentions", "learning_fit"]
    for c in report["criteria"]:
        assert set(c) >= {"name", "n", "rho", "ci_low", "ci_high", "p_value", "verdict"}
        assert c["n"] == 25 and c["verdict"] in (NOT_ENOUGH_DATA, NO_EVIDENCE, SUGGESTIVE)
    (fit,) = report["hypotheses"]
    assert fit["name"] == "learning_fit vs explains_well" and fit["n"] == 25  # the pair without check-ins is left out
    assert fit["verdict"] == SUGGESTIVE  # explains_well was generated from learning fit
    assert any("3 relations tested" in note for note in report["notes"])
    assert any(note.startswith("25 of 26 pairs ever confirmed") and "25 with a quality rating" in note
               for note in report["notes"])


def test_report_with_few_pairs_says_so() -> None:
    report = analyse(_records(6), permutations=100)
    assert all(r.verdict == NOT_ENOUGH_DATA for r in report.criteria + report.hypotheses)
    assert any("Fewer than 10" in note for note in report.notes)


def test_without_learning_fit_the_hypothesis_is_not_tested() -> None:
    recs = [PairRecord(f"m{i}", f"e{i}", {"intentions": i}, quality=3.0) for i in range(12)]
    report = analyse(recs, permutations=100)
    assert report.hypotheses == ()
    assert any("not a matching criterion" in note for note in report.notes)


@pytest.mark.parametrize(("tests", "expected"), [(6, "about 0.3"), (1, "about 0.1"), (20, "about 1.0")])
def test_chance_note(tests: int, expected: str) -> None:
    note = chance_note(tests)
    assert f"{tests} relation" in note and expected in note
    assert ("Holm-adjusted" in note) == (tests > 1)


def test_a_score_shared_by_almost_every_pair_is_not_enough_data() -> None:
    x = [0.0] * 52 + [1.0] * 8  # only 8 informative pairs
    y = [3.0] * 52 + [5.0] * 8
    r = relate("preference", x, y, permutations=200)
    assert r.verdict == NOT_ENOUGH_DATA and "only 8 pairs" in (r.note or "")
    r = relate("preference", [0.0] * 45 + [1.0] * 15, [3.0] * 45 + [5.0] * 15, permutations=200)
    assert r.verdict == SUGGESTIVE


def test_entangled_criteria_are_pointed_out() -> None:
    rng = np.random.default_rng(2)
    a = rng.uniform(0, 1, 40)
    b = a + rng.normal(0, 0.1, 40)  # b goes with a
    c = rng.uniform(0, 1, 40)
    recs = [PairRecord(f"m{i}", f"e{i}", {"a": a[i], "b": b[i], "c": c[i]}, quality=float(1 + round(4 * a[i])))
            for i in range(40)]
    notes = analyse(recs, permutations=300).notes
    together = [n for n in notes if "go together" in n]
    assert len(together) == 1 and "a and b" in together[0]


def test_twelve_pairs_with_varied_scores_can_be_suggestive() -> None:
    x = np.arange(12.0)
    y = [1, 1, 2, 2, 2, 3, 3, 4, 4, 5, 5, 5]
    assert relate("c", x, y, permutations=500).verdict == SUGGESTIVE
