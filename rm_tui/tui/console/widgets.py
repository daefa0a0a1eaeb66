"""Small widgets shared by the console's screens."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import DataTable, Label, ProgressBar
from textual.widgets.data_table import RowKey

from rm_tui.core.completion import Tally


class CompletionBar(Horizontal):
    """`Label  [=====     ]  7/12`: one line of the dashboard."""

    def __init__(self, name: str, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._label = name  # not `_name`: Textual's DOMNode uses that for its own name

    def compose(self) -> ComposeResult:
        name = self._label if len(self._label) <= 23 else self._label[:22] + "…"
        yield Label(name, classes="completion-name")
        yield ProgressBar(total=1, show_eta=False)
        yield Label("", classes="completion-count")

    def show(self, tally: Tally) -> None:
        self.query_one(ProgressBar).update(total=max(tally.total, 1), progress=tally.done)
        self.query_one(".completion-count", Label).update(f"{tally.done}/{tally.total}")


def score_bar(value: float, width: int = 20) -> str:
    """A text bar for a value in [0, 1]."""
    value = min(max(value, 0.0), 1.0)
    full = int(round(value * width))
    return "█" * full + "░" * (width - full)


class Table(DataTable[Any]):
    """Textual's DataTable, without a stale render: it measures new cells when idle, and rows
    drawn before that keep the header's column widths in its row cache (the cache key ignores
    the widths). Clearing the caches once the widths are known redraws them (textual 8.2)."""

    def _update_dimensions(self, new_rows: Iterable[RowKey]) -> None:
        super()._update_dimensions(new_rows)
        self._clear_caches()
        self.refresh()
