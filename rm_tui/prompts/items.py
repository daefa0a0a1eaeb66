"""One prompt per kind of answer, reusable by any flow (take, checkin...).

Each `ask_*` helper returns the answer, `None` for a blank optional answer, or `BACK` when
`back=True` and the person asked for the previous question (the "← Back" choice, or `<` typed
in a text field). `check(value) -> problem | None` plugs in the caller's rules — for questionnaire
items, `Intake.check`, i.e. `Item.check_answer` — so a prompt refuses exactly what the kiosk refuses.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from questionary import Choice

from rm_tui.core.coded_problem import CodedProblem, as_day, problem
from rm_tui.core.dates import parse_date, show_date
from rm_tui.core.name_search import name_matches
from rm_tui.core.name_search import words as name_words
from rm_tui.core.numbers import parse_number, show_number
from rm_tui.i18n import t
from rm_tui.prompts.markers import BACK, SKIP
from rm_tui.prompts.prompter import Prompter

# a check answers None (fine), a coded problem, or a reason already in the person's words
Check = Callable[[Any], "CodedProblem | str | None"]
Options = Sequence[tuple[str, str]]  # (value, label)
BACK_KEY = "<"  # typed in text fields
BACK_SHORTCUT, SKIP_SHORTCUT = "b", "n"  # keys in lists (questionary allows only 0-9 and a-z)


def _no_problem(_value: Any) -> CodedProblem | str | None:
    return None


def _said(p: Prompter, found: CodedProblem | str) -> str:
    return found if isinstance(found, str) else found.to_participant(p.lang)


def _verdict(p: Prompter, found: CodedProblem | str | None) -> bool | str:
    """questionary's answer to a check: True, or the reason in the person's words."""
    return True if found is None else _said(p, found)


def _hint(p: Prompter, help: str | None) -> None:
    if help:
        p.say(f"  {help}")


def _tail(p: Prompter, required: bool, back: bool) -> str:
    """The end of an instruction: how to leave blank and go back, when possible."""
    parts = [] if required else [t("take.empty_skip", p.lang)]
    if back:
        parts.append(t("take.back_hint", p.lang))
    return "".join(t("take.sep", p.lang) + part for part in parts)


def _extra_choices(p: Prompter, required: bool, back: bool) -> list[Choice]:
    extra = []
    if not required:
        extra.append(Choice(t("take.skip", p.lang), value=SKIP, shortcut_key=SKIP_SHORTCUT))
    if back:
        extra.append(Choice(t("take.back", p.lang), value=BACK, shortcut_key=BACK_SHORTCUT))
    return extra


def _pick(p: Prompter, question: str, choices: list[Choice], default: Any, instruction: str,
          check: Check) -> Any:
    while True:
        value = p.select(question, choices, default=default, instruction=instruction)
        if value is BACK:
            return BACK
        value = None if value is SKIP else value
        found = check(value)
        if found is None:
            return value
        p.say(f"  ! {_said(p, found)}")


def ask_scale(
    p: Prompter, question: str, points: int, labels: Sequence[str] = (), *, default: int | None = None,
    required: bool = True, back: bool = False, help: str | None = None, check: Check = _no_problem,
) -> Any:
    """A 1..points rating; number keys pick a point."""
    _hint(p, help)
    choices = [
        # the shortcut key already shows the number (up to 9 points)
        Choice(_scale_title(n, points, labels), value=n)
        for n in range(1, points + 1)
    ]
    return _pick(p, question, choices + _extra_choices(p, required, back), default,
                 t("take.scale_hint", p.lang), check)


def _scale_title(n: int, points: int, labels: Sequence[str]) -> str:
    if len(labels) < n:
        return str(n)
    return labels[n - 1] if points <= 9 else f"{n} · {labels[n - 1]}"


def ask_choice(
    p: Prompter, question: str, options: Options, *, default: str | None = None,
    required: bool = True, back: bool = False, help: str | None = None, check: Check = _no_problem,
) -> Any:
    """One option among several."""
    _hint(p, help)
    choices = [Choice(label, value=value) for value, label in options]
    return _pick(p, question, choices + _extra_choices(p, required, back), default,
                 t("take.choice_hint", p.lang), check)


def ask_rank(p: Prompter, options: Options, *, default: Sequence[str] = (),
             question: Callable[[int], str] | None = None) -> list[str]:
    """Put options in order, one select at a time; `question(n)` asks for rank n (from 1)."""
    remaining = list(options)
    order: list[str] = []
    while len(remaining) > 1:
        n = len(order) + 1
        if question is not None:
            text = question(n)
        else:
            text = t("take.rank_first", p.lang) if n == 1 else t("take.rank_next", p.lang, n=n)
        preferred = next((v for v in default if v in dict(remaining)), None)
        value = p.select(text, [Choice(label, value=v) for v, label in remaining],
                         default=preferred, instruction=t("take.choice_hint", p.lang))
        order.append(value)
        remaining = [(v, label) for v, label in remaining if v != value]
    return order + [v for v, _ in remaining]


def ask_multi(
    p: Prompter, question: str, options: Options, *, default: Sequence[str] = (),
    min_picks: int = 0, max_picks: int | None = None, ranked: bool = False,
    required: bool = True, back: bool = False, help: str | None = None, check: Check = _no_problem,
) -> Any:
    """Several options (ticked in a list); ranked: then put the picks in order."""
    _hint(p, help)
    labels = dict(options)
    choices = [Choice(label, value=value, checked=value in default) for value, label in options]
    if back:
        choices.append(Choice(f"{BACK_SHORTCUT}) {t('take.back', p.lang)}", value=BACK))

    def validate(values: list[Any]) -> bool | str:
        if BACK in values:
            return True
        found = _count_problem(len(values), min_picks, max_picks, required)
        # ranked: the order is asked next, so check the picks in their eventual order
        return _verdict(p, found or check(_in_order(values, default) or None))

    limit = t("take.multi_limit", p.lang, n=max_picks) if max_picks is not None else ""
    if back:
        limit += t("take.multi_back", p.lang, shortcut=BACK_SHORTCUT)
    values = p.checkbox(question, choices, validate=validate,
                        instruction=t("take.multi_hint", p.lang, limit=limit),
                        back_key=BACK_SHORTCUT if back else None)
    if BACK in values:
        return BACK
    if not values:
        return None
    if ranked and len(values) > 1:
        return ask_rank(p, [(v, labels[v]) for v in values], default=default)
    return _in_order(values, default)


def _count_problem(n: int, min_picks: int, max_picks: int | None, required: bool) -> CodedProblem | None:
    if n == 0:
        return problem("required") if required else None
    if max_picks is not None and n > max_picks:
        return problem("max_picks", n=max_picks)
    if n < min_picks:
        return problem("min_picks", n=min_picks)
    return None


def _in_order(values: list[Any], previous: Sequence[str]) -> list[Any]:
    """Keep a previous answer's order for the options still picked."""
    kept = [v for v in previous if v in values]
    return kept + [v for v in values if v not in kept]


