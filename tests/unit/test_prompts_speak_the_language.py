"""questionary's own words are English; a French `take` must not show them."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

import pytest
from prompt_toolkit.data_structures import Size
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output.vt100 import Vt100_Output
from questionary import Choice

from rm_tui.prompts.prompter import Prompter

CHOICES = [Choice("alpha", value="a"), Choice("beta", value="b"), Choice("gamma", value="c")]
ENGLISH = ("done", "selection", "Use arrow", "Use shortcuts", "Answer:", "Invalid input")


def _screen(keys: str, lang: str, ask: Callable[[Prompter], Any]) -> tuple[Any, str]:
    """What the prompt drew (escape sequences and all) and what it returned."""
    drawn = io.StringIO()
    with create_pipe_input() as pipe:
        pipe.send_text(keys)
        p = Prompter(lang, input=pipe, output=Vt100_Output(drawn, lambda: Size(24, 80), term="xterm"))
        answer = ask(p)
    return answer, drawn.getvalue()


@pytest.mark.parametrize(("lang", "summary"), [("fr", "2 coché(s)"), ("en", "2 ticked")])
def test_a_ticked_list_is_summed_up_in_the_persons_language(lang: str, summary: str) -> None:
    answer, drawn = _screen(" \x1b[B \r", lang, lambda p: p.checkbox("Q", CHOICES))
    assert answer == ["a", "b"]
    assert summary in drawn
    assert not [word for word in ENGLISH if word in drawn]


def test_a_list_without_its_own_instruction_still_speaks_french() -> None:
    answer, drawn = _screen("\r", "fr", lambda p: p.select("Q", CHOICES))
    assert answer == "a"
    assert "flèches" in drawn
    assert not [word for word in ENGLISH if word in drawn]
