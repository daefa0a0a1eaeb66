"""Typed answers: free text with a visible limit, numbers and dates.

Each field posts `AnswerChanged` with a valid value, or None while the text is not (yet) a valid
answer; `invalid` then says the participant typed something we could not use.
"""

from __future__ import annotations

from collections.abc import Callable

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Input, Static, TextArea

from rm_tui.core import numbers
from rm_tui.core.dates import parse_date, show_date
from rm_tui.tui.widgets.messages import AnswerChanged, AnswerSubmitted

__all__ = ["LimitedText", "ParsedInput", "parse_date", "parse_number", "show_date"]  # the dates: rm_tui.core.dates


class LimitedTextArea(TextArea):
    """A wrapped text box where Enter continues instead of starting a new line."""

    # page keys move between questions, as everywhere else in a questionnaire
    BINDINGS = [
        Binding("pageup", "screen.back", show=False),
        Binding("pagedown", "screen.next", show=False),
    ]

    def __init__(self, item_id: str, max_length: int, text: str, placeholder: str) -> None:
        super().__init__(text, soft_wrap=True, tab_behavior="focus", show_line_numbers=False,
                         placeholder=placeholder, classes="limited-text-area")
        self.item_id = item_id
        self.max_length = max_length

    async def _on_key(self, event: events.Key) -> None:
        if event.key in ("enter", "ctrl+j", "ctrl+m"):
            event.stop()
            event.prevent_default()
            self.post_message(AnswerSubmitted(self.item_id))
            return
        if event.is_printable and len(self.text) >= self.max_length and self.selection.is_empty:
            event.stop()
            event.prevent_default()
            self.app.bell()
            return
        await super()._on_key(event)


class LimitedText(Vertical):
    """Free text with a counter 'n / max characters'."""

    def __init__(self, item_id: str, max_length: int, value: str | None, placeholder: str,
                 counter: Callable[[int, int], str]) -> None:
        super().__init__(classes="limited-text")
        self.item_id = item_id
        self.max_length = max_length
        self.initial = value or ""
        self.placeholder = placeholder
        self.counter = counter
        self.invalid = False

    def compose(self) -> ComposeResult:
        yield LimitedTextArea(self.item_id, self.max_length, self.initial, self.placeholder)
        yield Static(self.counter(len(self.initial), self.max_length), classes="counter")

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        event.stop()
        area = event.text_area
        text = area.text.replace("\n", " ")
        if len(text) > self.max_length:  # a paste past the limit is cut, visibly
            text = text[: self.max_length]
        if text != area.text:
            area.load_text(text)
            area.move_cursor(area.document.end)
        self.query_one(".counter", Static).update(self.counter(len(text), self.max_length))
        self.post_message(AnswerChanged(self.item_id, text.strip() or None))

    def answer_value(self) -> str | None:
        """What the box holds right now (a burst of keys may not have posted it yet)."""
        areas = self.query(LimitedTextArea)
        if not areas:
            return self.initial.strip() or None
        text = areas.first().text.replace("\n", " ")[: self.max_length]
        return text.strip() or None

    def focus(self, scroll_visible: bool = True) -> LimitedText:
        self.query_one(LimitedTextArea).focus(scroll_visible)
        return self


def parse_number(text: str, integer: bool) -> int | float | None:
    """The number a field holds as the kiosk stores it: whole numbers as ints, a fraction
    where a whole number is asked is no answer (None)."""
    value = numbers.parse_number(text, integer)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return None if integer and isinstance(value, float) else value


class ParsedInput(Input):
    """A one-line field whose text is parsed into an answer (number or date)."""

    # no `restrict`: a refused key would vanish without a word; the screen says what is wrong
    def __init__(self, item_id: str, parse: Callable[[str], object], valid: Callable[[object], bool],
                 text: str, placeholder: str) -> None:
        super().__init__(text, placeholder=placeholder, max_length=20,
                         classes="parsed-input", select_on_focus=False)
        self.item_id = item_id
        self.parse = parse
        self.valid = valid
        self.invalid = False

    def _parsed(self, text: str) -> object:
        value = self.parse(text) if text.strip() else None
        ok = value is not None and self.valid(value)
        self.invalid = bool(text.strip()) and not ok
        return value if ok else None

    def answer_value(self) -> object:
        """The answer the text gives right now (None when empty or unusable)."""
        return self._parsed(self.value)

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.post_message(AnswerChanged(self.item_id, self._parsed(event.value)))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.post_message(AnswerSubmitted(self.item_id))
