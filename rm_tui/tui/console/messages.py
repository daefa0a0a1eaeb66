"""Messages workers post back to the UI thread ("attributes down, messages up")."""

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
