"""`rm-tui checkin`: the prompt flow, driven by scripted keys."""

from __future__ import annotations

from pathlib import Path

import pytest

from rm_tui.core.participant import Participant
from rm_tui.prompts.checkin import run_checkin
from rm_tui.storage import Database
from tests.cli.helpers import rm_tui
from tests.cli.prompt_driver import CTRL_U, DOWN, ENTER, scripted


@pytest.fixture
def db(tmp_path: Path) -> Database:
    db = Database(tmp_path / "prog.db.json")
    db.upsert_participants([Participant(id="m1", name="Lina Haddad", role="mentor"),
                            Participant(id="e1", name="Marc Dubois", role="mentee")])
    db.save_plan({"pairs": [{"mentor": "m1", "mentee": "e1", "criteria": {}},
                            {"mentor": "m2", "mentee": "e2", "criteria": {}}]}, "confirmed")
    return db


def test_a_checkin_after_a_meeting(db: Database) -> None:
    keys = (
        ENTER            # pair: Lina Haddad — Marc Dubois
        + DOWN + ENTER   # who: the mentee
        + ENTER          # date: today (default)
        + ENTER          # met: yes
        + "4" + ENTER + "5" + ENTER + "2" + ENTER + "3" + ENTER
        + "needs more examples" + ENTER
        + "n"            # another? no
    )
    with scripted(keys) as (p, out):
        assert run_checkin(db, p, today="2026-03-02") == 0
    (stored,) = db.checkins()
    assert stored["mentor"] == "m1" and stored["respondent"] == "mentee" and stored["date"] == "2026-03-02"
    assert (stored["useful"], stored["openness"], stored["explains_well"], stored["progress"]) == (4, 5, 2, 3)
    assert stored["comment"] == "needs more examples" and stored["source"] == "console"
    assert "Saved" in out.getvalue()


def test_a_missed_meeting_can_skip_the_ratings(db: Database) -> None:
    keys = DOWN + ENTER + ENTER + CTRL_U + "2026-02-01" + ENTER  # second pair (ids only), mentor, date
    keys += DOWN + DOWN + ENTER  # met: no
    keys += ("n" + ENTER) * 4 + ENTER + "n"  # four ratings left blank, no comment, stop
    with scripted(keys) as (p, _out):
        assert run_checkin(db, p, today="2026-03-02") == 0
    (stored,) = db.checkins()
    assert stored["met"] == "no" and stored["useful"] is None and stored["mentor"] == "m2"
    assert stored["date"] == "2026-02-01"


def test_an_outcome_ended_early_is_no_fault_by_default(db: Database) -> None:
    keys = ENTER + DOWN + ENTER  # pair 1, ended early: yes
    keys += ENTER  # reason: no_fault (default)
    keys += ("n" + ENTER) * 3  # no quality ratings, no goals
    keys += "n" + ENTER  # would pair again: no answer
    with scripted(keys) as (p, _out):
        assert run_checkin(db, p, outcome=True) == 0
    (stored,) = db.outcomes()
    assert stored["ended_early"] is True and stored["reason"] == "no_fault"
    assert stored["quality_mentor"] is None and stored["would_pair_again"] is None


def test_ctrl_c_stops_without_saving(db: Database) -> None:
    with scripted(ENTER + "\x03") as (p, out):
        assert run_checkin(db, p) == 130
    assert db.checkins() == [] and "Stopped" in out.getvalue()


def test_the_command_refuses_a_non_terminal(tmp_path: Path) -> None:
    out = rm_tui("checkin", tmp_path / "prog.yaml", stdin="")
    assert out.returncode == 2 and "interactive terminal" in out.stderr and "rm-tui import" in out.stderr


def test_pairs_and_people_are_named_in_the_programs_language_and_ended_pairs_are_not_offered(
        db: Database) -> None:
    db.add_outcome({"mentor": "m1", "mentee": "e1", "quality_mentor": 4})  # m1/e1 has ended
    roster = {"m2": "Inès Haddad", "e2": "Nathalie Garnier"}  # names only in the program's roster
    keys = ENTER + ENTER + ENTER + DOWN + DOWN + ENTER  # the only running pair, mentor, today, met: no
    keys += ("n" + ENTER) * 4 + ENTER + "n"
    with scripted(keys, lang="fr") as (p, out):
        assert run_checkin(db, p, today="2026-03-02", names=roster) == 0
    (stored,) = db.checkins()
    assert (stored["mentor"], stored["respondent"], stored["met"]) == ("m2", "mentor", "no")
    assert "Enregistré : point de Inès Haddad pour Inès Haddad — Nathalie Garnier." in out.getvalue()
    assert "m2" not in out.getvalue()


def test_errors_are_said_in_plain_words() -> None:
    from rm_tui.core.checkins import CheckIn, CheckInError, Outcome
    from rm_tui.services.followup_words import plain_error

    def message(build, data: dict, lang: str = "en") -> str:  # noqa: ANN001
        with pytest.raises(CheckInError) as bad:
            build(data)
        return plain_error(bad.value, lang)

    base = {"mentor": "m1", "mentee": "e1", "date": "2026-03-02", "met": "yes"}
    assert message(CheckIn.from_dict, {**base, "respondent": None}) == (
        "Choose who is answering: the mentor or the mentee.")
    assert message(CheckIn.from_dict, {**base, "respondent": "mentor"}, "fr") == (
        "Merci de répondre à « Nos échanges m'ont été utiles » (de 1 à 5) : c'est nécessaire "
        "quand vous vous êtes vus.")
    assert message(Outcome.from_dict, {"mentor": "m1", "mentee": "e1"}) == (
        "Give at least one partner's quality rating, or say the pair ended early.")
    for text in (message(CheckIn.from_dict, {**base, "respondent": "mentee", "date": "2026-02-30"}),):
        assert "None" not in text and "'" not in text
