"""Responses CSV parsing and cohort status, against the sample kickoff program."""

from __future__ import annotations

from pathlib import Path

import pytest

from rm_tui import bundled
from rm_tui.core.cohort_status import cohort_status, merged_roster
from rm_tui.core.errors import InputError
from rm_tui.core.participant import Participant
from rm_tui.core.program import Program
from rm_tui.core.responses_csv import looks_like_responses, parse_responses_csv
from rm_tui.services.loaders import load_program


@pytest.fixture(scope="module")
def program() -> Program:
    return load_program(bundled.demo_program())


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "answers.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_cells_become_typed_answers(tmp_path: Path, program: Program) -> None:
    path = write(tmp_path, (
        "id;submitted at;learner_profile.ce1;expectations.intentions;expectations.hopes;"
        "expectations.would_like;background.years_in_company\n"
        "p01;2026-01-01;4;understand_business|build_network;Learn, a lot;p13, p14;\n"
        "p13;2026-01-02;;;;;27\n"
    ))
    assert looks_like_responses(path, program)
    assert parse_responses_csv(path, program) == {
        "p01": {"learner_profile": {"ce1": 4},
                "expectations": {"intentions": ["understand_business", "build_network"],
                                 "hopes": "Learn, a lot", "would_like": ["p13", "p14"]}},
        "p13": {"background": {"years_in_company": 27}},
    }


def test_bad_rows_are_all_reported_with_lines(tmp_path: Path, program: Program) -> None:
    path = write(tmp_path, (
        "id,learner_profile.ce1,expectations.intentions\n"
        "p01,9,understand_business\n"
        "ghost,3,\n"
        "p01,3,\n"
        ",3,\n"
        "p13,three,no_such_intention\n"
    ))
    with pytest.raises(InputError) as err:
        parse_responses_csv(path, program)
    found = [(p.line, p.message) for p in err.value.problems]
    assert [line for line, _ in found] == [2, 3, 4, 5, 6, 6]
    assert "ce1" in found[0][1] and "ghost" in found[1][1] and "duplicate participant 'p01'" in found[2][1]
    assert "missing participant id" in found[3][1]
    assert {"ce1" in m or "intentions" in m for _, m in found[4:]} == {True}


def test_unknown_columns_are_header_errors(tmp_path: Path, program: Program) -> None:
    path = write(tmp_path, "id,learner_profile.zz9,nosuch.q1\np01,1,2\n")
    with pytest.raises(InputError) as err:
        parse_responses_csv(path, program)
    messages = [(p.line, p.message) for p in err.value.problems]
    assert all(line == 1 for line, _ in messages)
    assert any("no item 'zz9'" in m for _, m in messages) and any("'nosuch'" in m for _, m in messages)


def test_a_roster_csv_is_not_taken_for_responses(tmp_path: Path, program: Program) -> None:
    assert not looks_like_responses(write(tmp_path, "id,name,role\np1,A B,mentor\n"), program)


def test_status_counts_completion_and_lists_who_is_missing(program: Program) -> None:
    extra = Participant("x1", "New Person", "mentor", excluded=False)
    excluded = Participant("p02", "Lucas Bernard", "mentor", excluded=True)
    people = merged_roster(program, [extra, excluded])
    lp = program.questionnaires["learner_profile"]
    full_lp = {item.id: 3 for item in lp.items_for("mentor")}
    status = cohort_status(program, people, {"p01": {"learner_profile": full_lp}})
    assert status["participants"] == {"mentor": 12, "mentee": 14, "excluded": 1}
    assert status["questionnaires"]["learner_profile"] == {
        "roles": ["mentor", "mentee"], "complete": 1, "total": 26}
    missing = {p["id"]: p for p in status["not_finished"]}
    assert "p02" not in missing  # excluded people are not chased
    assert missing["p01"]["started"] is True and "learner_profile" not in missing["p01"]["missing"]
    assert missing["x1"] == {"id": "x1", "name": "New Person", "role": "mentor", "started": False,
                             "missing": ["learner_profile", "expectations", "background"]}
    assert status["finished"] == 26 - len(missing)
