"""The program's `facilitator:` and `introductions:` keys (pure parsing).

```yaml
facilitator: {name: "Claire Dubois", email: claire.dubois@example.com}   # From/Reply-To of introductions
introductions: {templates: intro-templates}   # folder of templates overriding the defaults
```
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from rm_tui.core.source import Checker, KeyPath
from rm_tui.i18n import Said

FACILITATOR_KEYS = {"name", "email"}
INTRODUCTIONS_KEYS = {"templates"}
EMAIL = re.compile(r"[^@\s]{1,64}@[^@\s.]+(\.[^@\s.]+)+")
# The templates a program may override (file name in its templates folder), per language.
TEMPLATE_NAMES = ("subject.{lang}.txt", "body.{lang}.md", "cards.html")


@dataclass(frozen=True)
class Facilitator:
    name: str
    email: str | None = None


def parse_facilitator(check: Checker, value: Any) -> Facilitator | None:
    if value is None:
        return None
    keys: KeyPath = ("facilitator",)
    spec = check.mapping(value, keys, "'facilitator'")
    check.unknown_keys(spec, FACILITATOR_KEYS, keys, "'facilitator'")
    if not check.required(spec, "name", keys, "'facilitator'"):
        return None
    name = check.string(spec["name"], keys + ("name",), Said("check.what.facilitator_name"))
    email = None
    if spec.get("email") is not None:
        email = check.string(spec["email"], keys + ("email",), Said("check.what.facilitator_email"))
        if email is not None and not EMAIL.fullmatch(email):
            check.error(keys + ("email",), Said("check.program.facilitator_email", got=repr(email)))
            email = None
    return Facilitator(name, email) if name else None


def parse_introductions(check: Checker, value: Any) -> str | None:
    """The templates folder (relative to the program file), if the program overrides any."""
    if value is None:
        return None
    keys: KeyPath = ("introductions",)
    spec = check.mapping(value, keys, "'introductions'")
    check.unknown_keys(spec, INTRODUCTIONS_KEYS, keys, "'introductions'")
    if spec.get("templates") is None:
        return None
    return check.string(spec["templates"], keys + ("templates",), Said("check.what.folder_path", key="'templates'"))
