"""`rm-tui take`: the questionary flow over the shared Intake, driven by scripted keys."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from rm_tui.core.errors import InputError
from rm_tui.prompts.take import run_take
from rm_tui.services.loaders import load_program
from rm_tui.storage.database import Database
from tests.cli.prompt_driver import CTRL_C, CTRL_U, DOWN, ENTER, SPACE, UP, scripted

ROOT = Path(__file__).resolve().parents[2]
PROGRAM = ROOT / "tests" / "fixtures" / "take" / "programs" / "mini.yaml"

IDENTIFY = "Camille Martin" + ENTER + "y" + ENTER  # y/n wait for Enter
STYLE = "4" + ENTER + "2" + ENTER + "n" + ENTER  # s1 agree, s2 disagree, s3 left blank
GOAL = "3" + ENTER  # network (offered to mentors only)
WANTS = SPACE + DOWN + DOWN + SPACE + ENTER + "2" + ENTER  # Alpha + Charlie, Charlie ranked first
REST = "curious" + ENTER + "12" + ENTER + "01/09/2021" + ENTER + "nathalie garnier" + ENTER + ENTER
SUBMIT = "1" + ENTER
EXPECTED = {
    "style": {"s1": 4, "s2": 2},
    "extras": {"goal": "network", "wants": ["c", "a"], "note": "curious", "years": 12,
               "since": "2021-09-01", "like": ["p03"]},
}


@pytest.fixture(scope="module")
def program():
    return load_program(PROGRAM)


@pytest.fixture()
def db(tmp_path: Path):
    with Database(tmp_path / "db.json") as database:
        yield database


def take(program, db, keys: str, **kwargs) -> tuple[int, str]:
    with scripted(keys, kwargs.pop("lang", "en")) as (prompter, stream):
        status = run_take(program, db, prompter, **kwargs)
    return status, stream.getvalue()


def test_a_full_run_stores_exactly_the_answers_given_and_submits(program, db) -> None:
    status, out = take(program, db, IDENTIFY + STYLE + GOAL + WANTS + REST + SUBMIT)
    assert status == 0, out
    assert db.answers("p01") == EXPECTED
    assert set(db.submitted("p01")) == {"style", "extras"}
    assert "Thank you, Camille" in out
    assert db.participants() == []  # like the kiosk: roster people are not copied into the database


def test_ctrl_c_keeps_the_answers_and_the_same_command_resumes(program, db) -> None:
    status, out = take(program, db, IDENTIFY + "4" + ENTER + "2" + ENTER + CTRL_C)
    assert status == 130
    assert db.answers("p01") == {"style": {"s1": 4, "s2": 2}}
    assert db.submitted("p01") == {}
    assert "2 answers so far are saved" in out
    assert "rm-tui take PROGRAM --participant p01" in out

    # resumes at the first required question still open (s3 is optional): "Your goal?"
    status, out = take(program, db, GOAL + WANTS + REST + SUBMIT, participant_id="p01")
    assert status == 0, out
    assert "Welcome back, Camille: 2 of 9" in out
    assert "Question 4 of 9" in out and "Question 1 of 9" not in out
    assert db.answers("p01") == EXPECTED


def test_input_ending_mid_way_also_stops_cleanly(program, db) -> None:
    status, _out = take(program, db, IDENTIFY + "5" + ENTER)  # the script ends: like Ctrl+D
    assert status == 130
    # s1 and s2 share a screen, yet each answer is saved the moment it is given
    assert db.answers("p01") == {"style": {"s1": 5}}

def test_invalid_answers_are_refused_until_corrected(program, db) -> None:
    keys = (
        IDENTIFY + STYLE + GOAL
        # three ticks exceed max_picks 2: Enter is refused, untick one, then rank
        + SPACE + DOWN + SPACE + DOWN + SPACE + ENTER + SPACE + ENTER + "1" + ENTER
        + "far too long for twenty chars" + ENTER + CTRL_U + "ok" + ENTER
        + "70" + ENTER + CTRL_U + "abc" + ENTER + CTRL_U + "2.5" + ENTER + CTRL_U + "7" + ENTER
        + "1999-12-31" + ENTER + CTRL_U + "31/02/2020" + ENTER + CTRL_U + "2020-02-29" + ENTER
        # a mentor cannot pick a mentor (pick_from: other_role) nor someone unknown
        + "Lucas Bernard" + ENTER + CTRL_U + "Nobody" + ENTER + CTRL_U
        + "Olivier Chevalier (p05)" + ENTER + "Nathalie Garnier" + ENTER
        + "Olivier Chevalier (p04)" + ENTER + CTRL_U + ENTER  # a third pick is refused
        + SUBMIT
    )
    status, out = take(program, db, keys)
    assert status == 0, out
    assert db.answers("p01")["extras"] == {
        "goal": "network", "wants": ["a", "b"], "note": "ok", "years": 7, "since": "2020-02-29",
        "like": ["p05", "p03"],
    }


def test_back_returns_to_the_previous_screen_with_the_answers_kept(program, db) -> None:
    keys = (
        IDENTIFY + "4" + ENTER + "2" + ENTER
        + "b" + ENTER  # back from s3 to the s1/s2 screen
        + ENTER + UP + ENTER  # keep s1 (4), change s2 from 2 to 1
        + "5" + ENTER  # s3 now answered
        + "b" + ENTER  # back from "goal" to s3 ...
        + ENTER + GOAL + "b"  # ... keep it; and back again from "wants" (b acts at once there)
        + "1" + ENTER + CTRL_C  # goal changed to "learn", then stop
    )
    status, _out = take(program, db, keys)
    assert status == 130
    assert db.answers("p01") == {"style": {"s1": 4, "s2": 1, "s3": 5}, "extras": {"goal": "learn"}}


def test_review_can_change_an_answer_and_blanks_an_optional_one(program, db) -> None:
    keys = (
        IDENTIFY + STYLE + GOAL + WANTS + REST
        + "2" + ENTER + "6" + ENTER  # change "A word?" (6th row) ...
        + CTRL_U + ENTER  # ... to nothing (it is optional)
        + SUBMIT
    )
    status, out = take(program, db, keys)
    assert status == 0, out
    assert "note" not in db.answers("p01")["extras"]


def test_the_roster_picker_and_french(program, db) -> None:
    keys = "nathalie garnier" + ENTER + "y" + ENTER + "3" + ENTER + CTRL_C
    status, out = take(program, db, keys, lang="fr")
    assert status == 130
    assert "== Votre style ==" in out and "Pour reprendre plus tard" in out
    assert db.answers("p03") == {"style": {"s1": 3}}


def test_an_unknown_participant_id_is_an_input_error(program, db) -> None:
    with pytest.raises(InputError, match="'nobody' is not on the roster"):
        take(program, db, "", participant_id="nobody")


def test_without_a_terminal_take_exits_2_and_points_to_import(tmp_path: Path) -> None:
    db = tmp_path / "db.json"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [sys.executable, "-m", "rm_tui", "take", str(PROGRAM), "--db", str(db)],
        cwd=ROOT, env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=60,
    )
    assert out.returncode == 2
    assert "rm-tui import" in out.stderr
    assert "Traceback" not in out.stderr
    assert not db.exists()


def test_self_registration_when_the_program_allows_it(db) -> None:
    program = load_program(PROGRAM.with_name("open.yaml"))
    keys = "Zoé  Nouvelle" + ENTER + "y" + ENTER + "2" + ENTER + "zoe at work" + ENTER + CTRL_U + "zoe@example.com" + ENTER
    status, out = take(program, db, keys + "3" + ENTER + CTRL_C)
    assert status == 130
    person = db.participant("self-zoe-nouvelle")
    assert person is not None
    assert (person.name, person.role, person.email, person.self_registered) == (
        "Zoé Nouvelle", "mentee", "zoe@example.com", True)
    assert db.answers("self-zoe-nouvelle") == {"style": {"s1": 3}}
    # the same person comes back by name (the database knows them now) and finishes
    # it resumes at the s1/s2 screen (s2 is unanswered), s1 offered with its saved answer
    status, out = take(program, db, "zoé" + ENTER + "y" + ENTER + ENTER + "1" + ENTER + "n" + ENTER + SUBMIT)
    assert status == 0, out
    assert db.answers("self-zoe-nouvelle") == {"style": {"s1": 3, "s2": 1}}
    assert set(db.submitted("self-zoe-nouvelle")) == {"style"}
    # "is it you?" declined, then stopped: nobody new is registered
    status, _out = take(program, db, "Zoe Nouvelle" + ENTER + "n" + ENTER + CTRL_U + "Zoé Nouvelle" + ENTER + CTRL_C)
    assert status == 130 and len(db.participants()) == 1
    # a longer name that only starts like Zoé's is someone else, registered separately
    status, _out = take(program, db, "Zoe N" + ENTER + "n" + ENTER + CTRL_U + "Zoe Nouvelle-Marin" + ENTER + "y" + ENTER
                        + "1" + ENTER + "zoe.marin@example.com" + ENTER + CTRL_C)
    assert db.participant("self-zoe-nouvelle-marin") is not None


def test_take_signs_up_on_the_kiosks_rules(db) -> None:
    """A first and last name, a valid email (required, as at the kiosk), and nobody listed
    twice: someone whose email is known already searches for their name again."""
    program = load_program(PROGRAM.with_name("open.yaml"))
    status, out = take(program, db, "Zoé" + ENTER + "y" + ENTER + CTRL_C)
    assert status == 130 and "first and last name" in out and db.participants() == []
    keys = ("Zoé Nouvelle" + ENTER + "y" + ENTER + "2" + ENTER + ENTER + "zoe" + ENTER
            + CTRL_U + "zoe@example.com" + ENTER + "3" + ENTER + CTRL_C)
    status, out = take(program, db, keys)
    person = db.participant("self-zoe-nouvelle")  # no email and "zoe" were refused, then this
    assert person is not None and person.email == "zoe@example.com"
    # the same email under another spelling of the name: already listed, not a second record
    keys = "Zoe Nouvelle Dupont" + ENTER + "y" + ENTER + "2" + ENTER + "ZOE@example.com" + ENTER + CTRL_C
    status, out = take(program, db, keys)
    assert "already on the list" in out
    assert [p.id for p in db.participants()] == ["self-zoe-nouvelle"]


def test_names_not_on_the_roster_are_refused_without_self_registration(program, db) -> None:
    keys = "Zoé Nouvelle" + ENTER + CTRL_U + "olivier" + ENTER + CTRL_U + "garnier" + ENTER + "n" + ENTER
    keys += CTRL_U + "lucas" + ENTER + "y" + ENTER + CTRL_C
    status, out = take(program, db, keys)
    assert status == 130
    assert "--participant p02" in out  # "olivier" is ambiguous, Garnier was declined, Lucas it is


def test_the_resume_command_repeats_the_options_given() -> None:
    from argparse import Namespace

    from rm_tui.cli.cmd_take import resume_command

    args = Namespace(program=Path("my programs/kickoff.yaml"), db=Path("k.db.json"), lang="fr")
    assert resume_command(args, "p07") == (
        "rm-tui take 'my programs/kickoff.yaml' --db k.db.json --participant p07 --lang fr"
    )
    args = Namespace(program=Path("k.yaml"), db=None, lang=None)
    assert resume_command(args, "p07") == "rm-tui take k.yaml --participant p07"


def test_help_of_take_and_new() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for command in ("take", "new"):
        out = subprocess.run([sys.executable, "-m", "rm_tui", command, "--help"], cwd=ROOT, env=env,
                             capture_output=True, text=True, timeout=60)
        assert out.returncode == 0 and "usage: rm-tui " + command in out.stdout


def test_plain_mode_numbered_lines_and_typed_answers(program, db) -> None:
    keys = (
        "camille" + ENTER + ENTER  # a unique part of the name; Enter alone: yes
        + "4" + ENTER + "2" + ENTER + "n" + ENTER  # s1, s2, s3 blank
        + "7" + ENTER + CTRL_U + "3" + ENTER  # "7" is not offered: refused, then network
        + "1 2 3" + ENTER + CTRL_U + "1 3" + ENTER + "2" + ENTER  # 3 ticks refused; Charlie first
        + "curious" + ENTER + "12" + ENTER + "01/09/2021" + ENTER + "nathalie" + ENTER + ENTER
        + ENTER  # review: Enter alone submits
    )
    with scripted(keys) as (prompter, stream):
        prompter.plain = True
        status = run_take(program, db, prompter)
    out = stream.getvalue()
    assert status == 0, out
    assert db.answers("p01") == EXPECTED
    assert "   1) Strongly disagree" in out and "   b) ← Back (previous question)" in out
    assert "   1) [ ] Alpha" in out


def test_submitted_answers_are_sealed_without_the_pin(program, db) -> None:
    status, _out = take(program, db, IDENTIFY + STYLE + GOAL + WANTS + REST + SUBMIT)
    assert status == 0
    status, out = take(program, db, "", participant_id="p01")  # no PIN set: nothing to open
    assert status == 0
    assert "your answers are in" in out and "ask the facilitator" in out
    assert "curious" not in out and "Review your answers" not in out
    assert "--pin-file" in out  # how the facilitator would reopen them
    status, out = take(program, db, "1111" + ENTER + ENTER, participant_id="p01", pin="2468")
    assert status == 0 and "Wrong PIN" in out and "curious" not in out  # then Enter: left
    status, out = take(program, db, ("1111" + ENTER) * 3 + "2468" + ENTER, participant_id="p01",
                       pin="2468")
    assert status == 1 and out.count("Wrong PIN") == 3 and "curious" not in out
    assert db.answers("p01") == EXPECTED


def test_a_mistyped_pin_can_be_typed_again(program, db) -> None:
    take(program, db, IDENTIFY + STYLE + GOAL + WANTS + REST + SUBMIT)
    status, out = take(program, db, "2486" + ENTER + "2468" + ENTER + SUBMIT, participant_id="p01",
                       pin="2468")
    assert status == 0 and out.count("Wrong PIN") == 1 and "curious" in out


def test_the_facilitator_pin_reopens_them_on_the_review(program, db) -> None:
    take(program, db, IDENTIFY + STYLE + GOAL + WANTS + REST + SUBMIT)
    status, out = take(program, db, "2468" + ENTER + SUBMIT, participant_id="p01", pin="2468")
    assert status == 0
    assert "curious" in out  # the review, after the PIN


def test_the_review_numbers_are_the_ones_to_type_and_only_that_question_is_asked(program, db) -> None:
    keys = (IDENTIFY + STYLE + GOAL + WANTS + REST
            + "2" + ENTER + "2" + ENTER  # "Change an answer", number 2: s2, which shares a screen with s1
            + "5" + ENTER                 # s2 only: no s1 asked first
            + SUBMIT)
    status, out = take(program, db, keys)
    assert status == 0, out
    assert db.answers("p01")["style"] == {"s1": 4, "s2": 5}
    between_reviews = out.split("== Review your answers ==")[1]
    assert "[Question" not in between_reviews  # no step replayed, one question asked


def test_yes_waits_for_enter(program, db) -> None:
    status, out = take(program, db, "Camille Martin" + ENTER + "y" + "4" + CTRL_C)
    assert status == 130
    assert db.answers("p01") == {}  # "y" alone confirmed nothing, so "4" answered nothing