def ask_text(
    p: Prompter, question: str, *, default: str = "", max_length: int = 500, required: bool = False,
    back: bool = False, help: str | None = None, check: Check = _no_problem, hint: str | None = None,
    suggested: str | None = None,
) -> Any:
    """Free text; `hint` replaces the default "(at most N characters; ...)" instruction.
    `suggested` is shown greyed out and taken when Enter is pressed on an empty line (unlike
    `default`, typing does not append to it)."""
    _hint(p, help)

    def value_of(text: str) -> str | None:
        return text.strip() or suggested or None

    def validate(text: str) -> bool | str:
        if back and text.strip() == BACK_KEY:
            return True
        if len(text.strip()) > max_length:
            return _verdict(p, problem("too_long", n=max_length, length=len(text.strip())))
        return _verdict(p, check(value_of(text)))

    if hint is None:
        hint = t("take.text_hint", p.lang, n=max_length, extra=_tail(p, required, back))
    text = p.text(question, default=default, validate=validate, instruction=hint, placeholder=suggested)
    if back and text.strip() == BACK_KEY:
        return BACK
    return value_of(text)


def ask_number(
    p: Prompter, question: str, *, default: float | None = None, lo: float | None = None,
    hi: float | None = None, integer: bool = True, required: bool = True, back: bool = False,
    help: str | None = None, check: Check = _no_problem, suggested: float | None = None,
) -> Any:
    """A number; `suggested` is shown greyed out and taken on an empty line (see ask_text)."""
    _hint(p, help)
    span = t("take.number_range", p.lang, lo=show_number(lo), hi=show_number(hi)) if lo is not None or hi is not None else ""

    def convert(text: str) -> Any:
        if back and text.strip() == BACK_KEY:
            return BACK
        if not text.strip():
            return suggested
        return parse_number(text, integer)

    def validate(text: str) -> bool | str:
        value = convert(text)
        if value is BACK:
            return True
        if value is None and text.strip():
            example = "3" if integer else t("common.decimal_example", p.lang)
            return _verdict(p, problem("not_number", text=text.strip()[:20], example=example))
        if integer and isinstance(value, float):
            return _verdict(p, problem("whole"))
        if value is not None and ((lo is not None and value < lo) or (hi is not None and value > hi)):
            return _verdict(p, problem("whole_range" if integer else "number_range", lo=show_number(lo), hi=show_number(hi)))
        if value is None and required:
            return _verdict(p, check(value) or problem("required"))
        return _verdict(p, check(value))

    text = p.text(question, default="" if default is None else show_number(default), validate=validate,
                  instruction=t("take.number_hint", p.lang, range=span, extra=_tail(p, required, back)),
                  placeholder=None if suggested is None else show_number(suggested))
    return convert(text)


