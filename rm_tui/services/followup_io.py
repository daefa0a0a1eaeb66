"""Read check-in/outcome files (YAML or CSV) and store them in a database.

`rm-tui import` dispatches here for such files (`is_followup_file`). Importing the same file twice
adds nothing: a record identical to the one already stored for the same pair (and, for a
check-in, the same respondent and date) is skipped; a changed one is added and supersedes it.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from rm_tui.core.analytics_input import checkins_from, outcomes_from, plan_pairs
from rm_tui.core.checkins import CheckIn, Outcome
from rm_tui.core.errors import InputError, OperationError, Problem
from rm_tui.core.followup_parse import (
    Followup,
    csv_section,
    is_followup_document,
    parse_followup_rows,
    parse_followup_yaml,
)
from rm_tui.core.input_file import read_input
from rm_tui.core.roster_csv import decode
from rm_tui.i18n import Said, t, tn
from rm_tui.storage import Database
from rm_tui.yaml_io import load_yaml

Key = tuple[str, str]


def read_csv(path: Path) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """Headers and (line, cells) rows of a `,` or `;` separated file."""
    raw = read_input(path)
    try:
        text, _encoding = decode(raw)  # UTF-8, else Windows-1252, else Latin-1
    except UnicodeDecodeError as exc:  # a UTF-8 byte-order mark, then bytes that are not UTF-8
        line = raw[: exc.start].count(b"\n") + 1
        raise InputError(Problem(str(path), Said("check.csv.bom_not_utf8", byte=f"{raw[exc.start]:02x}"),
                                 line)) from None
    first = text.splitlines()[0] if text.strip() else ""
    delimiter = ";" if first.count(";") > first.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        headers = next(reader)
    except StopIteration:
        raise InputError(Problem(str(path), Said("check.file_empty"), 1, 1)) from None
    rows = [(reader.line_num, row) for row in reader]
    return headers, rows


def is_followup_file(path: Path) -> bool:
    """Whether `path` holds check-ins or outcomes (rather than responses or a roster)."""
    try:
        if path.suffix.lower() == ".csv":
            headers, _ = read_csv(path)
            return csv_section(headers) is not None
        data, _source = load_yaml(path)
    except (InputError, OSError):
        return False
    return is_followup_document(data)


def known_pairs(db: Database) -> set[Key]:
    """Every pair that was ever in a confirmed plan."""
    return {
        (str(p["mentor"]), str(p["mentee"]))
        for record in db.plans("confirmed")
        for p in plan_pairs(record)
    }


def load_followup(path: Path, pairs: Iterable[Key] | None = None) -> Followup:
    if path.suffix.lower() == ".csv":
        headers, rows = read_csv(path)
        return parse_followup_rows(headers, rows, str(path), pairs)
    data, source = load_yaml(path)
    return parse_followup_yaml(data, source, pairs)


def store_followup(db: Database, followup: Followup, *, source: str | None = None,
                   actor: str | None = None) -> dict[str, int]:
    """Add new or changed records; returns counts added/unchanged per kind."""
    counts = {"checkins_added": 0, "checkins_unchanged": 0, "outcomes_added": 0, "outcomes_unchanged": 0}
    with db.batch():  # one durable write for the whole file: fast, and all or nothing
        stored_checkins = {_checkin_id(c): c for c in checkins_from(db.checkins())}
        new_checkins = []
        for c in followup.checkins:
            if stored_checkins.get(_checkin_id(c)) == c:
                counts["checkins_unchanged"] += 1
                continue
            new_checkins.append(_record(c.to_dict(), source))
            stored_checkins[_checkin_id(c)] = c
            counts["checkins_added"] += 1
        stored_outcomes = outcomes_from(db.outcomes())
        new_outcomes = []
        for o in followup.outcomes:
            if stored_outcomes.get(o.key) == o:
                counts["outcomes_unchanged"] += 1
                continue
            new_outcomes.append(_record(o.to_dict(), source))
            stored_outcomes[o.key] = o
            counts["outcomes_added"] += 1
        db.add_checkins(new_checkins)
        db.add_outcomes(new_outcomes)
        db.log("import_followup", actor=actor, reason=None, source=source, **counts)
    return counts


def import_followup_file(db: Database, path: Path, *, actor: str | None = None) -> dict[str, int]:
    """Check a file against the database's confirmed pairs and store it."""
    pairs = known_pairs(db)
    if not pairs:
        raise OperationError.coded("args.no_pairs_yet")
    return store_followup(db, load_followup(path, pairs), source=path.name, actor=actor)


def summary(counts: dict[str, int], lang: str = "en") -> str:
    parts = []
    for kind in ("checkins", "outcomes"):
        added, same = counts[f"{kind}_added"], counts[f"{kind}_unchanged"]
        if added or same:
            parts.append(tn(f"cli.import.added.{kind}", added, lang)
                         + (t("cli.import.already", lang, n=same) if same else ""))
    return ", ".join(parts) or t("cli.import.nothing", lang)


def _checkin_id(c: CheckIn) -> tuple[str, str, str, str]:
    return (c.mentor, c.mentee, c.respondent, c.date)


def _record(data: dict[str, Any], source: str | None) -> dict[str, Any]:
    return {**data, "source": source} if source else data


def add_checkin(db: Database, checkin: CheckIn, *, source: str = "console") -> int:
    """Store one check-in entered by hand (console or `rm-tui checkin`)."""
    return db.add_checkin(_record(checkin.to_dict(), source))


def add_outcome(db: Database, outcome: Outcome, *, source: str = "console") -> int:
    return db.add_outcome(_record(outcome.to_dict(), source))
