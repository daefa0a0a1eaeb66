"""Questionnaires: versioned, bilingual, YAML-defined; their items, answers and scoring.

The kiosk, the plain-terminal flow and imports all go through `Item.check_answer`, so the
rules for a valid answer exist once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from rm_tui.core.coded_problem import CodedProblem, as_day, problem
from rm_tui.core.numbers import show_number
from rm_tui.core.participant import ROLES

Text = dict[str, str]  # {"fr": ..., "en": ...}
ITEM_KINDS: tuple[str, ...] = ("scale", "single", "multi", "text", "number", "date", "roster")
PICK_FROM: tuple[str, ...] = ("any", "mentor", "mentee", "other_role")


def tr(text: Text | str | None, lang: str) -> str:
    """The text in `lang`, falling back to the other language."""
    if text is None:
        return ""
    if isinstance(text, str):
        return text
    return text.get(lang) or text.get("en") or text.get("fr") or ""


@dataclass(frozen=True)
class Scale:
    name: str
    points: int
    labels: dict[str, tuple[str, ...]]


@dataclass(frozen=True)
class Option:
    id: str
    text: Text
    roles: tuple[str, ...] = ()

    def offered_to(self, role: str) -> bool:
        return not self.roles or role in self.roles


@dataclass(frozen=True)
class Item:
    id: str
    kind: str
    text: Text
    required: bool
    text_by_role: dict[str, Text] = field(default_factory=dict)
    help: Text | None = None
    roles: tuple[str, ...] = ()
    group: str | None = None
    field: str | None = None
    ask_if_missing: bool = False
    scale: Scale | None = None
    options: tuple[Option, ...] = ()
    min_picks: int = 0
    max_picks: int | None = None
    ranked: bool = False
    max_length: int = 500
    min: float | None = None
    max: float | None = None
    integer: bool = True
    min_date: str | None = None
    max_date: str | None = None
    pick_from: str = "any"

    def wording(self, role: str, lang: str) -> str:
        return tr(self.text_by_role.get(role, self.text), lang)

    def options_for(self, role: str) -> tuple[Option, ...]:
        return tuple(o for o in self.options if o.offered_to(role))

    def applies_to(self, role: str) -> bool:
        return not self.roles or role in self.roles

    def check_answer(
        self, value: Any, role: str | None = None, roster_ids: set[str] | None = None,
    ) -> CodedProblem | None:
        """None if `value` is a valid answer, else why not, as a code (the catalogue says it)."""
        if value is None or value == "" or value == []:
            return problem("required") if self.required else None
        kind = self.kind
        if kind == "scale":
            assert self.scale is not None
            if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= self.scale.points:
                return problem("scale_range", points=self.scale.points)
        elif kind == "single":
            ids = {o.id for o in (self.options_for(role) if role else self.options)}
            if not isinstance(value, str) or value not in ids:
                return problem("one_of", ids=", ".join(sorted(ids)))
        elif kind in ("multi", "roster"):
            return self._check_picks(value, role, roster_ids)
        elif kind == "text":
            if not isinstance(value, str):
                return problem("not_text")
            if len(value) > self.max_length:
                return problem("too_long", n=self.max_length, length=len(value))
        elif kind == "number":
            if isinstance(value, bool) or not isinstance(value, int | float):
                return problem("number")
            if self.integer and not float(value).is_integer():
                return problem("whole")
            if (self.min is not None and value < self.min) or (self.max is not None and value > self.max):
                return problem("whole_range" if self.integer else "number_range",
                               lo=show_number(self.min), hi=show_number(self.max))
        elif kind == "date":
            if not isinstance(value, str):
                return problem("date")
            try:
                dt.date.fromisoformat(value)
            except ValueError:
                return problem("date")
            if (self.min_date and value < self.min_date) or (self.max_date and value > self.max_date):
                return problem("date_range", lo=as_day(self.min_date), hi=as_day(self.max_date))
        return None

    def _check_picks(self, value: Any, role: str | None, roster_ids: set[str] | None) -> CodedProblem | None:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            return problem("list_of_ids")
        if len(set(value)) != len(value):
            return problem("twice")
        if self.max_picks is not None and len(value) > self.max_picks:
            return problem("max_picks", n=self.max_picks)
        if len(value) < self.min_picks:
            return problem("min_picks", n=self.min_picks)
        if self.kind == "multi":
            ids = {o.id for o in (self.options_for(role) if role else self.options)}
            unknown = [v for v in value if v not in ids]
            if unknown:
                return problem("unknown_choice", value=repr(unknown[0]), ids=", ".join(sorted(ids)))
        elif roster_ids is not None:
            unknown = [v for v in value if v not in roster_ids]
            if unknown:
                return problem("not_on_roster", value=repr(unknown[0]))
        return None


@dataclass(frozen=True)
class Subscale:
    name: str
    items: tuple[str, ...]
    reverse: tuple[str, ...] = ()
    min_answered: int = 1


@dataclass(frozen=True)
class Axis:
    name: str
    plus: str
    minus: str


@dataclass(frozen=True)
class Questionnaire:
    id: str
    version: int
    title: Text
    applies_to: tuple[str, ...]
    items: tuple[Item, ...]
    intro: Text | None = None
    subscales: tuple[Subscale, ...] = ()
    axes: tuple[Axis, ...] = ()
    path: str = ""
    recommended_item: str | None = None  # `recommended_intentions`: the wizard's default matrix
    recommended_matrix: dict[str, dict[str, float]] = field(default_factory=dict)

    @cached_property
    def _by_id(self) -> dict[str, Item]:  # scoring looks items up per person and per item
        return {item.id: item for item in reversed(self.items)}  # the first one wins

    def item(self, item_id: str) -> Item:
        return self._by_id[item_id]

    def item_ids(self) -> AbstractSet[str]:
        return self._by_id.keys()

    def items_for(self, role: str, participant: Any = None) -> tuple[Item, ...]:
        """The items this person is asked: by role, and background only where the roster lacks it."""
        out = []
        for item in self.items:
            if not item.applies_to(role):
                continue
            if item.ask_if_missing and item.field and participant is not None and not participant.missing(item.field):
                continue
            out.append(item)
        return tuple(out)

    def score(self, answers: dict[str, Any]) -> Profile:
        """Subscale scores in [0, 1] and axes in [-1, 1]; missing when too few answers."""
        subscales: dict[str, float | None] = {}
        for sub in self.subscales:
            values = []
            for item_id in sub.items:
                value = answers.get(item_id)
                item = self.item(item_id)
                if item.scale is None or isinstance(value, bool) or not isinstance(value, int):
                    continue
                points = item.scale.points
                if not 1 <= value <= points:
                    continue
                if item_id in sub.reverse:
                    value = points + 1 - value
                values.append((value - 1) / (points - 1))
            subscales[sub.name] = sum(values) / len(values) if len(values) >= sub.min_answered else None
        axes: dict[str, float | None] = {}
        for axis in self.axes:
            plus, minus = subscales.get(axis.plus), subscales.get(axis.minus)
            axes[axis.name] = None if plus is None or minus is None else plus - minus
        return Profile(subscales, axes)


@dataclass(frozen=True)
class Profile:
    """A person's scored preferences: subscales in [0, 1], axes in [-1, 1] (None = not enough answers)."""

    subscales: dict[str, float | None]
    axes: dict[str, float | None]


def is_complete(questionnaire: Questionnaire, role: str, answers: Mapping[str, Any], participant: Any = None) -> bool:
    """Every required item this person is asked has an answer."""
    for item in questionnaire.items_for(role, participant):
        if item.required and answers.get(item.id) in (None, "", []):
            return False
    return True


ROLE_NAMES = ROLES
