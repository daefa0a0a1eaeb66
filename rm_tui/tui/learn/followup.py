"""The follow-up screen: pair health, recent check-ins, entering a check-in, and analytics.

Self-contained (give it the database path) so the console can add it as a mode; every read
happens in a thread worker, every rule in the pure core.
"""

from __future__ import annotations

from pathlib import Path

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Label, Static

from rm_tui.core.analytics_input import checkins_from
from rm_tui.core.checkins import CheckIn
from rm_tui.tui.learn.analytics import AnalyticsScreen
from rm_tui.tui.learn.checkin_form import CheckinForm
from rm_tui.tui.learn.health import PairHealthPanel

CSS = """
FollowupScreen #fu-status { padding: 0 1; height: auto; }
FollowupScreen #fu-recent { height: 1fr; }
FollowupScreen .section-title { text-style: bold; padding: 1 0 0 0; }
"""
RECENT = 30


class FollowupScreen(Screen[None]):
    DEFAULT_CSS = CSS
    BINDINGS = [
        Binding("c", "new_checkin", "New check-in", tooltip="Enter a check-in for a pair"),
        Binding("a", "analytics", "Analytics", tooltip="Which criteria went with good pairs"),
        Binding("r", "reload", "Reload", tooltip="Re-read the database"),
    ]

    def __init__(self, db_path: Path, *, today: str | None = None) -> None:
        super().__init__()
        self.db_path = Path(db_path)
        self.today = today
        self._pairs: list[tuple[str, str, str]] = []

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("", id="fu-status")
        yield PairHealthPanel(self.db_path, id="fu-health")
        yield Label("Latest check-ins", classes="section-title")
        yield DataTable(id="fu-recent", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#fu-recent", DataTable).add_columns(
            "Date", "Mentor", "Mentee", "By", "Met", "Useful", "Open", "Explains", "Progress")
        self.load()

    @work(thread=True, exclusive=True, group="followup")
    def load(self) -> None:
        from rm_tui.learn import current_pairs, open_existing

        with open_existing(self.db_path) as db:
            names = {p.id: p.name for p in db.participants()}
            pairs = current_pairs(db)
            checkins = checkins_from(db.checkins())
        self.app.call_from_thread(self.show, pairs, checkins, names)

    def show(self, pairs: list[tuple[str, str]], checkins: list[CheckIn], names: dict[str, str]) -> None:
        self._pairs = [(m, e, f"{names.get(m, m)} — {names.get(e, e)}") for m, e in pairs]
        self.query_one("#fu-status", Static).update(
            f"{len(pairs)} confirmed pair{'s' if len(pairs) != 1 else ''} · "
            f"{len(checkins)} check-in{'s' if len(checkins) != 1 else ''} recorded"
        )
        table = self.query_one("#fu-recent", DataTable)
        table.clear()
        for c in sorted(checkins, key=lambda c: c.date, reverse=True)[:RECENT]:
            table.add_row(c.date, names.get(c.mentor, c.mentor), names.get(c.mentee, c.mentee),
                          c.respondent, c.met, *(_r(getattr(c, k)) for k in
                                                  ("useful", "openness", "explains_well", "progress")))

    def action_new_checkin(self) -> None:
        if not self._pairs:
            self.notify("No confirmed pairs yet: confirm a plan first.", severity="warning")
            return
        self.app.push_screen(CheckinForm(self._pairs, today=self.today), self._saved)

    def _saved(self, checkin: CheckIn | None) -> None:
        if checkin is None:
            return
        self.store(checkin)

    @work(thread=True, group="followup-write")
    def store(self, checkin: CheckIn) -> None:
        from rm_tui.followup_io import add_checkin
        from rm_tui.learn import open_existing

        with open_existing(self.db_path) as db:
            add_checkin(db, checkin)
        self.app.call_from_thread(self.notify, f"Check-in saved ({checkin.mentor}/{checkin.mentee}).")
        self.app.call_from_thread(self.action_reload)

    def action_reload(self) -> None:
        self.load()
        self.query_one(PairHealthPanel).reload()

    def action_analytics(self) -> None:
        self.app.push_screen(AnalyticsScreen(db_paths=[self.db_path]))


def _r(value: int | None) -> str:
    return "—" if value is None else str(value)
