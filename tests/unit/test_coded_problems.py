"""The core says what is wrong with an answer as a code; the catalogue says it, per reader."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rm_tui.core.coded_problem import CODES, CodedProblem, problem
from rm_tui.services.loaders import load_questionnaire

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "questionnaires"
BACKGROUND = load_questionnaire(FIXTURES / "background.yaml")


def test_a_date_range_reads_iso_in_the_cli_and_like_the_field_to_participants() -> None:
    found = BACKGROUND.item("joined").check_answer("1960-01-01")
    assert found == CodedProblem("date_range", {"lo": dt.date(1970, 1, 1), "hi": dt.date(2030, 12, 31)})
    assert str(found) == "expected a date between 1970-01-01 and 2030-12-31"  # what import prints
    assert found.text("fr") == "une date entre le 1970-01-01 et le 2030-12-31 est attendue"
    assert found.to_participant("fr") == "La date doit être entre le 01/01/1970 et le 31/12/2030."
    assert found.to_participant("en") == "The date must be between 01/01/1970 and 31/12/2030."


def test_a_whole_number_range_names_its_bounds_in_both_wordings() -> None:
    found = BACKGROUND.item("years").check_answer(51)
    assert found is not None and found.code == "whole_range"
    assert str(found) == "expected a number from 0 to 50"
    assert found.to_participant("fr") == "Indiquez un nombre entier de 0 à 50."


def test_an_unknown_code_is_refused_at_once() -> None:
    with pytest.raises(ValueError, match="unknown problem code"):
        problem("no_such_code")


@given(st.sampled_from(CODES), st.sampled_from(["fr", "en"]))
def test_every_code_says_itself_in_every_language(code: str, lang: str) -> None:
    params = {"points": 5, "ids": "a, b", "n": 3, "length": 9, "value": "'x'", "lo": None,
              "hi": dt.date(2030, 1, 2), "text": "abc", "example": "3",
              "roles": "mentors", "role": "mentor", "wanted": "mentees"}
    found = CodedProblem(code, params)
    assert found.text(lang).strip() and found.to_participant(lang).strip()
    assert "{" not in found.text(lang) + found.to_participant(lang)
