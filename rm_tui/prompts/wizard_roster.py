"""`rm-tui new` with a roster: the program's own questionnaires, built from what the roster says.

The bundled questionnaires are a starting point: they are copied next to the program (so the
facilitator can edit them and the program does not depend on the installed package), and the
background questionnaire offers the roster's own subsidiaries and job families, never the demo
company's.
"""

from __future__ import annotations

from pathlib import Path

from rm_tui.core.background_build import (
    CHOICE_FIELDS,
    TEXT_WITHOUT_OPTIONS,
    build_background,
    roster_values,
)
from rm_tui.core.participant import Participant
from rm_tui.core.questionnaire import Questionnaire
from rm_tui.core.questionnaire_parse import parse_questionnaire
from rm_tui.i18n import t
from rm_tui.prompts.items import ask_text
from rm_tui.prompts.prompter import Prompter
from rm_tui.yaml_io import dump_yaml, load_yaml, parse_yaml

OWN_FOLDER = "questionnaires"  # next to the program file
SCHEMA_LINE = "# yaml-language-server: $schema="


def own_questionnaires(p: Prompter, found: dict[str, Questionnaire], people: list[Participant],
                       ) -> tuple[dict[str, Questionnaire], dict[str, str], list[str]]:  # fmt: skip
    """(questionnaires as the program will see them, {file name: text} to write into
    OWN_FOLDER, choice fields that are not asked at all)."""
    copies = {Path(q.path).name: Path(q.path).read_text(encoding="utf-8")
              for q in found.values() if q.id != "background"}  # fmt: skip
    own = dict(found)
    dropped: list[str] = []
    background = found.get("background")
    if background is not None:
        template, _ = load_yaml(background.path)
        options = {}
        for field in CHOICE_FIELDS:
            values = roster_values(people, field)
            if field in TEXT_WITHOUT_OPTIONS and not values:
                continue  # typed freely, as in the bundled questionnaire
            options[field] = ask_options(p, field, values)
            if not options[field]:
                dropped.append(field)
        header = ("# Background questions for this program, made by `rm-tui new` from its roster: "
                  "edit freely.\n")  # fmt: skip
        text = header + dump_yaml(build_background(template, options))
        own["background"] = parse_questionnaire(*parse_yaml(text, f"{OWN_FOLDER}/background.yaml"))
        copies[Path(background.path).name] = text
    return own, copies, dropped


def ask_options(p: Prompter, field: str, values: list[str]) -> dict[str, dict[str, str]]:
    """{value: {fr: label, en: label}} for a choice field, from the roster or typed in."""
    what = t(f"wizard.what.{field}", p.lang)
    if not values:
        typed = ask_text(p, t("wizard.roster_gives_none", p.lang, what=what), hint="", required=False)
        values = [v.strip() for v in (typed or "").split(",") if v.strip()]
        return {v: {"fr": v, "en": v} for v in dict.fromkeys(values)}
    p.say(t("wizard.roster_values", p.lang, what=what, values=", ".join(values)))
    if p.confirm(t("wizard.show_as_is", p.lang), default=True):
        return {v: {"fr": v, "en": v} for v in values}
    labels = {}
    for value in values:
        fr = ask_text(p, t("wizard.value_in_fr", p.lang, value=value), suggested=value, hint="", required=True)
        en = ask_text(p, t("wizard.value_in_en", p.lang, value=value), suggested=value, hint="", required=True)
        labels[value] = {"fr": fr, "en": en}
    return labels


def with_schema(text: str, schema: str) -> str:
    """A copied questionnaire's first line pointing at the schema from its new folder."""
    lines = text.splitlines(keepends=True)
    if lines and lines[0].startswith(SCHEMA_LINE):
        lines = lines[1:]
    return f"{SCHEMA_LINE}{schema}\n" + "".join(lines)
