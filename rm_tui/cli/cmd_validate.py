"""`rm-tui validate PATH...`: check questionnaires, programs, rosters and responses files."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

from rm_tui.cli.common import add_encoding_argument
from rm_tui.core.errors import InputError, Problem
from rm_tui.core.program import Program
from rm_tui.core.questionnaire_parse import parse_questionnaire
from rm_tui.core.responses import parse_responses
from rm_tui.core.roster_csv import parse_roster_table, read_csv, unused_columns
from rm_tui.core.source import SourceMap
from rm_tui.i18n import Said, t, tn
from rm_tui.services.loaders import load_program
from rm_tui.yaml_io import load_yaml


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "validate",
        help="check questionnaire, program, roster CSV and responses files",
        description=(
            "Check files for structure, types and references. Each problem is printed as "
            "PATH:LINE:COL: error: message. Exit 0 when every file is valid, 2 otherwise. "
            "A responses file is checked against a program given on the same command line, or "
            "against NAME.yaml next to NAME.responses.yaml. A valid program also gets "
            "PATH:LINE:COL: warning: lines for what would make matching meaningless or unfair "
            "(a criterion that cannot tell pairs apart, someone the hard rules leave with no "
            "possible partner, fewer mentor places than mentees); they do not change the exit "
            "status unless --strict."
        ),
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", type=Path, help="files to check")
    add_encoding_argument(parser)
    parser.add_argument("--strict", action="store_true",
                        help="treat warnings as problems (exit 2)")  # fmt: skip
    parser.add_argument("--lang", choices=("fr", "en"), default="en",
                        help="language of the summary and notes (default: en, as the problems "
                             "are said)")
    parser.set_defaults(func=run)


def kind_of(path: Path, data: object) -> str:
    """What a file is: by its name first (`*.responses.yaml`, `*.csv`), then by its keys."""
    if path.suffix.lower() == ".csv":
        return "roster"
    if ".responses." in path.name:
        return "responses"
    if isinstance(data, dict):
        if "responses" in data:
            return "responses"
        if "items" in data or "applies_to" in data:
            return "questionnaire"
    return "program"


def run(args: argparse.Namespace) -> int:
    problems: list[Problem] = []
    counts: dict[str, int] = {}
    programs: list[Program] = []
    deferred: list[tuple[Path, Any, SourceMap]] = []
    csv_warnings: list[Problem] = []
    for path in args.paths:
        try:
            kind = _check_file(path, programs, deferred, args.encoding, csv_warnings, args.lang)
            if kind:
                counts[kind] = counts.get(kind, 0) + 1
        except InputError as exc:
            problems.extend(_in_file_order(exc.problems))
    for path, data, source in deferred:
        program = _program_for(path, programs, _lang(args, programs))
        try:
            parse_responses(data, source, program)
            counts["responses"] = counts.get("responses", 0) + 1
        except InputError as exc:
            problems.extend(_in_file_order(exc.problems))
    warnings = _in_file_order([*csv_warnings, *(w for program in programs for w in _warnings(program))])
    problems += [p for program in programs for p in _template_problems(program)]
    if problems:
        raise InputError(problems + warnings)
    if warnings and args.strict:
        raise InputError(warnings)
    lang = _lang(args, programs)
    for warning in warnings:
        print(warning.text(lang), file=sys.stderr)
    summary = ", ".join(tn(f"cli.validate.kind.{kind}", n, lang) for kind, n in counts.items())
    found = tn("cli.validate.warnings", len(warnings), lang) if warnings else ""
    print(tn("cli.validate.ok", len(args.paths), lang, summary=summary, found=found))
    return 0


def _lang(args: argparse.Namespace, programs: list[Program]) -> str:
    # English unless asked: validate speaks of files (several programs, problems said in English)
    return str(args.lang)


def _warnings(program: Program) -> list[Problem]:
    """Advice on a valid program, located in its file."""
    from rm_tui.core.program_advice import program_warnings

    _data, source = load_yaml(Path(program.path))
    return [replace(source.problem(keys, message), severity="warning")
            for keys, message in program_warnings(program)]  # fmt: skip


def _template_problems(program: Program) -> list[Problem]:
    """A program's own introduction templates: unknown names, syntax errors."""
    if not program.introductions_dir:
        return []
    from rm_tui.templating import check_templates

    return check_templates(Path(program.path).parent / program.introductions_dir)


def _check_file(path: Path, programs: list[Program], deferred: list[tuple[Path, Any, SourceMap]],
                encoding: str | None, warnings: list[Problem], lang: str) -> str | None:
    """Check one file; returns its kind, or None when its check is deferred (responses)."""
    if path.suffix.lower() == ".csv":
        table = read_csv(path, encoding)
        if table.encoding != "utf-8":
            print(t("cli.validate.read_as", lang, path=path, encoding=table.encoding), file=sys.stderr)
        warnings.extend(Problem(str(path), why, 1, severity="warning") for why in unused_columns(table))
        parse_roster_table(table)
        return "roster"
    data, source = load_yaml(path)
    if data is None:
        raise InputError(Problem(str(path), Said("check.validate.empty"), 1, 1))
    kind = kind_of(path, data)
    if kind == "questionnaire":
        parse_questionnaire(data, source)
    elif kind == "program":
        programs.append(load_program(path))
    else:
        deferred.append((path, data, source))
        return None
    return kind


def _in_file_order(problems: list[Problem]) -> list[Problem]:
    """Problems of one file sorted by position (unlocated ones first), as an editor lists them."""
    return sorted(problems, key=lambda p: (p.path, p.line or 0, p.col or 0))


def _program_for(path: Path, programs: list[Program], lang: str) -> Program | None:
    sibling = path.with_name(path.name.replace(".responses", "")) if ".responses" in path.name else None
    for program in programs:
        if sibling is not None and Path(program.path).resolve() == sibling.resolve():
            return program
    if len(programs) == 1:
        return programs[0]
    if sibling is not None and sibling.is_file():
        try:
            return load_program(sibling)
        except InputError:
            return None  # the program's own problems are reported when it is validated
    print(t("cli.validate.no_program", lang, path=path), file=sys.stderr)
    return None
