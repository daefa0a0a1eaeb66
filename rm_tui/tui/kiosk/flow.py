"""Moving between kiosk screens, the idle reset and the facilitator's exit.

The flow keeps at most one kiosk screen (plus the PIN dialog) above the app's default screen,
so leaving a participant drops their screens, and with them everything they showed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual import events
from textual._context import active_message_pump
from textual.app import App
from textual.message import Message
from textual.screen import Screen
from textual.widget import Widget

from rm_tui.core.participant import Participant
from rm_tui.i18n import t
from rm_tui.tui.kiosk.session import KioskSession

if TYPE_CHECKING:
    from rm_tui.core.intake import Intake

ACTIVITY = (events.Key, events.MouseDown, events.MouseScrollDown, events.MouseScrollUp)
WARN_SECONDS = 15  # the idle reset is counted down on screen for this long


@dataclass
class SaveFailed(Message):
    """The autosave thread could not write an answer (posted from that thread)."""

    error: BaseException


@dataclass
class ReadFailed(Message):
    """The database or the program could not be read (posted from the reading thread, see
    opening.py): the UI ends as on any crash; `rm-tui kiosk`'s supervisor logs it and starts a
    fresh one."""

    error: BaseException


class KioskFlow:
    def __init__(self, app: App, session: KioskSession) -> None:
        self.app = app
        self.session = session
        self.base_depth = len(app.screen_stack)  # the app's default screen, left alone
        self.active = False

    def start(self) -> None:
        from rm_tui.tui.kiosk.welcome import WelcomeScreen

        self.active = True
        self.session.end_participant()
        self.session.saver.on_error = self._post_save_failed
        self.app.push_screen(WelcomeScreen(self))
        self._timer = self.app.set_interval(1.0, self.tick, name="kiosk-tick")

    def activity(self) -> None:
        """A key or a click (the app sees every one): the person is still there."""
        if self.active:
            self.session.touch()
            self._warn(None)

    def _requested_by_stale_screen(self) -> bool:
        """A handler of a screen already left (keys queued behind an Enter that moved on) must
        not move the kiosk again: the second move would skip a screen or act on the next one."""
        from rm_tui.tui.kiosk.base import KioskScreen

        try:
            pump = active_message_pump.get()
        except LookupError:
            return False
        screen: object = pump
        if isinstance(pump, Widget) and not isinstance(pump, Screen):
            try:
                screen = pump.screen
            except Exception:  # a widget already removed from its screen
                return True
        return isinstance(screen, KioskScreen) and screen.leaving

    def _show(self, screen: Screen) -> None:
        from rm_tui.tui.kiosk.base import KioskScreen

        if not self.active or self._requested_by_stale_screen():
            return
        # close the PIN dialog (if open) then replace the current kiosk screen
        while len(self.app.screen_stack) > self.base_depth + 1:
            self.app.pop_screen()
        current = self.app.screen
        if isinstance(current, KioskScreen):
            current.leaving = True
        self.app.switch_screen(screen)

    # -- the participant's way through ------------------------------------------------------
    def go_welcome(self) -> None:
        from rm_tui.tui.kiosk.welcome import WelcomeScreen

        self.session.end_participant()
        self._show(WelcomeScreen(self))

    def go_identify(self) -> None:
        from rm_tui.tui.kiosk.identify import IdentifyScreen

        person = self.session.person_id and self.session.program().participant(self.session.person_id)
        if person:  # a personal link: no name search (submitted answers stay sealed)
            intake = self.session.start_intake(person)
            if self.session.sealed(intake):
                self.go_sealed(intake)
            else:
                self.go_questions(intake)
            return
        self._show(IdentifyScreen(self))

    def go_confirm(self, person: Participant) -> None:
        from rm_tui.tui.kiosk.identify import ConfirmScreen

        self._show(ConfirmScreen(self, person))

    def go_register(self) -> None:
        from rm_tui.tui.kiosk.register import RegisterScreen

        self._show(RegisterScreen(self))

    def go_questions(self, intake: Intake, from_review: bool = False) -> None:
        from rm_tui.tui.kiosk.question import QuestionScreen

        if intake.at_review or not intake.steps:
            self.go_review(intake)
        else:
            self._show(QuestionScreen(self, intake, from_review))

    def go_review(self, intake: Intake) -> None:
        from rm_tui.tui.kiosk.review import ReviewScreen

        self._show(ReviewScreen(self, intake))

    def go_sealed(self, intake: Intake) -> None:
        from rm_tui.tui.kiosk.sealed import SealedScreen

        self._show(SealedScreen(self, intake))

    def go_thanks(self, intake: Intake) -> None:
        from rm_tui.tui.kiosk.thanks import ThanksScreen

        self._show(ThanksScreen(self, intake))

    def _warn(self, seconds_left: int | None) -> None:
        from rm_tui.tui.kiosk.base import KioskScreen

        screen = self.app.screen
        if isinstance(screen, KioskScreen):
            screen.idle_warning(seconds_left)

    def _post_save_failed(self, exc: BaseException) -> None:
        """Runs on the autosave thread: a message, handled on the UI thread (KioskApp.on_save_failed)."""
        self.app.post_message(SaveFailed(exc))

    def save_failed(self, exc: BaseException) -> None:
        """A write did not reach the disk: say so at once, so nobody walks away believing
        their answers are safe."""
        self.app.notify(t("kiosk.save_failed", self.session.lang), severity="error", timeout=30)
        self.app.log.error(f"kiosk: saving failed: {exc!r}")

    # -- time -------------------------------------------------------------------------------
    def tick(self) -> None:
        """Every second: idle reset, Thank-you countdown, PIN lockout countdown."""
        from rm_tui.tui.kiosk.pin import PinScreen
        from rm_tui.tui.kiosk.thanks import ThanksScreen
        from rm_tui.tui.kiosk.welcome import WelcomeScreen

        if not self.active or not self.app.screen_stack:  # no screen: the app is closing
            return
        screen = self.app.screen
        fresh = isinstance(screen, WelcomeScreen) and screen.is_fresh()
        if self.session.idle_expired():
            if not fresh:
                self.go_welcome()
            self.session.touch()
            return
        left = self.session.idle_seconds - self.session.idle_for()
        quiet = fresh or isinstance(screen, ThanksScreen)  # nothing to lose, or its own count
        self._warn(max(1, int(left + 0.999)) if left <= WARN_SECONDS and not quiet else None)
        if isinstance(screen, ThanksScreen):
            screen.tick()
        elif isinstance(screen, PinScreen):
            screen.refresh_lock()

    # -- facilitator ------------------------------------------------------------------------
    def open_pin(self) -> None:
        from rm_tui.tui.kiosk.pin import PinScreen

        if not self.active or isinstance(self.app.screen, PinScreen):
            return
        self.app.push_screen(PinScreen(self.session.pin, self.session.lang), self._pin_done)

    def unlock_answers(self, intake: Intake) -> None:
        """The facilitator reopens submitted answers for the person in front of the kiosk."""
        from rm_tui.tui.kiosk.pin import PinScreen

        if not self.active or isinstance(self.app.screen, PinScreen):
            return

        def done(ok: bool | None) -> None:
            if ok:
                self.go_review(intake)

        self.app.push_screen(PinScreen(self.session.pin, self.session.lang, unlock=True), done)

    def _pin_done(self, ok: bool | None) -> None:
        if ok:
            self.session.saver.flush()
            self.app.exit()
