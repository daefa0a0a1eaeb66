"""`rm-tui take` as a conversation: identify, answer step by step, review, submit.

All the questionnaire logic (which items, in which order, what is valid, where to resume) is the
shared `Intake`; every accepted answer goes straight to the database through its `save` callback.
"""

from __future__ import annotations

import hmac
from collections.abc import Callable
from typing import Any

from questionary import Choice

from rm_tui.core.coded_problem import problem
from rm_tui.core.completion import sealed
from rm_tui.core.errors import InputError, OperationError, Problem
from rm_tui.core.intake import Intake, Step
from rm_tui.core.participant import Participant
from rm_tui.core.program import Program
from rm_tui.core.questionnaire import Item, tr
from rm_tui.core.registration import EMAIL, name_problem, new_participant, registration_problem
from rm_tui.i18n import Said, t, tn
from rm_tui.prompts.items import ask_number, ask_text, find_person, unique_labels
from rm_tui.prompts.markers import BACK
from rm_tui.prompts.prompter import Prompter, Stopped
from rm_tui.prompts.questions import ask_item
from rm_tui.storage import Database

ResumeCommand = Callable[[str], str]  # participant id -> the command that resumes


def run_take(
    program: Program, db: Database, p: Prompter, *, participant_id: str | None = None,
    resume_command: ResumeCommand = lambda pid: f"rm-tui take PROGRAM --participant {pid}",
    pin: str | None = None,
) -> int:
    """0 when submitted or paused from the review (or the answers are sealed), 1 when the
    facilitator's PIN was wrong three times, 130 when stopped with Ctrl+C. `pin`: the kiosk's,
    which alone reopens submitted answers (None: they cannot be reopened here)."""
    program = with_registered(program, db)
    p.confirm_waits_for_enter = True  # a habitual Enter after "y" must not answer what comes next
    intake: Intake | None = None
    try:
        person = identify(program, p, participant_id, db)
        if program.participant(person.id) is None:  # just registered: stored like the kiosk does
            db.upsert_participant(person)
            program = program.with_roster(list(program.roster) + [person])
        intake = Intake(program, person, db.answers(person.id), save=saver(db))
        if sealed(program, person, intake.answers, db.submitted(person.id)):
            # submitted (here, at a kiosk, or imported): nothing shown or changed without the PIN
            p.say(t("take.sealed", p.lang, name=person.name.split()[0]))
            outcome = reopen(p, pin)
            if outcome != "open":
                return 1 if outcome == "refused" else 0  # a wrong PIN: nothing was reopened
            intake.go_to(len(intake.steps))
            return review(p, intake, db, resume_command)
        greet(p, intake, bool(db.submitted(person.id)))
        while not intake.at_review:
            if answer_step(p, intake, back=intake.index > 0) == "back":
                intake.back()
        return review(p, intake, db, resume_command)
    except Stopped:
        p.say()
        if intake is None:
            p.say(t("take.stopped_early", p.lang))
        else:
            p.say(tn("take.stopped", intake.answered_count(), p.lang))
            p.say(t("take.resume", p.lang, command=resume_command(intake.person.id)))
        return 130


PIN_TRIES = 3


def reopen(p: Prompter, pin: str | None) -> str:
    """"open" once the facilitator typed the kiosk PIN (hidden, three tries), "left" on Enter
    or without a PIN to check against, "refused" after three wrong ones."""
    if not pin:
        p.say(t("take.sealed_ask", p.lang))
        p.say(t("take.sealed_how", p.lang))
        return "left"
    for _ in range(PIN_TRIES):
        typed = p.password(t("take.sealed_pin", p.lang))
        if not typed:
            return "left"
        if hmac.compare_digest(typed.strip().encode(), pin.strip().encode()):
            return "open"
        p.say(t("take.sealed_wrong_pin", p.lang))
    return "refused"


