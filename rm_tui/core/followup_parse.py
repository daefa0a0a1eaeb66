"""Check-in and outcome files: YAML `checkins: [...]` / `outcomes: [...]`, or CSV rows with the
same columns. Every problem is located (`PATH:LINE:COL`), all reported together.

With `known_pairs` (the pairs of every confirmed plan), an entry about two people who were never
paired is an error: a typo in an id would otherwise go silently into the analytics.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from rm_tui.core.checkins import CheckIn, CheckInError, Outcome
from rm_tui.core.errors import InputError, Problem, message
from rm_tui.core.source import Checker, SourceMap
from rm_tui.i18n import Said

CHECKIN_KEYS: tuple[str, ...] = (
    "mentor", "mentee", "respondent", "date", "met", "useful", "openness", "explains_well",
    "progress", "comment",
)
OUTCOME_KEYS: tuple[str, ...] = (
    "mentor", "mentee", "quality_mentor", "quality_mentee", "goals", "would_pair_again",
    "ended_early", "reason",
)
SECTIONS = {"checkins": CHECKIN_KEYS, "outcomes": OUTCOME_KEYS}
Key = tuple[str, str]


@dataclass(frozen=True)
class Followup:
    checkins: tuple[CheckIn, ...] = ()
    outcomes: tuple[Outcome, ...] = ()


def is_followup_document(data: Any) -> bool:
    """A YAML document this module reads (for an import command's dispatch)."""
    return isinstance(data, dict) and bool(data) and set(data) <= set(SECTIONS)


def _build(section: str, entry: Mapping[str, Any]) -> CheckIn | Outcome:
    return CheckIn.from_dict(entry) if section == "checkins" else Outcome.from_dict(entry)


def _pair_problem(value: CheckIn | Outcome, known: set[Key] | None) -> Said | None:
    if known is None or value.key in known:
        return None
    return Said("check.followup.never_paired", mentor=value.mentor, mentee=value.mentee)


def parse_followup_yaml(
    data: Any, source: SourceMap, known_pairs: Iterable[Key] | None = None
) -> Followup:
    check = Checker(source)
    known = None if known_pairs is None else set(known_pairs)
    if not is_followup_document(data):
        check.error((), Said("check.followup.expected"))
        raise InputError(check.problems)
    found: dict[str, list[Any]] = {"checkins": [], "outcomes": []}
    for section, allowed in SECTIONS.items():
        if section not in data:
            continue
        for i, entry in enumerate(check.sequence(data[section], (section,), f"'{section}'")):
            keys = (section, i)
            entry = check.mapping(entry, keys, Said("check.what.entry_n", n=i + 1, section=section))
            if not entry:
                continue
            check.unknown_keys(entry, set(allowed), keys, Said(f"check.what.a_{section[:-1]}"))
            entry = {**entry, **{k: check.as_written(entry[k], keys + (k,))  # ids: `010` is not 8
                                 for k in ("mentor", "mentee") if k in entry}}
            try:
                value = _build(section, entry)
            except CheckInError as bad:
                check.error(keys + (bad.field,), message(bad))
                continue
            problem = _pair_problem(value, known)
            if problem:
                check.error(keys + ("mentor",), problem)
                continue
            found[section].append(value)
    if check.problems:
        raise InputError(check.problems)
    return Followup(tuple(found["checkins"]), tuple(found["outcomes"]))


def normalise_header(name: str) -> str:
    return "_".join(name.strip().lower().replace("-", " ").split())


def csv_section(headers: Sequence[str]) -> str | None:
    """Which kind of rows a CSV holds, from its headers (check-ins have a respondent)."""
    names = {normalise_header(h) for h in headers}
    if "respondent" in names:
        return "checkins"
    if names & {"quality_mentor", "quality_mentee", "ended_early"}:
        return "outcomes"
    return None


def parse_followup_rows(
    headers: Sequence[str],
    rows: Sequence[tuple[int, Sequence[str]]],
    path: str,
    known_pairs: Iterable[Key] | None = None,
) -> Followup:
    """CSV rows (line number, cells) under `headers`; empty cells are missing values."""
    known = None if known_pairs is None else set(known_pairs)
    names = [normalise_header(h) for h in headers]
    section = csv_section(headers)
    if section is None:
        raise InputError(Problem(path, Said("check.followup.kind"), 1, 1))
    allowed = SECTIONS[section]
    problems = [
        Problem(path, Said("check.followup.unknown_column", column=h, expected=", ".join(allowed)), 1, i + 1)
        for i, (h, name) in enumerate(zip(headers, names, strict=True)) if name not in allowed
    ]
    values: list[Any] = []
    for line, cells in rows:
        if not any(c.strip() for c in cells):
            continue
        entry = {name: cell.strip() for name, cell in zip(names, cells, strict=False) if cell.strip()}
        try:
            value = _build(section, entry)
        except CheckInError as bad:
            col = names.index(bad.field) + 1 if bad.field in names else None
            problems.append(Problem(path, message(bad), line, col))
            continue
        problem = _pair_problem(value, known)
        if problem:
            problems.append(Problem(path, problem, line, 1))
            continue
        values.append(value)
    if problems:
        raise InputError(problems)
    if section == "checkins":
        return Followup(checkins=tuple(values))
    return Followup(outcomes=tuple(values))
