"""Welcome: the program's name, the language, and one obvious way to start."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Center, Horizontal, Vertical
from textual.widgets import Button, Static

from rm_tui.tui.kiosk.base import LANGUAGE_NAMES, KioskScreen


class WelcomeScreen(KioskScreen):
    DEFAULT_CLASSES = "kiosk-welcome"
    BINDINGS = [
        # the other language (no footer at the kiosk: a binding needs no words)
        Binding("left", "language(-1)", show=False),
        Binding("right", "language(1)", show=False),
    ]

    def compose(self) -> ComposeResult:
        with Vertical(id="welcome-box"):
            yield Static(self.session.summary.name, id="welcome-program")
            yield Static(self.tr("kiosk.welcome"), id="welcome-title")
            yield Static(self.tr("kiosk.welcome_lead"), id="welcome-lead")
            if len(self.session.languages) > 1:
                with Center(), Horizontal(id="welcome-langs"):
                    for lang in self.session.languages:
                        button = Button(LANGUAGE_NAMES.get(lang, lang), id=f"lang-{lang}",
                                        classes="lang-choice", compact=True)
                        button.set_class(lang == self.lang, "-active")
                        yield button
            with Center():
                yield Button(self.tr("kiosk.start"), id="start", variant="primary")
            yield Static(self.tr("kiosk.start_hint"), id="welcome-hint")
        yield from self.compose_keys()

    def on_mount(self) -> None:
        self.after_recompose()

    def after_recompose(self) -> None:
        self.query_one("#start", Button).focus()

    @on(Button.Pressed, ".lang-choice")
    async def _choose_language(self, event: Button.Pressed) -> None:
        event.stop()
        await self._set_language((event.button.id or "").removeprefix("lang-"))

    async def action_language(self, step: int) -> None:
        """← → choose the language without leaving the Start button."""
        langs = self.session.languages
        current = langs.index(self.lang) if self.lang in langs else 0
        await self._set_language(langs[max(0, min(len(langs) - 1, current + step))])

    async def _set_language(self, lang: str) -> None:
        if lang != self.session.lang:
            self.session.lang = lang
            await self.recompose()
        self.after_recompose()

    @on(Button.Pressed, "#start")
    def _start(self, event: Button.Pressed) -> None:
        event.stop()
        self.flow.go_identify()

    def is_fresh(self) -> bool:
        return self.session.lang == self.session.default_lang
