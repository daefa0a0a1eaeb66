"""The cohort as the console sees it: the program, the people and answers in the database.

`CohortSource` is plain Python (no Textual) so tests and workers can call it from any thread;
the Database serialises access itself.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from rm_tui.core.completion import CohortStatus, cohort_status
from rm_tui.core.dates import parse_date
from rm_tui.core.participant import Participant
from rm_tui.core.program import Program
from rm_tui.i18n import Said
from rm_tui.services.cohort_basis import add_missing_roster
from rm_tui.services.loaders import load_program
from rm_tui.storage import Database


@dataclass(frozen=True)
class Snapshot:
    """One consistent read of the database, and the revision it was read at."""

    revision: Any
    people: tuple[Participant, ...]
    answers: dict[str, dict[str, dict[str, Any]]]
    status: CohortStatus

    def person(self, pid: str) -> Participant | None:
        return next((p for p in self.people if p.id == pid), None)


class CohortSource:
    def __init__(self, program_path: str | Path, db_path: str | Path) -> None:
        self.program_path = Path(program_path)
        self.program: Program = load_program(self.program_path)
        self.db = Database(db_path)
        self.add_missing_roster()

    def add_missing_roster(self) -> int:
        return add_missing_roster(self.db, self.program.roster)

    def revision(self) -> Any:
        return self.db.revision()

    def read(self) -> Snapshot:
        revision = self.db.revision()
        people = self.db.participants()
        answers = self.db.all_answers()
        status = cohort_status(self.program, people, answers, self.db.all_submitted())
        return Snapshot(revision, tuple(people), answers, status)

    def update_person(self, person: Participant, *, reason: str | None = None) -> None:
        before = self.db.participant(person.id)
        self.db.upsert_participant(person)
        changed = {
            k: v for k, v in person.to_dict().items()
            if before is None or before.to_dict().get(k) != v
        }
        self.db.log("edit_participant", actor="facilitator", reason=reason,
                    participant=person.id, changes=changed)

    def set_excluded(self, pid: str, excluded: bool, reason: str | None = None) -> None:
        self.db.set_excluded(pid, excluded, actor="facilitator", reason=reason)

    def effective(self, snapshot: Snapshot, person: Participant) -> Participant:
        """The person with the background fields their answers fill in (roster data wins)."""
        values: dict[str, Any] = {}
        for q in self.program.questionnaires_for(person.role):
            given = snapshot.answers.get(person.id, {}).get(q.id, {})
            for item in q.items:
                if item.field and item.id in given:
                    values.setdefault(item.field, given[item.id])
        return person.with_background(values)

    def close(self) -> None:
        self.db.close()


def with_field(person: Participant, name: str, value: Any) -> Participant:
    if name == "languages":
        value = tuple(v for v in str(value).replace(",", " ").split() if v)
    elif name == "years_in_company":
        try:
            value = float(value) if str(value).strip() else None
        except ValueError:
            raise ValueError(Said("engine.field.not_number", value=repr(str(value).strip()))) from None
    elif name == "start_date" and str(value).strip():
        iso = parse_date(str(value))
        if iso is None:
            raise ValueError(Said("engine.field.not_date", value=repr(str(value).strip())))
        value = iso
    else:
        value = str(value).strip() or None
    return replace(person, **{name: value})
