"""The one date parser and the one number parser: what people type, what is stored, what is shown."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rm_tui.core.dates import parse_date, show_date
from rm_tui.core.numbers import parse_number, show_number


@pytest.mark.parametrize(("text", "expected"), [
    ("2024-09-01", "2024-09-01"), ("01/09/2024", "2024-09-01"), ("1/9/2024", "2024-09-01"),
    ("15.09.2026", "2026-09-15"), ("15-09-2026", "2026-09-15"), (" 2024-9-1 ", "2024-09-01"),
    ("31/02/2024", None), ("2024-02-30", None), ("soon", None), ("", None), ("20240901", None),
])
def test_parse_date(text: str, expected: str | None) -> None:
    assert parse_date(text) == expected


def test_file_formats_take_iso_only() -> None:
    assert parse_date("2024-09-01", iso_only=True) == "2024-09-01"
    assert parse_date("01/09/2024", iso_only=True) is None


@given(st.dates(min_value=dt.date(1000, 1, 1)))
def test_a_shown_date_reads_back_as_the_same_date(day: dt.date) -> None:
    assert show_date(day.isoformat()) == day.strftime("%d/%m/%Y")
    assert parse_date(show_date(day.isoformat())) == day.isoformat()


def test_show_date_leaves_what_is_not_a_date() -> None:
    assert show_date(None) == "" and show_date("") == "" and show_date("later") == "later"


@pytest.mark.parametrize(("text", "integer", "expected"), [
    ("12", True, 12), (" 12,5 ", False, 12.5), ("12.0", True, 12), ("2.5", True, 2.5),
    ("1e3", False, 1000.0), ("1 000", False, 1000), ("abc", True, None), ("nan", False, None),
    ("inf", False, None), ("", True, None),
])
def test_parse_number(text: str, integer: bool, expected: object) -> None:
    value = parse_number(text, integer)
    assert value == expected and type(value) is type(expected)


@given(st.floats(allow_nan=False, allow_infinity=False, width=32) | st.integers(-10**6, 10**6))
def test_a_shown_number_reads_back_as_the_same_number(value: float) -> None:
    assert parse_number(show_number(value)) == value


def test_show_number() -> None:
    assert show_number(12.0) == "12" and show_number(12.5) == "12.5" and show_number(None) == "…"