def with_registered(program: Program, db: Database) -> Program:
    """The roster plus people known only to the database (registered at a kiosk)."""
    ids = {person.id for person in program.roster}
    extra = [person for person in db.participants() if person.id not in ids]
    return program.with_roster(list(program.roster) + extra) if extra else program


def saver(db: Database) -> Callable[[str, str, str, Any], None]:
    def save(pid: str, qid: str, item_id: str, value: Any) -> None:
        if value is None:
            db.clear_answer(pid, qid, item_id)
        else:
            db.save_answer(pid, qid, item_id, value)
    return save


def role_name(lang: str, role: str) -> str:
    return t(f"common.role.{role}", lang)


def identify(program: Program, p: Prompter, participant_id: str | None,
             db: Database | None = None) -> Participant:
    """The person taking the questionnaires: by id, by name from the roster, or registered now
    (when the program allows self-registration at the kiosk)."""
    if participant_id is not None:
        person = program.participant(participant_id)
        if person is None:
            raise InputError(Problem("rm-tui", Said("args.take.not_on_roster", pid=participant_id,
                                                    program=program.path or program.id)))
        return person
    can_register = program.kiosk.self_registration
    if not program.roster and not can_register:
        raise OperationError.coded("args.take.empty_roster")
    label_of = unique_labels([(x.id, x.name) for x in program.roster])

    def known(text: str) -> bool | str:
        pid, matches = find_person(text, label_of)
        if pid is not None:
            return True
        if matches:
            return t("take.people_several", p.lang, names=", ".join(matches[:5]))
        return True if can_register and text.strip() else t("take.who_unknown", p.lang)

    while True:
        if label_of:
            who = t("take.who_plain" if p.plain else "take.who", p.lang)
            text = p.autocomplete(who, list(label_of.values()), validate=known).strip()
        else:
            text = p.text(t("common.full_name", p.lang), validate=lambda text: bool(text.strip()) or problem("required").to_participant(p.lang)).strip()
        pid = find_person(text, label_of)[0]
        if pid is None:
            # a typo must not register; someone listed already searches again
            wants = p.confirm(t("take.register", p.lang, name=text), default=False)
            if wants and (newcomer := register(program, p, text, db)) is not None:
                return newcomer
            continue
        person = program.participant(pid)
        assert person is not None
        name = role_name(p.lang, person.role)
        if p.confirm(t("take.is_it_you", p.lang, name=person.first_name_initial, role=name)):
            return person


def register(program: Program, p: Prompter, name: str, db: Database | None) -> Participant | None:
    """Sign up someone missing from the roster, on the kiosk's rules (core/registration.py);
    None when they turn out to be listed already (they search for their name again)."""
    if (refused := name_problem(name)) is not None:  # asked before anything else
        p.say(t(refused, p.lang))
        return None
    role = p.select(t("common.your_role", p.lang), [
        Choice(t("common.role_long.mentor", p.lang), value="mentor"),
        Choice(t("common.role_long.mentee", p.lang), value="mentee"),
    ], instruction=t("take.choice_hint", p.lang))
    email = ask_text(p, t("common.email", p.lang), max_length=120, hint="", required=True,
                     check=lambda v: None if v and EMAIL.match(v) else t("common.bad_email", p.lang))
    people = [*program.roster, *(db.participants() if db else ())]
    if (refused := registration_problem(name, email, role, people)) is not None:
        p.say(t(refused, p.lang))
        return None
    person = new_participant(name, role, email, (x.id for x in people))
    p.say(t("take.registered", p.lang, name=person.name, id=person.id))
    return person


def greet(p: Prompter, intake: Intake, submitted: bool) -> None:
    name = intake.person.name.split()[0]
    total = intake.question_count()
    if submitted:
        p.say(t("take.already_submitted", p.lang))
    elif intake.answered_count():
        p.say(tn("take.welcome_back", intake.answered_count(), p.lang, name=name, total=total))
    else:
        p.say(t("take.welcome", p.lang, name=name, total=total))


