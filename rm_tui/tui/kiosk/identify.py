"""Who are you: type-ahead search of the roster, then a confirmation showing only
'First name L.' so the next person in line learns as little as possible."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Input, OptionList, Static
from textual.widgets.option_list import Option

from rm_tui.core.name_search import search_people
from rm_tui.core.participant import Participant
from rm_tui.tui.kiosk.base import KioskScreen

MIN_LETTERS = 2
MAX_MATCHES = 6

if TYPE_CHECKING:
    from rm_tui.tui.kiosk.flow import KioskFlow


class NameInput(Input):
    BINDINGS = [Binding("down", "to_matches", show=False)]

    def action_to_matches(self) -> None:
        matches = self.screen.query_one("#matches", OptionList)
        if matches.option_count:
            matches.focus()
            matches.highlighted = 0


class IdentifyScreen(KioskScreen):
    DEFAULT_CLASSES = "kiosk-identify"

    def __init__(self, flow: KioskFlow) -> None:
        super().__init__(flow)
        self.typed = ""

    def compose(self) -> ComposeResult:
        yield from self.compose_top()
        with Vertical(id="identify-box"):
            yield Static(self.tr("kiosk.who"), id="identify-title", classes="screen-title")
            yield Static(self.tr("kiosk.who_hint"), classes="hint")
            yield NameInput(self.typed, placeholder=self.tr("kiosk.name_placeholder"), id="name",
                            select_on_focus=False)
            yield OptionList(id="matches")
            yield Static("", id="identify-message", classes="message")
            with Horizontal(classes="nav"):
                if self.session.self_registration():
                    yield Button(self.tr("kiosk.not_listed"), id="register", compact=True)
                yield Button(self.tr("kiosk.back_home"), id="home", compact=True)
        if not self.session.self_registration():
            yield Static(self.tr("kiosk.not_listed_ask"), id="ask-facilitator", classes="hint")
        yield from self.compose_keys()

    def on_mount(self) -> None:
        self.after_recompose()

    def after_recompose(self) -> None:
        self._show_matches(self.typed)
        self.query_one("#name", Input).focus()

    def remember(self) -> None:
        self.typed = self.query_one("#name", Input).value

    @on(Input.Changed, "#name")
    def _typed(self, event: Input.Changed) -> None:
        self.typed = event.value
        self._show_matches(event.value)

    def _show_matches(self, query: str) -> None:
        matches = self.query_one("#matches", OptionList)
        message = self.query_one("#identify-message", Static)
        matches.clear_options()
        letters = len(query.strip())
        found = search_people(self.session.program().roster, query, MAX_MATCHES) if letters >= MIN_LETTERS else []
        labels = self.session.labels(found)
        matches.add_options([Option(labels[p.id], id=p.id) for p in found])
        matches.display = bool(found)
        if found:
            matches.highlighted = 0
        if 0 < letters < MIN_LETTERS:
            message.update(self.tr("kiosk.keep_typing"))
        elif letters and not found:
            key = "kiosk.no_match_register" if self.session.self_registration() else "kiosk.no_match"
            message.update(self.tr(key))
        else:
            message.update("")

    @on(Input.Submitted, "#name")
    def _enter(self, event: Input.Submitted) -> None:
        event.stop()
        matches = self.query_one("#matches", OptionList)
        if matches.option_count:
            option = matches.get_option_at_index(matches.highlighted or 0)
            self._chosen(option.id or "")

    @on(OptionList.OptionSelected, "#matches")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._chosen(event.option.id or "")

    def _chosen(self, pid: str) -> None:
        person = self.session.program().participant(pid)
        if person is not None:
            self.flow.go_confirm(person)

    @on(Button.Pressed, "#home")
    def _home(self, event: Button.Pressed) -> None:
        event.stop()
        self.flow.go_welcome()

    @on(Button.Pressed, "#register")
    def _register(self, event: Button.Pressed) -> None:
        event.stop()
        self.flow.go_register()


class ConfirmScreen(KioskScreen):
    DEFAULT_CLASSES = "kiosk-confirm"
    # arrows move between No and Yes; the highlighted button is always the one Enter presses
    BINDINGS = [
        Binding("left,up", "choose('no')", show=False),
        Binding("right,down", "choose('yes')", show=False),
    ]

    def __init__(self, flow: KioskFlow, person: Participant) -> None:
        super().__init__(flow)
        self.person = person
        self.intake = self.session.start_intake(person)
        self.sealed = self.session.sealed(self.intake)

    def compose(self) -> ComposeResult:
        yield from self.compose_top()
        with Vertical(id="confirm-box"):
            label = self.session.labels([self.person])[self.person.id]
            yield Static(self.tr("kiosk.confirm_q", name=label),
                         id="confirm-title", classes="screen-title")
            yield Static(self.tr(f"common.role.{self.person.role}"), id="confirm-role")
            note = ""
            if self.sealed:
                note = self.tr("kiosk.sealed_note")
            elif self.intake.at_review and self.intake.answered_count():
                note = self.tr("kiosk.done_note")
            elif self.intake.answered_count():
                note = self.tr("kiosk.resume_note", n=self.intake.question_number(),
                               total=self.intake.question_count())
            yield Static(note, id="confirm-note")
            with Horizontal(classes="nav"):
                yield Button(self.tr("common.no"), id="no")
                yield Button(self.tr("kiosk.confirm_yes"), id="yes", variant="primary")
        yield from self.compose_keys(self.tr("kiosk.confirm_keys"))

    def on_mount(self) -> None:
        self.after_recompose()

    def after_recompose(self) -> None:
        self.query_one("#yes", Button).focus()

    def action_choose(self, which: str) -> None:
        self.query_one(f"#{which}", Button).focus()

    def on_descendant_focus(self) -> None:
        for button in self.query(".nav Button").results(Button):
            button.variant = "primary" if button.has_focus else "default"

    @on(Button.Pressed, "#yes")
    def _yes(self, event: Button.Pressed) -> None:
        event.stop()
        if self.sealed:
            self.flow.go_sealed(self.intake)
        else:
            self.flow.go_questions(self.intake)

    @on(Button.Pressed, "#no")
    def _no(self, event: Button.Pressed) -> None:
        event.stop()
        self.flow.go_identify()
