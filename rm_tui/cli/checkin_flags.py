"""`rm-tui checkin PROGRAM --pair MENTOR:MENTEE ...`: a check-in or an outcome from a script.

The flags are the import format's field names (`docs/FORMATS.md`, check-ins and outcomes):
`--useful` is the `useful` column, `--quality-mentor` the `quality_mentor` one. People are
given by id or by name (as `rm-tui checkin` shows them); nothing is ever asked, so a script
with no terminal never waits. Bad values exit 2 naming the flag. The record goes through the
import's store (`store_followup`): running the same command twice stores it once.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from rm_tui.cli.common import db_path
from rm_tui.core.checkins import RATING_TEXT, RATINGS, CheckIn, CheckInError, Outcome
from rm_tui.core.errors import InputError, OperationError, Problem
from rm_tui.core.followup_parse import CHECKIN_KEYS, OUTCOME_KEYS
from rm_tui.core.name_search import fold, name_matches
from rm_tui.i18n import t

if TYPE_CHECKING:  # core.followup needs numpy: not for `--help`
    from rm_tui.core.followup import PairState

PAIR_KEYS = ("mentor", "mentee")
CHECKIN_FIELDS = tuple(k for k in CHECKIN_KEYS if k not in PAIR_KEYS)
OUTCOME_FIELDS = tuple(k for k in OUTCOME_KEYS if k not in PAIR_KEYS)
COMMENT_LIMIT = 1000  # as the prompt's comment field
HELP = {
    "respondent": "who answers: mentor or mentee (or that person's name or id)",
    "date": "day of the check-in, YYYY-MM-DD (default: today)",
    "met": "did they meet: yes (default), cancelled or no",
    "comment": "optional comment, seen by the facilitator only",
    "quality_mentor": "quality of the pairing for the mentor, 1-5",
    "quality_mentee": "quality of the pairing for the mentee, 1-5",
    "goals": "goals reached, 1-5",
    "would_pair_again": "yes or no",
    "ended_early": "yes or no (default: no)",
    "reason": "why it ended early (default: no_fault); see docs/FORMATS.md",
}
Names = Callable[[str], str]


def _bad(key: str, lang: str, **params: object) -> InputError:
    return InputError(Problem("rm-tui checkin", t(key, lang, **params)))


def flag(field: str) -> str:
    return "--" + field.replace("_", "-")


def add_flags(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--pair", metavar="MENTOR:MENTEE",
                        help="record without prompts, for this pair (names or ids)")
    checkin = parser.add_argument_group("check-in fields (with --pair; the import's column names)")
    for field in CHECKIN_FIELDS:
        text = HELP.get(field) or f"1-5, agree that {RATING_TEXT[field]!r} (needed when they met)"
        checkin.add_argument(flag(field), dest=field, metavar="N" if field in RATINGS else "VALUE",
                             help=text)
    outcome = parser.add_argument_group("outcome fields (with --outcome --pair)")
    for field in OUTCOME_FIELDS:
        metavar = "N" if field in ("quality_mentor", "quality_mentee", "goals") else "VALUE"
        outcome.add_argument(flag(field), dest=field, metavar=metavar, help=HELP[field])


def given_fields(args: argparse.Namespace) -> list[str]:
    return [f for f in (*CHECKIN_FIELDS, *OUTCOME_FIELDS) if getattr(args, f, None) is not None]


def check_mode(args: argparse.Namespace, lang: str) -> bool:
    """True for a scripted run; InputError for fields that cannot go with the others."""
    fields = given_fields(args)
    if args.pair is None:
        if fields:
            raise _bad("cli_checkin.need_pair", lang, flag=flag(fields[0]))
        return False
    wrong = [f for f in fields if f not in (OUTCOME_FIELDS if args.outcome else CHECKIN_FIELDS)]
    if wrong and args.outcome:
        flags = ", ".join(flag(f) for f in OUTCOME_FIELDS)
        raise _bad("cli_checkin.checkin_only", lang, flag=flag(wrong[0]), flags=flags)
    if wrong:
        raise _bad("cli_checkin.outcome_only", lang, flag=flag(wrong[0]))
    return True


def _who(text: str, ids: set[str], name: Names) -> set[str]:
    """Ids given by `text`: an id as it is, else a full name, else every name it starts."""
    text = text.strip()
    if text in ids:
        return {text}
    exact = {i for i in ids if fold(name(i)).split() == fold(text).split()}
    return exact or {i for i in ids if name_matches(text, name(i))}


def find_pair(value: str, pairs: Sequence[PairState], name: Names, lang: str) -> PairState:
    parts = value.split(":")
    if len(parts) != 2 or not all(p.strip() for p in parts):
        raise _bad("cli_checkin.bad_pair", lang, value=value)
    found = []
    for text, role in zip(parts, PAIR_KEYS, strict=True):
        people = _who(text, {getattr(p, role) for p in pairs}, name)
        if not people:
            raise _bad("cli_checkin.no_person", lang, text=text.strip(),
                               role=t(f"cli_checkin.role_{role}", lang))
        found.append(people)
    hits = [p for p in pairs if p.mentor in found[0] and p.mentee in found[1]]
    if not hits:
        mentor, mentee = (" / ".join(sorted(name(i) for i in ids)) for ids in found)
        raise _bad("cli_checkin.never_paired", lang, mentor=mentor, mentee=mentee)
    if len(hits) > 1:
        shown = "; ".join(f"{name(p.mentor)} — {name(p.mentee)} ({p.mentor}:{p.mentee})" for p in hits)
        raise _bad("cli_checkin.ambiguous", lang, value=value, count=len(hits), pairs=shown)
    return hits[0]


def _respondent(value: str | None, pair: PairState, name: Names, lang: str) -> str:
    if value is None:
        raise _bad("cli_checkin.need_respondent", lang)
    text = value.strip()
    if text.lower() in PAIR_KEYS:
        return text.lower()
    found = [role for role in PAIR_KEYS if _who(text, {getattr(pair, role)}, name)]
    if len(found) != 1:
        raise _bad("cli_checkin.bad_respondent", lang, value=value,
                           mentor=name(pair.mentor), mentee=name(pair.mentee))
    return found[0]


def build(args: argparse.Namespace, pair: PairState, name: Names, lang: str,
          today: dt.date) -> CheckIn | Outcome:
    """The record the flags describe, checked as an imported row is; InputError naming the flag."""
    from rm_tui.core.followup import ENDED
    from rm_tui.services.followup_words import plain_error

    data: dict[str, object] = {"mentor": pair.mentor, "mentee": pair.mentee}
    try:
        if args.outcome:
            data.update({f: getattr(args, f) for f in OUTCOME_FIELDS})
            return Outcome.from_dict(data)
        if pair.status == ENDED:
            raise _bad("cli_checkin.ended", lang, pair=f"{name(pair.mentor)} — {name(pair.mentee)}")
        data.update({f: getattr(args, f) for f in CHECKIN_FIELDS})
        data["respondent"] = _respondent(args.respondent, pair, name, lang)
        data["date"] = args.date if args.date is not None else today.isoformat()
        data["met"] = args.met if args.met is not None else "yes"
        comment = args.comment or ""
        if len(comment) > COMMENT_LIMIT:
            raise _bad("cli_checkin.too_long", lang, limit=COMMENT_LIMIT, count=len(comment))
        return CheckIn.from_dict(data)
    except CheckInError as bad:
        given = getattr(args, bad.field, None)
        shown = flag(bad.field) + (f" {given!r}" if given is not None else "")
        raise _bad("cli_checkin.field", lang, flag=shown, message=plain_error(bad, lang)) from None


def run_scripted(args: argparse.Namespace, lang: str, names: dict[str, str],
                 today: dt.date | None = None) -> int:
    """Store the check-in or outcome the flags give; print what was saved."""
    from rm_tui.core.followup_parse import Followup
    from rm_tui.services.confirmed_cohort import followup_overview, open_existing
    from rm_tui.services.followup_io import store_followup

    with open_existing(db_path(args)) as db:
        known = {**names, **{p.id: p.name for p in db.participants() if p.name}}

        def name(pid: str) -> str:
            return known.get(pid, pid)

        pairs = followup_overview(db).pairs
        if not pairs:
            raise OperationError.coded("checkin.no_pairs")
        pair = find_pair(args.pair, pairs, name, lang)
        value = build(args, pair, name, lang, today or dt.date.today())
        shown = f"{name(pair.mentor)} — {name(pair.mentee)}"
        if isinstance(value, Outcome):
            counts = store_followup(db, Followup(outcomes=(value,)), source="cli", actor="cli")
            message = t("checkin.outcome_saved", lang, pair=shown)
        else:
            counts = store_followup(db, Followup(checkins=(value,)), source="cli", actor="cli")
            message = t("checkin.saved", lang, who=name(getattr(value, value.respondent)), pair=shown)
    if not (counts["checkins_added"] or counts["outcomes_added"]):  # the same command run twice
        message = t("cli_checkin.unchanged", lang, what=shown)
    print(message)
    return 0

