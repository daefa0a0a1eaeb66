"""Responses CSV files: one row per participant, an `id` column and `QUESTIONNAIRE.ITEM` columns.

Cells are converted by item kind (numbers for scale and number items; lists split on `|`, `;`
or `,` for multi and roster items; empty cell = no answer), then checked exactly like a
responses YAML file (rm_tui.core.responses), with problems located at the CSV line.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from rm_tui.core.errors import InputError, Problem
from rm_tui.core.program import Program
from rm_tui.core.questionnaire import Item
from rm_tui.core.responses import Answers, parse_responses
from rm_tui.core.roster_csv import HEADERS, CsvTable, normalise, read_csv
from rm_tui.core.source import KeyPath, SourceMap
from rm_tui.i18n import Said


def answer_columns(header: list[str], program: Program) -> dict[int, tuple[str, str]]:
    """Column index -> (questionnaire id, item id) for every `QUESTIONNAIRE.ITEM` header."""
    found: dict[int, tuple[str, str]] = {}
    qids = sorted(program.questionnaires, key=len, reverse=True)  # longest prefix wins
    for index, title in enumerate(header):
        qid = next((q for q in qids if title.startswith(q + ".")), None)
        if qid is not None:
            found[index] = (qid, title[len(qid) + 1:])
    return found


def looks_like_responses(path: str | Path | CsvTable, program: Program) -> bool:
    table = path if isinstance(path, CsvTable) else read_csv(path)
    return bool(answer_columns(table.header, program))


def unknown_columns(table: CsvTable, program: Program) -> list[str]:
    """Warnings for columns that are neither the id nor QUESTIONNAIRE.ITEM (not imported)."""
    answers = answer_columns(table.header, program)
    return [Said("check.csv.in_file", path=table.path, why=Said("check.csv.not_answer_column", title=title))
            for i, title in enumerate(table.header)
            if title and i not in answers and "." not in title and HEADERS.get(normalise(title)) != "id"]


def convert(item: Item | None, cell: str) -> Any:
    """A cell as the answer value its item stores; left as text when it does not convert
    (the answer check then says what is wrong)."""
    cell = cell.strip()
    if item is None:
        return cell
    if item.kind in ("scale", "number"):
        for kind in (int, float):
            try:
                return kind(cell.replace(",", ".") if kind is float else cell)
            except ValueError:
                continue
        return cell
    if item.kind in ("multi", "roster"):
        return [part for part in re.split(r"\s*[|;,]\s*", cell) if part]
    return cell


def parse_responses_csv(path: str | Path, program: Program, encoding: str | None = None) -> Answers:
    return parse_responses_table(read_csv(path, encoding), program)


def parse_responses_table(table: CsvTable, program: Program) -> Answers:
    id_index = next((i for i, t in enumerate(table.header) if HEADERS.get(normalise(t)) == "id"), None)
    columns = answer_columns(table.header, program)
    problems: list[Problem] = []
    if id_index is None:
        problems.append(Problem(table.path, Said("check.answers.no_id"), 1))
    for index, title in enumerate(table.header):
        if "." in title and index not in columns:
            problems.append(Problem(table.path, Said("check.answers.no_questionnaire", title=title,
                                                     qid=title.split(".")[0]), 1))
    for qid, item_id in columns.values():
        if item_id not in program.questionnaires[qid].item_ids():
            problems.append(Problem(table.path, Said("check.answers.no_item", column=f"{qid}.{item_id}", qid=qid,
                                                     item=item_id), 1))
    if problems:
        raise InputError(problems)
    assert id_index is not None
    return _rows(table, id_index, columns, program)


def _rows(table: CsvTable, id_index: int, columns: dict[int, tuple[str, str]], program: Program) -> Answers:
    data: dict[str, Any] = {}
    marks: dict[KeyPath, tuple[int, int | None]] = {}
    problems: list[Problem] = []
    first_line: dict[str, int] = {}
    for line, cells in table.rows:
        pid = cells[id_index].strip() if id_index < len(cells) else ""
        if not pid:
            problems.append(Problem(table.path, Said("check.answers.no_pid"), line))
            continue
        if pid in first_line:
            problems.append(Problem(table.path, Said("check.answers.duplicate", pid=pid, first=first_line[pid]), line))
            continue
        first_line[pid] = line
        marks[("responses", pid)] = (line, None)
        answers: dict[str, dict[str, Any]] = {}
        for index, (qid, item_id) in columns.items():
            cell = cells[index] if index < len(cells) else ""
            if not cell.strip():
                continue
            item = program.questionnaires[qid].item(item_id)
            answers.setdefault(qid, {})[item_id] = convert(item, cell)
            marks[("responses", pid, qid)] = (line, None)
            marks[("responses", pid, qid, item_id)] = (line, None)
        data[pid] = answers
    source = SourceMap(table.path, marks)
    try:
        result = parse_responses({"responses": data}, source, program)
    except InputError as exc:
        problems.extend(exc.problems)
    if problems:
        raise InputError(sorted(problems, key=lambda p: p.line or 0))
    return result
