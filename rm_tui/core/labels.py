"""Words a person recognises for background values: 'azur-fr' -> 'Azur France' (pure).

Labels come from the options of the questionnaire items that fill a field (`field:`), then, for
job families, from the program's taxonomy; an unknown value is shown as it is.
"""

from __future__ import annotations

from rm_tui.core.name_search import canonical
from rm_tui.core.program import Program


def field_label(program: Program, field: str, value: str | None, lang: str) -> str | None:
    if value is None or value == "":
        return None
    for questionnaire in program.questionnaires.values():
        for item in questionnaire.items:
            if item.field != field:
                continue
            for option in item.options:
                if option.id == value or canonical(option.id) == canonical(value):
                    return option.text.get(lang) or option.text.get("en") or value
    if field == "job_family":
        for domain in program.taxonomy:
            if value in domain.families:
                names = domain.families[value]
                return names.get(lang) or names.get("en") or value
    return value  # a roster's own spelling ("Azur France") reads as it is
