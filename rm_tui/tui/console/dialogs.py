"""Modal dialogs: ask for a reason, ask yes/no, ask for a PIN or a path."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, OptionList, Static
from textual.widgets.option_list import Option


class AskText(ModalScreen[str | None]):
    """A one-line answer (a reason, a PIN, a path). Enter accepts, Escape cancels."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, title: str, prompt: str, *, value: str = "", placeholder: str = "",
                 required: bool = True, password: bool = False, min_length: int = 1) -> None:
        super().__init__(classes="dialog-screen")
        self._title, self._prompt = title, prompt
        self._value, self._placeholder = value, placeholder
        self._required, self._password, self._min = required, password, min_length

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(self._title, classes="dialog-title")
            yield Static(self._prompt, classes="dialog-body")
            field = Input(self._value, placeholder=self._placeholder, password=self._password,
                          id="dialog-input")
            field.cursor_blink = False
            yield field
            yield Label("", id="dialog-error", classes="error")
            with Horizontal(classes="dialog-buttons"):
                yield Button("OK", variant="primary", id="ok")
                yield Button("Cancel", id="cancel")

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
            need = "an answer" if self._min <= 1 else f"at least {self._min} characters"
            self.query_one("#dialog-error", Label).update(f"Please give {need}.")
            return
        self.dismiss(value)

    def action_cancel(self) -> None:
        self.dismiss(None)


class AskYesNo(ModalScreen[bool]):
    BINDINGS = [
        Binding("escape,n", "answer(False)", "No"),
        Binding("y", "answer(True)", "Yes"),
    ]

    def __init__(self, title: str, body: str, *, yes: str = "Yes", no: str = "No") -> None:
        super().__init__(classes="dialog-screen")
        self._title, self._body, self._yes, self._no = title, body, yes, no

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
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

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, title: str, choices: list[tuple[str, str]]) -> None:
        super().__init__(classes="dialog-screen")
        self._title, self._choices = title, choices

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(self._title, classes="dialog-title")
            yield OptionList(*[Option(label, id=key) for key, label in self._choices],
                             id="choose-options")

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        self.dismiss(None)
