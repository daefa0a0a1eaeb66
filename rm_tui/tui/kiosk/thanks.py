"""Thank-you: the person's learner profile as preferences (if enabled), then back to Welcome."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.containers import Center, Vertical
from textual.widgets import Button, Static

from rm_tui.core.intake import Intake
from rm_tui.i18n import CATALOG, t
from rm_tui.tui.kiosk.base import KioskScreen

BAR_WIDTH = 11
BALANCED = 0.15

if TYPE_CHECKING:
    from rm_tui.tui.kiosk.flow import KioskFlow


def profile_lines(intake: Intake, lang: str) -> list[str]:
    """One line per scored axis: 'To understand  example first ───●───── principle first'."""
    lines = []
    for questionnaire in intake.program.questionnaires_for(intake.person.role):
        if not questionnaire.axes:
            continue
        profile = questionnaire.score(intake.answers.get(questionnaire.id, {}))
        for axis in questionnaire.axes:
            value = profile.axes.get(axis.name)
            if value is None:
                continue
            left = _known(f"kiosk.pole.{axis.minus}", lang, axis.minus)
            right = _known(f"kiosk.pole.{axis.plus}", lang, axis.plus)
            spot = round((value + 1) / 2 * (BAR_WIDTH - 1))
            bar = "".join("●" if i == spot else "─" for i in range(BAR_WIDTH))
            title = _known(f"kiosk.axis.{axis.name}", lang, axis.name)
            balanced = f"  ({t('kiosk.balanced', lang)})" if abs(value) < BALANCED else ""
            lines.append(f"{title:<15} {left:>16} {bar} {right}{balanced}")  # fits 80 columns
    return lines


def _known(key: str, lang: str, code: str) -> str:
    """A questionnaire's own pole or axis code is shown as is when the catalogue has no words for it."""
    return t(key, lang) if key in CATALOG else code


class ThanksScreen(KioskScreen):
    DEFAULT_CLASSES = "kiosk-thanks"

    def __init__(self, flow: KioskFlow, intake: Intake) -> None:
        super().__init__(flow)
        self.first_name = intake.person.name.split()[0] if intake.person.name.split() else ""
        show = self.session.base_program.kiosk.show_profile
        # computed now, so nothing of the person's answers outlives this screen's texts
        self.profiles = {lang: profile_lines(intake, lang) for lang in self.session.languages} if show else {}
        self.deadline = self.session.clock() + self.session.thanks_seconds

    def compose(self) -> ComposeResult:
        yield from self.compose_top()
        with Vertical(id="thanks-box"):
            yield Static(self.tr("kiosk.thanks", name=self.first_name), classes="screen-title", id="thanks-title")
            yield Static(self.tr("kiosk.thanks_lead"), id="thanks-lead")
            lines = self.profiles.get(self.lang) or []
            if lines:
                yield Static(self.tr("kiosk.profile_title"), id="profile-title")
                yield Static("\n".join(lines), id="profile", markup=False)
                yield Static(self.tr("kiosk.profile_note"), id="profile-note", classes="hint")
            yield Static(self._countdown(), id="countdown", classes="hint")
            with Center():
                yield Button(self.tr("kiosk.done"), id="done", variant="primary")
        yield from self.compose_keys()

    def on_mount(self) -> None:
        self.after_recompose()

    def after_recompose(self) -> None:
        self.query_one("#done", Button).focus()

    def _countdown(self) -> str:
        left = max(0, int(self.deadline - self.session.clock() + 0.999))
        return self.tr("kiosk.auto_return", n=left)

    def tick(self) -> None:
        """Called every second by the flow: count down, then go back to Welcome."""
        if self.session.clock() >= self.deadline:
            self.flow.go_welcome()
        else:
            for countdown in self.query("#countdown").results(Static):
                countdown.update(self._countdown())

    @on(Button.Pressed, "#done")
    def _done(self, event: Button.Pressed) -> None:
        event.stop()
        self.flow.go_welcome()
