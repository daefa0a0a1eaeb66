"""Self-registration for people missing from the roster (when the program allows it).

Only name, email and role here: the background questions (job family, start date...) are
items with `ask_if_missing`, so the questionnaires ask them of a newcomer by themselves.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Button, Input, Static

from rm_tui.core.participant import ROLES
from rm_tui.core.registration import registration_problem
from rm_tui.tui.kiosk.base import KioskScreen
from rm_tui.tui.widgets.choice_list import ChoiceList
from rm_tui.tui.widgets.messages import AnswerChanged

# where the cursor goes when a sign-up is refused
FIELD_OF = {"kiosk.need_name": "#reg-name", "common.bad_email": "#reg-email",
            "kiosk.need_role": "#reg-role", "kiosk.already_listed": "#reg-name"}  # fmt: skip

if TYPE_CHECKING:
    from rm_tui.tui.kiosk.flow import KioskFlow


class RegisterScreen(KioskScreen):
    DEFAULT_CLASSES = "kiosk-register"
    BINDINGS = [Binding("enter", "continue", show=False)]  # no footer at the kiosk: no words

    def __init__(self, flow: KioskFlow) -> None:
        super().__init__(flow)
        self.name_text = ""
        self.email_text = ""
        self.role: str | None = None

    def compose(self) -> ComposeResult:
        yield from self.compose_top()
        with VerticalScroll(id="register-box"):
            yield Static(self.tr("kiosk.register"), classes="screen-title")
            yield Static(self.tr("kiosk.register_lead"), classes="hint")
            yield Static(self.tr("common.full_name"), classes="field-label")
            yield Input(self.name_text, id="reg-name", max_length=80, select_on_focus=False)
            yield Static(self.tr("common.email"), classes="field-label")
            yield Input(self.email_text, id="reg-email", max_length=120, select_on_focus=False)
            yield Static(self.tr("common.your_role"), classes="field-label")
            yield ChoiceList("role", [(r, self.tr(f"common.role_long.{r}")) for r in ROLES], "single",
                             self.role, id="reg-role")
            yield Static("", id="register-message", classes="message")
            with Horizontal(classes="nav"):
                yield Button(self.tr("kiosk.cancel"), id="reg-cancel")
                yield Button(self.tr("kiosk.continue"), id="reg-continue", variant="primary")
        yield from self.compose_keys()

    def on_mount(self) -> None:
        self.after_recompose()

    def after_recompose(self) -> None:
        self.query_one("#reg-name", Input).focus()

    def remember(self) -> None:
        self.name_text = self.query_one("#reg-name", Input).value
        self.email_text = self.query_one("#reg-email", Input).value

    @on(AnswerChanged)
    def _role(self, event: AnswerChanged) -> None:
        event.stop()
        self.role = event.value

    @on(Input.Submitted)
    def _next_field(self, event: Input.Submitted) -> None:
        event.stop()
        self.focus_next()

    @on(Button.Pressed, "#reg-cancel")
    def _cancel(self, event: Button.Pressed) -> None:
        event.stop()
        self.flow.go_identify()

    @on(Button.Pressed, "#reg-continue")
    def _continue(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_continue()

    def action_continue(self) -> None:
        self.remember()
        name = " ".join(self.name_text.split())
        email = self.email_text.strip()
        problem = registration_problem(name, email, self.role, self.session.program().roster)
        field = FIELD_OF.get(problem or "", "#reg-name")
        if problem:
            message = self.query_one("#register-message", Static)
            message.update(self.tr(problem))
            self.query_one(field).focus()
            message.scroll_visible()
            return
        person = self.session.register(name, self.role, email)  # type: ignore[arg-type]  # checked by registration_problem
        self.flow.go_questions(self.session.start_intake(person))
