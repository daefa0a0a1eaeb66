"""`rm-tui checkin` as a conversation: pick a pair, who answers, then the check-in questions
(or, with `--outcome`, the end-of-pair questions). Values are checked by the core
(`CheckIn.from_dict` / `Outcome.from_dict`) and stored at once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

from rm_tui.core.checkins import NO_FAULT, CheckIn, CheckInError, Outcome
from rm_tui.core.followup import ENDED
from rm_tui.i18n import t
from rm_tui.prompts.items import ask_choice, ask_date, ask_scale, ask_text
from rm_tui.prompts.prompter import Prompter, Stopped
from rm_tui.services.confirmed_cohort import followup_overview
from rm_tui.services.followup_io import add_checkin, add_outcome
from rm_tui.services.followup_words import AGREE, GOALS, QUALITY, REASONS, plain_error, scale
from rm_tui.storage import Database

Names = Callable[[str], str]


def w(p: Prompter, key: str, **kw: Any) -> str:
    return t(f"checkin.{key}", p.lang, **kw)


def _names(db: Database, extra: Mapping[str, str] | None) -> Names:
    """Names from the database and the program's roster (a roster-only cohort has no names in
    the database): nobody is ever shown as a bare id when a name is known."""
    names = {**(extra or {}), **{person.id: person.name for person in db.participants() if person.name}}
    return lambda pid: names.get(pid, pid)


def _pick_pair(p: Prompter, db: Database, name: Names, *, ended_too: bool) -> tuple[str, str]:
    """A pair by its people's names: the running pairs (for an outcome, the ended ones too)."""
    from rm_tui.core.errors import OperationError

    found = followup_overview(db)
    pairs = found.pairs if ended_too else found.open_pairs
    if not pairs:
        raise OperationError(w(p, "no_pairs"))
    options = [(f"{s.mentor}\t{s.mentee}", f"{name(s.mentor)} — {name(s.mentee)}"
                + (t("checkin.ended", p.lang) if s.status == ENDED else "")) for s in pairs]
    mentor, mentee = ask_choice(p, w(p, "pair"), options).split("\t")
    return mentor, mentee


def _rating(p: Prompter, key: str, required: bool, labels: dict[str, list[str]] = AGREE,
            **kw: Any) -> int | None:
    return ask_scale(p, w(p, key, **kw), 5, scale(labels, p.lang), required=required)


def ask_checkin(p: Prompter, db: Database, today: str, name: Names) -> CheckIn:
    mentor, mentee = _pick_pair(p, db, name, ended_too=False)
    respondent = ask_choice(p, w(p, "who"), [
        ("mentor", f"{name(mentor)} ({w(p, 'mentor')})"), ("mentee", f"{name(mentee)} ({w(p, 'mentee')})")])
    date = ask_date(p, w(p, "date"), default=today)
    met = ask_choice(p, w(p, "met"), [(v, w(p, v)) for v in ("yes", "cancelled", "no")])
    ratings = {key: _rating(p, key, met == "yes") for key in ("useful", "openness", "explains_well", "progress")}
    comment = ask_text(p, w(p, "comment"), max_length=1000)
    data = {"mentor": mentor, "mentee": mentee, "respondent": respondent, "date": date,
            "met": met, "comment": comment, **ratings}
    return CheckIn.from_dict(data)


def ask_outcome(p: Prompter, db: Database, name: Names) -> Outcome:
    mentor, mentee = _pick_pair(p, db, name, ended_too=True)
    ended = ask_choice(p, w(p, "ended_early"), [("no", w(p, "no")), ("yes", w(p, "yes"))]) == "yes"
    reason = None
    if ended:
        reason = ask_choice(p, w(p, "reason"), [(k, f"{k}: {v}") for k, v in scale(REASONS, p.lang).items()],
                            default=NO_FAULT)
    data = {
        "mentor": mentor, "mentee": mentee, "ended_early": ended, "reason": reason,
        "quality_mentor": _rating(p, "quality_mentor", not ended, QUALITY, name=name(mentor)),
        "quality_mentee": _rating(p, "quality_mentee", not ended, QUALITY, name=name(mentee)),
        "goals": _rating(p, "goals", False, GOALS),
        "would_pair_again": {"yes": True, "no": False, None: None}[
            ask_choice(p, w(p, "would_pair_again"), [("yes", w(p, "yes")), ("no", w(p, "no"))],
                       required=False)],
    }
    return Outcome.from_dict(data)


def run_checkin(db: Database, p: Prompter, *, outcome: bool = False, today: str | None = None,
                names: Mapping[str, str] | None = None) -> int:
    """Ask and store check-ins (one after another) or one outcome. 130 when stopped.
    `names`: id -> name from the program's roster (the database's names come first)."""
    today = today or dt.date.today().isoformat()
    name = _names(db, names)
    try:
        if outcome:
            value = ask_outcome(p, db, name)
            add_outcome(db, value)
            p.say(w(p, "outcome_saved", pair=f"{name(value.mentor)} — {name(value.mentee)}"))
            return 0
        while True:
            c = ask_checkin(p, db, today, name)
            add_checkin(db, c)
            p.say(w(p, "saved", who=name(getattr(c, c.respondent)),
                    pair=f"{name(c.mentor)} — {name(c.mentee)}"))
            if not p.confirm(w(p, "again"), default=False):
                return 0
    except Stopped:
        p.say(w(p, "stopped"))
        return 130
    except CheckInError as bad:  # the prompts check ranges; this is a last guard
        from rm_tui.core.errors import InputError

        raise InputError(plain_error(bad, p.lang)) from None
