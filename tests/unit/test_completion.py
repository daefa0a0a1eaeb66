"""Who has finished: the facts behind the console's dashboard."""

from __future__ import annotations

from dataclasses import replace

from rm_tui import bundled
from rm_tui.core.completion import cohort_status
from rm_tui.services.loaders import load_program, load_responses
from tests.pilot.console_helpers import complete_answers

PROGRAM = load_program(bundled.demo_program())
ANSWERS = load_responses(bundled.demo_responses(), PROGRAM)


def test_people_without_answers_are_not_started_and_not_finished() -> None:
    status = cohort_status(PROGRAM, list(PROGRAM.roster), ANSWERS)
    states = {p.person.id: p.state for p in status.people}
    for pid in ("p07", "p12", "p17", "p24"):  # no answers in the demo file
        assert states[pid] == "not started"
    assert states["p13"] == "in progress"  # skipped one required item
    assert status.by_role("mentor").total == 12 and status.by_role("mentee").total == 14
    assert not status.ready and not status.all_started


def test_answering_everything_makes_the_cohort_ready() -> None:
    answers = {pid: dict(per_q) for pid, per_q in ANSWERS.items()}
    for person in PROGRAM.roster:
        full = complete_answers(PROGRAM, person)
        for qid, values in full.items():
            answers.setdefault(person.id, {})[qid] = {**values, **answers.get(person.id, {}).get(qid, {})}
    status = cohort_status(PROGRAM, list(PROGRAM.roster), answers)
    assert status.ready and status.not_finished() == []
    for qid in status.questionnaire_ids:
        tally = status.by_questionnaire(qid)
        assert tally.done == tally.total == 26


def test_excluded_people_are_listed_but_not_counted() -> None:
    people = [replace(p, excluded=p.id == "p07") for p in PROGRAM.roster]
    status = cohort_status(PROGRAM, people, ANSWERS)
    assert status.by_role("mentor").total == 11
    assert "p07" not in {p.person.id for p in status.not_finished()}
    assert "p07" in {p.person.id for p in status.people}


def test_background_questions_asked_only_where_the_roster_lacks_data() -> None:
    status = cohort_status(PROGRAM, list(PROGRAM.roster), {})
    by_id = {p.person.id: p for p in status.people}
    # p01's roster row is complete: no background question, so that questionnaire is done
    assert "background" in by_id["p01"].done
    # p02 lacks start date and languages: background is still to do
    assert "background" not in by_id["p02"].done
