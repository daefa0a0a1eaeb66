"""Pair health on the dashboard: which confirmed pairs need attention, and why.

`PairHealthPanel` is self-contained: give it the database path (read once when mounted, then
in a thread worker on `reload()`; the rule is `rm_tui.core.health`) or call `show()` with
ready results.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path

from textual import work
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import DataTable, Label, Static

from rm_tui.core.health import Attention

_DETAILS = re.compile(r" \([^)]*\)")  # "(2026-02: mentee useful 2; ...)" parts of a reason


def _gist(reason: str) -> str:
    """A few words per rule, so the table fits a dashboard column."""
    words = []
    if "low ratings" in reason:
        words.append("low ratings twice")
    if "missed" in reason:
        words.append("missed meetings")
    return ", ".join(words) or _DETAILS.sub("", reason)


CSS = """
PairHealthPanel { height: auto; max-height: 14; }
PairHealthPanel #health-table { height: auto; max-height: 10; }
PairHealthPanel #health-empty { color: $text-muted; }
PairHealthPanel #health-detail { height: auto; color: $text-muted; }
PairHealthPanel .section-title { text-style: bold; }
"""


class PairHealthPanel(Vertical):
    DEFAULT_CSS = CSS

    def __init__(self, db_path: Path | None = None, *, id: str | None = None,  # noqa: A002
                 only_with_pairs: bool = False, title: str = "Pairs needing attention") -> None:
        """`only_with_pairs`: stay hidden until a plan is confirmed (e.g. on a dashboard
        that is also used before the matching)."""
        super().__init__(id=id)
        self.db_path = db_path
        self.only_with_pairs = only_with_pairs
        self.title = title
        self._found: list[Attention] = []
        if only_with_pairs:
            self.display = False

    def compose(self) -> ComposeResult:
        yield Label(self.title, classes="section-title")
        yield Static("", id="health-empty")
        yield DataTable(id="health-table", cursor_type="row", zebra_stripes=True)
        yield Static("", id="health-detail")

    def on_mount(self) -> None:
        self.query_one("#health-table", DataTable).add_columns("Pair", "Why")
        # The first read is synchronous (one small read): the screen is complete, and stable
        # for snapshots, as soon as it is mounted. Later reloads run in a worker.
        if self._readable():
            self.show(*self._read())

    def _readable(self) -> bool:
        return self.db_path is not None and Path(self.db_path).is_file()

    def _read(self) -> tuple[list[Attention], Callable[[str], str | None], bool]:
        from rm_tui.services.confirmed_cohort import (
            current_pairs,
            open_existing,
            pairs_needing_attention,
        )

        assert self.db_path is not None
        with open_existing(self.db_path) as db:
            found = pairs_needing_attention(db)
            names = {p.id: p.name for p in db.participants()}
            paired = bool(current_pairs(db))
        return found, names.get, paired

    @work(thread=True, exclusive=True, group="pair-health")
    def reload(self) -> None:
        if self._readable():
            self.app.call_from_thread(self.show, *self._read())

    def show(self, found: Sequence[Attention],
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
            table.add_row(pair, _gist(a.reason), key=f"{a.mentor}/{a.mentee}")
        table.display = bool(found)
        empty = self.query_one("#health-empty", Static)
        empty.display = not found
        empty.update("None: no pair has two low check-ins in a row or two missed meetings.")
        self._detail(table.cursor_row)

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if event.data_table.id == "health-table":
            self._detail(event.cursor_row)

    def _detail(self, row: int | None) -> None:
        found = self._found[row] if row is not None and 0 <= row < len(self._found) else None
        detail = self.query_one("#health-detail", Static)
        detail.display = found is not None
        detail.update(found.reason if found else "")
