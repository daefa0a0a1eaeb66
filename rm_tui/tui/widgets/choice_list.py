"""Options to pick from: one (radio), several (check boxes), or several in order (ranked).

Keys: ↑ ↓ move (and choose, for a single choice), Space ticks, digits tick option N; a click
ticks. For ranked lists the order of ticking is the ranking; unticking renumbers the rest.
"""

from __future__ import annotations

from typing import Any, Literal

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.events import Click
from textual.widgets import Static

from rm_tui.tui.widgets.messages import AnswerChanged

Mode = Literal["single", "multi", "ranked"]


class ChoiceRow(Static):
    def __init__(self, index: int, label: str) -> None:
        super().__init__("", classes="choice-row", markup=False)
        self.index = index
        self.label = label

    def on_click(self, event: Click) -> None:
        event.stop()
        choices = self.parent
        if isinstance(choices, ChoiceList):
            choices.focus()
            choices.cursor = self.index
            choices.toggle(self.index)


class ChoiceList(Vertical, can_focus=True):
    BINDINGS = [
        Binding("up", "move(-1)", show=False),
        Binding("down", "move(1)", show=False),
        Binding("space", "toggle_cursor", show=False),
        *[Binding(str(n), f"pick({n})", show=False) for n in range(1, 10)],
    ]

    def __init__(self, item_id: str, options: list[tuple[str, str]], mode: Mode,
                 value: str | list[str] | None, **kwargs: Any) -> None:
        super().__init__(classes=f"choice-list -{mode}", **kwargs)
        self.item_id = item_id
        self.options = options
        self.mode = mode
        self.selected: list[str] = self._as_list(value)
        self.cursor = self._start_cursor()

    @staticmethod
    def _as_list(value: str | list[str] | None) -> list[str]:
        if value is None:
            return []
        return [value] if isinstance(value, str) else list(value)

    def _start_cursor(self) -> int:
        ids = [oid for oid, _ in self.options]
        return ids.index(self.selected[0]) if self.selected and self.selected[0] in ids else 0

    def compose(self) -> ComposeResult:
        for index, (_, label) in enumerate(self.options):
            yield ChoiceRow(index, label)

    def on_mount(self) -> None:
        self._show()

    def on_focus(self) -> None:
        self._show()

    def on_blur(self) -> None:
        self._show()

    def _marker(self, oid: str) -> str:
        if self.mode == "single":
            return "(●)" if oid in self.selected else "( )"
        if self.mode == "multi":
            return "[✓]" if oid in self.selected else "[ ]"
        return f"[#{self.selected.index(oid) + 1}]" if oid in self.selected else "[  ]"

    def _show(self) -> None:
        for row in self.query(ChoiceRow):
            oid = self.options[row.index][0]
            key = f"{row.index + 1})" if row.index < 9 else "  "
            pointer = "▸" if row.index == self.cursor and self.has_focus else " "
            row.update(f"{pointer} {key} {self._marker(oid)} {row.label}")
            row.set_class(oid in self.selected, "-selected")
            row.set_class(row.index == self.cursor and self.has_focus, "-cursor")

    def set_value(self, value: str | list[str] | None) -> None:
        self.selected = self._as_list(value)
        self._show()

    def answer_value(self) -> str | list[str] | None:
        return self.value()

    def value(self) -> str | list[str] | None:
        if self.mode == "single":
            return self.selected[0] if self.selected else None
        return list(self.selected)

    def toggle(self, index: int, by_key: bool = False) -> None:
        if not 0 <= index < len(self.options):
            return
        oid = self.options[index][0]
        if self.mode == "single":
            self.selected = [oid]
        elif oid in self.selected:
            self.selected.remove(oid)
        else:
            self.selected.append(oid)
        self._show()
        self.post_message(AnswerChanged(self.item_id, self.value(), by_key))

    def action_move(self, step: int) -> None:
        if self.mode == "single" and not self.selected:
            step = 0  # the first arrow chooses the highlighted option rather than skipping it
        self.cursor = max(0, min(len(self.options) - 1, self.cursor + step))
        if self.mode == "single":
            self.toggle(self.cursor)  # radio buttons: moving is choosing
        else:
            self._show()
        rows = list(self.query(ChoiceRow))
        if rows:
            rows[self.cursor].scroll_visible()

    def action_toggle_cursor(self) -> None:
        self.toggle(self.cursor)

    def action_pick(self, number: int) -> None:
        if number <= len(self.options):
            self.cursor = number - 1
            self.toggle(number - 1, by_key=self.mode == "single")
