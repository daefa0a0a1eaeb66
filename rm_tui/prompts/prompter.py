"""The one place that talks to questionary: line-by-line prompts on any terminal.

A `Prompter` carries where keys come from and where the prompts draw (a real terminal, or a
prompt_toolkit pipe input and `DummyOutput` in tests) and the interface language. Ctrl+C and
Ctrl+D both raise `Stopped`, so a flow can stop cleanly wherever the person is.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from typing import Any, TextIO

import questionary
from prompt_toolkit import PromptSession
from prompt_toolkit.formatted_text import FormattedText
from prompt_toolkit.input import Input
from prompt_toolkit.key_binding import KeyBindings, merge_key_bindings
from prompt_toolkit.output import Output
from questionary import Choice

from rm_tui.i18n import t, tn
from rm_tui.prompts import plain
from rm_tui.prompts.confirm import confirm_question
from rm_tui.prompts.markers import BACK

Validate = Callable[[Any], "bool | str"]


class Stopped(Exception):
    """The person pressed Ctrl+C (or Ctrl+D, or the input ended)."""


class Prompter:
    def __init__(
        self,
        lang: str = "en",
        input: Input | None = None,  # noqa: A002 - prompt_toolkit's own name
        output: Output | None = None,
        stream: TextIO | None = None,
        plain: bool = False,
    ) -> None:
        """`plain`: lists as numbered lines and typed answers, nothing redrawn (screen readers)."""
        self.lang = lang
        self.input = input
        self.output = output
        self.stream = stream
        self.plain = plain
        self.confirm_waits_for_enter = False  # `take`: y/n choose, Enter confirms

    def _kwargs(self) -> dict[str, Any]:
        kw: dict[str, Any] = {}
        if self.input is not None:
            kw["input"] = self.input
        if self.output is not None:
            kw["output"] = self.output
        return kw

    def _ask(self, question: questionary.Question) -> Any:
        try:
            return question.unsafe_ask()
        except (KeyboardInterrupt, EOFError):
            raise Stopped() from None

    def say(self, text: str = "") -> None:
        """A plain line of output: read in order by screen readers, kept in the scrollback."""
        stream = self.stream or sys.stdout
        stream.write(text + "\n")
        stream.flush()

    def select(
        self, message: str, choices: Sequence[Choice], default: Any = None,
        instruction: str | None = None,
    ) -> Any:
        if default is not None and default not in [c.value for c in choices]:
            default = None
        if self.plain:
            return plain.select(self, message, choices, default)
        shortcuts = len(choices) <= 36
        if instruction is None:  # questionary's own is English ("(Use shortcuts or arrow keys)")
            instruction = t("take.choice_hint", self.lang)
        return self._ask(questionary.select(
            message, choices=list(choices), default=default, instruction=instruction,
            use_shortcuts=shortcuts, use_jk_keys=not shortcuts, **self._kwargs(),
        ))

    def checkbox(
        self, message: str, choices: Sequence[Choice], validate: Validate | None = None,
        instruction: str | None = None, back_key: str | None = None,
    ) -> list[Any]:
        """Ticked values; with `back_key`, that key answers `[BACK]` at once (as in lists)."""
        if self.plain:
            return plain.checkbox(self, message, choices, validate or (lambda _v: True), back_key)
        if instruction is None:  # questionary's own is English ("(Use arrow keys to move, ...)")
            instruction = t("take.multi_hint", self.lang, limit="")
        question = questionary.checkbox(
            message, choices=list(choices), validate=validate or (lambda _v: True),
            instruction=instruction, **self._kwargs(),
        )
        self._say_ticked_in_language(question)
        if back_key is not None:
            extra = KeyBindings()
            extra.add(back_key, eager=True)(lambda event: event.app.exit(result=[BACK]))
            app = question.application
            app.key_bindings = merge_key_bindings([app.key_bindings or KeyBindings(), extra])
        return self._ask(question)

    def _say_ticked_in_language(self, question: questionary.Question) -> None:
        """Once answered, questionary sums a checkbox up in English ("done (2 selections)"):
        say it in the person's language instead. The summary is the prompt session's message."""
        for control in question.application.layout.find_all_controls():
            session = getattr(getattr(control, "text", None), "__self__", None)
            if isinstance(session, PromptSession) and callable(session.message):
                session.message = _ticked_words(session.message, self.lang)
                return

    def text(
        self, message: str, default: str = "", validate: Validate | None = None,
        instruction: str | None = None, placeholder: str | None = None,
    ) -> str:
        """`default` is typed in already (editable); `placeholder` is only shown, greyed out."""
        extra: dict[str, Any] = {}
        if placeholder:
            extra["placeholder"] = FormattedText([("class:instruction", placeholder)])
        return self._ask(questionary.text(
            message, default=default, validate=validate, instruction=instruction,
            **extra, **self._kwargs(),
        ))

    def password(self, message: str) -> str:
        """Typed without being shown (the facilitator's PIN)."""
        return str(self._ask(questionary.password(message, **self._kwargs())))

    def autocomplete(
        self, message: str, choices: Sequence[str], validate: Validate | None = None,
        default: str = "",
    ) -> str:
        if self.plain:  # no completion menu to read out; a unique part of a name is enough
            return self.text(message, default=default, validate=validate)
        return self._ask(questionary.autocomplete(
            message, choices=list(choices), validate=validate, default=default, **self._kwargs(),
        ))

    def confirm(self, message: str, default: bool = True) -> bool:
        if self.plain:
            return plain.confirm(self, message, default)
        return bool(self._ask(confirm_question(message, default, self.lang,
                                               self.confirm_waits_for_enter, **self._kwargs())))


def _ticked_words(tokens: Callable[[], Any], lang: str) -> Callable[[], Any]:
    def translated() -> Any:
        out = []
        for style, text, *rest in tokens():
            if style == "class:answer" and (text == "done" or text.startswith("done (")):
                count = int("".join(c for c in text if c.isdigit()) or "0")
                text = tn("take.ticked", count, lang)
            out.append((style, text, *rest))
        return out
    return translated
