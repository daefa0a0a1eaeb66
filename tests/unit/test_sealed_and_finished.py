"""Finished means submitted: someone still on the kiosk's Review page is not finished."""

from __future__ import annotations

from rm_tui.core.completion import cohort_status, sealed
from tests.kiosk_support import fixture_program
from tests.pilot.kiosk.test_kiosk_flow import NOAH_ANSWERS


def test_complete_answers_count_as_finished_only_once_submitted() -> None:
    program = fixture_program()
    noah = program.participant("p04")
    assert noah is not None
    answers = {"p04": NOAH_ANSWERS}
    on_review = cohort_status(program, list(program.roster), answers, {})
    assert not next(p for p in on_review.people if p.person.id == "p04").finished
    sent = cohort_status(program, list(program.roster), answers, {"p04": {"style": "t", "about": "t"}})
    assert next(p for p in sent.people if p.person.id == "p04").finished
    assert not sealed(program, noah, NOAH_ANSWERS, {})
    assert not sealed(program, noah, NOAH_ANSWERS, {"style": "t"})
    assert sealed(program, noah, NOAH_ANSWERS, {"style": "t", "about": "t"})
    partial = {"style": NOAH_ANSWERS["style"]}
    assert not sealed(program, noah, partial, {"style": "t", "about": "t"})  # a partial import
