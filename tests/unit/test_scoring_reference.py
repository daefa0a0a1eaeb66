"""The vectorised scorer gives the same floats as the scorer it replaced (kept verbatim in
tests/scoring_reference), on random synthetic cohorts with random settings and damaged data."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from typing import Any

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rm_tui.core.cohort_axes import questionnaire_axes
from rm_tui.core.program import Criterion, Program
from rm_tui.core.scoring import score_program
from tests.scoring_reference import scoring_v0
from tests.synthetic import synthetic_cohort

TODAY = dt.date(2026, 11, 30)
JUNK: tuple[Any, ...] = (True, False, 0, 99, -1, "3", 2.5, None, [], "x")


def same(a: np.ndarray, b: np.ndarray) -> bool:
    return a.shape == b.shape and bool(np.array_equal(a, b, equal_nan=True))


def _damage_people(program: Program, rng: random.Random) -> Program:
    roster = []
    for p in program.roster:
        change: dict[str, Any] = {}
        if rng.random() < 0.15:
            change["job_family"] = rng.choice([None, "", "Data", "unknown-family", "DATA!"])
        if rng.random() < 0.15:
            change["subsidiary"] = rng.choice([None, "", "Azur FR", "azur-fr", "elsewhere"])
        if rng.random() < 0.1:
            change["languages"] = rng.choice([(), ("FR",), ("de",)])
        if rng.random() < 0.1:
            change["start_date"] = rng.choice([None, "not a date", "2030-01-01"])
        if rng.random() < 0.05:
            change["years_in_company"] = rng.choice([0, 3, 12.5])
        if rng.random() < 0.05:
            change["team"] = rng.choice([None, "", "Same Team", "same-team"])
        if rng.random() < 0.05:
            change["excluded"] = True
        roster.append(dataclasses.replace(p, **change) if change else p)
    return program.with_roster(roster)


def _damage_answers(program: Program, answers: Any, rng: random.Random) -> dict[str, Any]:
    scale_items = {i for q in program.questionnaires.values() for sub in q.subscales for i in sub.items}
    out: dict[str, Any] = {}
    for pid, per_q in answers.items():
        if rng.random() < 0.05:
            continue  # never answered
        out[pid] = {}
        for qid, kept in per_q.items():
            given_q = dict(kept)
            for item_id in list(given_q):
                roll = rng.random()
                if roll < 0.05:
                    del given_q[item_id]
                elif roll < 0.1 and item_id in scale_items:  # the scorer's own checks
                    given_q[item_id] = rng.choice(JUNK)
            out[pid][qid] = given_q
    return out


def _random_settings(program: Program, rng: random.Random) -> Program:
    criteria = {}
    for name, c in program.criteria.items():
        mode = c.mode
        if name == "learning_fit":
            mode = rng.choice(["similar", "complementary", "ignore"])
        if name == "subsidiary":
            mode = rng.choice(["prefer_same", "prefer_different", "ignore"])
        params = dict(c.params)
        if name == "seniority_gap" and rng.random() < 0.3:
            params = {"min_years": 10.0, "max_years": 10.0}
        if name == "job_family" and rng.random() < 0.3:
            params = {"same_family": 0.9, "same_domain": 0.3, "different": 0.1}
        weight = rng.choice([0.0, 0.5, 1.0, 2.0, 3.0]) if rng.random() < 0.5 else c.weight
        criteria[name] = Criterion(name, weight, mode, params)
    rules = dataclasses.replace(
        program.rules, reporting_line_depth=rng.choice([0, 1, 2, 3]),
        forbid_same_team=rng.random() < 0.7, require_shared_language=rng.random() < 0.7,
        honour_rather_not=rng.random() < 0.7,
    )
    min_score = rng.choice([None, None, 30.0, 55.0])
    return dataclasses.replace(program.with_criteria(criteria), rules=rules, min_pair_score=min_score)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mentors=st.integers(1, 30), mentees=st.integers(1, 30), seed=st.integers(0, 10_000))
def test_vectorised_scorer_equals_the_previous_one(mentors: int, mentees: int, seed: int) -> None:
    program, answers = synthetic_cohort(mentors, mentees, seed=seed % 50)
    rng = random.Random(seed)
    if rng.random() < 0.8:
        program = _random_settings(_damage_people(program, rng), rng)
        answers = _damage_answers(program, answers, rng)
    ids = [p.id for p in program.roster]
    unfinished = frozenset(rng.sample(ids, k=min(len(ids), rng.choice([0, 0, 1, 3]))))
    new = score_program(program, answers, today=TODAY, unfinished=unfinished)
    old = scoring_v0.score_program(program, answers, today=TODAY, unfinished=unfinished)
    assert new.mentors == old["mentors"] and new.mentees == old["mentees"]
    assert same(new.scores, old["scores"])
    assert same(new.bits, old["bits"])
    assert same(new.flagged, old["flagged"])
    assert new.means == old["means"]
    assert new.parts.keys() == old["parts"].keys()
    for name in new.parts:
        assert same(new.parts[name], old["parts"][name]), name
    for side in ("axes_r", "axes_e"):
        mine, theirs = getattr(new.feats, side), getattr(old["feats"], side)
        assert mine.keys() == theirs.keys()
        assert all(same(mine[k], theirs[k]) for k in mine)
    assert new.feats.rather_not == old["feats"].rather_not


@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_questionnaire_axes_equal_the_per_person_profile(data: st.DataObject) -> None:
    program, _answers = synthetic_cohort(2, 2, seed=1)
    q = next(q for q in program.questionnaires.values() if q.axes)
    items = sorted({i for sub in q.subscales for i in sub.items})
    value = st.one_of(st.integers(-2, 9), st.sampled_from(JUNK))
    people = data.draw(st.lists(st.dictionaries(st.sampled_from(items), value), max_size=8))
    axes = questionnaire_axes(q, people)
    for k, answered in enumerate(people):
        expected = q.score(dict(answered)).axes
        for name, v in expected.items():
            got = float(axes[name][k])
            assert (np.isnan(got) and v is None) or got == v
