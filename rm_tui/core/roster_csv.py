"""Roster CSV files: one row per participant (docs/FORMATS.md, "Roster CSV").

Pure: reads the file, returns Participant values or raises InputError listing every bad row
with its line number. Also provides the CSV reading shared with responses CSV files
(encoding and separator detection).
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rm_tui.core.dates import parse_date
from rm_tui.core.errors import InputError, Problem
from rm_tui.core.input_file import read_input
from rm_tui.core.participant import Participant, Role
from rm_tui.i18n import Said

ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")

# Normalised header (lower case, no accents, `_`/`-` as spaces) -> participant field.
HEADERS: dict[str, str] = {
    "id": "id", "identifiant": "id", "matricule": "id",
    "name": "name", "nom": "name", "nom complet": "name", "full name": "name",
    "email": "email", "e mail": "email", "courriel": "email", "mail": "email",
    "role": "role",
    "job family": "job_family", "metier": "job_family", "famille": "job_family",
    "subsidiary": "subsidiary", "filiale": "subsidiary",
    "team": "team", "equipe": "team",
    "manager": "manager", "responsable": "manager",
    "start date": "start_date", "date d'entree": "start_date",
    "languages": "languages", "langues": "languages",
}
REQUIRED = ("id", "name", "role")
ROLE_VALUES: dict[str, Role] = {"mentor": "mentor", "mentee": "mentee", "mentore": "mentee", "mentoree": "mentee"}


# What a spreadsheet may have saved, tried in this order; `--encoding` forces one.
ENCODINGS: dict[str, str] = {"utf-8": "utf-8", "windows-1252": "cp1252", "latin-1": "latin-1"}
_ENCODING_ALIASES = {"utf8": "utf-8", "utf-8-sig": "utf-8", "cp1252": "windows-1252",
                     "win1252": "windows-1252", "latin1": "latin-1", "iso-8859-1": "latin-1",
                     "iso8859-1": "latin-1"}
_BOM = b"\xef\xbb\xbf"


@dataclass(frozen=True)
class CsvTable:
    path: str
    header: list[str]
    rows: list[tuple[int, list[str]]]  # (line number where the row starts, cells)
    encoding: str = "utf-8"  # the encoding the file was read with (one of ENCODINGS)


def normalise(text: str) -> str:
    """Case, accents, `_`/`-` and curly apostrophes ignored: 'Date d’entrée' -> "date d'entree"."""
    text = unicodedata.normalize("NFKD", text.replace("\u2019", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return " ".join(re.sub(r"[_-]", " ", text).split())


def encoding_name(name: str) -> str | None:
    """The ENCODINGS key for a name a user typed ('cp1252', 'UTF8'...), or None."""
    key = name.strip().lower().replace("_", "-")
    key = _ENCODING_ALIASES.get(key, key)
    return key if key in ENCODINGS else None


def decode(raw: bytes, encoding: str | None = None) -> tuple[str, str]:
    """(text, encoding). UTF-8 with or without BOM; else Windows-1252 (Excel's default on French
    Windows: `…`, `œ`, `’` are bytes 0x85, 0x9C, 0x92 there, control characters in Latin-1);
    else Latin-1, which decodes anything. Raises UnicodeDecodeError for a forced encoding
    that does not fit."""
    if raw.startswith(_BOM) and encoding in (None, "utf-8"):
        try:
            return raw[len(_BOM):].decode("utf-8"), "utf-8"
        except UnicodeDecodeError as exc:  # positions in the file, not after its BOM
            raise UnicodeDecodeError("utf-8", raw, exc.start + len(_BOM), exc.end + len(_BOM),
                                     exc.reason) from None
    if encoding is not None:
        return raw.decode(ENCODINGS[encoding]), encoding
    for name, codec in ENCODINGS.items():
        try:
            return raw.decode(codec), name
        except UnicodeDecodeError:
            continue
    raise AssertionError("latin-1 decodes every byte")  # pragma: no cover


def read_csv(path: str | Path, encoding: str | None = None) -> CsvTable:
    """Read a `,`- or `;`-separated file; the header line decides which separator is used.
    Rows are split only at CR/LF (a `…` read as Latin-1 used to end a row: NEL)."""
    path = Path(path)
    raw = read_input(path)
    try:
        text, used = decode(raw, encoding)
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputError(Problem(str(path), Said("check.csv.encoding", encoding=encoding or "UTF-8",
                                                 byte=f"{raw[exc.start]:02x}"), line)) from None
    lines = io.StringIO(text, newline="")
    first = next((line for line in lines if line.strip()), "")
    lines.seek(0)
    delimiter = ";" if first.count(";") > first.count(",") else ","
    reader = csv.reader(lines, delimiter=delimiter)
    header: list[str] | None = None
    rows: list[tuple[int, list[str]]] = []
    start = 1
    try:
        for cells in reader:
            line, start = start, reader.line_num + 1
            if not any(cell.strip() for cell in cells):
                continue
            if header is None:
                header = [cell.strip() for cell in cells]
            else:
                rows.append((line, cells))
    except csv.Error as exc:
        raise InputError(Problem(str(path), Said("check.csv.unreadable", why=str(exc)), reader.line_num)) from exc
    if header is None:
        raise InputError(Problem(str(path), Said("check.csv.empty"), 1))
    return CsvTable(str(path), header, rows, used)


def _languages(cell: str) -> tuple[str, ...]:
    return tuple(x.lower() for x in re.split(r"[,;| ]+", cell.strip()) if x)


def _columns(table: CsvTable) -> tuple[dict[str, int], list[Problem]]:
    problems: list[Problem] = []
    columns: dict[str, int] = {}
    for index, title in enumerate(table.header):
        field = HEADERS.get(normalise(title))
        if field is None:
            continue  # other columns (phone, site...) are ignored on purpose: we store less
        if field in columns:
            first = table.header[columns[field]]
            problems.append(Problem(table.path, Said("check.csv.same_field", first=first, title=title, field=field), 1))
        columns.setdefault(field, index)
    for field in REQUIRED:
        if field not in columns:
            accepted = ", ".join(f"'{h}'" for h, f in HEADERS.items() if f == field)
            problems.append(Problem(table.path, Said("check.csv.no_column", field=field, accepted=accepted), 1))
    return columns, problems


def unused_columns(table: CsvTable) -> list[Said]:
    """Why each column a roster does not use is left out (they are not stored: we keep less)."""
    return [Said("check.csv.not_roster_column", title=title)
            for title in table.header if title and HEADERS.get(normalise(title)) is None]


def unknown_columns(table: CsvTable) -> list[str]:
    """Warnings for the columns a roster does not use, naming the file."""
    return [Said("check.csv.in_file", path=table.path, why=why) for why in unused_columns(table)]


def email_problem(email: str) -> Said | None:
    """Why `email` is not an email address (one @, something each side, a dot in the domain)."""
    local, _, domain = email.partition("@")
    if (not local or "." not in domain.strip(".") or "@" in domain or len(email) > 254
            or email.split() != [email]):  # any whitespace (str.split's is str.isspace's)
        return Said("check.email", email=repr(email[:60]))
    return None


LANGUAGE_RE = re.compile(r"^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$")


def language_problem(codes: Iterable[str]) -> Said | None:
    bad = [c for c in codes if not LANGUAGE_RE.match(c)]
    if bad:
        return Said("check.language", code=repr(bad[0][:20]))
    return None


def _person(pid: str, why: Said) -> Said:
    return Said("check.roster.person", pid=pid, why=why)


def parse_roster_csv(
    path: str | Path, known_ids: Iterable[str] = (), families: set[str] | None = None,
    encoding: str | None = None,
) -> list[Participant]:
    """Participants of a roster CSV. `known_ids`: other participant ids a manager may name;
    `families`: the job family ids allowed (the program's taxonomy), if checked."""
    return parse_roster_table(read_csv(path, encoding), known_ids, families)


def parse_roster_table(
    table: CsvTable, known_ids: Iterable[str] = (), families: set[str] | None = None
) -> list[Participant]:
    """`parse_roster_csv` on a file already read."""
    columns, problems = _columns(table)
    if problems:
        raise InputError(problems)
    people: list[Participant] = []
    first_line: dict[str, int] = {}
    managers: list[tuple[int, str, str]] = []
    for line, cells in table.rows:
        def bad(message: str, line: int = line) -> None:
            problems.append(Problem(table.path, message, line))

        if len(cells) > len(table.header) and any(c.strip() for c in cells[len(table.header):]):
            bad(Said("check.csv.fields", n=len(cells), header=len(table.header)))
            continue
        value = {f: (cells[i].strip() if i < len(cells) else "") for f, i in columns.items()}
        pid, name, role = value["id"], value["name"], value["role"]
        ok = True
        if not ID_RE.match(pid):
            bad(Said("check.roster.bad_id", pid=repr(pid)) if pid else Said("check.roster.no_id"))
            ok = False
        elif pid in first_line:
            bad(Said("check.roster.duplicate", pid=pid, first=first_line[pid]))
            ok = False
        if not name:
            bad(_person(pid, Said("check.roster.no_name")))
            ok = False
        role_value = ROLE_VALUES.get(normalise(role).replace(" ", ""))
        if role_value is None:
            bad(_person(pid, Said("check.roster.role", role=repr(role))))
            ok = False
        extra: dict[str, Any] = {}  # checked field by field above Participant's types
        for field in ("job_family", "subsidiary", "team", "manager"):
            if value.get(field):
                extra[field] = value[field]
        family = value.get("job_family", "")
        if family and families and family not in families:
            bad(_person(pid, Said("check.roster.family", family=family, families=", ".join(sorted(families)))))
            ok = False
        email = value.get("email", "")
        if email:
            why = email_problem(email)
            if why:
                bad(_person(pid, why))
                ok = False
            extra["email"] = email
        if value.get("start_date"):
            start_date = parse_date(value["start_date"])
            if start_date is None:
                bad(_person(pid, Said("check.roster.start_date", value=repr(value["start_date"]))))
                ok = False
            extra["start_date"] = start_date
        if value.get("languages"):
            extra["languages"] = codes = _languages(value["languages"])
            why = language_problem(codes)
            if why:
                bad(_person(pid, why))
                ok = False
        if pid and pid not in first_line:
            first_line[pid] = line
        if extra.get("manager"):
            managers.append((line, pid, str(extra["manager"])))
        if ok and role_value is not None:
            people.append(Participant(id=pid, name=name, role=role_value, **extra))
    known = set(first_line) | set(known_ids)
    for line, pid, manager in managers:
        if manager not in known:
            problems.append(Problem(table.path, _person(pid, Said("check.roster.manager", manager=manager)), line))
    if not table.rows and not problems:
        problems.append(Problem(table.path, Said("check.roster.empty"), 1))
    if problems:
        raise InputError(sorted(problems, key=lambda p: p.line or 0))
    return people
