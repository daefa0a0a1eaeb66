"""A program's own background questionnaire, built from its roster (pure).

The bundled `background.yaml` lists the demo company's subsidiaries and job families; a new
program replaces those options with the values found in its roster (labels chosen by the
facilitator), so no demo name ever reaches a participant. Option ids are the values' slugs;
matching compares values without case, accents or punctuation, so a roster's "Azur France"
and an answer's `azur-france` are the same subsidiary.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Mapping
from typing import Any

from rm_tui.core.name_search import slug
from rm_tui.core.participant import Participant

CHOICE_FIELDS = ("subsidiary", "job_family", "team")  # background items whose options come from the roster
TEXT_WITHOUT_OPTIONS = ("team",)  # still asked as free text when the roster names none
TEAM_PICK = {
    "text": {"fr": "Dans quelle équipe travaillez-vous ?", "en": "Which team do you work in?"},
    "help": {"fr": "Sert à éviter les binômes dans une même équipe.",
             "en": "Used to avoid pairs within one team."},
}


def roster_values(people: Iterable[Participant], field: str) -> list[str]:
    """Distinct values of a field, first spelling kept, in the roster's order."""
    seen: dict[str, str] = {}
    for person in people:
        value = getattr(person, field)
        if value:
            seen.setdefault(slug(value), value)
    return list(seen.values())


def build_background(template: Mapping[str, Any], options: Mapping[str, Mapping[str, Mapping[str, str]]],
                     ) -> dict[str, Any]:  # fmt: skip
    """`template` (the bundled background questionnaire, as data) with, for each field of
    `CHOICE_FIELDS`, the options given (`{field: {value: {fr: label, en: label}}}`); a choice
    field missing from `options`, or given none, is not asked at all."""
    doc = copy.deepcopy(dict(template))
    items = []
    for item in doc.get("items", []):
        field = item.get("field")
        if field in CHOICE_FIELDS:
            values = options.get(field) or {}
            if not values and field in TEXT_WITHOUT_OPTIONS and item.get("kind") == "text":
                items.append(item)
                continue
            if not values:
                continue
            if item.get("kind") == "text":  # a team typed freely becomes a pick from the roster's teams
                item = {k: v for k, v in item.items() if k not in ("max_length", "multiline")}
                item.update(kind="single", text=dict(TEAM_PICK["text"]), help=dict(TEAM_PICK["help"]))
            item["options"] = [{"id": slug(value), "text": dict(text)} for value, text in values.items()]
        items.append(item)
    doc["items"] = items
    return doc
