"""Taking questionnaires: the steps a participant goes through, shared by every front end.

The kiosk (Textual) and `rm-tui take` (questionary) both drive an `Intake`: it decides which
items a person is asked, in which order and grouping, checks each answer with the questionnaire's
own rules, hands every accepted answer to a `save` callback at once (autosave), and knows where
to resume. Front ends only render and collect.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from rm_tui.core.coded_problem import CodedProblem
from rm_tui.core.dates import show_date
from rm_tui.core.participant import Participant
from rm_tui.core.program import Program
from rm_tui.core.questionnaire import Item, Option, Questionnaire, is_complete, tr

# save(participant_id, questionnaire_id, item_id, value); value None clears the answer
SaveAnswer = Callable[[str, str, str, Any], None]


@dataclass(frozen=True)
class Step:
    """One screen: a question, or a small group of questions sharing `group`."""

    questionnaire: Questionnaire
    items: tuple[Item, ...]


def plan_steps(program: Program, person: Participant) -> list[Step]:
    steps: list[Step] = []
    for questionnaire in program.questionnaires_for(person.role):
        current: list[Item] = []
        for item in questionnaire.items_for(person.role, person):
            if current and (item.group is None or item.group != current[-1].group):
                steps.append(Step(questionnaire, tuple(current)))
                current = []
            current.append(item)
        if current:
            steps.append(Step(questionnaire, tuple(current)))
    return steps


class Intake:
    """One participant's pass through their questionnaires."""

    def __init__(
        self,
        program: Program,
        person: Participant,
        answers: dict[str, dict[str, Any]] | None = None,
        save: SaveAnswer | None = None,
    ) -> None:
        self.program = program
        self.person = person
        self.answers: dict[str, dict[str, Any]] = {q: dict(a) for q, a in (answers or {}).items()}
        self._save = save
        self.steps = plan_steps(program, person)
        self.index = self.resume_index()

    # -- navigation -------------------------------------------------------------
    @property
    def step(self) -> Step:
        return self.steps[self.index]

    @property
    def at_review(self) -> bool:
        """Past the last step: time to review and submit."""
        return self.index >= len(self.steps)

    def resume_index(self) -> int:
        """The first step with a required item still unanswered (or the review)."""
        for i, step in enumerate(self.steps):
            for item in step.items:
                if self.answer(step.questionnaire.id, item.id) in (None, "", []) and item.required:
                    return i
        # all required answered: resume at the first step never touched at all, else review
        for i, step in enumerate(self.steps):
            if all(self.answer(step.questionnaire.id, it.id) is None for it in step.items):
                return i
        return len(self.steps)

    def next(self) -> list[tuple[Item, CodedProblem]]:
        """Move on if the current step is complete; otherwise return its problems."""
        problems = self.step_problems()
        if not problems:
            self.index = min(self.index + 1, len(self.steps))
        return problems

    def back(self) -> None:
        self.index = max(0, self.index - 1)

    def go_to(self, index: int) -> None:
        self.index = max(0, min(index, len(self.steps)))

    # -- answers ------------------------------------------------------------------
    def answer(self, questionnaire_id: str, item_id: str) -> Any:
        return self.answers.get(questionnaire_id, {}).get(item_id)

    def roster_ids(self) -> set[str]:
        return {p.id for p in self.program.roster}

    def check(self, item: Item, value: Any) -> CodedProblem | None:
        return item.check_answer(value, self.person.role, self.roster_ids())

    def set_answer(self, questionnaire_id: str, item_id: str, value: Any) -> CodedProblem | None:
        """Check and save one answer immediately. Returns a problem, or None when saved."""
        item = self.program.questionnaires[questionnaire_id].item(item_id)
        if value in ("", []):
            value = None
        if value is not None:
            problem = self.check(item, value)
            if problem:
                return problem
        if self._save is not None:
            self._save(self.person.id, questionnaire_id, item_id, value)
        if value is None:
            self.answers.get(questionnaire_id, {}).pop(item_id, None)
        else:
            self.answers.setdefault(questionnaire_id, {})[item_id] = value
        return None

    def step_problems(self, step: Step | None = None) -> list[tuple[Item, CodedProblem]]:
        step = step or self.step
        problems = []
        for item in step.items:
            problem = self.check(item, self.answer(step.questionnaire.id, item.id))
            if problem:
                problems.append((item, problem))
        return problems

    # -- progress and review ----------------------------------------------------------
    def question_count(self) -> int:
        return sum(len(step.items) for step in self.steps)

    def question_number(self) -> int:
        """1-based number of the first question on the current step."""
        return sum(len(step.items) for step in self.steps[: self.index]) + 1

    def answered_count(self) -> int:
        return sum(
            1 for step in self.steps for item in step.items
            if self.answer(step.questionnaire.id, item.id) not in (None, "", [])
        )

    def missing_required(self) -> list[tuple[int, Item]]:
        """(step index, item) of every required question still unanswered."""
        return [
            (i, item) for i, step in enumerate(self.steps) for item in step.items
            if item.required and self.answer(step.questionnaire.id, item.id) in (None, "", [])
        ]

    def complete(self) -> bool:
        return all(
            is_complete(q, self.person.role, self.answers.get(q.id, {}), self.person)
            for q in self.program.questionnaires_for(self.person.role)
        )

    def review(self, lang: str) -> list[tuple[int, str, str]]:
        """(step index, question, answer as text) for the review screen."""
        rows = []
        for i, step in enumerate(self.steps):
            for item in step.items:
                value = self.answer(step.questionnaire.id, item.id)
                rows.append((i, item.wording(self.person.role, lang), self.display(item, value, lang)))
        return rows

    def display(self, item: Item, value: Any, lang: str) -> str:
        """An answer as the participant would read it."""
        if value in (None, "", []):
            return "—"
        if item.kind == "scale" and item.scale is not None:
            labels = item.scale.labels.get(lang) or ()
            return f"{value}/{item.scale.points}" + (f" · {labels[value - 1]}" if labels else "")
        if item.kind in ("single", "multi"):
            by_id: dict[str, Option] = {o.id: o for o in item.options}
            values = value if isinstance(value, list) else [value]
            texts = [tr(by_id[v].text, lang) if v in by_id else str(v) for v in values]
            if item.kind == "multi" and item.ranked:
                return " · ".join(f"{n}. {t}" for n, t in enumerate(texts, 1))
            return ", ".join(texts)
        if item.kind == "roster":
            names = []
            for pid in value:
                person = self.program.participant(pid)
                names.append(person.name if person else pid)
            return ", ".join(names)
        if item.kind == "date" and isinstance(value, str):
            return show_date(value)  # as the date field reads it
        return str(value)

    def roster_choices(self, item: Item) -> list[Participant]:
        """Whom a roster pick may name: never the person themself, filtered by `pick_from`."""
        people = [p for p in self.program.roster if p.id != self.person.id]
        if item.pick_from in ("mentor", "mentee"):
            people = [p for p in people if p.role == item.pick_from]
        elif item.pick_from == "other_role":
            people = [p for p in people if p.role != self.person.role]
        return people
