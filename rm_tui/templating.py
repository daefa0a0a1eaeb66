"""Jinja2 templates (the only module that imports jinja2): introductions of confirmed pairs.

Why Jinja2: facilitators who override a template know it from other tools, and its sandbox keeps a
program's template from reaching anything but the context it is given. The defaults ship in
`rm_tui/templates/introductions/`; a program's `introductions: {templates: DIR}` overrides any of
them by file name (`subject.LANG.txt`, `body.LANG.md`, `cards.html`).
"""

from __future__ import annotations

from collections.abc import Mapping
from importlib.resources import as_file, files
from pathlib import Path
from typing import Any

from jinja2 import (
    ChoiceLoader,
    FileSystemLoader,
    StrictUndefined,
    TemplateError,
    TemplateSyntaxError,
)
from jinja2.sandbox import SandboxedEnvironment

from rm_tui.core.errors import InputError, Problem
from rm_tui.core.program_intro import TEMPLATE_NAMES
from rm_tui.i18n import Said

LANGS = ("fr", "en")


def _defaults() -> Path:
    with as_file(files("rm_tui") / "templates" / "introductions") as folder:
        return Path(folder)


def known_names() -> set[str]:
    return {name.format(lang=lang) for name in TEMPLATE_NAMES for lang in LANGS}


class Templates:
    """Renders introduction templates: the program's own first, then the defaults."""

    def __init__(self, override: Path | None = None) -> None:
        loaders = [FileSystemLoader(str(override))] if override is not None else []
        loaders.append(FileSystemLoader(str(_defaults())))
        self.override = override
        self.env = SandboxedEnvironment(
            loader=ChoiceLoader(loaders), undefined=StrictUndefined, keep_trailing_newline=True,
            autoescape=lambda name: bool(name and name.endswith(".html")),
        )

    def render(self, name: str, context: Mapping[str, Any]) -> str:
        try:
            return self.env.get_template(name).render(**context)
        except TemplateError as exc:
            raise InputError(_problem(exc, self.override, name)) from None


def _problem(exc: TemplateError, folder: Path | None, name: str) -> Problem:
    path = str(folder / name) if folder is not None and (folder / name).is_file() else name
    line = exc.lineno if isinstance(exc, TemplateSyntaxError) else None
    return Problem(path, Said("args.template", why=exc.message or str(exc)), line)


def check_templates(folder: Path) -> list[Problem]:
    """Problems of a program's templates folder: unknown names, syntax errors (for validate)."""
    if not folder.is_dir():
        return [Problem(str(folder), Said("args.templates_folder"))]
    problems = []
    env = Templates(folder).env
    for path in sorted(folder.iterdir()):
        if path.name not in known_names():
            expected = ", ".join(sorted(known_names()))
            problems.append(Problem(str(path), Said("args.template_name", expected=expected)))
            continue
        try:
            env.parse(path.read_text(encoding="utf-8"), path.name, str(path))
        except TemplateSyntaxError as exc:
            problems.append(Problem(str(path), Said("args.template_syntax", why=exc.message), exc.lineno))
        except UnicodeDecodeError:
            problems.append(Problem(str(path), Said("args.not_utf8")))
    return problems
