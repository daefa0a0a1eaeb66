"""Messages the follow-up mode's thread workers post back to their screen or widget (the one way
a worker's result comes back; see tui/console/messages.py)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from textual.message import Message

from rm_tui.core.analytics import Report
from rm_tui.core.checkins import CheckIn
from rm_tui.core.followup import Overview, PairState


@dataclass
class FollowupRead(Message):
    """A fresh read of the confirmed pairs and their check-ins."""

    overview: Overview
    checkins: list[CheckIn]
    names: dict[str, str]


@dataclass
class FollowupWritten(Message):
    """A check-in, an outcome or a split is stored: say so and read again."""

    note: str


@dataclass
class HealthRead(Message):
    """The pairs that need attention, for the health panel."""

    found: Sequence[PairState]
    name: Callable[[str], str | None]
    paired: bool


@dataclass
class ReportReady(Message):
    """The analytics report, or why there is none."""

    report: Report | None
    error: str = ""


@dataclass
class PreviewReady(Message):
    """A split's dry run: its text, and whether it can be done."""

    request: tuple[str, str, str, bool]
    text: str
    ok: bool
