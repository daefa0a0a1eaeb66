"""Check-in and outcome values: validation with messages."""

from __future__ import annotations

import pytest

from rm_tui.core.checkins import NO_FAULT, CheckIn, CheckInError, Outcome

GOOD = {"mentor": "p01", "mentee": "p20", "respondent": "mentee", "date": "2026-03-04",
        "met": "yes", "useful": 4, "openness": 5, "explains_well": 3, "progress": 4,
        "comment": "  going well "}


def test_a_full_checkin_round_trips() -> None:
    c = CheckIn.from_dict(GOOD)
    assert c.key == ("p01", "p20") and c.month == "2026-03" and c.comment == "going well"
    assert CheckIn.from_dict(c.to_dict()) == c


def test_csv_style_text_values_are_accepted() -> None:
    c = CheckIn.from_dict({**GOOD, "useful": "4", "met": "Yes", "comment": ""})
    assert c.useful == 4 and c.met == "yes" and c.comment is None


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        ({"useful": 6}, "useful", "from 1 to 5"),
        ({"openness": 0}, "openness", "from 1 to 5"),
        ({"progress": 2.5}, "progress", "whole number"),
        ({"useful": None}, "useful", "required"),
        ({"respondent": "boss"}, "respondent", "mentor or mentee"),
        ({"met": "maybe"}, "met", "yes, cancelled, no"),
        ({"date": "04/03/2026"}, "date", "YYYY-MM-DD"),
        ({"date": "2026-02-30"}, "date", "not a real date"),
        ({"mentor": ""}, "mentor", "participant id"),
    ],
)
def test_bad_checkin_values_are_named(change: dict, field: str, words: str) -> None:
    with pytest.raises(CheckInError) as caught:
        CheckIn.from_dict({**GOOD, **change})
    assert caught.value.field == field and words in str(caught.value)


def test_ratings_are_optional_after_a_missed_meeting() -> None:
    c = CheckIn.from_dict({k: v for k, v in GOOD.items() if k not in ("useful", "progress")} | {"met": "cancelled"})
    assert c.useful is None and c.openness == 5


def test_outcome_quality_is_the_mean_of_given_ratings() -> None:
    both = Outcome.from_dict({"mentor": "a", "mentee": "b", "quality_mentor": 4, "quality_mentee": 5})
    one = Outcome.from_dict({"mentor": "a", "mentee": "b", "quality_mentee": 2})
    assert both.quality == 4.5 and one.quality == 2 and not both.ended_early and both.reason is None


def test_ending_early_is_no_fault_by_default() -> None:
    o = Outcome.from_dict({"mentor": "a", "mentee": "b", "ended_early": "yes"})
    assert o.ended_early and o.reason == NO_FAULT and o.quality is None


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"reason": "laziness", "ended_early": True}, "reason"),
        ({"would_pair_again": "perhaps"}, "would_pair_again"),
        ({"goals": 9}, "goals"),
        ({"quality_mentor": None}, "quality_mentor"),  # no rating at all, not ended early
    ],
)
def test_bad_outcomes_are_named(change: dict, field: str) -> None:
    with pytest.raises(CheckInError) as caught:
        Outcome.from_dict({"mentor": "a", "mentee": "b", "quality_mentor": 3} | change)
    assert caught.value.field == field
