"""Learner-profile scoring (normalisation, reverse keys, missing answers, axes), answers and items asked."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rm_tui import bundled
from rm_tui.core.participant import Participant
from rm_tui.core.questionnaire import Questionnaire, is_complete
from rm_tui.services.loaders import load_questionnaire

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "questionnaires"
PROFILE = load_questionnaire(FIXTURES / "learner_profile.yaml")
EXPECTATIONS = load_questionnaire(FIXTURES / "expectations.yaml")
BACKGROUND = load_questionnaire(FIXTURES / "background.yaml")


def points(q: Questionnaire, item_id: str) -> int:
    scale = q.item(item_id).scale
    assert scale is not None
    return scale.points


def scored_items(q: Questionnaire) -> list[str]:
    return sorted({i for sub in q.subscales for i in sub.items})


# --- the fixture profile, by hand -------------------------------------------------------------

def test_neutral_answers_score_one_half_and_balanced_axes() -> None:
    answers = {i: (points(PROFILE, i) + 1) // 2 for i in scored_items(PROFILE)}
    profile = PROFILE.score(answers)
    assert profile.subscales == {"CE": 0.5, "AC": 0.5, "RO": 0.5, "AE": 0.5}
    assert profile.axes == {"grasp": 0.0, "transform": 0.0}


def test_subscale_is_the_normalised_mean_with_reverse_keyed_items_flipped() -> None:
    # CE: ce1=4 -> 3/4, ce2=5 -> 1, ce3=1 reverse-keyed -> 5 -> 1; mean 11/12
    profile = PROFILE.score({"ce1": 4, "ce2": 5, "ce3": 1, "ac1": 1, "ac2": 2, "ac3": 5})
    assert profile.subscales["CE"] == pytest.approx(11 / 12)
    # AC: 0, 1/4, reverse 5 -> 1 -> 0; mean 1/12
    assert profile.subscales["AC"] == pytest.approx(1 / 12)
    assert profile.axes["grasp"] == pytest.approx(1 / 12 - 11 / 12)


def test_each_scale_normalises_by_its_own_number_of_points() -> None:
    profile = PROFILE.score({"ro1": 2, "ae1": 3})  # 3-point scale: 2 -> 0.5, 3 -> 1
    assert profile.subscales["RO"] == 0.5 and profile.subscales["AE"] == 1.0
    assert profile.axes["transform"] == 0.5


def test_too_few_answers_leave_the_subscale_and_its_axes_missing() -> None:
    profile = PROFILE.score({"ce1": 5, "ac1": 5, "ac2": 4, "ro1": 1, "ae1": 3})  # CE: 1 of min 2
    assert profile.subscales["CE"] is None
    assert profile.subscales["AC"] == pytest.approx(7 / 8)
    assert profile.axes["grasp"] is None
    assert profile.axes["transform"] == 1.0


def test_missing_answers_are_left_out_of_the_mean_not_counted_as_zero() -> None:
    full = PROFILE.score({"ce1": 5, "ce2": 5, "ce3": 1})
    partial = PROFILE.score({"ce1": 5, "ce3": 1})
    assert full.subscales["CE"] == partial.subscales["CE"] == 1.0


@pytest.mark.parametrize("bad", [0, 6, True, "4", 3.5, None, [4]])
def test_invalid_stored_values_are_ignored_by_scoring(bad: Any) -> None:
    profile = PROFILE.score({"ce1": bad, "ce2": 5, "ce3": 1})
    assert profile.subscales["CE"] == 1.0


def test_nothing_answered_gives_no_scores() -> None:
    profile = PROFILE.score({})
    assert set(profile.subscales) == {"CE", "AC", "RO", "AE"}
    assert all(v is None for v in profile.subscales.values())
    assert all(v is None for v in profile.axes.values())


# --- properties, for the fixture and the shipped learner profile ------------------------------

SHIPPED_PROFILE = load_questionnaire(bundled.questionnaires_dir() / "learner_profile.yaml")


def questionnaires_with_scoring() -> list[Questionnaire]:
    return [PROFILE, SHIPPED_PROFILE]


@st.composite
def answer_sets(draw: st.DrawFn, q: Questionnaire) -> dict[str, int]:
    answers = {}
    for item_id in scored_items(q):
        if draw(st.booleans()) or draw(st.booleans()):  # ~75% answered
            answers[item_id] = draw(st.integers(1, points(q, item_id)))
    return answers


def flip_all(q: Questionnaire, answers: dict[str, int]) -> dict[str, int]:
    return {i: points(q, i) + 1 - v for i, v in answers.items()}


@pytest.mark.parametrize("q", questionnaires_with_scoring(), ids=lambda q: "fixture" if "fixtures" in q.path else "shipped")
@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_scores_stay_in_range_and_axes_are_differences(q: Questionnaire, data: st.DataObject) -> None:
    profile = q.score(data.draw(answer_sets(q)))
    for value in profile.subscales.values():
        assert value is None or 0.0 <= value <= 1.0
    for axis in q.axes:
        value = profile.axes[axis.name]
        plus, minus = profile.subscales[axis.plus], profile.subscales[axis.minus]
        if plus is None or minus is None:
            assert value is None
        else:
            assert -1.0 <= value <= 1.0
            assert value == pytest.approx(plus - minus)


@pytest.mark.parametrize("q", questionnaires_with_scoring(), ids=lambda q: "fixture" if "fixtures" in q.path else "shipped")
@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_reversing_every_answer_mirrors_subscales_and_negates_axes(q: Questionnaire, data: st.DataObject) -> None:
    answers = data.draw(answer_sets(q))
    before, after = q.score(answers), q.score(flip_all(q, answers))
    for name, value in before.subscales.items():
        assert (value is None) == (after.subscales[name] is None)
        if value is not None:
            assert after.subscales[name] == pytest.approx(1 - value)
    for name, value in before.axes.items():
        if value is not None:
            assert after.axes[name] == pytest.approx(-value)


@pytest.mark.parametrize("q", questionnaires_with_scoring(), ids=lambda q: "fixture" if "fixtures" in q.path else "shipped")
@settings(max_examples=100, deadline=None)
@given(data=st.data())
def test_agreeing_more_with_an_item_moves_its_subscale_the_keyed_way(q: Questionnaire, data: st.DataObject) -> None:
    sub = data.draw(st.sampled_from(q.subscales))
    answers = {i: data.draw(st.integers(1, points(q, i) - 1)) for i in sub.items}
    item_id = data.draw(st.sampled_from(sub.items))
    before = q.score(answers).subscales[sub.name]
    after = q.score({**answers, item_id: answers[item_id] + 1}).subscales[sub.name]
    assert before is not None and after is not None
    assert (after < before) if item_id in sub.reverse else (after > before)


def test_shipped_learner_profile_measures_the_four_kolb_modes_and_two_axes() -> None:
    q = SHIPPED_PROFILE
    subs = {s.name: s for s in q.subscales}
    for mode in ("CE", "RO", "AC", "AE"):
        assert len(subs[mode].items) >= 3 and len(subs[mode].reverse) == 1
    axes = {a.name: (a.plus, a.minus) for a in q.axes}
    assert axes["grasp"] == ("AC", "CE") and axes["transform"] == ("AE", "RO")


# --- Item.check_answer, every kind ---------------------------------------------------------------

@pytest.mark.parametrize(
    ("q", "item_id", "role", "value", "problem"),
    [
        (PROFILE, "ce1", None, 3, None),
        (PROFILE, "ce1", None, 5, None),
        (PROFILE, "ce1", None, 6, "from 1 to 5"),
        (PROFILE, "ce1", None, 0, "from 1 to 5"),
        (PROFILE, "ce1", None, True, "whole number"),
        (PROFILE, "ce1", None, "3", "whole number"),
        (PROFILE, "ro1", None, 4, "from 1 to 3"),
        (PROFILE, "ce1", None, None, "required"),
        (PROFILE, "note", None, None, None),  # text items are optional by default
        (PROFILE, "note", None, "", None),
        (EXPECTATIONS, "mood", "mentor", "good", None),
        (EXPECTATIONS, "mood", "mentor", "great", "expected one of: bad, good"),
        (EXPECTATIONS, "mood", None, ["good"], "expected one of"),
        (EXPECTATIONS, "intentions", "mentor", ["build_network", "understand_business"], None),
        (EXPECTATIONS, "intentions", "mentor", ["understand_digital"], "unknown choice 'understand_digital'"),
        (EXPECTATIONS, "intentions", "mentee", ["understand_digital"], None),
        (EXPECTATIONS, "intentions", None, ["understand_digital", "build_network"], None),
        (EXPECTATIONS, "intentions", "mentee", ["help_junior", "help_junior"], "twice"),
        (EXPECTATIONS, "intentions", None, ["help_junior", "build_network", "understand_business"], "at most 2"),
        (EXPECTATIONS, "intentions", "mentee", "help_junior", "list of ids"),
        (EXPECTATIONS, "intentions", "mentee", [], "required"),
        (EXPECTATIONS, "mentor_only", "mentor", "0123456789", None),
        (EXPECTATIONS, "mentor_only", "mentor", "0123456789x", "at most 10 characters"),
        (EXPECTATIONS, "mentor_only", "mentor", 12, "expected a text"),
        (BACKGROUND, "years", None, 12, None),
        (BACKGROUND, "years", None, 12.0, None),
        (BACKGROUND, "years", None, 12.5, "whole number"),
        (BACKGROUND, "years", None, 51, "from 0 to 50"),
        (BACKGROUND, "years", None, -1, "from 0 to 50"),
        (BACKGROUND, "years", None, False, "expected a number"),
        (BACKGROUND, "ratio", None, 0.25, None),
        (BACKGROUND, "ratio", None, 1.5, "from 0 to 1"),
        (BACKGROUND, "ratio", None, None, None),
        (BACKGROUND, "joined", None, "2021-09-01", None),
        (BACKGROUND, "joined", None, "01/09/2021", "YYYY-MM-DD"),
        (BACKGROUND, "joined", None, "2021-02-30", "YYYY-MM-DD"),
        (BACKGROUND, "joined", None, "1960-01-01", "between 1970-01-01 and 2030-12-31"),
        (BACKGROUND, "joined", None, 2021, "YYYY-MM-DD"),
    ],
)
def test_check_answer(q: Questionnaire, item_id: str, role: str | None, value: Any, problem: str | None) -> None:
    result = q.item(item_id).check_answer(value, role)
    if problem is None:
        assert result is None
    else:
        assert result is not None and problem in str(result)  # str(): the English CLI wording


def test_check_answer_roster_picks() -> None:
    item = EXPECTATIONS.item("would_like")  # roster, optional, max 3 by default
    roster = {"a", "b", "c", "d"}
    assert item.max_picks == 3 and not item.required
    assert item.check_answer(["a", "b"], "mentor", roster) is None
    assert item.check_answer([], "mentor", roster) is None
    assert "not on the roster" in str(item.check_answer(["a", "z"], "mentor", roster))
    assert "at most 3" in str(item.check_answer(["a", "b", "c", "d"], "mentor", roster))
    assert "twice" in str(item.check_answer(["a", "a"], "mentor", roster))
    assert item.check_answer(["z"], "mentor", None) is None  # without a roster, ids are not checked


# --- which items a person is asked ---------------------------------------------------------------

def test_items_for_filters_by_role() -> None:
    mentor = [i.id for i in EXPECTATIONS.items_for("mentor")]
    mentee = [i.id for i in EXPECTATIONS.items_for("mentee")]
    assert mentor == ["intentions", "would_like", "mood", "mentor_only"]
    assert mentee == ["intentions", "would_like", "mood"]


def test_role_specific_wording_and_options() -> None:
    mood = EXPECTATIONS.item("mood")
    assert mood.wording("mentee", "en") == "Your mood?" and mood.wording("mentor", "en") == "Mood?"
    assert mood.wording("mentor", "fr") == "Humeur ?"
    intentions = EXPECTATIONS.item("intentions")
    assert {o.id for o in intentions.options_for("mentor")} == {"understand_business", "build_network"}
    assert {o.id for o in intentions.options_for("mentee")} == {"understand_digital", "help_junior"}


def test_background_items_are_asked_only_when_the_roster_lacks_the_field() -> None:
    known = Participant("p1", "Ana Lopez", "mentor", job_family="data", years_in_company=3)
    partial = Participant("p2", "Bo Chen", "mentee", job_family="finance")
    unknown = Participant("p3", "Cy Doe", "mentee")
    asked = {p.id: [i.id for i in BACKGROUND.items_for(p.role, p)] for p in (known, partial, unknown)}
    assert asked == {
        "p1": ["ratio", "joined"],
        "p2": ["years", "ratio", "joined"],
        "p3": ["job_family", "years", "ratio", "joined"],
    }
    assert [i.id for i in BACKGROUND.items_for("mentee")] == ["job_family", "years", "ratio", "joined"]


def test_is_complete_needs_every_required_item_the_person_is_asked() -> None:
    known = Participant("p1", "Ana Lopez", "mentor", job_family="data", years_in_company=3)
    assert is_complete(BACKGROUND, "mentor", {}, known)  # ratio and joined are optional
    unknown = Participant("p3", "Cy Doe", "mentor")
    assert not is_complete(BACKGROUND, "mentor", {"job_family": "data"}, unknown)
    assert is_complete(BACKGROUND, "mentor", {"job_family": "data", "years": 2}, unknown)
    answers = {i: 3 for i in scored_items(PROFILE)}
    assert is_complete(PROFILE, "mentee", answers)
    assert not is_complete(PROFILE, "mentee", {k: v for k, v in answers.items() if k != "ae1"})
