"""What every kiosk screen shares: a top bar (program name, language switch), a quiet key line,
and keys that lead nowhere outside the kiosk."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Button, Static

from rm_tui.i18n import t

if TYPE_CHECKING:
    from rm_tui.tui.kiosk.flow import KioskFlow

FACILITATOR_KEY = "f12"
LANGUAGE_NAMES = {"fr": "Français", "en": "English"}


class KioskScreen(Screen[None]):
    # styles: kiosk.tcss (KioskApp.CSS_PATH); the ways out (Ctrl+C, Ctrl+Q, F12) are KioskApp's
    # priority bindings

    def __init__(self, flow: KioskFlow) -> None:
        super().__init__()
        self.add_class("kiosk")
        self.set_class(flow.session.touch_mode, "-touch")
        self.flow = flow
        self.session = flow.session
        self.leaving = False  # set by the flow once another screen replaces this one
        self._idle_shown: int | None = None  # the idle countdown on screen (None: hidden)

    @property
    def stale(self) -> bool:
        """True when input reaching this screen is left over from a burst of keys that already
        moved on (or arrived under the PIN dialog): it must not act any more."""
        return self.leaving or not self.is_active

    @property
    def lang(self) -> str:
        return self.session.lang

    def tr(self, key: str, **values: object) -> str:
        return t(key, self.lang, **values)

    def compose_top(self) -> ComposeResult:
        with Horizontal(id="top-bar"):
            yield Static(self.session.summary.name, id="program-name")
            if len(self.session.languages) > 1:
                other = self.session.other_language()
                yield Button(LANGUAGE_NAMES.get(other, other), id="lang-toggle", compact=True)

    def compose_keys(self, hint: str = "") -> ComposeResult:
        with Horizontal(id="key-line"):
            yield Static(hint, id="key-hint")
            warning = Static("", id="idle-warning")
            warning.display = False
            self._idle_shown = None  # a rebuilt screen starts without the countdown
            yield warning
            yield Static(FACILITATOR_KEY.upper(), id="facilitator-key")

    def idle_warning(self, seconds_left: int | None) -> None:
        """The last seconds before the idle reset, counted down where the keys are explained
        (None hides it): whoever is still there presses any key and keeps their session.
        Called on every key: widgets are touched only when the count changes (an update
        would lay the whole screen out again, once per key)."""
        if seconds_left == self._idle_shown:
            return
        self._idle_shown = seconds_left
        for hint in self.query("#key-hint"):
            hint.display = seconds_left is None
        for warning in self.query("#idle-warning").results(Static):
            warning.display = seconds_left is not None
            warning.update("" if seconds_left is None else self.tr("kiosk.idle_warning", n=seconds_left))

    @on(Button.Pressed, "#lang-toggle")
    async def _switch_language(self, event: Button.Pressed) -> None:
        event.stop()
        if self.stale:
            return
        self.remember()
        self.session.lang = self.session.other_language()
        await self.recompose()
        self.after_recompose()

    def remember(self) -> None:
        """Keep what the person typed so far before the screen is rebuilt in another language."""

    def after_recompose(self) -> None:
        """Put the focus back where it belongs once rebuilt."""

