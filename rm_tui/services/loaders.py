"""Load questionnaire, program and responses files from disk into domain values.

YAML goes through `rm_tui.yaml_io`; checks live in the pure core parsers.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rm_tui.core.errors import InputError, Problem
from rm_tui.core.program import Program
from rm_tui.core.program_parse import parse_program
from rm_tui.core.questionnaire import Questionnaire
from rm_tui.core.questionnaire_parse import parse_questionnaire
from rm_tui.core.responses import Answers, parse_responses
from rm_tui.core.roster_csv import parse_roster_csv
from rm_tui.i18n import Said
from rm_tui.yaml_io import load_yaml, parse_yaml


def load_questionnaire(path: str | Path) -> Questionnaire:
    data, source = load_yaml(path)
    return parse_questionnaire(data, source)


def load_questionnaire_dir(folder: Path) -> dict[str, Questionnaire]:
    """Every questionnaire in `folder`, by id; all problems reported together."""
    found: dict[str, Questionnaire] = {}
    problems: list[Problem] = []
    for path in sorted(folder.glob("*.yaml")) + sorted(folder.glob("*.yml")):
        try:
            q = load_questionnaire(path)
        except InputError as exc:
            problems.extend(exc.problems)
            continue
        if q.id in found:
            problems.append(Problem(str(path), Said("check.questionnaire_twice", qid=q.id, other=found[q.id].path), 1, 1))
        found[q.id] = q
    if problems:
        raise InputError(problems)
    return found


def questionnaire_dir_for(program_path: Path, data: Any) -> Path:
    if isinstance(data, dict) and isinstance(data.get("questionnaires_dir"), str):
        return (program_path.parent / data["questionnaires_dir"]).resolve()
    local = program_path.parent.parent / "questionnaires"
    if local.is_dir():
        return local
    from rm_tui.bundled import questionnaires_dir

    return questionnaires_dir()


def load_program(path: str | Path) -> Program:
    path = Path(path)
    data, source = load_yaml(path)
    return _program(path, data, source)


def program_from_yaml(path: str | Path, data: Any, source: Any) -> Program:
    """`load_program` for a file already read with `load_yaml` (the kiosk reads the program's
    summary first, the whole program once its first screen is drawn)."""
    return _program(Path(path), data, source)


def program_from_text(text: str, path: str | Path,
                      questionnaires: dict[str, Questionnaire] | None = None) -> Program:
    """Check a program's YAML text as if it were the file `path` (relative paths resolve there);
    `questionnaires`, when given, stand for its questionnaire folder (not written yet)."""
    path = Path(path)
    data, source = parse_yaml(text, str(path))
    return _program(path, data, source, questionnaires)


def _program(path: Path, data: Any, source: Any,
             questionnaires: dict[str, Questionnaire] | None = None) -> Program:
    if questionnaires is None:
        folder = questionnaire_dir_for(path, data)
        if not folder.is_dir():
            line, col = source.locate(("questionnaires_dir",))
            raise InputError(Problem(str(path), Said("check.no_questionnaire_folder", folder=folder), line, col))
        questionnaires = load_questionnaire_dir(folder)
    roster = None
    if isinstance(data, dict) and isinstance(data.get("roster"), str):
        roster = _load_roster_csv(path, data["roster"], source)
    return parse_program(data, source, questionnaires, roster)


def _load_roster_csv(program_path: Path, relative: str, source: Any) -> list:
    csv_path = program_path.parent / relative
    if not csv_path.is_file():
        line, col = source.locate(("roster",))
        raise InputError(Problem(str(program_path), Said("check.no_roster_file", path=csv_path), line, col))
    return parse_roster_csv(csv_path)


def load_responses(path: str | Path, program: Program | None = None) -> Answers:
    data, source = load_yaml(path)
    return parse_responses(data, source, program)
