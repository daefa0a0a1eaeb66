"""What one kiosk knows between participants: program, database, language, clock, PIN.

Screens receive the session and never touch each other's state. Nothing about a participant
is kept here once they leave (`end_participant`), so the next person starts blank.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from rm_tui.core.participant import Participant, Role
from rm_tui.core.program import Program, merge_participants
from rm_tui.tui.kiosk.opening import DatabaseOpening, ProgramLoading
from rm_tui.tui.kiosk.pin_guard import PinGuard
from rm_tui.tui.kiosk.saver import AnswerSaver

if TYPE_CHECKING:
    from rm_tui.core.intake import Intake
    from rm_tui.storage import Database

Clock = Callable[[], float]


def _words(key: str | None) -> str | None:
    if not key:
        return None
    text = " ".join(key.replace("_", " ").replace("-", " ").split())
    return text[:1].upper() + text[1:]


class KioskSession:
    def __init__(
        self,
        program: Program | ProgramLoading,
        db: Database | DatabaseOpening,
        pin: str,
        *,
        clock: Clock = time.monotonic,
        idle_seconds: int | None = None,
        thanks_seconds: int = 15,
        lang: str | None = None,
    ) -> None:
        # a loading or an opening: Welcome is drawn before they are read (opening.py)
        self._program = program
        self._db = db
        # what Welcome shows: the program's name, languages and kiosk settings
        self.summary = program.summary if isinstance(program, ProgramLoading) else program
        self.clock = clock
        self.idle_seconds = idle_seconds if idle_seconds is not None else self.summary.kiosk.idle_seconds
        self.thanks_seconds = thanks_seconds
        self.default_lang = lang or (self.summary.languages[0] if self.summary.languages else "fr")
        self.lang = self.default_lang
        self.pin = PinGuard(pin, clock)
        self.saver = AnswerSaver()
        self.last_activity = clock()
        # browser mode (rm-tui serve): tap-first layout; a personal link fixes the person
        self.touch_mode = False
        self.person_id: str | None = None

    @property
    def base_program(self) -> Program:
        """The whole program (if it is still being read, once that is done)."""
        return self._program.get() if isinstance(self._program, ProgramLoading) else self._program

    @property
    def db(self) -> Database:
        """The database (if it is still being opened, once that is done)."""
        return self._db.get() if isinstance(self._db, DatabaseOpening) else self._db

    def read_the_rest(self) -> None:
        """Once Welcome is drawn: start reading the program and opening the database."""
        for pending in (self._program, self._db):
            if isinstance(pending, ProgramLoading | DatabaseOpening):
                pending.start()

    def stop_reading(self) -> None:
        """The app is ending: a program read under way ends first (the database: `close_database`)."""
        if isinstance(self._program, ProgramLoading):
            self._program.close()

    def close_database(self) -> None:
        self._db.close()

    # -- time -------------------------------------------------------------------------------
    def touch(self) -> None:
        self.last_activity = self.clock()

    def idle_for(self) -> float:
        return self.clock() - self.last_activity

    def idle_expired(self) -> bool:
        return self.idle_for() >= self.idle_seconds

    @property
    def languages(self) -> tuple[str, ...]:
        return self.summary.languages or ("fr", "en")

    def other_language(self) -> str:
        langs = self.languages
        return langs[(langs.index(self.lang) + 1) % len(langs)] if self.lang in langs else langs[0]

    # -- people -----------------------------------------------------------------------------
    def program(self) -> Program:
        """The program with everyone who can take part: the YAML roster plus people who
        registered at a kiosk (read fresh, since another kiosk may have added someone)."""
        return merge_participants(self.base_program, self.db.participants())

    def describe(self, person: Participant) -> list[str | None]:
        """Words that tell two people of the same short name apart, as they know themselves:
        job family, role, team, subsidiary (team ids read as words: 'data-platform' -> 'Data
        platform')."""
        from rm_tui.core.questionnaire import tr
        from rm_tui.i18n import t

        family = None
        for domain in self.base_program.taxonomy:
            if person.job_family in domain.families:
                family = tr(domain.families[person.job_family], self.lang)
        return [family, t(f"common.role.{person.role}", self.lang), _words(person.team),
                _words(person.subsidiary)]

    def labels(self, people: list[Participant]) -> dict[str, str]:
        """'Camille M.', with what tells namesakes apart among everyone on the roster."""
        from rm_tui.core.name_search import distinct_labels

        roster = self.program().roster
        shorts = {p.first_name_initial for p in people}
        alike = [p for p in roster if p.first_name_initial in shorts]
        labels = distinct_labels(alike, self.describe)
        return {p.id: labels.get(p.id, p.first_name_initial) for p in people}

    def self_registration(self) -> bool:
        return self.summary.kiosk.self_registration

    def register(self, name: str, role: Role, email: str) -> Participant:
        from rm_tui.core.registration import new_participant

        person = new_participant(name, role, email, (p.id for p in self.program().roster))
        self.db.upsert_participant(person)
        return person

    def start_intake(self, person: Participant) -> Intake:
        """The person's pass through their questionnaires, resuming from what is saved."""
        from rm_tui.core.intake import Intake

        self.saver.flush()  # answers given a moment ago at this kiosk are on disk
        program = self.program()
        answers = self.db.answers(person.id)
        return Intake(program, person, answers, save=self._save)

    def sealed(self, intake: Intake) -> bool:
        """The person's answers are in (submitted here, with `take`, or imported): nothing of
        them is shown or changed without the facilitator's PIN."""
        from rm_tui.core.completion import sealed

        return sealed(intake.program, intake.person, intake.answers, self.db.submitted(intake.person.id))

    def _save(self, pid: str, qid: str, item_id: str, value: Any) -> None:
        if value is None:
            self.saver.put(lambda: self.db.clear_answer(pid, qid, item_id))
        else:
            self.saver.put(lambda: self.db.save_answer(pid, qid, item_id, value))

    def submit(self, intake: Intake) -> None:
        """Mark every questionnaire of the person's role as submitted, once answers are stored."""
        self.saver.flush()
        if self.saver.errors:
            # an autosave failed (disk full, file locked too long...): write everything again,
            # now, and let a second failure reach the screen
            self.saver.errors.clear()
            for qid, values in intake.answers.items():
                self.db.save_answers(intake.person.id, qid, values)
        for questionnaire in intake.program.questionnaires_for(intake.person.role):
            self.db.mark_submitted(intake.person.id, questionnaire.id)
        if intake.person.self_registered:
            # a newcomer's background answers (job family...) become their participant record,
            # as a roster would have given them
            fields: dict[str, Any] = {}
            for step in intake.steps:
                for item in step.items:
                    if item.field:
                        value = intake.answer(step.questionnaire.id, item.id)
                        if item.kind == "roster" and isinstance(value, list):
                            value = value[0] if value else None  # a manager is one person
                        fields[item.field] = value
            updated = intake.person.with_background(fields)
            if updated != intake.person:
                self.db.upsert_participant(updated)

    def end_participant(self) -> None:
        self.lang = self.default_lang
        self.touch()

    def close(self) -> None:
        self.saver.close()
