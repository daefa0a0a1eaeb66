"""Pair scores, criteria and hard rules, on the demo program and on small hand-made cohorts."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import numpy as np
import pytest

from rm_tui.core.participant import Participant
from rm_tui.core.program import Criterion, Program, Rules, Veto
from rm_tui.core.scoring import ScoreMatrix, score_program
from rm_tui.services import matching
from rm_tui.services.loaders import load_program, load_responses

ROOT = Path(__file__).resolve().parents[2]
TODAY = dt.date(2026, 11, 29)
LP = ("ce", "ro", "ac", "ae")


@pytest.fixture(scope="module")
def demo() -> tuple[Program, dict]:
    program = load_program(ROOT / "sample_programs" / "kickoff_demo.yaml")
    answers = load_responses(ROOT / "sample_programs" / "kickoff_demo.responses.yaml", program)
    return program, answers


@pytest.fixture(scope="module")
def demo_scores(demo: tuple[Program, dict]) -> ScoreMatrix:
    return score_program(*demo, today=TODAY)


def cell(sm: ScoreMatrix, mentor: str, mentee: str) -> tuple[int, int]:
    return [p.id for p in sm.mentors].index(mentor), [p.id for p in sm.mentees].index(mentee)


def reasons_en(sm: ScoreMatrix, mentor: str, mentee: str) -> str:
    return " | ".join(r["en"] for r in sm.reasons(*cell(sm, mentor, mentee)))


def test_every_pair_score_equals_its_weighted_breakdown(demo_scores: ScoreMatrix) -> None:
    sm = demo_scores
    for i in range(len(sm.mentors)):
        for j in range(len(sm.mentees)):
            b = sm.breakdown(i, j)
            # every active criterion counts; one without data counts as its cohort mean
            expected = 100 * sum(c.weight * c.score for c in b.criteria) / sum(c.weight for c in b.criteria)
            assert b.score == pytest.approx(expected)
            assert b.flagged == any(c.imputed for c in b.criteria)
            assert all(c.score == sm.means[c.name] for c in b.criteria if c.imputed)
            assert all(c.reason["fr"] and c.reason["en"] for c in b.criteria)
            assert 0 <= b.score <= 100


def test_demo_hard_rules_with_reasons(demo_scores: ScoreMatrix) -> None:
    sm = demo_scores
    assert "p18 is p05's manager" in reasons_en(sm, "p05", "p18")
    assert "skip-level" in reasons_en(sm, "p10", "p19")
    assert "internal transfer" in reasons_en(sm, "p08", "p26")
    assert "rather not" in reasons_en(sm, "p01", "p15")
    assert "same team" in reasons_en(sm, "p11", "p26")
    assert "no shared working language" in reasons_en(sm, "p01", "p25")
    assert reasons_en(sm, "p06", "p25") == ""
    # p25 and p26 can each only be paired with p06 (the demo's built-in conflict)
    for mentee in ("p25", "p26"):
        j = [p.id for p in sm.mentees].index(mentee)
        allowed = [sm.mentors[i].id for i in np.flatnonzero(~sm.blocked[:, j])]
        assert allowed == ["p06"]


def test_demo_matching_end_to_end(demo_scores: ScoreMatrix) -> None:
    plan = matching.optimise(demo_scores.problem())
    assert len(plan.pairs) == 13  # 13 mentor places for 14 mentees
    assert all(not demo_scores.blocked[cell(demo_scores, *p.key)] for p in plan.pairs)
    (left,) = plan.unmatched_mentees()
    why = matching.why_unmatched(plan, left)
    assert why.kind == "lost_to_optimum"
    if left in ("p25", "p26"):
        assert set(why.competitors) == {"p25", "p26"} and why.partners == ("p06",)
    b = matching.explain_pair(plan, *plan.pairs[0].key).breakdown
    assert b.score == pytest.approx(plan.pairs[0].score)


def test_match_program_uses_the_program_objective(demo: tuple[Program, dict]) -> None:
    program, answers = demo
    sm, plan = matching.match_program(program, answers, today=TODAY)
    assert plan.objective == "total" and len(plan.pairs) == 13
    fair_program = dataclasses.replace(program, objective="fair")
    _, fair = matching.match_program(fair_program, answers, today=TODAY)
    assert fair.objective == "fair" and fair.worst >= plan.worst
    _, drawn = matching.match_program(program, answers, explore_eps=0.1, seed=3, today=TODAY)
    assert drawn.explore is not None and drawn.total >= 0.9 * plan.total - 1e-9


def test_min_pair_score_is_a_rule(demo: tuple[Program, dict]) -> None:
    program, answers = demo
    sm = score_program(dataclasses.replace(program, min_pair_score=60), answers, today=TODAY)
    low = (sm.scores < 60) & ~sm.blocked
    assert not low.any()
    i, j = np.argwhere(sm.scores < 60)[0]
    assert "below the minimum" in " ".join(r["en"] for r in sm.reasons(i, j))


# -- criteria on a hand-made cohort -------------------------------------------------------------


def person(pid: str, role: str, **kw: object) -> Participant:
    kw.setdefault("languages", ("fr",))
    return Participant(id=pid, name=f"P {pid}", role=role, **kw)  # type: ignore[arg-type]


def profile(ce: int, ro: int, ac: int, ae: int, p: int, d: int) -> dict[str, int]:
    """Learner-profile answers giving each mode's items the same agreement (reverse-keyed
    4th item answered so that it agrees too)."""
    out: dict[str, int] = {}
    for mode, v in zip(LP, (ce, ro, ac, ae), strict=True):
        out.update({f"{mode}1": v, f"{mode}2": v, f"{mode}3": v, f"{mode}4": 6 - v})
    out.update({"exp_p1": p, "exp_p2": p, "exp_d1": d, "exp_d2": d})
    return out


def only(program: Program, name: str, **kw: object) -> Program:
    crit = dataclasses.replace(program.criteria[name], weight=1.0, **kw)
    rules = Rules(0, False, False, False, ())
    return dataclasses.replace(program, criteria={name: crit}, rules=rules, min_pair_score=None)


def small(demo: tuple[Program, dict], roster: list[Participant]) -> Program:
    program = demo[0].with_roster(roster)
    return dataclasses.replace(program, capacity={})


def test_learning_fit_similar_and_complementary(demo: tuple[Program, dict]) -> None:
    program = small(demo, [person("r", "mentor"), person("a", "mentee"), person("b", "mentee")])
    answers = {
        "r": {"learner_profile": profile(ce=1, ro=1, ac=5, ae=5, p=5, d=1)},  # principle, try
        "a": {"learner_profile": profile(ce=1, ro=1, ac=5, ae=5, p=3, d=3)},  # theory, try
        "b": {"learner_profile": profile(ce=5, ro=5, ac=1, ae=1, p=3, d=3)},  # example, watch
    }
    sim = score_program(only(program, "learning_fit", mode="similar"), answers, today=TODAY)
    assert sim.parts["learning_fit"][0].tolist() == pytest.approx([1.0, 0.0])
    comp = score_program(only(program, "learning_fit", mode="complementary"), answers, today=TODAY)
    assert comp.scores[0].tolist() == pytest.approx([0.0, 100.0])
    del answers["b"]
    missing = score_program(only(program, "learning_fit"), answers, today=TODAY)
    assert np.isnan(missing.parts["learning_fit"][0, 1]) and missing.flagged[0, 1]
    assert missing.breakdown(0, 1).missing == ("learning_fit",)
    imputed = missing.breakdown(0, 1).criteria[0]
    assert imputed.imputed and imputed.score == 1.0  # the mean of the pairs with data (r-a)
    assert "cohort mean" in imputed.reason["en"] and missing.scores[0, 1] == 100.0


def test_missing_data_is_never_an_advantage(demo: tuple[Program, dict]) -> None:
    """Théo has answered nothing: his questionnaire criteria count as the cohort mean, so his
    best pair no longer beats everyone on his roster data alone (it scored 100.0 when the
    missing criteria were dropped and the rest re-weighted)."""
    program, answers = demo
    silent = next(p for p in program.roster if p.role == "mentor" and p.id not in answers)
    sm = score_program(program, answers, today=TODAY)
    i = [p.id for p in sm.mentors].index(silent.id)
    for j in range(len(sm.mentees)):
        b = sm.breakdown(i, j)
        assert b.flagged and any(c.imputed for c in b.criteria)
        assert all(c.score == pytest.approx(sm.means[c.name]) for c in b.criteria if c.imputed)
        measured = [c for c in b.criteria if not c.imputed]
        reweighted = 100 * sum(c.weight * c.score for c in measured) / sum(c.weight for c in measured)
        if reweighted > 100 * max(sm.means.values()):  # above every mean: imputing pulls it down
            assert b.score < reweighted
    assert sm.scores[i].max() < 100.0


def test_intentions_take_ranks_into_account(demo: tuple[Program, dict]) -> None:
    program = small(demo, [person("r", "mentor"), person("a", "mentee"), person("b", "mentee")])
    m = program.intention_matrix
    answers = {
        "r": {"expectations": {"intentions": ["progress_in_job", "see_strategy_from_inside"]}},
        "a": {"expectations": {"intentions": ["help_junior_advance"]}},
        "b": {"expectations": {"intentions": ["understand_digital_uses", "help_junior_advance"]}},
    }
    sm = score_program(only(program, "intentions"), answers, today=TODAY)
    a = (
        m["help_junior_advance"]["progress_in_job"]
        + 0.5 * m["help_junior_advance"]["see_strategy_from_inside"]
    ) / 1.5
    assert sm.parts["intentions"][0, 0] == pytest.approx(a)
    u, h = m["understand_digital_uses"], m["help_junior_advance"]
    b = (u["progress_in_job"] + 0.5 * u["see_strategy_from_inside"]
         + 0.5 * h["progress_in_job"] + 0.25 * h["see_strategy_from_inside"]) / 2.25  # fmt: skip
    assert sm.parts["intentions"][0, 1] == pytest.approx(b)


def test_job_family_seniority_subsidiary_preference(demo: tuple[Program, dict]) -> None:
    roster = [
        person("r", "mentor", job_family="data", subsidiary="azur-fr", years_in_company=2.0),
        person("a", "mentee", job_family="data", subsidiary="azur-fr", years_in_company=30.0),
        person("b", "mentee", job_family="software", subsidiary="azur-be", years_in_company=14.5),
        person("c", "mentee", job_family="sales", years_in_company=4.0),
        person("d", "mentee"),
    ]
    program = small(demo, roster)
    fam = score_program(only(program, "job_family"), {}, today=TODAY).parts["job_family"][0]
    assert fam[:3].tolist() == [1.0, 0.6, 0.0] and np.isnan(fam[3])
    gap = score_program(only(program, "seniority_gap"), {}, today=TODAY).parts["seniority_gap"][0]
    assert gap[:3].tolist() == pytest.approx([1.0, 0.5, 0.0]) and np.isnan(gap[3])
    same = score_program(only(program, "subsidiary", mode="prefer_same"), {}, today=TODAY)
    assert same.parts["subsidiary"][0, :2].tolist() == [1.0, 0.0]
    assert np.isnan(same.parts["subsidiary"][0, 2])
    diff = score_program(only(program, "subsidiary", mode="prefer_different"), {}, today=TODAY)
    assert diff.parts["subsidiary"][0, :2].tolist() == [0.0, 1.0]
    answers = {
        "r": {"expectations": {"would_like": ["a", "b"]}},
        "a": {"expectations": {"would_like": ["r"]}},
        "b": {"expectations": {"hopes": "x"}},  # answered, no pick
    }
    pref = score_program(only(program, "preference"), answers, today=TODAY).parts["preference"][0]
    assert pref.tolist() == [1.0, 0.5, 0.0, 0.0]
    nobody = score_program(only(program, "preference"), {}, today=TODAY).parts["preference"]
    assert np.isnan(nobody).all()


def test_rules_each_forbid_with_a_reason(demo: tuple[Program, dict]) -> None:
    roster = [
        person("boss", "mentee"),
        person("mid", "mentor", manager="boss"),
        person("low", "mentor", manager="mid", team="t1"),
        person("peer", "mentee", team="T1 ", languages=("en",)),
        person("x", "mentee", manager="low"),
    ]
    program = dataclasses.replace(small(demo, roster), min_pair_score=None)
    answers = {"low": {"expectations": {"rather_not": ["boss"]}}}

    def bits(**rules: object) -> np.ndarray:
        base = dict(reporting_line_depth=0, forbid_same_team=False, require_shared_language=False,
                    honour_rather_not=False, vetoes=())  # fmt: skip
        p = dataclasses.replace(program, rules=Rules(**{**base, **rules}))  # type: ignore[arg-type]
        return score_program(p, answers, today=TODAY).blocked

    # mentors: mid, low; mentees: boss, peer, x
    assert bits(reporting_line_depth=1).tolist() == [[True, False, False], [False, False, True]]
    # depth 2 adds skip-levels both ways: boss over low, mid over x
    assert bits(reporting_line_depth=2).tolist() == [[True, False, True], [True, False, True]]
    assert bits(forbid_same_team=True).tolist() == [[False] * 3, [False, True, False]]
    assert bits(require_shared_language=True)[:, 1].tolist() == [True, True]
    assert bits(honour_rather_not=True).tolist() == [[False] * 3, [True, False, False]]
    veto = (Veto("mid", "x", "friends"),)
    assert bits(vetoes=veto).tolist() == [[False, False, True], [False] * 3]
    assert not bits().any()


def test_scores_are_vectorised_for_a_large_cohort(demo: tuple[Program, dict]) -> None:
    rng = np.random.default_rng(0)
    fams = sorted(demo[0].family_ids())
    roster = [
        person(f"{role[1]}{k}", role, job_family=str(rng.choice(fams)),
               subsidiary=str(rng.choice(["a", "b"])), years_in_company=float(rng.integers(0, 35)))
        for role in ("mentor", "mentee") for k in range(150)
    ]  # fmt: skip
    program = small(demo, roster)
    sm = score_program(program, {}, today=TODAY)
    assert sm.scores.shape == (150, 150)
    for i, j in rng.integers(0, 150, (20, 2)):
        assert sm.breakdown(i, j).score == pytest.approx(sm.scores[i, j])
    assert isinstance(program.criteria["job_family"], Criterion)
