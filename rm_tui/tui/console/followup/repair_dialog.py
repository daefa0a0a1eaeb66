"""Split a pair from the console: choose the pair, the reason (no-fault by default) and whether
other pairs may move; the change is previewed (a dry run in a worker) before it is confirmed.

Dismisses with the request `(mentor, mentee, reason, allow_moves)` or None; the caller stores.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Label, Select, Static

from rm_tui.core.checkins import NO_FAULT, REASON_CODES
from rm_tui.core.errors import RmTuiError
from rm_tui.i18n import t
from rm_tui.tui.console.followup.messages import PreviewReady
from rm_tui.tui.speak import speak

Request = tuple[str, str, str, bool]
Preview = Callable[[str, str, str, bool], str]  # dry run -> text; raises RmTuiError


class RepairDialog(ModalScreen["Request | None"]):
    BINDINGS = [
        Binding("escape", "cancel", "followup.repair.bind.cancel", tooltip="followup.repair.bind.cancel_tip"),
        Binding("ctrl+s", "confirm", "followup.repair.bind.confirm", tooltip="followup.repair.bind.confirm_tip"),
    ]

    def __init__(self, pairs: Sequence[tuple[str, str, str]], preview: Preview,
                 *, selected: tuple[str, str] | None = None, lang: str = "en") -> None:
        super().__init__()
        self.lang = lang
        self.pairs = list(pairs)
        self.preview = preview
        self.selected = selected
        self._ready = False

    def compose(self) -> ComposeResult:
        speak(self, self.lang)  # before the Footer composes: it shows the worded keys
        options = [(label, f"{m}\t{e}") for m, e, label in self.pairs]
        start = f"{self.selected[0]}\t{self.selected[1]}" if self.selected else Select.NULL
        with Vertical(id="rp-box"):
            yield Label(self._w("followup.repair.title"), classes="section-title")
            yield Horizontal(Label(self._w("followup.repair.pair"), classes="rp-label"),
                             Select(options, id="rp-pair", prompt=self._w("followup.repair.choose_pair"),
                                    value=start),
                             classes="rp-row")
            yield Horizontal(Label(self._w("followup.repair.reason"), classes="rp-label"),
                             Select([(f"{k} — {self._w(f'followup.reason.{k}')}", k) for k in REASON_CODES],
                                    id="rp-reason", value=NO_FAULT, allow_blank=False),
                             classes="rp-row")
            yield Checkbox(self._w("followup.repair.moves"), id="rp-moves")
            yield Static(self._w("followup.repair.choose_first"), id="rp-preview")
            with Horizontal(id="rp-buttons"):
                yield Button(self._w("followup.repair.bind.cancel"), id="rp-cancel")
                yield Button(self._w("followup.repair.bind.confirm"), id="rp-confirm", variant="warning",
                             disabled=True)

    def _w(self, key: str) -> str:
        return t(key, self.lang)

    def on_mount(self) -> None:
        self.refresh_preview()

    def request(self) -> Request | None:
        pair = self.query_one("#rp-pair", Select)
        if pair.is_blank():
            return None
        mentor, mentee = str(pair.value).split("\t")
        reason = str(self.query_one("#rp-reason", Select).value)
        return mentor, mentee, reason, self.query_one("#rp-moves", Checkbox).value

    def on_select_changed(self, _event: Select.Changed) -> None:
        self.refresh_preview()

    def on_checkbox_changed(self, _event: Checkbox.Changed) -> None:
        self.refresh_preview()

    def refresh_preview(self) -> None:
        self._ready = False
        self.query_one("#rp-confirm", Button).disabled = True
        request = self.request()
        if request is not None:
            self.query_one("#rp-preview", Static).update(self._w("followup.repair.computing"))
            self.compute(request)

    @work(thread=True, exclusive=True, group="repair-preview")
    def compute(self, request: Request) -> None:
        try:
            text, ok = self.preview(*request), True
        except RmTuiError as exc:
            text, ok = t("followup.cannot_split", self.lang, error=exc), False
        self.post_message(PreviewReady(request, text, ok))

    def on_preview_ready(self, message: PreviewReady) -> None:
        self.show_preview(message.request, message.text, message.ok)

    def show_preview(self, request: Request, text: str, ok: bool) -> None:
        if request != self.request():
            return  # the choice changed meanwhile; a newer preview is coming
        self.query_one("#rp-preview", Static).update(text)
        self._ready = ok
        self.query_one("#rp-confirm", Button).disabled = not ok

    def action_confirm(self) -> None:
        if self._ready:
            self.dismiss(self.request())

    def action_cancel(self) -> None:
        self.dismiss(None)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "rp-confirm":
            self.action_confirm()
        else:
            self.action_cancel()

