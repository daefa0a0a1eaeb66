"""`rm-tui checkin` as a conversation: pick a pair, who answers, then the check-in questions
(or, with `--outcome`, the end-of-pair questions). Values are checked by the core
(`CheckIn.from_dict` / `Outcome.from_dict`) and stored at once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from rm_tui.core.checkins import NO_FAULT, REASON_CODES, CheckIn, CheckInError, Outcome
from rm_tui.followup_io import add_checkin, add_outcome
from rm_tui.learn import current_pairs
from rm_tui.prompts.items import ask_choice, ask_date, ask_scale, ask_text
from rm_tui.prompts.prompter import Prompter, Stopped
from rm_tui.storage import Database

AGREE = {
    "en": ["strongly disagree", "disagree", "neither", "agree", "strongly agree"],
    "fr": ["pas du tout d'accord", "pas d'accord", "neutre", "d'accord", "tout à fait d'accord"],
}
WORDS: dict[str, dict[str, str]] = {
    "en": {
        "pair": "Which pair?", "who": "Who is answering?", "date": "Date of this check-in",
        "met": "Did you meet since the last check-in?", "yes": "yes", "cancelled": "cancelled",
        "no": "no", "useful": "Our exchanges were useful to me",
        "openness": "I can speak openly with my partner",
        "explains_well": "My partner explains in a way that works for me",
        "progress": "We are progressing toward our goals",
        "comment": "Comment (seen by the facilitator only, optional)",
        "saved": "Saved: check-in of {who} for {pair}.", "again": "Another check-in?",
        "quality_mentor": "Quality of the pairing, for the mentor ({name})",
        "quality_mentee": "Quality of the pairing, for the mentee ({name})",
        "goals": "Goals reached", "would_pair_again": "Would they pair again?",
        "ended_early": "Did the pair end early?", "reason": "Why? (no-fault by default)",
        "outcome_saved": "Saved: outcome of {pair}.", "stopped": "Stopped; nothing more was saved.",
        "no_pairs": "no confirmed pairs yet: confirm a plan first",
    },
    "fr": {
        "pair": "Quel binôme ?", "who": "Qui répond ?", "date": "Date de ce point",
        "met": "Vous êtes-vous vus depuis le dernier point ?", "yes": "oui", "cancelled": "annulé",
        "no": "non", "useful": "Nos échanges m'ont été utiles",
        "openness": "Je peux parler librement avec mon binôme",
        "explains_well": "Mon binôme explique d'une façon qui me convient",
        "progress": "Nous progressons vers nos objectifs",
        "comment": "Commentaire (vu seulement par l'animateur, facultatif)",
        "saved": "Enregistré : point de {who} pour {pair}.", "again": "Un autre point ?",
        "quality_mentor": "Qualité du binôme, pour le mentor ({name})",
        "quality_mentee": "Qualité du binôme, pour le mentoré ({name})",
        "goals": "Objectifs atteints", "would_pair_again": "Referaient-ils binôme ?",
        "ended_early": "Le binôme s'est-il arrêté avant la fin ?",
        "reason": "Pourquoi ? (sans faute par défaut)",
        "outcome_saved": "Enregistré : bilan de {pair}.", "stopped": "Arrêté ; rien d'autre n'a été enregistré.",
        "no_pairs": "aucun binôme confirmé : confirmez d'abord un plan",
    },
}


def w(p: Prompter, key: str, **kw: Any) -> str:
    return WORDS.get(p.lang, WORDS["en"])[key].format(**kw)


def _names(db: Database) -> Callable[[str], str]:
    names = {person.id: person.name for person in db.participants()}
    return lambda pid: names.get(pid, pid)


def _pick_pair(p: Prompter, db: Database) -> tuple[str, str, Callable[[str], str]]:
    from rm_tui.core.errors import OperationError

    pairs = current_pairs(db)
    if not pairs:
        raise OperationError(w(p, "no_pairs"))
    name = _names(db)
    options = [(f"{m}\t{e}", f"{name(m)} — {name(e)}") for m, e in pairs]
    mentor, mentee = ask_choice(p, w(p, "pair"), options).split("\t")
    return mentor, mentee, name


def _rating(p: Prompter, key: str, required: bool, **kw: Any) -> int | None:
    return ask_scale(p, w(p, key, **kw), 5, AGREE.get(p.lang, AGREE["en"]), required=required)


def ask_checkin(p: Prompter, db: Database, today: str) -> CheckIn:
    mentor, mentee, name = _pick_pair(p, db)
    respondent = ask_choice(p, w(p, "who"), [
        ("mentor", f"{name(mentor)} (mentor)"), ("mentee", f"{name(mentee)} (mentee)")])
    date = ask_date(p, w(p, "date"), default=today)
    met = ask_choice(p, w(p, "met"), [(v, w(p, v)) for v in ("yes", "cancelled", "no")])
    ratings = {key: _rating(p, key, met == "yes") for key in ("useful", "openness", "explains_well", "progress")}
    comment = ask_text(p, w(p, "comment"), max_length=1000)
    data = {"mentor": mentor, "mentee": mentee, "respondent": respondent, "date": date,
            "met": met, "comment": comment, **ratings}
    return CheckIn.from_dict(data)


def ask_outcome(p: Prompter, db: Database) -> Outcome:
    mentor, mentee, name = _pick_pair(p, db)
    ended = ask_choice(p, w(p, "ended_early"), [("no", w(p, "no")), ("yes", w(p, "yes"))]) == "yes"
    reason = None
    if ended:
        reason = ask_choice(p, w(p, "reason"), [(k, f"{k}: {v}") for k, v in REASON_CODES.items()],
                            default=NO_FAULT)
    data = {
        "mentor": mentor, "mentee": mentee, "ended_early": ended, "reason": reason,
        "quality_mentor": _rating(p, "quality_mentor", not ended, name=name(mentor)),
        "quality_mentee": _rating(p, "quality_mentee", not ended, name=name(mentee)),
        "goals": _rating(p, "goals", False),
        "would_pair_again": {"yes": True, "no": False, None: None}[
            ask_choice(p, w(p, "would_pair_again"), [("yes", w(p, "yes")), ("no", w(p, "no"))],
                       required=False)],
    }
    return Outcome.from_dict(data)


def run_checkin(db: Database, p: Prompter, *, outcome: bool = False, today: str | None = None) -> int:
    """Ask and store check-ins (one after another) or one outcome. 130 when stopped."""
    today = today or dt.date.today().isoformat()
    try:
        if outcome:
            value = ask_outcome(p, db)
            add_outcome(db, value)
            p.say(w(p, "outcome_saved", pair=f"{value.mentor}/{value.mentee}"))
            return 0
        while True:
            c = ask_checkin(p, db, today)
            add_checkin(db, c)
            p.say(w(p, "saved", who=c.respondent, pair=f"{c.mentor}/{c.mentee}"))
            if not p.confirm(w(p, "again"), default=False):
                return 0
    except Stopped:
        p.say(w(p, "stopped"))
        return 130
    except CheckInError as bad:  # the prompts check ranges; this is a last guard
        from rm_tui.core.errors import InputError

        raise InputError(str(bad)) from None
