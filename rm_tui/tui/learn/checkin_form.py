"""Enter one check-in in the console: a modal form returning a validated `CheckIn` (or None).

Values are checked by the core (`CheckIn.from_dict`); the caller stores the result.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select, Static

from rm_tui.core.checkins import RATING_TEXT, RATINGS, CheckIn, CheckInError

CSS = """
CheckinForm { align: center middle; }
CheckinForm #ci-box { width: 76; height: auto; max-height: 95%; border: thick $primary;
                      background: $surface; padding: 0 1; }
CheckinForm .ci-row { height: auto; }
CheckinForm .ci-label { width: 30; padding: 1 1 0 0; }
CheckinForm Select { width: 1fr; }
CheckinForm Input { width: 1fr; }
CheckinForm #ci-error { color: $error; height: auto; }
CheckinForm #ci-buttons { height: auto; align-horizontal: right; }
"""
SCALE = [(f"{n} — {label}", n) for n, label in enumerate(
    ["strongly disagree", "disagree", "neither", "agree", "strongly agree"], start=1)]
MET = [("yes", "yes"), ("cancelled", "cancelled"), ("no", "no")]


class CheckinForm(ModalScreen[CheckIn | None]):
    """`pairs`: (mentor id, mentee id, label) of the current confirmed pairs."""

    DEFAULT_CSS = CSS
    BINDINGS = [
        Binding("escape", "cancel", "Cancel", tooltip="Close without saving"),
        Binding("ctrl+s", "save", "Save", tooltip="Check and save this check-in"),
    ]

    def __init__(self, pairs: Sequence[tuple[str, str, str]], *, today: str | None = None) -> None:
        super().__init__()
        self.pairs = list(pairs)
        self.today = today or dt.date.today().isoformat()

    def _row(self, label: str, widget: Any) -> Horizontal:
        return Horizontal(Label(label, classes="ci-label"), widget, classes="ci-row")

    def compose(self) -> ComposeResult:
        pair_options = [(label, f"{m}\t{e}") for m, e, label in self.pairs]
        with Vertical(id="ci-box"):
            yield Label("New check-in", classes="section-title")
            with VerticalScroll():
                yield self._row("Pair", Select(pair_options, id="ci-pair", prompt="Choose a pair"))
                yield self._row("Who answers", Select([("mentor", "mentor"), ("mentee", "mentee")],
                                                      id="ci-respondent", prompt="mentor or mentee"))
                yield self._row("Date (YYYY-MM-DD)", Input(self.today, id="ci-date"))
                yield self._row("Did you meet?", Select(MET, id="ci-met", value="yes", allow_blank=False))
                for name in RATINGS:
                    yield self._row(RATING_TEXT[name].capitalize(), Select(SCALE, id=f"ci-{name}",
                                                                           prompt="1-5"))
                yield self._row("Comment (facilitator only)", Input(id="ci-comment"))
            yield Static("", id="ci-error")
            with Horizontal(id="ci-buttons"):
                yield Button("Cancel", id="ci-cancel")
                yield Button("Save", id="ci-save", variant="primary")

    def _value(self, wid: str) -> Any:
        select = self.query_one(f"#{wid}", Select)
        return None if select.is_blank() else select.value

    def collect(self) -> dict[str, Any]:
        pair = self._value("ci-pair")
        mentor, mentee = pair.split("\t") if pair else (None, None)
        data: dict[str, Any] = {
            "mentor": mentor, "mentee": mentee, "respondent": self._value("ci-respondent"),
            "date": self.query_one("#ci-date", Input).value.strip(), "met": self._value("ci-met"),
            "comment": self.query_one("#ci-comment", Input).value,
        }
        data.update({name: self._value(f"ci-{name}") for name in RATINGS})
        return data

    def action_save(self) -> None:
        data = self.collect()
        if data["mentor"] is None:
            self.query_one("#ci-error", Static).update("Choose a pair.")
            return
        try:
            checkin = CheckIn.from_dict(data)
        except CheckInError as bad:
            self.query_one("#ci-error", Static).update(str(bad))
            return
        self.dismiss(checkin)

    def action_cancel(self) -> None:
        self.dismiss(None)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "ci-save":
            self.action_save()
        else:
            self.action_cancel()
