"""A yes/no question in the person's language: `o`/`y` and `n` answer at once, Enter takes the default.

questionary's own confirm only speaks English ("(Y/n)", "Yes"), which a French screen-reader
user hears as noise.
"""

from __future__ import annotations

from typing import Any

import questionary
from prompt_toolkit import PromptSession
from prompt_toolkit.formatted_text import FormattedText
from prompt_toolkit.key_binding import KeyBindings
from prompt_toolkit.keys import Keys
from questionary.styles import merge_styles_default

WORDS: dict[str, tuple[str, str, str, str]] = {  # yes, no, hint when default yes, when default no
    "en": ("Yes", "No", "(Y/n)", "(y/N)"),
    "fr": ("Oui", "Non", "(O/n)", "(o/N)"),
}
YES_KEYS = ("y", "Y", "o", "O")
NO_KEYS = ("n", "N")


def confirm_question(message: str, default: bool, lang: str, **kwargs: Any) -> questionary.Question:
    yes, no, hint_yes, hint_no = WORDS.get(lang, WORDS["en"])
    status: dict[str, bool | None] = {"answer": None}

    def tokens() -> FormattedText:
        parts = [("class:qmark", "?"), ("class:question", f" {message} ")]
        if status["answer"] is None:
            parts.append(("class:instruction", hint_yes if default else hint_no))
        else:
            parts.append(("class:answer", yes if status["answer"] else no))
        return FormattedText(parts)

    bindings = KeyBindings()

    def answer(value: bool) -> Any:
        def handler(event: Any) -> None:
            status["answer"] = value
            event.app.exit(result=value)
        return handler

    @bindings.add(Keys.ControlC, eager=True)
    def _interrupt(event: Any) -> None:
        event.app.exit(exception=KeyboardInterrupt, style="class:aborting")

    for key in YES_KEYS:
        bindings.add(key)(answer(True))
    for key in NO_KEYS:
        bindings.add(key)(answer(False))
    bindings.add(Keys.ControlM, eager=True)(answer(default))

    @bindings.add(Keys.Any)
    def _ignore(_event: Any) -> None:
        """Only yes, no and Enter mean something here."""

    session: PromptSession = PromptSession(tokens, key_bindings=bindings,
                                           style=merge_styles_default([]), **kwargs)
    return questionary.Question(session.app)
