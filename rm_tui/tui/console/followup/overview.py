"""The follow-up overview in the console: one row per pair (current plan and ended pairs),
the same rows as `rm-tui followup`, and the highlighted pair's full health and outcome."""

from __future__ import annotations

from collections.abc import Mapping

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import DataTable, Label, Static

from rm_tui.core.followup import Overview, PairState
from rm_tui.i18n import t
from rm_tui.services.followup_view import (
    cells,
    columns,
    detail_text,
)
from rm_tui.tui.console.widgets import Table


class PairOverview(Vertical):

    def __init__(self, *, id: str | None = None, lang: str = "en") -> None:  # noqa: A002
        super().__init__(id=id)
        self.lang = lang
        self.rows: list[PairState] = []
        self.names: Mapping[str, str] = {}

    def compose(self) -> ComposeResult:
        yield Label(t("followup.pairs_title", self.lang), classes="section-title")
        yield Table(id="fu-pairs", cursor_type="row", zebra_stripes=True)
        yield Static("", id="fu-detail")

    def on_mount(self) -> None:
        self.query_one("#fu-pairs", DataTable).add_columns(*columns(self.lang))

    def show(self, found: Overview, names: Mapping[str, str]) -> None:
        table = self.query_one("#fu-pairs", DataTable)
        keep = self.selected()
        table.clear()
        self.rows, self.names = list(found.pairs), names
        for p in self.rows:
            table.add_row(*cells(p, names, self.lang), key=f"{p.mentor}/{p.mentee}")
        if keep is not None:
            index = next((i for i, p in enumerate(self.rows) if p.key == keep), 0)
            table.move_cursor(row=index)
        self._detail(table.cursor_row)

    def selected(self) -> tuple[str, str] | None:
        """The highlighted pair, if any."""
        table = self.query_one("#fu-pairs", DataTable)
        row = table.cursor_row
        return self.rows[row].key if table.row_count and 0 <= row < len(self.rows) else None

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if event.data_table.id == "fu-pairs":
            self._detail(event.cursor_row)

    def _detail(self, row: int | None) -> None:
        p = self.rows[row] if row is not None and 0 <= row < len(self.rows) else None
        text = detail_text(p, self.names, self.lang) if p is not None else ""
        self.query_one("#fu-detail", Static).update(text)
