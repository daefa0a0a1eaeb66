"""The follow-up screen: every pair with its state (the overview of `rm-tui followup`), recent
check-ins, entering a check-in or an outcome, splitting a pair and re-matching its members,
and analytics.

Self-contained (give it the database path) so the console can add it as a mode; every read
happens in a thread worker, every rule in the pure core.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Label, Static

from rm_tui.core.analytics_input import checkins_from
from rm_tui.core.checkins import CheckIn, Outcome
from rm_tui.core.errors import RmTuiError
from rm_tui.core.followup import ENDED, Overview
from rm_tui.core.program import Program
from rm_tui.i18n import t
from rm_tui.services.followup_view import summary
from rm_tui.services.repair_view import render_text
from rm_tui.tui.console.followup.analytics import AnalyticsScreen
from rm_tui.tui.console.followup.checkin_form import CheckinForm
from rm_tui.tui.console.followup.messages import FollowupRead, FollowupWritten
from rm_tui.tui.console.followup.outcome_form import OutcomeForm
from rm_tui.tui.console.followup.overview import PairOverview
from rm_tui.tui.console.followup.repair_dialog import RepairDialog, Request
from rm_tui.tui.console.widgets import Table
from rm_tui.tui.speak import speak

RECENT = 30


class FollowupScreen(Screen[None]):
    BINDINGS = [
        Binding("c", "new_checkin", "followup.bind.checkin", tooltip="followup.bind.checkin_tip"),
        Binding("o", "new_outcome", "followup.bind.outcome", tooltip="followup.bind.outcome_tip"),
        Binding("s", "split", "followup.bind.split", tooltip="followup.bind.split_tip"),
        Binding("a", "analytics", "followup.bind.analytics", tooltip="followup.bind.analytics_tip"),
        Binding("r", "reload", "followup.bind.reload", tooltip="followup.bind.reload_tip"),
    ]

    def __init__(self, db_path: Path | None = None, *, program: Program | None = None,
                 today: str | None = None) -> None:
        """Without `db_path` and `program` (as a console mode), the app's are used."""
        super().__init__()
        self._db_path = Path(db_path) if db_path is not None else None
        self._program = program
        self.today = today
        self._pairs: list[tuple[str, str, str]] = []
        self._ever: list[tuple[str, str, str]] = []  # every pair ever confirmed
        self._recent: list[CheckIn] = []
        self._names: dict[str, str] = {}

    @property
    def db_path(self) -> Path:
        if self._db_path is None:
            # this screen runs only in the console, whose app has `source`
            self._db_path = Path(self.app.source.db.path)  # type: ignore[attr-defined]  # ConsoleApp
        return self._db_path

    @property
    def program(self) -> Program | None:
        if self._program is None:
            source = getattr(self.app, "source", None)
            self._program = getattr(source, "program", None)
        return self._program

    def compose(self) -> ComposeResult:
        speak(self, self.lang)  # before the Footer composes: it shows the worded keys
        yield Header()
        yield Static("", id="fu-status")
        yield PairOverview(id="fu-overview", lang=self.lang)
        yield Label(t("followup.recent_title", self.lang), classes="section-title")
        yield Table(id="fu-recent", cursor_type="row", zebra_stripes=True)
        yield Static("", id="fu-comment")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#fu-recent", DataTable).add_columns(*(t(f"followup.recent.{k}", self.lang) for k in (
            "date", "mentor", "mentee", "by", "met", "useful", "open", "explains", "progress", "note")))
        self.load()

    @property
    def lang(self) -> str:
        """The program's first language (the screen, its forms and prompts speak it)."""
        return self.program.languages[0] if self.program is not None else "en"

    @work(thread=True, exclusive=True, group="followup")
    def load(self) -> None:
        from rm_tui.services.confirmed_cohort import followup_overview, open_existing

        with open_existing(self.db_path) as db:
            names = {p.id: p.name for p in db.participants()}
            found = followup_overview(db)
            checkins = checkins_from(db.checkins())
        self.post_message(FollowupRead(found, checkins, names))

    def on_followup_read(self, message: FollowupRead) -> None:
        self.show(message.overview, message.checkins, message.names)

    def show(self, found: Overview, checkins: list[CheckIn], names: dict[str, str]) -> None:
        def label(m: str, e: str) -> str:
            return f"{names.get(m, m)} — {names.get(e, e)}"

        self._names = names
        self._pairs = [(p.mentor, p.mentee, label(*p.key)) for p in found.open_pairs]
        self._ever = [(p.mentor, p.mentee, label(*p.key) + (t("followup.ended_label", self.lang) if p.status == ENDED else ""))
                      for p in found.pairs]
        self.query_one("#fu-status", Static).update(summary(found, self.lang))
        self.query_one(PairOverview).show(found, names)
        table = self.query_one("#fu-recent", DataTable)
        table.clear()
        self._recent = sorted(checkins, key=lambda c: c.date, reverse=True)[:RECENT]
        for c in self._recent:
            table.add_row(c.date, names.get(c.mentor, c.mentor), names.get(c.mentee, c.mentee),
                          names.get(getattr(c, c.respondent), c.respondent), t(f"followup.met.{c.met}", self.lang), *(_r(getattr(c, k)) for k in
                                                  ("useful", "openness", "explains_well", "progress")),
                          "✎" if c.comment else "")
        self._show_comment(table.cursor_row)

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if event.data_table.id == "fu-recent":
            self._show_comment(event.cursor_row)

    def _show_comment(self, row: int | None) -> None:
        """The highlighted check-in's comment: for the facilitator's eyes only, never exported."""
        c = self._recent[row] if row is not None and 0 <= row < len(self._recent) else None
        self.query_one("#fu-comment", Static).update(
            t("followup.comment", self.lang, who=t(f"followup.who.{c.respondent}", self.lang), date=c.date,
              comment=c.comment) if c and c.comment else "")

    def action_new_checkin(self) -> None:
        if not self._pairs:
            self.notify(t("followup.no_confirmed", self.lang), severity="warning")
            return
        day = self._date()
        self.app.push_screen(CheckinForm(self._pairs, today=day.isoformat() if day else None,
                                         lang=self.lang, names=self._names,
                                         selected=self.query_one(PairOverview).selected()),
                             self._saved)

    def action_new_outcome(self) -> None:
        if not self._ever:
            self.notify(t("followup.no_confirmed", self.lang), severity="warning")
            return
        self.app.push_screen(OutcomeForm(self._ever, lang=self.lang,
                                         selected=self.query_one(PairOverview).selected()),
                             self._outcome_saved)

    def _outcome_saved(self, outcome: Outcome | None) -> None:
        if outcome is not None:
            self.store_outcome(outcome)

    @work(thread=True, group="followup-write")
    def store_outcome(self, outcome: Outcome) -> None:
        from rm_tui.services.confirmed_cohort import open_existing
        from rm_tui.services.followup_io import add_outcome

        with open_existing(self.db_path) as db:
            add_outcome(db, outcome)
        self.post_message(FollowupWritten(t("followup.outcome_saved", self.lang, pair=self._label(outcome.key))))

    def _saved(self, checkin: CheckIn | None) -> None:
        if checkin is None:
            return
        self.store(checkin)

    @work(thread=True, group="followup-write")
    def store(self, checkin: CheckIn) -> None:
        from rm_tui.services.confirmed_cohort import open_existing
        from rm_tui.services.followup_io import add_checkin

        with open_existing(self.db_path) as db:
            add_checkin(db, checkin)
        self.post_message(FollowupWritten(t("followup.checkin_saved", self.lang, pair=self._label(checkin.key))))

    def on_followup_written(self, message: FollowupWritten) -> None:
        self.notify(message.note)
        self.load()

    def _label(self, key: tuple[str, str]) -> str:
        return " — ".join(self._names.get(pid, pid) for pid in key)

    def action_reload(self) -> None:
        self.load()

    # -- splitting a pair ------------------------------------------------------------------------
    def action_split(self) -> None:
        if not self._pairs or self.program is None:
            self.notify(t("followup.nothing_to_split", self.lang), severity="warning")
            return
        selected = self.query_one(PairOverview).selected()
        if selected not in {(m, e) for m, e, _ in self._pairs}:
            selected = None  # an ended pair cannot be split again
        self.app.push_screen(RepairDialog(self._pairs, self._preview, selected=selected, lang=self.lang), self._split)

    def _preview(self, mentor: str, mentee: str, reason: str, allow_moves: bool) -> str:
        """Runs in the dialog's worker thread: a dry run on a fresh read of the database."""
        from rm_tui.services.confirmed_cohort import open_existing
        from rm_tui.services.repair import repair_in_db

        assert self.program is not None
        with open_existing(self.db_path) as db:
            names = {p.id: p.name for p in db.participants()}
            result, _ = repair_in_db(self.program, db, mentor, mentee, reason,
                                     allow_moves=allow_moves, dry_run=True, today=self._date())
        lines = render_text(result, None, names, lang=self.lang).splitlines()[:-1]
        return "\n".join([*lines, t("followup.nothing_stored_yet", self.lang)])

    def _date(self) -> dt.date | None:
        """The date seniority is counted at: ours if given, else the console's (tests pin it)."""
        if self.today:
            return dt.date.fromisoformat(self.today)
        pinned = getattr(getattr(self.app, "pairing", None), "today", None)
        return pinned if isinstance(pinned, dt.date) else None

    def _split(self, request: Request | None) -> None:
        if request is not None:
            self.split(request)

    @work(thread=True, group="followup-write")
    def split(self, request: Request) -> None:
        from rm_tui.services.confirmed_cohort import open_existing
        from rm_tui.services.repair import repair_in_db

        assert self.program is not None
        mentor, mentee, reason, allow_moves = request
        try:
            with open_existing(self.db_path) as db:
                _result, version = repair_in_db(self.program, db, mentor, mentee, reason,
                                                allow_moves=allow_moves, actor="facilitator",
                                                today=self._date())
        except RmTuiError as exc:
            self.notify(t("followup.cannot_split", self.lang, error=exc), severity="error")  # thread-safe
            return
        self.post_message(FollowupWritten(
            t("followup.split_done", self.lang, pair=self._label((mentor, mentee)),
              reason=t(f"followup.reason_short.{reason}", self.lang), version=version)))

    def action_analytics(self) -> None:
        self.app.push_screen(AnalyticsScreen(db_paths=[self.db_path], lang=self.lang))


def _r(value: int | None) -> str:
    return "—" if value is None else str(value)
