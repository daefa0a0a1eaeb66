"""Drive questionary prompts from a script of keys: prompt_toolkit pipe input, dummy output."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

from rm_tui.prompts.prompter import Prompter

ENTER, SPACE, TAB = "\r", " ", "\t"
UP, DOWN = "\x1b[A", "\x1b[B"
CTRL_C, CTRL_U = "\x03", "\x15"


@contextmanager
def scripted(keys: str, lang: str = "en") -> Iterator[tuple[Prompter, io.StringIO]]:
    """A Prompter reading `keys`; the input ends after them (as if Ctrl+D)."""
    with create_pipe_input() as pipe:
        pipe.send_text(keys)
        pipe.close()
        stream = io.StringIO()
        yield Prompter(lang, input=pipe, output=DummyOutput(), stream=stream), stream


def run_keys(keys: str, ask: Callable[[Prompter], Any], lang: str = "en") -> Any:
    with scripted(keys, lang) as (prompter, _stream):
        return ask(prompter)
