"""A yes/no question in the person's language: `o`/`y` and `n` answer at once, Enter takes the
default. With `wait_for_enter` (`rm-tui take`), `o`/`y`/`n` only choose and Enter confirms, so a
habitual Enter typed after `y` cannot answer the next question.

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

from rm_tui.i18n import t

YES_KEYS = ("y", "Y", "o", "O")
NO_KEYS = ("n", "N")


def confirm_question(message: str, default: bool, lang: str, wait_for_enter: bool = False,
                     **kwargs: Any) -> questionary.Question:
    yes, no = t("common.yes", lang), t("common.no", lang)
    hint_yes, hint_no = t("common.yes_no_hint_yes", lang), t("common.yes_no_hint_no", lang)
    status: dict[str, bool | None] = {"answer": None, "chosen": None}

    def tokens() -> FormattedText:
        parts = [("class:qmark", "?"), ("class:question", f" {message} ")]
        if status["answer"] is not None:
            parts.append(("class:answer", yes if status["answer"] else no))
        elif status["chosen"] is not None:
            parts.append(("class:answer", yes if status["chosen"] else no))
        else:
            parts.append(("class:instruction", hint_yes if default else hint_no))
        return FormattedText(parts)

    bindings = KeyBindings()

    def choose(value: bool) -> Any:
        def handler(event: Any) -> None:
            status["chosen"] = value
            if not wait_for_enter:
                confirm(event)
        return handler

    def confirm(event: Any) -> None:
        chosen = status["chosen"]
        status["answer"] = default if chosen is None else chosen
        event.app.exit(result=status["answer"])

    @bindings.add(Keys.Backspace)
    def _unchoose(_event: Any) -> None:
        status["chosen"] = None

    @bindings.add(Keys.ControlC, eager=True)
    def _interrupt(event: Any) -> None:
        event.app.exit(exception=KeyboardInterrupt, style="class:aborting")

    for key in YES_KEYS:
        bindings.add(key)(choose(True))
    for key in NO_KEYS:
        bindings.add(key)(choose(False))
    bindings.add(Keys.ControlM, eager=True)(confirm)

    @bindings.add(Keys.Any)
    def _ignore(_event: Any) -> None:
        """Only yes, no and Enter mean something here."""

    session: PromptSession = PromptSession(tokens, key_bindings=bindings,
                                           style=merge_styles_default([]), **kwargs)
    return questionary.Question(session.app)
