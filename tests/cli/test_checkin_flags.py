"""`rm-tui checkin PROGRAM --pair MENTOR:MENTEE ...`: check-ins and outcomes from a script.

Subprocess runs with an empty, non-terminal standard input (a script's): nothing is asked, a
bad value exits 2 naming its flag. The checks of many bad values run in process (same `main`).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from rm_tui.cli.checkin_flags import find_pair
from rm_tui.cli.main import main
from rm_tui.core.errors import InputError
from rm_tui.core.followup import PairState
from rm_tui.storage import Database
from tests.cli.demo_cohort import demo_cohort
from tests.cli.helpers import rm_tui


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return demo_cohort(tmp_path_factory.mktemp("demo"))


@pytest.fixture
def cohort(demo: tuple[Path, Path], tmp_path: Path) -> tuple[Path, Path]:
    """The demo program with its own copy of the database (13 pairs, one is Camille Martin
    (p01) with David Leblanc)."""
    program, db = demo
    copy = tmp_path / db.name
    shutil.copy(db, copy)
    return program, copy


def partner_of(db: Path, mentor: str) -> str:
    from rm_tui.services.confirmed_cohort import current_pairs

    with Database(db) as opened:
        return next(e for m, e in current_pairs(opened) if m == mentor)


def test_a_script_records_a_checkin_by_names_then_an_outcome_by_ids(cohort: tuple[Path, Path]) -> None:
    program, db = cohort
    mentee = partner_of(db, "p01")
    checkin = ("checkin", program, "--db", db, "--pair", "camille martin:david", "--respondent", "mentee",
               "--date", "2026-02-03", "--useful", "4", "--openness", "5", "--explains-well", "2",
               "--progress", "3", "--comment", "needs more examples", "--lang", "en")
    out = rm_tui(*checkin, stdin="")
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "Saved: check-in of David Leblanc for Camille Martin — David Leblanc."
    again = rm_tui(*checkin, stdin="")  # a script run twice stores it once
    assert again.returncode == 0 and "Already recorded" in again.stdout
    outcome = rm_tui("checkin", program, "--db", db, "--outcome", "--pair", f"p01:{mentee}",
                     "--quality-mentor", "4", "--quality-mentee", "5", "--goals", "3",
                     "--would-pair-again", "yes", stdin="")
    assert outcome.returncode == 0, outcome.stderr
    assert "Enregistré : bilan de Camille Martin — David Leblanc." in outcome.stdout  # program's language
    with Database(db) as opened:
        (stored,) = opened.checkins()
        (ended,) = opened.outcomes()
    assert stored["mentee"] == mentee == "p22" and stored["respondent"] == "mentee"
    assert (stored["date"], stored["met"], stored["useful"], stored["explains_well"]) == ("2026-02-03", "yes", 4, 2)
    assert stored["comment"] == "needs more examples" and stored["source"] == "cli"
    assert (ended["quality_mentor"], ended["quality_mentee"], ended["goals"]) == (4, 5, 3)
    assert ended["would_pair_again"] is True and ended["ended_early"] is False
    rows = json.loads(rm_tui("followup", program, "--db", db, "--json").stdout)["pairs"]
    (row,) = [r for r in rows if r["mentor"] == "p01"]
    assert row["status"] == "ended" and row["checkins"] == {"mentor": 0, "mentee": 1}


def test_a_bad_value_exits_2_naming_the_flag_and_stores_nothing(cohort: tuple[Path, Path]) -> None:
    program, db = cohort
    before = db.read_bytes()
    out = rm_tui("checkin", program, "--db", db, "--pair", "Camille:David", "--respondent", "mentor",
                 "--useful", "7", "--lang", "en", stdin="")
    assert out.returncode == 2 and "Traceback" not in out.stderr
    assert out.stderr.strip() == (
        "rm-tui checkin: error: --useful '7': “Our exchanges were useful to me” takes a whole number from 1 to 5.")
    assert db.read_bytes() == before


def run(capsys: pytest.CaptureFixture[str], program: Path, db: Path, *args: str) -> tuple[int, str]:
    code = main(["checkin", str(program), "--db", str(db), "--lang", "en", *args])
    return code, capsys.readouterr().err


@pytest.mark.parametrize(("args", "says"), [
    (["--pair", "Camille"], "--pair expects MENTOR:MENTEE"),
    (["--pair", "Camille:David:x"], "--pair expects MENTOR:MENTEE"),
    (["--pair", "Zoé:David"], "no mentor of a confirmed pair is called 'Zoé'"),
    (["--pair", "p01:p23"], "Camille Martin and "),  # both exist, never paired together
    (["--pair", "Camille:David"], "--respondent is required"),
    (["--pair", "Camille:David", "--respondent", "Lucas"], "'Lucas' is neither the mentor (Camille Martin)"),
    (["--pair", "Camille:David", "--respondent", "mentor"], "--useful: Please answer"),
    (["--pair", "Camille:David", "--respondent", "mentor", "--met", "maybe"], "--met 'maybe': Say whether"),
    (["--pair", "Camille:David", "--respondent", "mentor", "--met", "no", "--date", "2026-02-30"],
     "--date '2026-02-30': The date must be a real day"),
    (["--pair", "Camille:David", "--respondent", "mentor", "--met", "no", "--comment", "x" * 1001],
     "--comment: at most 1000 characters, got 1001"),
    (["--useful", "3"], "--useful needs --pair MENTOR:MENTEE"),
    (["--pair", "Camille:David", "--goals", "3"], "--goals belongs to an outcome"),
    (["--outcome", "--pair", "Camille:David", "--respondent", "mentor"], "--respondent belongs to a check-in"),
    (["--outcome", "--pair", "Camille:David"], "Give at least one partner's quality rating"),
    (["--outcome", "--pair", "Camille:David", "--ended-early", "perhaps"], "--ended-early 'perhaps'"),
    (["--outcome", "--pair", "Camille:David", "--ended-early", "yes", "--reason", "bored"], "--reason 'bored'"),
])
def test_bad_flags_exit_2_with_a_plain_message(capsys: pytest.CaptureFixture[str], cohort: tuple[Path, Path],
                                               args: list[str], says: str) -> None:
    program, db = cohort
    code, err = run(capsys, program, db, *args)
    assert code == 2 and says in err, err
    with Database(db) as opened:
        assert opened.checkins() == [] and opened.outcomes() == []


def test_an_ended_pair_takes_an_outcome_but_no_more_checkins(
        capsys: pytest.CaptureFixture[str], cohort: tuple[Path, Path]) -> None:
    program, db = cohort
    pair = ["--pair", "Inès:Nathalie"]
    assert run(capsys, program, db, "--outcome", *pair, "--ended-early", "yes")[0] == 0
    code, err = run(capsys, program, db, *pair, "--respondent", "mentee", "--met", "no")
    assert code == 2 and "has ended: check-ins are for running pairs" in err, err
    with Database(db) as opened:
        (ended,) = opened.outcomes()
        assert ended["reason"] == "no_fault" and opened.checkins() == []


def state(mentor: str, mentee: str) -> PairState:
    return PairState(mentor, mentee, "2026-01-15", "active", True, {}, None, 0)


NAMES = {"m1": "Lina Haddad", "m2": "Lina Martin", "e1": "Marc Dubois", "e2": "Marc Durand", "010": "Zoé Roux"}
PAIRS = [state("m1", "e1"), state("m2", "e2"), state("m1", "010")]


@pytest.mark.parametrize(("text", "found"), [
    ("m1:e1", ("m1", "e1")),  # ids
    ("Lina Haddad:Marc Dubois", ("m1", "e1")),  # full names
    ("lina:durand", ("m2", "e2")),  # a first name fitting two mentors, the mentee settles it
    ("haddad:010", ("m1", "010")),  # a numeric-looking id stays an id
    (" Lina Martin : Marc ", ("m2", "e2")),
])
def test_a_pair_is_found_by_ids_or_names(text: str, found: tuple[str, str]) -> None:
    assert find_pair(text, PAIRS, lambda i: NAMES.get(i, i), "en").key == found


def test_a_pair_fitting_two_is_refused_listing_both() -> None:
    with pytest.raises(InputError) as bad:
        find_pair("Lina:Marc", PAIRS, lambda i: NAMES.get(i, i), "en")
    text = str(bad.value)
    assert "fits 2 pairs" in text and "Lina Haddad — Marc Dubois (m1:e1)" in text and "(m2:e2)" in text
