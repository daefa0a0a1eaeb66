"""Signing up someone missing from the roster (kiosk, browser, `take`): one set of rules.

A newcomer gives a first and last name, a valid email and a role. Someone already listed
(the same email, or the same name with no email to tell them apart) is sent back to search
for their name instead of becoming a second record. New ids follow one scheme.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rm_tui.core.name_search import slug, words
from rm_tui.core.participant import ROLES, Participant, Role

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def already_listed(name: str, email: str, roster: Iterable[Participant]) -> bool:
    """A namesake with another email is a different person and may sign up; a namesake with
    no email cannot be told apart, so the facilitator decides."""
    wanted = sorted(words(name))
    for person in roster:
        if person.email and person.email.casefold() == email.casefold():
            return True
        if sorted(words(person.name)) == wanted and not person.email:
            return True
    return False


def name_problem(name: str) -> str | None:
    """A first and last name, at least (the key of the problem, or None)."""
    return "kiosk.need_name" if len(name.split()) < 2 else None


def registration_problem(name: str, email: str, role: str | None,
                         roster: Iterable[Participant]) -> str | None:  # fmt: skip
    """The catalogue key of what is wrong with a sign-up (checked in this order), or None."""
    if (wrong := name_problem(name)) is not None:
        return wrong
    if not EMAIL.match(email.strip()):
        return "common.bad_email"
    if role not in ROLES:
        return "kiosk.need_role"
    if already_listed(name, email.strip(), roster):
        return "kiosk.already_listed"
    return None


def new_participant(name: str, role: Role, email: str, taken: Iterable[str]) -> Participant:
    """The newcomer's record: id self-<name>, then -2, -3... when taken."""
    used = set(taken)
    base = f"self-{slug(name)}"
    pid, n = base, 2
    while pid in used:
        pid, n = f"{base}-{n}", n + 1
    return Participant(id=pid, name=" ".join(name.split()), role=role,
                       email=email.strip(), self_registered=True)
