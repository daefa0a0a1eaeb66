"""Modal dialogs: ask for a reason, ask yes/no, ask for a PIN or a path."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from rm_tui.i18n import t
from rm_tui.tui.speak import program_lang, speak


def dialog_box(*classes: str) -> VerticalScroll:
    """A dialog's frame: a long body (why someone is unmatched, a confirmation summary, at 80x24)
    scrolls between its title and its buttons, docked so they always show (console.tcss); ↑ ↓
    End on a button or a field reach the scroll's keys."""
    return VerticalScroll(classes=" ".join(("dialog", "dialog-scrolls", *classes)), can_focus=False)


class AskText(ModalScreen[str | None]):
    """A one-line answer (a reason, a PIN, a path). Enter accepts, Escape cancels."""

    BINDINGS = [Binding("escape", "cancel", "console.bind.cancel")]

    def __init__(self, title: str, prompt: str, *, value: str = "", placeholder: str = "",
                 required: bool = True, password: bool = False, min_length: int = 1) -> None:
        super().__init__(classes="dialog-screen")
        self._title, self._prompt = title, prompt
        self._value, self._placeholder = value, placeholder
        self._required, self._password, self._min = required, password, min_length

    def compose(self) -> ComposeResult:
        self.lang = program_lang(self.app)
        speak(self, self.lang)
        with dialog_box():
            yield Label(self._title, classes="dialog-title")
            yield Static(self._prompt, classes="dialog-body")
            field = Input(self._value, placeholder=self._placeholder, password=self._password,
                          id="dialog-input")
            field.cursor_blink = False
            yield field
            yield Label("", id="dialog-error", classes="error")
            with Horizontal(classes="dialog-buttons"):
                yield Button(t("console.dialog.ok", self.lang), variant="primary", id="ok")
                yield Button(t("console.bind.cancel", self.lang), id="cancel")

    def on_input_submitted(self) -> None:
        self._accept()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "ok":
            self._accept()
        else:
            self.dismiss(None)

    def _accept(self) -> None:
        value = self.query_one("#dialog-input", Input).value.strip()
        if self._required and len(value) < self._min:
            need = (t("console.dialog.need_answer", self.lang) if self._min <= 1
                    else t("console.dialog.need_chars", self.lang, n=self._min))
            self.query_one("#dialog-error", Label).update(need)
            return
        self.dismiss(value)

    def action_cancel(self) -> None:
        self.dismiss(None)


class AskYesNo(ModalScreen[bool]):
    BINDINGS = [
        Binding("escape,n", "answer(False)", "console.bind.no"),
        Binding("y", "answer(True)", "console.bind.yes"),
    ]

    def __init__(self, title: str, body: str, *, yes: str | None = None, no: str | None = None) -> None:
        """`yes`, `no`: the buttons' words (default: Yes and No in the program's language)."""
        super().__init__(classes="dialog-screen")
        self._title, self._body, self._yes, self._no = title, body, yes, no

    def compose(self) -> ComposeResult:
        lang = program_lang(self.app)
        speak(self, lang)
        self._yes = self._yes or t("console.bind.yes", lang)
        self._no = self._no or t("console.bind.no", lang)
        with dialog_box():
            yield Label(self._title, classes="dialog-title")
            yield Static(self._body, classes="dialog-body")
            with Horizontal(classes="dialog-buttons"):
                yield Button(self._yes, variant="primary", id="yes")
                yield Button(self._no, id="no")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_answer(self, value: bool) -> None:
        self.dismiss(value)


class ChooseOne(ModalScreen[str | None]):
    """Pick one of a few labelled choices (↑ ↓ Enter), Escape cancels."""

    BINDINGS = [Binding("escape", "cancel", "console.bind.cancel")]

    def __init__(self, title: str, choices: list[tuple[str, str]]) -> None:
        super().__init__(classes="dialog-screen")
        self._title, self._choices = title, choices

    def compose(self) -> ComposeResult:
        speak(self, program_lang(self.app))
        with Vertical(classes="dialog"):
            yield Label(self._title, classes="dialog-title")
            yield OptionList(*[Option(label, id=key) for key, label in self._choices],
                             id="choose-options")

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        self.dismiss(None)
