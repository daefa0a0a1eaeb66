"""Pair health on the dashboard: which confirmed pairs need attention, and why.

`PairHealthPanel` is self-contained: give it the database path (read once when mounted, then
in a thread worker on `reload()`; the rule is `rm_tui.core.health`) or call `show()` with
ready results.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from textual import work
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import DataTable, Label, Static

from rm_tui.core.followup import PairState
from rm_tui.i18n import t
from rm_tui.services.followup_view import concern_gist, reasons_text
from rm_tui.tui.console.followup.messages import HealthRead
from rm_tui.tui.console.widgets import Table
from rm_tui.tui.speak import program_lang


class PairHealthPanel(Vertical):

    def __init__(self, db_path: Path | None = None, *, id: str | None = None,  # noqa: A002
                 only_with_pairs: bool = False, title: str | None = None,
                 lang: str | None = None) -> None:
        """`only_with_pairs`: stay hidden until a plan is confirmed (e.g. on a dashboard
        that is also used before the matching)."""
        super().__init__(id=id)
        self.db_path = db_path
        self.only_with_pairs = only_with_pairs
        self._title = title
        self._lang = lang
        self._found: list[PairState] = []
        if only_with_pairs:
            self.display = False

    def compose(self) -> ComposeResult:
        yield Label(self._title or t("followup.panel.title", self.lang), classes="section-title")
        yield Static("", id="health-empty")
        yield Table(id="health-table", cursor_type="row", zebra_stripes=True)
        yield Static("", id="health-detail")

    @property
    def lang(self) -> str:
        if self._lang is None:
            self._lang = program_lang(self.app)
        return self._lang

    def on_mount(self) -> None:
        self.query_one("#health-table", DataTable).add_columns(t("followup.panel.pair", self.lang),
                                                               t("followup.panel.why", self.lang))
        # The first read is synchronous (one small read): the screen is complete, and stable
        # for snapshots, as soon as it is mounted. Later reloads run in a worker.
        if self._readable():
            self.show(*self._read())

    def _readable(self) -> bool:
        return self.db_path is not None and Path(self.db_path).is_file()

    def _read(self) -> tuple[list[PairState], Callable[[str], str | None], bool]:
        from rm_tui.services.confirmed_cohort import current_pairs, followup_overview, open_existing

        assert self.db_path is not None
        with open_existing(self.db_path) as db:
            found = list(followup_overview(db).attention)
            names = {p.id: p.name for p in db.participants()}
            paired = bool(current_pairs(db))
        return found, names.get, paired

    @work(thread=True, exclusive=True, group="pair-health")
    def reload(self) -> None:
        if self._readable():
            self.post_message(HealthRead(*self._read()))

    def on_health_read(self, message: HealthRead) -> None:
        self.show(message.found, message.name, message.paired)

    def show(self, found: Sequence[PairState],
             name: Callable[[str], str | None] = lambda _pid: None, paired: bool = True) -> None:
        if self.only_with_pairs:
            self.display = paired
        table = self.query_one("#health-table", DataTable)
        table.clear()
        self._found = list(found)
        for a in found:
            # The table gives the gist; the highlighted pair's details (months, who, which
            # rating) are shown under it.
            pair = f"{name(a.mentor) or a.mentor} — {name(a.mentee) or a.mentee}"
            table.add_row(pair, concern_gist(a, self.lang), key=f"{a.mentor}/{a.mentee}")
        table.display = bool(found)
        empty = self.query_one("#health-empty", Static)
        empty.display = not found
        empty.update(t("followup.panel.none", self.lang))
        self._detail(table.cursor_row)

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if event.data_table.id == "health-table":
            self._detail(event.cursor_row)

    def _detail(self, row: int | None) -> None:
        found = self._found[row] if row is not None and 0 <= row < len(self._found) else None
        detail = self.query_one("#health-detail", Static)
        detail.display = found is not None
        detail.update(reasons_text(found, self.lang) if found else "")
