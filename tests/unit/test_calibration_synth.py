"""Calibration end to end on synthetic cohorts: synth, score, match, confirm, then outcomes.

60 mentors and 62 mentees from `rm-tui synth` (in process: `tests.synthetic.synthetic_cohort`), the best
plan confirmed as `match --confirm` stores it (`export.confirmed_record`), outcomes planted on `intentions` (rho ~ 0.5). The
other criteria have no effect on the outcome, though the optimiser's trade-offs can tie them to
`intentions` within the chosen pairs. Fewer permutations than the product default keep this fast
(p-values below 0.1 are drawn again from 10x more, so Holm's threshold stays reachable).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

import numpy as np
import pytest

from rm_tui.core.analytics import NOT_ENOUGH_DATA, SUGGESTIVE, analyse
from rm_tui.core.analytics_input import records_from
from rm_tui.core.export import confirmed_record
from rm_tui.core.scoring import score_program
from rm_tui.core.stats import spearman
from rm_tui.services.matching import optimise
from tests.outcome_synth import planted_outcomes
from tests.synthetic import synthetic_cohort

SEEDS = 40
DRIVER = "intentions"
TODAY = dt.date(2026, 1, 15)


def confirmed_cohort(mentors: int, mentees: int, seed: int) -> dict:
    program, answers = synthetic_cohort(mentors, mentees, seed=seed + 1)
    plan = optimise(score_program(program, answers, today=TODAY).problem())
    return {"kind": "confirmed", "version": 1,
            "plan": confirmed_record(plan, program, confirmed_at="2026-01-15T09:00:00.000+00:00")}


def run(mentors: int, mentees: int, seeds: int) -> tuple[Counter, Counter, list[float]]:
    driver, others, rhos = Counter(), Counter(), []
    for seed in range(seeds):
        record = confirmed_cohort(mentors, mentees, seed)
        outcomes = planted_outcomes(record["plan"]["pairs"], DRIVER, seed=seed)
        records = records_from([record], outcomes, [])
        scored = [r for r in records if DRIVER in r.criteria]  # a pair may lack the data
        rhos.append(spearman([r.criteria[DRIVER] for r in scored], [r.quality for r in scored]))
        for r in analyse(records, permutations=200, seed=seed).criteria:
            (driver if r.name == DRIVER else others)[r.verdict] += 1
    return driver, others, rhos


@pytest.fixture(scope="module")
def sixty() -> tuple[Counter, Counter, list[float]]:
    return run(60, 62, SEEDS)


def test_the_planted_effect_is_about_rho_half(sixty) -> None:  # noqa: ANN001
    assert 0.42 <= float(np.mean(sixty[2])) <= 0.58


def test_the_planted_criterion_is_found_in_at_least_80_percent_of_cohorts(sixty) -> None:  # noqa: ANN001
    driver = sixty[0]
    assert driver[SUGGESTIVE] / SEEDS >= 0.80, driver


def test_criteria_without_effect_are_rarely_called_suggestive(sixty) -> None:  # noqa: ANN001
    others = sixty[1]
    assert others[SUGGESTIVE] / sum(others.values()) <= 0.05, others


def test_cohorts_under_ten_pairs_always_say_not_enough_data() -> None:
    driver, others, _ = run(8, 9, 10)
    assert set(driver) == {NOT_ENOUGH_DATA} and set(others) == {NOT_ENOUGH_DATA}
