"""Who has finished their questionnaires: the facts behind the console's dashboard.

A questionnaire counts as done when every required item the person is asked has an answer
(imported answers count, not only kiosk submissions). A person has finished once every
questionnaire is done and was submitted (at a kiosk, with `take`, or by an import): someone
still on the kiosk's Review page has not. People the facilitator excluded are listed but not
counted.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from rm_tui.core.participant import ROLES, Participant
from rm_tui.core.program import Program
from rm_tui.core.questionnaire import is_complete

Answers = Mapping[str, Mapping[str, Mapping[str, Any]]]  # person -> questionnaire -> item -> value
Submitted = Mapping[str, Mapping[str, str]]  # person -> questionnaire -> when it was submitted


@dataclass(frozen=True)
class PersonProgress:
    person: Participant
    expected: tuple[str, ...]  # questionnaire ids this person takes, in order
    done: tuple[str, ...]  # complete questionnaires
    started: tuple[str, ...]  # some answers, not complete
    answered: int  # questions answered
    asked: int  # questions asked
    submitted: bool = True  # every questionnaire was submitted

    @property
    def finished(self) -> bool:
        return len(self.done) == len(self.expected) and self.submitted

    @property
    def state(self) -> str:
        """'done', 'in progress' or 'not started'."""
        if self.finished:
            return "done"
        return "in progress" if self.answered else "not started"


@dataclass(frozen=True)
class Tally:
    done: int
    total: int

    @property
    def fraction(self) -> float:
        return self.done / self.total if self.total else 1.0


@dataclass(frozen=True)
class CohortStatus:
    people: tuple[PersonProgress, ...]
    questionnaire_ids: tuple[str, ...]  # every questionnaire any role takes, in program order

    def counted(self, role: str | None = None) -> list[PersonProgress]:
        return [
            p for p in self.people
            if not p.person.excluded and (role is None or p.person.role == role)
        ]

    def by_role(self, role: str) -> Tally:
        people = self.counted(role)
        return Tally(sum(p.finished for p in people), len(people))

    def by_questionnaire(self, qid: str) -> Tally:
        people = [p for p in self.counted() if qid in p.expected]
        return Tally(sum(qid in p.done for p in people), len(people))

    def not_finished(self) -> list[PersonProgress]:
        return [p for p in self.counted() if not p.finished]

    @property
    def all_started(self) -> bool:
        """Nobody counted is still to start (some may have left questions blank)."""
        return all(p.answered for p in self.counted()) and all(self.by_role(r).total for r in ROLES)

    @property
    def ready(self) -> bool:
        """Everyone counted has finished, and both roles have someone."""
        return not self.not_finished() and all(self.by_role(r).total for r in ROLES)


def sealed(program: Program, person: Participant, answers: Mapping[str, Mapping[str, Any]],
           submitted: Mapping[str, str]) -> bool:
    """Every questionnaire the person takes is complete and submitted: their answers are in,
    and a kiosk or `take` must neither show nor change them without the facilitator."""
    expected = program.questionnaires_for(person.role)
    return bool(expected) and all(
        is_complete(q, person.role, answers.get(q.id, {}), person)
        and _sent(q.id, answers, submitted)
        for q in expected
    )


def _sent(qid: str, answers: Mapping[str, Mapping[str, Any]], submitted: Mapping[str, str]) -> bool:
    """Submitted, or nothing to submit (complete without a single answer: every item was
    already known from the roster, so an import has no row for it)."""
    return qid in submitted or not answers.get(qid)


def cohort_status(program: Program, people: list[Participant], answers: Answers,
                  submitted: Submitted | None = None) -> CohortStatus:
    """Without `submitted`, complete answers count as finished (answers from a file)."""
    rows = []
    # Per (questionnaire, role): the items asked, each with whether the roster may spare it
    # (`Questionnaire.items_for` per person walked every item twice: 1 s at 2,000 people).
    plan: dict[str, list[tuple[str, list[tuple[Any, bool]]]]] = {}
    for person in sorted(people, key=lambda p: (p.role, p.name, p.id)):
        if person.role not in plan:
            plan[person.role] = [
                (q.id, [(item, bool(item.ask_if_missing and item.field)) for item in q.items
                        if item.applies_to(person.role)])
                for q in program.questionnaires_for(person.role)
            ]  # fmt: skip
        mine = answers.get(person.id, {})
        expected, done, started = [], [], []
        answered = asked = 0
        for qid, role_items in plan[person.role]:
            expected.append(qid)
            given = mine.get(qid, {})
            count = 0
            complete = True
            for item, spared in role_items:
                if spared and not person.missing(item.field):
                    continue  # the roster already says it: not asked
                asked += 1
                if given.get(item.id) not in (None, "", []):
                    count += 1
                elif item.required:
                    complete = False
            answered += count
            if complete:
                done.append(qid)
            elif count:
                started.append(qid)
        marks = submitted.get(person.id, {}) if submitted is not None else {}
        sent = submitted is None or all(_sent(q, mine, marks) for q in expected)
        rows.append(PersonProgress(person, tuple(expected), tuple(done), tuple(started), answered,
                                   asked, sent))
    qids: list[str] = []
    for role in ROLES:
        qids += [q for q in program.questionnaire_ids.get(role, ()) if q not in qids]
    return CohortStatus(tuple(rows), tuple(qids))
