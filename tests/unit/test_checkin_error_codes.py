"""Check-in validation errors carry a code, and the forms word them from it, never from the
English message (issue 14: core returns problems as codes, the catalogue says them)."""

from __future__ import annotations

import pytest

from rm_tui.core.checkins import CheckIn, CheckInError, Outcome
from rm_tui.i18n import t
from rm_tui.services.followup_words import plain_error

BASE = {"mentor": "p01", "mentee": "p02", "date": "2026-11-02", "respondent": "mentor", "met": "yes",
        "useful": 4, "openness": 4, "explains_well": 4, "progress": 4}


def _error(build: type, record: dict[str, object]) -> CheckInError:
    with pytest.raises(CheckInError) as caught:
        build.from_dict(record)
    return caught.value


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_missing_rating_is_said_from_its_code(lang: str) -> None:
    bad = _error(CheckIn, {**BASE, "useful": None})
    assert bad.code == "required"
    assert plain_error(bad, lang) == t("checkin.need_rating", lang, label=plain_error_label(bad, lang))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_rating_out_of_range_is_said_from_its_code(lang: str) -> None:
    bad = _error(CheckIn, {**BASE, "openness": 9})
    assert bad.code == "range"
    assert plain_error(bad, lang) == t("checkin.bad_rating", lang, label=plain_error_label(bad, lang))


def test_the_wording_does_not_depend_on_the_english_message() -> None:
    """Rewording core's English must not change what the French form says."""
    reworded = CheckInError("useful", "completely different English", "range")
    assert plain_error(reworded, "fr") == plain_error(_error(CheckIn, {**BASE, "useful": 0}), "fr")
    assert "English" not in plain_error(reworded, "fr")


def test_an_outcome_without_any_quality_is_said_from_its_code() -> None:
    bad = _error(Outcome, {"mentor": "p01", "mentee": "p02"})
    assert bad.code == "need_quality"
    assert plain_error(bad, "fr") == t("checkin.need_quality", "fr")


def plain_error_label(bad: CheckInError, lang: str) -> str:
    from rm_tui.i18n import CATALOG

    key = next(k for k in (f"checkin.{bad.field}_label", f"checkin.{bad.field}") if k in CATALOG)
    return t(key, lang)