def ask_date(
    p: Prompter, question: str, *, default: str | None = None, lo: str | None = None,
    hi: str | None = None, required: bool = True, back: bool = False, help: str | None = None,
    check: Check = _no_problem,
) -> Any:
    _hint(p, help)
    # shown as the kiosk shows dates, DD/MM/YYYY (both that and YYYY-MM-DD are understood)
    span = t("take.number_range", p.lang, lo=show_date(lo) or "…", hi=show_date(hi) or "…") if lo or hi else ""

    def convert(text: str) -> Any:
        if back and text.strip() == BACK_KEY:
            return BACK
        return parse_date(text) if text.strip() else None

    def validate(text: str) -> bool | str:
        value = convert(text)
        if value is BACK:
            return True
        if value is None and text.strip():
            return _verdict(p, problem("not_date", text=text.strip()[:20]))
        if value is not None and ((lo and value < lo) or (hi and value > hi)):
            return _verdict(p, problem("date_range", lo=as_day(lo), hi=as_day(hi)))
        if value is None and required:
            return _verdict(p, check(value) or problem("required"))
        return _verdict(p, check(value))

    text = p.text(question, default=show_date(default), validate=validate,
                  instruction=t("take.date_hint", p.lang, range=span, extra=_tail(p, required, back)))
    return convert(text)


def ask_people(
    p: Prompter, question: str, people: Options, *, default: Sequence[str] = (), min_picks: int = 0,
    max_picks: int | None = None, required: bool = False, back: bool = False,
    help: str | None = None, check: Check = _no_problem,
) -> Any:
    """Name people from a list, one per line with completion (works for a roster of hundreds)."""
    if not people:  # nobody to name (e.g. an empty roster): nothing to ask
        p.say(f"{question} {t('take.people_none', p.lang)}")
        return None
    _hint(p, help)
    label_of = unique_labels(people)
    picks = [pid for pid in default if pid in label_of]
    limit = t("take.multi_limit", p.lang, n=max_picks) if max_picks is not None else ""

    def validate(text: str) -> bool | str:
        text = text.strip()
        if back and text == BACK_KEY:
            return True
        if not text:
            return _verdict(p, _count_problem(len(picks), min_picks, None, required) or check(list(picks) or None))
        pid, matches = find_person(text, label_of)
        if pid is None:
            return t("take.people_several", p.lang, names=", ".join(matches[:5])) if matches else t("take.people_unknown", p.lang)
        if pid not in picks and max_picks is not None and len(picks) >= max_picks:
            return t("take.people_full", p.lang, n=max_picks)
        return True

    p.say(f"{question} {t('take.people_hint', p.lang, limit=limit)}")
    while True:
        if picks:
            p.say("  " + t("take.people_so_far", p.lang, names=", ".join(label_of[x] for x in picks)))
        text = p.autocomplete("›", list(label_of.values()), validate=validate).strip()
        if back and text == BACK_KEY:
            return BACK
        if not text:
            return list(picks) or None
        pid = find_person(text, label_of)[0]
        assert pid is not None  # validated above
        picks.remove(pid) if pid in picks else picks.append(pid)


def find_person(text: str, label_of: dict[str, str]) -> tuple[str | None, list[str]]:
    """(id, []) for an exact name or one that a unique part of a name picks; else (None, matches).

    A unique part is enough so that nobody depends on the completion menu (screen readers)."""
    wanted = name_words(text)
    if not wanted:
        return None, []
    exact = [pid for pid, label in label_of.items() if name_words(label) == wanted]
    if exact:
        return exact[0], []
    # every typed word starts a word of the name, accents and case aside ("ines h" → Inès Haddad)
    partial = [pid for pid, label in label_of.items() if name_matches(text, label)]
    return (partial[0], []) if len(partial) == 1 else (None, [label_of[x] for x in partial])


def unique_labels(people: Options) -> dict[str, str]:
    """id -> label; two people with one name are told apart by their id."""
    counts: dict[str, int] = {}
    for _pid, label in people:
        counts[label.casefold()] = counts.get(label.casefold(), 0) + 1
    return {pid: (f"{label} ({pid})" if counts[label.casefold()] > 1 else label) for pid, label in people}
