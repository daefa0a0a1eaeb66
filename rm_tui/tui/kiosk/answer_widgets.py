"""One answer widget per item kind, built from the item, the person and the saved answer."""

from __future__ import annotations

from typing import Any

from textual.widget import Widget

from rm_tui.core.dates import parse_date, show_date
from rm_tui.core.intake import Intake
from rm_tui.core.numbers import show_number
from rm_tui.core.questionnaire import Item, tr
from rm_tui.i18n import t
from rm_tui.tui.widgets.choice_list import ChoiceList, Mode
from rm_tui.tui.widgets.fields import LimitedText, ParsedInput, parse_number
from rm_tui.tui.widgets.roster_picker import RosterPicker
from rm_tui.tui.widgets.scale_picker import ScalePicker


def hint_for(item: Item, intake: Intake, lang: str) -> str:
    """The one line that tells a first-time user how to answer this kind of question."""
    role = intake.person.role
    if item.kind == "scale" and item.scale is not None:
        return t("kiosk.scale_hint", lang, n=min(item.scale.points, 9))
    if item.kind == "single":
        return t("kiosk.single_hint", lang, n=min(len(item.options_for(role)), 9))
    if item.kind == "multi":
        n = min(len(item.options_for(role)), 9)
        if item.ranked:
            return t("kiosk.ranked_hint", lang, max=item.max_picks or len(item.options_for(role)))
        if item.max_picks:
            return t("kiosk.multi_hint", lang, n=n, max=item.max_picks)
        return t("kiosk.multi_hint_any", lang, n=n)
    if item.kind == "number":
        if item.min is not None or item.max is not None:
            return t("kiosk.number_hint", lang, min=show_number(item.min), max=show_number(item.max))
        return t("kiosk.number_hint_open", lang)
    if item.kind == "date":
        return t("kiosk.date_hint", lang)
    if item.kind == "roster":
        if item.max_picks == 1:
            return t("kiosk.roster_hint_one", lang)
        return t("kiosk.roster_hint", lang, max=item.max_picks or 3)
    return ""


def answer_key(questionnaire_id: str, item_id: str) -> str:
    """What an answer widget names in its messages: the questionnaire too, so a message that
    arrives after the screen moved on (a burst of keys) still reaches the right question."""
    return f"{questionnaire_id}/{item_id}"


def split_key(key: str) -> tuple[str, str]:
    questionnaire_id, _, item_id = key.rpartition("/")
    return questionnaire_id, item_id


def answer_widget(item: Item, intake: Intake, value: Any, lang: str, questionnaire_id: str) -> Widget:
    widget = _build(item, answer_key(questionnaire_id, item.id), intake, value, lang)
    widget.id = f"answer-{item.id}"
    widget.add_class("answer")
    return widget


def _build(item: Item, key: str, intake: Intake, value: Any, lang: str) -> Widget:
    role = intake.person.role
    if item.kind == "scale" and item.scale is not None:
        labels = item.scale.labels.get(lang) or item.scale.labels.get("en") or ()
        return ScalePicker(key, item.scale.points, tuple(labels), value)
    if item.kind in ("single", "multi"):
        options = [(o.id, tr(o.text, lang)) for o in item.options_for(role)]
        mode: Mode = "single" if item.kind == "single" else ("ranked" if item.ranked else "multi")
        return ChoiceList(key, options, mode, value)
    if item.kind == "text":
        return LimitedText(key, item.max_length, value, t("kiosk.text_placeholder", lang),
                           lambda n, m: t("kiosk.chars", lang, n=n, max=m))
    if item.kind == "number":
        return ParsedInput(
            key, lambda s: parse_number(s, item.integer),
            lambda v: item.check_answer(v) is None,
            "" if value is None else show_number(value), "",
        )
    if item.kind == "date":
        return ParsedInput(key, parse_date, lambda v: item.check_answer(v) is None,
                           show_date(value), t("kiosk.date_placeholder", lang))
    if item.kind == "roster":
        return RosterPicker(key, intake.roster_choices(item), value, item.max_picks,
                            t("kiosk.roster_placeholder", lang), t("kiosk.remove", lang), t("kiosk.no_match", lang))
    raise ValueError(f"no widget for item kind {item.kind!r}")
