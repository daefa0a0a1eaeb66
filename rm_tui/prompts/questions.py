"""Ask one questionnaire item, built from the core `Item` and checked by the shared `Intake`."""

from __future__ import annotations

from typing import Any

from rm_tui.core.coded_problem import CodedProblem
from rm_tui.core.intake import Intake
from rm_tui.core.questionnaire import Item, Questionnaire, tr
from rm_tui.prompts.items import (
    ask_choice,
    ask_date,
    ask_multi,
    ask_number,
    ask_people,
    ask_scale,
    ask_text,
)
from rm_tui.prompts.prompter import Prompter


def ask_item(p: Prompter, intake: Intake, questionnaire: Questionnaire, item: Item,
             back: bool = True) -> Any:
    """The person's answer to `item` (None when left blank), or BACK. Not saved here."""
    lang = p.lang
    role = intake.person.role
    question = item.wording(role, lang)
    help_text = tr(item.help, lang) or None
    current = intake.answer(questionnaire.id, item.id)

    def check(value: Any) -> CodedProblem | None:
        return intake.check(item, value)

    common: dict[str, Any] = {"required": item.required, "back": back, "help": help_text, "check": check}
    if item.kind == "scale":
        assert item.scale is not None
        labels = item.scale.labels.get(lang) or item.scale.labels.get("en") or ()
        return ask_scale(p, question, item.scale.points, labels, default=current, **common)
    options = [(o.id, tr(o.text, lang)) for o in item.options_for(role)]
    if item.kind == "single":
        return ask_choice(p, question, options, default=current, **common)
    if item.kind == "multi":
        return ask_multi(p, question, options, default=current or (), min_picks=item.min_picks,
                         max_picks=item.max_picks, ranked=item.ranked, **common)
    if item.kind == "text":
        return ask_text(p, question, default=current or "", max_length=item.max_length, **common)
    if item.kind == "number":
        return ask_number(p, question, default=current, lo=item.min, hi=item.max,
                          integer=item.integer, **common)
    if item.kind == "date":
        return ask_date(p, question, default=current, lo=item.min_date, hi=item.max_date, **common)
    if item.kind == "roster":
        people = [(person.id, person.name) for person in intake.roster_choices(item)]
        return ask_people(p, question, people, default=current or (), min_picks=item.min_picks,
                          max_picks=item.max_picks, **common)
    raise ValueError(f"unknown item kind {item.kind!r}")
