"""Check-in and outcome entry as the forms and prompts need it: the scales and reasons (their words
are in the catalogue, `rm_tui/i18n/checkin.py`), and validation errors said in plain words."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

from rm_tui.core.checkins import REASON_CODES, CheckInError
from rm_tui.core.errors import message
from rm_tui.i18n import CATALOG, LANGS, in_lang, t

T = TypeVar("T")


def _points(name: str) -> dict[str, list[str]]:  # keyed by str: `scale(kind, lang)` takes any lang
    return {lang: [t(f"checkin.{name}.{n}", lang) for n in range(1, 6)] for lang in LANGS}


AGREE = _points("agree")  # agreement with a statement
QUALITY = _points("quality")  # how good the pairing was: a quality scale, not agreement
GOALS = _points("goals")
REASONS: dict[str, dict[str, str]] = {lang: {code: t(f"checkin.reason.{code}", lang) for code in REASON_CODES}
                                      for lang in LANGS}


def scale(kind: Mapping[str, T], lang: str) -> T:
    """One language's version of a scale or word list (English if missing)."""
    return kind.get(lang, kind["en"])


def plain_error(bad: CheckInError, lang: str) -> str:
    """A validation error as a participant or facilitator reads it (no field ids, no None)."""
    field = bad.field
    label_key = next((k for k in (f"checkin.{field}_label", f"checkin.{field}") if k in CATALOG), None)
    label = t(label_key, lang) if label_key else field
    if field == "respondent":
        return t("checkin.need_who", lang)
    if field == "met":
        return t("checkin.need_met", lang)
    if field == "date":
        return t("checkin.bad_date", lang)
    if bad.code == "need_quality":
        return t("checkin.need_quality", lang)
    if bad.code == "required":
        return t("checkin.need_rating", lang, label=label)
    if bad.code == "range":
        return t("checkin.bad_rating", lang, label=label)
    return t("checkin.bad_value", lang, label=label, detail=in_lang(message(bad), lang))
