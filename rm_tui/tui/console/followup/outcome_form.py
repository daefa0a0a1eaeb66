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

from rm_tui.core.checkins import NO_FAULT, CheckInError, Outcome
from rm_tui.i18n import t
from rm_tui.services.followup_words import GOALS, QUALITY, REASONS, plain_error, scale
from rm_tui.tui.console.followup.checkin_form import scale_options
from rm_tui.tui.speak import speak


class OutcomeForm(ModalScreen[Outcome | None]):
    """`pairs`: (mentor id, mentee id, label) of the pairs one may close."""

    AUTO_FOCUS = None  # on_mount focuses the first empty field
    BINDINGS = [
        Binding("escape", "cancel", "checkin.cancel", tooltip="checkin.bind.cancel_tip"),
        Binding("ctrl+s", "save", "checkin.save", tooltip="checkin.bind.save_outcome_tip"),
    ]

    def __init__(self, pairs: Sequence[tuple[str, str, str]], *, lang: str = "en",
                 selected: tuple[str, str] | None = None) -> None:
        super().__init__()
        self.pairs = list(pairs)
        self.lang = lang
        self.selected = selected if selected in {(m, e) for m, e, _ in self.pairs} else None

    def on_mount(self) -> None:
        # The first empty field has the focus: the pair, or what follows once it is known.
        self.query_one("#oc-quality_mentor" if self.selected else "#oc-pair").focus()

    def _w(self, key: str) -> str:
        return t(f"checkin.{key}", self.lang)

    def _row(self, label: str, widget: Any) -> Horizontal:
        return Horizontal(Label(label, classes="oc-label"), widget, classes="oc-row")

    def compose(self) -> ComposeResult:
        speak(self, self.lang)  # the keys' words, before anything shows them
        start = f"{self.selected[0]}\t{self.selected[1]}" if self.selected else Select.NULL
        quality = scale_options(scale(QUALITY, self.lang))
        yes_no = [(self._w("yes"), "yes"), (self._w("no"), "no")]
        optional = self._w("optional")
        with Vertical(id="oc-box"):
            yield Label(self._w("title_outcome"), classes="section-title")
            yield self._row(self._w("pair_label"), Select(
                [(label, f"{m}\t{e}") for m, e, label in self.pairs], id="oc-pair",
                prompt=self._w("choose_pair"), value=start))
            yield self._row(self._w("quality_mentor_label"),
                            Select(quality, id="oc-quality_mentor", prompt="1-5"))
            yield self._row(self._w("quality_mentee_label"),
                            Select(quality, id="oc-quality_mentee", prompt="1-5"))
            yield self._row(self._w("goals"), Select(scale_options(scale(GOALS, self.lang)),
                                                     id="oc-goals", prompt=f"1-5 {optional}"))
            yield self._row(self._w("would_pair_again_label"),
                            Select(yes_no, id="oc-would_pair_again", prompt=optional))
            yield self._row(self._w("ended_early_label"), Select(yes_no, id="oc-ended_early",
                                                                 value="no", allow_blank=False))
            yield self._row(self._w("reason_label"), Select(
                [(f"{k} — {v}", k) for k, v in scale(REASONS, self.lang).items()],
                id="oc-reason", value=NO_FAULT, allow_blank=False))
            yield Static("", id="oc-error")
            with Horizontal(id="oc-buttons"):
                yield Button(self._w("cancel"), id="oc-cancel")
                yield Button(self._w("save"), id="oc-save", variant="primary")

    def _value(self, name: str) -> Any:
        select = self.query_one(f"#oc-{name}", Select)
        return None if select.is_blank() else select.value

    def action_save(self) -> None:
        pair = self._value("pair")
        if pair is None:
            self.query_one("#oc-error", Static).update(self._w("choose_pair") + ".")
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
            self.query_one("#oc-error", Static).update(plain_error(bad, self.lang))
            return
        self.dismiss(outcome)

    def action_cancel(self) -> None:
        self.dismiss(None)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "oc-save":
            self.action_save()
        else:
            self.action_cancel()
