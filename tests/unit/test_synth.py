"""The synthetic cohort: deterministic, valid, and realistic enough for demos and benchmarks."""

from __future__ import annotations

import statistics
from pathlib import Path
from typing import Any

import pytest

from rm_tui import bundled
from rm_tui.core.program_parse import parse_program
from rm_tui.core.responses import parse_responses
from rm_tui.core.source import SourceMap
from rm_tui.core.synth import synth_cohort
from rm_tui.services.loaders import load_questionnaire_dir

SHIPPED = load_questionnaire_dir(bundled.questionnaires_dir())
FIXTURE = load_questionnaire_dir(Path(__file__).resolve().parents[1] / "fixtures" / "questionnaires")


def cohort(mentors: int = 60, mentees: int = 60, seed: int = 7, qs: dict | None = None, **kw: Any) -> tuple[dict, dict]:
    return synth_cohort(mentors, mentees, seed, qs or SHIPPED, "../questionnaires", **kw)


def parse(program: dict, responses: dict, qs: dict) -> tuple[Any, dict]:
    parsed = parse_program(program, SourceMap("program.yaml"), qs)
    answers = parse_responses(responses, SourceMap("responses.yaml"), parsed)
    return parsed, answers


def test_same_seed_same_cohort_other_seed_other_cohort() -> None:
    assert cohort(seed=3) == cohort(seed=3)
    assert cohort(seed=3)[0]["roster"] != cohort(seed=4)[0]["roster"]
    assert cohort(seed=3)[1] != cohort(seed=4)[1]


@pytest.mark.parametrize("qs", [SHIPPED, FIXTURE], ids=["shipped", "fixture"])
@pytest.mark.parametrize(("mentors", "mentees"), [(60, 60), (5, 40), (40, 5), (1, 0), (0, 1)])
def test_cohort_is_valid_for_the_parsers(qs: dict, mentors: int, mentees: int) -> None:
    program, responses = cohort(mentors, mentees, qs=qs)
    parsed, answers = parse(program, responses, qs)
    assert len(parsed.by_role("mentor")) == mentors and len(parsed.by_role("mentee")) == mentees
    assert set(answers) <= {p.id for p in parsed.roster}


def test_capacity_flag_sets_every_mentors_capacity() -> None:
    program, _ = cohort(10, 30, capacity=3)
    assert program["capacity"] == {"default": 3}
    program, _ = cohort(10, 30)
    assert program["capacity"]["default"] == 1 and set(program["capacity"]["per_mentor"].values()) == {2}


def test_org_chart_has_reporting_lines_that_cross_roles() -> None:
    program, _ = cohort(200, 120)
    people = {p["id"]: p for p in program["roster"]}
    true_manager = {pid: p.get("manager") for pid, p in people.items()}
    mentors_under_mentees = [p for p in people.values() if p["role"] == "mentor" and p.get("manager") in people]
    assert all(people[p["manager"]]["role"] == "mentee" for p in mentors_under_mentees)
    assert len(mentors_under_mentees) > 100  # direct-manager conflicts
    skip_level = [p for p in mentors_under_mentees if true_manager.get(p["manager"])]
    assert len(skip_level) > 50  # skip-level conflicts
    same_team = [p for p in mentors_under_mentees if p.get("team") and p.get("team") == people[p["manager"]].get("team")]
    assert same_team
    assert len({p.get("subsidiary") for p in people.values()} - {None}) >= 3
    assert len({p.get("job_family") for p in people.values()} - {None}) >= 5


def test_languages_mostly_french_some_english_only_a_few_both() -> None:
    program, _ = cohort(300, 300)
    langs = [tuple(p["languages"]) for p in program["roster"] if "languages" in p]
    fr_only = sum(1 for x in langs if x == ("fr",)) / len(langs)
    en_only = sum(1 for x in langs if x == ("en",)) / len(langs)
    both = sum(1 for x in langs if {"fr", "en"} <= set(x)) / len(langs)
    assert fr_only > 0.45 and 0.03 < en_only < 0.25 and 0.1 < both < 0.4


def test_roster_lacks_some_fields_and_background_answers_fill_them() -> None:
    program, responses = cohort(150, 150)
    parsed, answers = parse(program, responses, SHIPPED)
    lacking = [p for p in parsed.roster if p.missing("job_family")]
    assert lacking
    filled = [p for p in lacking if answers.get(p.id, {}).get("background", {}).get("job_family")]
    assert len(filled) >= len(lacking) * 0.8


def test_about_five_percent_of_people_leave_something_unanswered() -> None:
    from rm_tui.core.questionnaire import is_complete

    program, responses = cohort(400, 400)
    parsed, answers = parse(program, responses, SHIPPED)
    incomplete = 0
    for person in parsed.roster:
        mine = answers.get(person.id, {})
        if not all(is_complete(q, person.role, mine.get(q.id, {}), person) for q in parsed.questionnaires_for(person.role)):
            incomplete += 1
    assert 0.01 < incomplete / len(parsed.roster) < 0.10


def test_learner_profiles_are_spread_and_correlated_like_opposite_modes() -> None:
    program, responses = cohort(300, 300)
    parsed, answers = parse(program, responses, SHIPPED)
    q = SHIPPED["learner_profile"]
    profiles = [q.score(a["learner_profile"]) for a in answers.values() if "learner_profile" in a]
    pairs = [(p.subscales["CE"], p.subscales["AC"]) for p in profiles if None not in (p.subscales["CE"], p.subscales["AC"])]
    grasp = [p.axes["grasp"] for p in profiles if p.axes["grasp"] is not None]
    assert statistics.correlation(*zip(*pairs, strict=True)) < -0.3  # example-first vs theory-first
    assert statistics.stdev(grasp) > 0.2 and abs(statistics.mean(grasp)) < 0.2


def test_intentions_are_ranked_role_specific_and_unequally_popular() -> None:
    program, responses = cohort(300, 300)
    item = SHIPPED["expectations"].item("intentions")
    assert program["intentions"]["item"] == "expectations.intentions"
    assert set(program["intentions"]["matrix"]) == {o.id for o in item.options_for("mentee")}
    first_choice: dict[str, int] = {}
    for pid, mine in responses["responses"].items():
        picks = mine.get("expectations", {}).get("intentions")
        if picks:
            assert item.check_answer(picks, "mentor" if pid.startswith("jr") else "mentee") is None
            first_choice[picks[0]] = first_choice.get(picks[0], 0) + 1
    counts = sorted(first_choice.values())
    assert counts[-1] > 2 * counts[0]


def test_taxonomy_and_subsidiaries_come_from_the_background_questionnaire() -> None:
    program, _ = cohort(80, 80)
    background = SHIPPED["background"]
    families = {f for domain in program["taxonomy"].values() for f in domain["families"]}
    assert families == {o.id for o in background.item("job_family").options}
    subsidiaries = {p["subsidiary"] for p in program["roster"] if "subsidiary" in p}
    assert subsidiaries <= {o.id for o in background.item("subsidiary").options}


def test_synthetic_cohort_helper_returns_a_parsed_program_and_answers() -> None:
    from tests.synthetic import synthetic_cohort

    program, answers = synthetic_cohort(12, 15, seed=2)
    assert len(program.by_role("mentor")) == 12 and len(program.by_role("mentee")) == 15
    assert set(program.questionnaires) == {"learner_profile", "expectations", "background"}
    assert answers and set(answers) <= {p.id for p in program.roster}
    assert synthetic_cohort(12, 15, seed=2) == (program, answers)
