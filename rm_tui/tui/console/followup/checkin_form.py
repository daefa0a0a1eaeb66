"""Enter one check-in in the console: a modal form returning a validated `CheckIn` (or None).

Values are checked by the core (`CheckIn.from_dict`); the caller stores the result.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select, Static

from rm_tui.core.checkins import RATINGS, CheckIn, CheckInError
from rm_tui.i18n import t
from rm_tui.services.followup_words import AGREE, plain_error, scale
from rm_tui.tui.speak import speak


def scale_options(labels: Sequence[str]) -> list[tuple[str, int]]:
    return [(f"{n} — {label}", n) for n, label in enumerate(labels, start=1)]


class CheckinForm(ModalScreen[CheckIn | None]):
    """`pairs`: (mentor id, mentee id, label) of the pairs still running; `names` id -> name
    (who answers is chosen by name); `selected`: the pair to start with."""

    AUTO_FOCUS = None  # on_mount focuses the first empty field
    BINDINGS = [
        Binding("escape", "cancel", "checkin.cancel", tooltip="checkin.bind.cancel_tip"),
        Binding("ctrl+s", "save", "checkin.save", tooltip="checkin.bind.save_checkin_tip"),
    ]

    def __init__(self, pairs: Sequence[tuple[str, str, str]], *, today: str | None = None,
                 lang: str = "en", names: Mapping[str, str] | None = None,
                 selected: tuple[str, str] | None = None) -> None:
        super().__init__()
        self.pairs = list(pairs)
        self.today = today or dt.date.today().isoformat()
        self.lang = lang
        self.names = dict(names or {})
        keys = {(m, e) for m, e, _ in self.pairs}
        self.selected = selected if selected in keys else None

    def on_mount(self) -> None:
        # The first empty field has the focus: the pair, or what follows once it is known.
        self.query_one("#ci-respondent" if self.selected else "#ci-pair").focus()

    def _w(self, key: str) -> str:
        return t(f"checkin.{key}", self.lang)

    def _row(self, label: str, widget: Any) -> Horizontal:
        return Horizontal(Label(label, classes="ci-label"), widget, classes="ci-row")

    def _respondents(self, pair: tuple[str, str] | None) -> list[tuple[str, str]]:
        if pair is None:
            return [(self._w("mentor"), "mentor"), (self._w("mentee"), "mentee")]
        return [(f"{self.names.get(pid, pid)} ({self._w(role)})", role)
                for pid, role in zip(pair, ("mentor", "mentee"), strict=True)]

    def compose(self) -> ComposeResult:
        speak(self, self.lang)  # the keys' words, before anything shows them
        pair_options = [(label, f"{m}\t{e}") for m, e, label in self.pairs]
        start = f"{self.selected[0]}\t{self.selected[1]}" if self.selected else Select.NULL
        points = scale_options(scale(AGREE, self.lang))
        met = [(self._w(v), v) for v in ("yes", "cancelled", "no")]
        with Vertical(id="ci-box"):
            yield Label(self._w("title_checkin"), classes="section-title")
            with VerticalScroll():
                yield self._row(self._w("pair_label"), Select(
                    pair_options, id="ci-pair", prompt=self._w("choose_pair"), value=start))
                yield self._row(self._w("who_label"), Select(
                    self._respondents(self.selected), id="ci-respondent", prompt=self._w("choose_who")))
                yield self._row(self._w("date_label"), Input(self.today, id="ci-date"))
                yield self._row(self._w("met_label"), Select(met, id="ci-met", value="yes",
                                                              allow_blank=False))
                for name in RATINGS:
                    yield self._row(self._w(name), Select(points, id=f"ci-{name}", prompt="1-5"))
                yield self._row(self._w("comment_label"), Input(id="ci-comment"))
            yield Static("", id="ci-error")
            with Horizontal(id="ci-buttons"):
                yield Button(self._w("cancel"), id="ci-cancel")
                yield Button(self._w("save"), id="ci-save", variant="primary")

    def on_select_changed(self, event: Select.Changed) -> None:
        if event.select.id == "ci-pair":
            pair = self._value("ci-pair")
            who = self.query_one("#ci-respondent", Select)
            before = self._value("ci-respondent")
            who.set_options(self._respondents(tuple(pair.split("\t")) if pair else None))
            if before is not None:
                who.value = before

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
            self.query_one("#ci-error", Static).update(self._w("choose_pair") + ".")
            return
        try:
            checkin = CheckIn.from_dict(data)
        except CheckInError as bad:
            self.query_one("#ci-error", Static).update(plain_error(bad, self.lang))
            return
        self.dismiss(checkin)

    def action_cancel(self) -> None:
        self.dismiss(None)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "ci-save":
            self.action_save()
        else:
            self.action_cancel()
