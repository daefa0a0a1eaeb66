"""A program: roster, questionnaires per role, matching criteria, hard rules and settings."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from rm_tui.core.participant import Participant
from rm_tui.core.program_intro import Facilitator
from rm_tui.core.questionnaire import Questionnaire, Text

# criterion name -> allowed modes (empty: the criterion has no mode)
CRITERIA_MODES: dict[str, tuple[str, ...]] = {
    "learning_fit": ("similar", "complementary", "ignore"),
    "intentions": (),
    "job_family": (),
    "seniority_gap": (),
    "subsidiary": ("prefer_same", "prefer_different", "ignore"),
    "preference": (),
}
CRITERIA_PARAMS: dict[str, dict[str, float]] = {
    "job_family": {"same_family": 1.0, "same_domain": 0.6, "different": 0.0},
    "seniority_gap": {"min_years": 5.0, "max_years": 20.0},
}
DEFAULT_CRITERIA: dict[str, tuple[float, str | None]] = {
    "learning_fit": (1.0, "similar"),
    "intentions": (3.0, None),
    "job_family": (2.0, None),
    "seniority_gap": (1.0, None),
    "subsidiary": (1.0, "prefer_same"),
    "preference": (1.0, None),
}
OBJECTIVES: tuple[str, ...] = ("total", "fair")


@dataclass(frozen=True)
class Criterion:
    name: str
    weight: float
    mode: str | None = None
    params: dict[str, float] = field(default_factory=dict)

    @property
    def active(self) -> bool:
        return self.weight > 0 and self.mode != "ignore"


@dataclass(frozen=True)
class Veto:
    mentor: str
    mentee: str
    reason: str


@dataclass(frozen=True)
class Rules:
    reporting_line_depth: int = 2
    forbid_same_team: bool = True
    require_shared_language: bool = True
    honour_rather_not: bool = True
    vetoes: tuple[Veto, ...] = ()


@dataclass(frozen=True)
class KioskSettings:
    idle_seconds: int = 120
    self_registration: bool = False
    show_profile: bool = True


@dataclass(frozen=True)
class Domain:
    id: str
    name: Text
    families: dict[str, Text]


@dataclass(frozen=True)
class Program:
    id: str
    name: str
    languages: tuple[str, ...]
    questionnaire_ids: dict[str, tuple[str, ...]]  # role -> questionnaire ids in order
    questionnaires: dict[str, Questionnaire]  # id -> definition
    roster: tuple[Participant, ...]
    taxonomy: tuple[Domain, ...] = ()
    intentions_item: str | None = None  # "QUESTIONNAIRE.ITEM"
    intention_matrix: dict[str, dict[str, float]] = field(default_factory=dict)
    criteria: dict[str, Criterion] = field(default_factory=dict)
    rules: Rules = field(default_factory=Rules)
    capacity_default: int = 1
    capacity: dict[str, int] = field(default_factory=dict)
    objective: str = "total"
    min_pair_score: float | None = None
    kiosk: KioskSettings = field(default_factory=KioskSettings)
    path: str = ""
    facilitator: Facilitator | None = None  # From/Reply-To of introductions
    introductions_dir: str | None = None  # templates overriding the defaults, relative to `path`

    def participant(self, pid: str) -> Participant | None:
        for person in self.roster:
            if person.id == pid:
                return person
        return None

    def by_role(self, role: str) -> list[Participant]:
        return [p for p in self.roster if p.role == role]

    def questionnaires_for(self, role: str) -> list[Questionnaire]:
        return [self.questionnaires[q] for q in self.questionnaire_ids.get(role, ()) if q in self.questionnaires]

    def capacity_of(self, mentor_id: str) -> int:
        return self.capacity.get(mentor_id, self.capacity_default)

    def domain_of(self, family: str | None) -> str | None:
        for domain in self.taxonomy:
            if family in domain.families:
                return domain.id
        return None

    def family_ids(self) -> set[str]:
        return {fam for domain in self.taxonomy for fam in domain.families}

    def weights(self) -> dict[str, float]:
        return {name: c.weight for name, c in self.criteria.items()}

    def with_criteria(self, criteria: dict[str, Criterion]) -> Program:
        from dataclasses import replace

        return replace(self, criteria=dict(criteria))

    def with_roster(self, roster: list[Participant] | tuple[Participant, ...]) -> Program:
        from dataclasses import replace

        return replace(self, roster=tuple(roster))

    def questionnaire_versions(self) -> dict[str, int]:
        return {qid: q.version for qid, q in sorted(self.questionnaires.items())}

    def describe(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name}


def merge_participants(program: Program, stored: Iterable[Participant]) -> Program:
    """The one roster/database merge (engine, console, kiosk): roster entries keep their data
    (missing background fields filled from the database copy) and take its `excluded` flag;
    people only in the database (self-registered at the kiosk) are added."""
    by_id = {p.id: p for p in stored}
    roster: list[Participant] = []
    for person in program.roster:
        db = by_id.pop(person.id, None)
        if db is not None:
            background = {k: getattr(db, k) for k in ("job_family", "subsidiary", "team",
                          "manager", "start_date", "years_in_company", "languages")}  # fmt: skip
            person = person.with_background(background)
            if person.excluded != db.excluded:  # no copy when nothing changes (most people)
                person = replace(person, excluded=db.excluded)
        roster.append(person)
    roster.extend(p for p in by_id.values() if p.role in ("mentor", "mentee"))
    return program.with_roster(roster)
