"""What is wrong with the text typed in a number or date field, before the core sees a value."""

from __future__ import annotations

from rm_tui.core.coded_problem import CodedProblem, problem
from rm_tui.core.dates import parse_date
from rm_tui.core.questionnaire import Item
from rm_tui.i18n import t
from rm_tui.tui.widgets.fields import parse_number


def typed_problem_text(item: Item, field: object, lang: str, as_you_type: bool = False) -> str:
    """Why the text typed in a number or date field is not an answer ('' when it is fine).
    As the person types, only text that can never become an answer is pointed out."""
    found = typed_problem(item, field, lang, as_you_type)
    return found.to_participant(lang) if found else ""


def typed_problem(item: Item, field: object, lang: str, as_you_type: bool = False) -> CodedProblem | None:
    text = str(getattr(field, "value", "")).strip()
    if not getattr(field, "invalid", False) or not text:
        return None
    if item.kind == "number":
        never = any(c not in "0123456789 ,.-+" for c in text)
        if as_you_type and not never:
            return None
        number = parse_number(text, integer=False)
        if never or number is None:
            example = "3" if item.integer else t("common.decimal_example", lang)
            return problem("not_number", text=text[:20], example=example)
        return item.check_answer(number) or (problem("whole") if item.integer else None)
    if item.kind == "date":
        never = any(c not in "0123456789/.- " for c in text)
        if as_you_type and not never:
            return None
        iso = parse_date(text)
        if never or iso is None:
            return problem("not_date", text=text[:20])
        return item.check_answer(iso) or problem("date")
    return None
