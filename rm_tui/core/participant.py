"""Participants: the people on a program's roster."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field, replace
from typing import Any, Literal

Role = Literal["mentor", "mentee"]
ROLES: tuple[Role, ...] = ("mentor", "mentee")

# Background fields a roster may carry and a questionnaire may fill in (`field:` on an item).
BACKGROUND_FIELDS: tuple[str, ...] = (
    "job_family",
    "subsidiary",
    "team",
    "manager",
    "start_date",
    "years_in_company",
    "languages",
)


@dataclass(frozen=True)
class Participant:
    id: str
    name: str
    role: Role
    email: str | None = None
    job_family: str | None = None
    subsidiary: str | None = None
    team: str | None = None
    manager: str | None = None  # participant id of the manager, if on the roster
    start_date: str | None = None  # ISO date
    years_in_company: float | None = None  # explicit, or derived from start_date
    languages: tuple[str, ...] = field(default_factory=tuple)
    excluded: bool = False  # facilitator excluded them from matching
    self_registered: bool = False

    @property
    def first_name_initial(self) -> str:
        """What the kiosk shows to confirm identity: 'Camille M.'"""
        parts = self.name.split()
        if len(parts) < 2:
            return self.name
        return f"{parts[0]} {parts[-1][0]}."

    def years(self, today: dt.date | None = None) -> float | None:
        if self.years_in_company is not None:
            return self.years_in_company
        if not self.start_date:
            return None
        try:
            start = dt.date.fromisoformat(self.start_date)
        except ValueError:
            return None
        today = today or dt.date.today()
        return max(0.0, (today - start).days / 365.25)

    def missing(self, field_name: str) -> bool:
        if field_name == "years_in_company" and self.start_date:
            return False  # derived from the start date
        value = getattr(self, field_name, None)
        return value is None or value == "" or value == ()

    def with_background(self, values: dict[str, Any]) -> Participant:
        """Fill background fields from questionnaire answers, never overriding roster data."""
        changes: dict[str, Any] = {}
        for key, value in values.items():
            if key in BACKGROUND_FIELDS and self.missing(key) and value not in (None, "", []):
                if key == "languages":
                    value = tuple(value)
                elif isinstance(value, list):  # a roster pick of one (the manager)
                    value = value[0]
                changes[key] = value
        return replace(self, **changes) if changes else self

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["languages"] = list(self.languages)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Participant:
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        known["languages"] = tuple(known.get("languages") or ())
        return cls(**known)
