"""Enter a pair's outcome in the console: a modal form returning a validated `Outcome` (or None).

Quality from each partner, goals reached, would pair again, ended early and why (no-fault by
default). Values are checked by the core (`Outcome.from_dict`); the caller stores the result.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Label, Select, Static

from rm_tui.core.checkins import NO_FAULT, REASON_CODES, CheckInError, Outcome
from rm_tui.tui.learn.checkin_form import SCALE

CSS = """
OutcomeForm { align: center middle; }
OutcomeForm #oc-box { width: 80; height: auto; max-height: 95%; border: thick $primary;
                      background: $surface; padding: 0 1; }
OutcomeForm .oc-row { height: auto; }
OutcomeForm .oc-label { width: 30; padding: 1 1 0 0; }
OutcomeForm Select { width: 1fr; }
OutcomeForm #oc-error { color: $error; height: auto; }
OutcomeForm #oc-buttons { height: auto; align-horizontal: right; }
"""
YES_NO = [("yes", "yes"), ("no", "no")]


class OutcomeForm(ModalScreen[Outcome | None]):
    """`pairs`: (mentor id, mentee id, label) of the pairs one may close."""

    DEFAULT_CSS = CSS
    BINDINGS = [
        Binding("escape", "cancel", "Cancel", tooltip="Close without saving"),
        Binding("ctrl+s", "save", "Save", tooltip="Check and save this outcome"),
    ]

    def __init__(self, pairs: Sequence[tuple[str, str, str]]) -> None:
        super().__init__()
        self.pairs = list(pairs)

    def _row(self, label: str, widget: Any) -> Horizontal:
        return Horizontal(Label(label, classes="oc-label"), widget, classes="oc-row")

    def compose(self) -> ComposeResult:
        with Vertical(id="oc-box"):
            yield Label("Outcome of a pair", classes="section-title")
            yield self._row("Pair", Select([(label, f"{m}\t{e}") for m, e, label in self.pairs],
                                           id="oc-pair", prompt="Choose a pair"))
            yield self._row("Quality, for the mentor", Select(SCALE, id="oc-quality_mentor", prompt="1-5"))
            yield self._row("Quality, for the mentee", Select(SCALE, id="oc-quality_mentee", prompt="1-5"))
            yield self._row("Goals reached", Select(SCALE, id="oc-goals", prompt="1-5 (optional)"))
            yield self._row("Would pair again", Select(YES_NO, id="oc-would_pair_again",
                                                       prompt="(optional)"))
            yield self._row("Ended early", Select(YES_NO, id="oc-ended_early", value="no",
                                                  allow_blank=False))
            yield self._row("Why (if ended early)", Select(
                [(f"{k} — {v}", k) for k, v in REASON_CODES.items()], id="oc-reason",
                value=NO_FAULT, allow_blank=False))
            yield Static("", id="oc-error")
            with Horizontal(id="oc-buttons"):
                yield Button("Cancel", id="oc-cancel")
                yield Button("Save", id="oc-save", variant="primary")

    def _value(self, name: str) -> Any:
        select = self.query_one(f"#oc-{name}", Select)
        return None if select.is_blank() else select.value

    def action_save(self) -> None:
        pair = self._value("pair")
        if pair is None:
            self.query_one("#oc-error", Static).update("Choose a pair.")
            return
        mentor, mentee = str(pair).split("\t")
        ended = self._value("ended_early") == "yes"
        data = {
            "mentor": mentor, "mentee": mentee, "ended_early": ended,
            "reason": self._value("reason") if ended else None,
            **{k: self._value(k) for k in ("quality_mentor", "quality_mentee", "goals",
                                           "would_pair_again")},
        }
        try:
            outcome = Outcome.from_dict(data)
        except CheckInError as bad:
            self.query_one("#oc-error", Static).update(str(bad))
            return
        self.dismiss(outcome)

    def action_cancel(self) -> None:
        self.dismiss(None)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "oc-save":
            self.action_save()
        else:
            self.action_cancel()