def answer_step(p: Prompter, intake: Intake, back: bool) -> str:
    """Ask the current step's items; "done" (moved on) or "back" (asked for the previous step)."""
    step = intake.step
    first_of_questionnaire = intake.index == 0 or intake.steps[intake.index - 1].questionnaire is not step.questionnaire
    if first_of_questionnaire:
        p.say()
        p.say(f"== {tr(step.questionnaire.title, p.lang)} ==")
        if step.questionnaire.intro:
            p.say(tr(step.questionnaire.intro, p.lang))
    while True:
        p.say()
        p.say(f"[{t('common.question_of', p.lang, n=intake.question_number(), total=intake.question_count())}]")
        i = 0
        while i < len(step.items):
            item = step.items[i]
            value = ask_item(p, intake, step.questionnaire, item, back=back or i > 0)
            if value is BACK:
                if i == 0:
                    return "back"
                i -= 1
                continue
            found = intake.set_answer(step.questionnaire.id, item.id, value)
            if found:  # the prompts check first; this only guards against a mismatch
                p.say(f"  ! {found.to_participant(p.lang)}")
                continue
            i += 1
        problems = intake.next()
        if not problems:
            return "done"
        for item, found in problems:
            p.say("  ! " + t("take.item_problem", p.lang, problem=found.to_participant(p.lang),
                             question=item.wording(intake.person.role, p.lang)))


def review(p: Prompter, intake: Intake, db: Database, resume_command: ResumeCommand) -> int:
    lang = p.lang
    while True:
        rows = intake.review(lang)
        p.say()
        p.say(f"== {t('common.review', lang)} ==")
        for n, (_step, question, answer) in enumerate(rows, 1):
            p.say(f"{n:>2}. {question}")
            p.say(f"    → {answer}")
        missing = intake.missing_required()
        if missing:
            names = ", ".join(item.wording(intake.person.role, lang) for _i, item in missing)
            p.say(t("take.missing", lang, items=names))
        choices = [
            Choice(t("common.submit", lang), value="submit",
                   disabled=t("take.missing", lang, items=len(missing)) if missing else None),
            Choice(t("take.change", lang), value="change"),
            Choice(t("take.stop", lang), value="stop"),
        ]
        action = p.select(t("take.review_action", lang), choices, instruction=t("take.choice_hint", lang),
                          default="change" if missing else "submit")
        if action == "submit":
            for questionnaire in intake.program.questionnaires_for(intake.person.role):
                db.mark_submitted(intake.person.id, questionnaire.id)
            p.say(t("take.submitted", lang, name=intake.person.name.split()[0]))
            return 0
        if action == "stop":
            p.say(t("take.resume", lang, command=resume_command(intake.person.id)))
            return 0
        # the review's own numbers: "22" edits question 22, and only that question
        items = [(i, step, item) for i, step in enumerate(intake.steps) for item in step.items]
        first_missing = next((n for n, (_i, _s, item) in enumerate(items, 1)
                              if missing and item is missing[0][1]), None)
        number = ask_number(p, t("take.which_change", lang), suggested=first_missing, lo=1,
                            hi=len(items), integer=True, required=True, back=False, help=None,
                            check=lambda _v: None)
        if not isinstance(number, int):
            continue
        index, step, item = items[number - 1]
        intake.go_to(index)
        answer_one(p, intake, step, item)
        intake.go_to(len(intake.steps))


def answer_one(p: Prompter, intake: Intake, step: Step, item: Item) -> None:
    """Ask one question again (not the rest of its screen) until its answer is accepted."""
    while True:
        value = ask_item(p, intake, step.questionnaire, item, back=True)
        if value is BACK:
            return
        found = intake.set_answer(step.questionnaire.id, item.id, value)
        if not found:
            return
        p.say(f"  ! {found.to_participant(p.lang)}")


def _short(text: str, width: int = 50) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
