"""An agreement scale: a row of numbered boxes; ← → or digits or a click choose one."""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.events import Click
from textual.widgets import Static

from rm_tui.tui.widgets.messages import AnswerChanged


class ScalePoint(Static):
    def __init__(self, number: int, label: str) -> None:
        super().__init__(f"[b]{number}[/b]\n{label}", classes="scale-point", markup=True)
        self.number = number

    def on_click(self, event: Click) -> None:
        event.stop()
        picker = self.parent
        if isinstance(picker, ScalePicker):
            picker.focus()
            picker.choose(self.number)


class ScalePicker(Horizontal, can_focus=True):
    BINDINGS = [
        # one point less / more (shown in no footer: the scale's hint says it in words)
        Binding("left", "move(-1)", show=False),
        Binding("right", "move(1)", show=False),
        *[Binding(str(n), f"pick({n})", show=False) for n in range(1, 10)],
    ]

    def __init__(self, item_id: str, points: int, labels: tuple[str, ...], value: int | None,
                 **kwargs: Any) -> None:
        super().__init__(classes="scale-picker", **kwargs)
        self.item_id = item_id
        self.points = points
        self.labels = labels
        self.value = value

    def compose(self) -> ComposeResult:
        for n in range(1, self.points + 1):
            label = self.labels[n - 1] if n - 1 < len(self.labels) else ""
            yield ScalePoint(n, label)

    def on_mount(self) -> None:
        self._show()

    def _show(self) -> None:
        for point in self.query(ScalePoint):
            point.set_class(point.number == self.value, "-selected")

    def answer_value(self) -> int | None:
        return self.value

    def set_value(self, value: int | None) -> None:
        self.value = value
        self._show()

    def choose(self, number: int, by_key: bool = False) -> None:
        if not 1 <= number <= self.points:
            return
        self.set_value(number)
        self.post_message(AnswerChanged(self.item_id, number, by_key))

    def action_move(self, step: int) -> None:
        if self.value is None:
            start = (self.points + 1) // 2  # first arrow lands in the middle, not at an extreme
        else:
            start = max(1, min(self.points, self.value + step))
        self.choose(start)

    def action_pick(self, number: int) -> None:
        self.choose(number, by_key=True)
