"""Messages workers post back to the UI thread ("attributes down, messages up").

The one way a thread worker's result reaches its screen: `self.post_message(...)` (thread-safe),
handled on the UI thread; never `call_from_thread`. A worker's error can be said with
`self.notify` (thread-safe too: it posts a message). Follow-up mode: followup/messages.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from textual.message import Message

from rm_tui.services.cohort import Snapshot


@dataclass
class CohortLoaded(Message):
    """A fresh read of the database (another process, or we, wrote)."""

    snapshot: Snapshot


@dataclass
class PlanReady(Message):
    """A matching run, re-solve or adjustment finished in a worker."""

    outcome: Any  # pairing_session.Outcome


@dataclass
class PartnersFound(Message):
    """Everyone who could be assigned to `person`, computed in a worker (or why not)."""

    person: str
    alternatives: list[Any]  # core.explain.Alternative
    error: str | None = None


@dataclass
class PlanFailed(Message):
    """An adjustment could not be done; the plan is unchanged."""

    action: str
    error: str


@dataclass
class NoPlanStored(Message):
    """Opening the stored plan found none: nothing changed."""


@dataclass
class AlternativesFound(Message):
    """The other partners `person` (on `side`) could have, for the pair detail."""

    side: str
    person: str
    alternatives: list[Any]  # core.explain.Alternative


@dataclass
class WhatIfReady(Message):
    """The plan the new weights would give, for the weights screen (None: `error` says why)."""

    result: Any  # pairing_session.WhatIf
    error: str | None = None
