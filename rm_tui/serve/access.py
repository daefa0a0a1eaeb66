"""Who may open a browser session: one shared token per run, one personal token per person.

Tokens are URL-safe random strings of 128 bits or more. A personal token is an HMAC of the
person's id under this run's key, so it cannot be guessed from the id, and a personal link
opens only that person's questionnaires.
"""

from __future__ import annotations

import csv
import hashlib
import hmac
import io
import secrets
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rm_tui.core.participant import Participant

TOKEN_BYTES = 18  # 144 bits, 24 URL-safe characters
PERSONAL_HEX = 32  # 128 bits of the HMAC


@dataclass(frozen=True)
class Grant:
    """What a valid token opens: the shared flow (name search) or one person's questionnaire."""

    person_id: str | None = None


@dataclass
class Access:
    shared: str = field(default_factory=lambda: secrets.token_urlsafe(TOKEN_BYTES))
    key: bytes = field(default_factory=lambda: secrets.token_bytes(32))
    personal: dict[str, str] = field(default_factory=dict)  # token -> person id

    def personal_token(self, person_id: str) -> str:
        digest = hmac.new(self.key, person_id.encode("utf-8"), hashlib.sha256).hexdigest()
        return digest[:PERSONAL_HEX]

    def add_people(self, people: Iterable[Participant]) -> dict[str, str]:
        """Give each person a personal token; returns person id -> token."""
        tokens = {}
        for person in people:
            token = self.personal_token(person.id)
            self.personal[token] = person.id
            tokens[person.id] = token
        return tokens

    def check(self, token: str | None) -> Grant | None:
        """The grant for `token`, or None (a 403) when it is missing or wrong."""
        if not token:
            return None
        if hmac.compare_digest(token.encode("utf-8"), self.shared.encode("utf-8")):
            return Grant()
        person = self.personal.get(token)
        return Grant(person) if person is not None else None


def join_url(base: str, token: str) -> str:
    return f"{base}/?t={token}"


def links_csv(people: Iterable[Participant], tokens: dict[str, str], base: str) -> str:
    """`id,name,url`, one row per person, in roster order."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["id", "name", "url"])
    for person in people:
        writer.writerow([person.id, person.name, join_url(base, tokens[person.id])])
    return out.getvalue()


def write_links(path: Path, text: str) -> None:
    """Personal links are secrets: the file is readable by its owner only."""
    from rm_tui.atomic_file import write_atomic

    write_atomic(path, text.encode("utf-8"), mode=0o600)
