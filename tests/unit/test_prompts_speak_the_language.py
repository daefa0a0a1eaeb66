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


@pytest.mark.parametrize(("lang", "summary"), [("fr", "2 cochés"), ("en", "2 ticked")])
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


def test_a_date_reads_as_at_the_kiosk_and_enter_keeps_it() -> None:
    from rm_tui.prompts.items import ask_date

    answer, drawn = _screen("\r", "fr", lambda p: ask_date(p, "Q", default="2024-09-01", lo="2020-01-01"))
    assert answer == "2024-09-01"  # stored as ISO, whatever is shown
    assert "01/09/2024" in drawn and "JJ/MM/AAAA" in drawn and "01/01/2020" in drawn
    assert "2024-09-01" not in drawn and "AAAA-MM-JJ" not in drawn


class _Typist(Prompter):
    """Types `attempts` into a text prompt, keeping what its check says about each."""

    def __init__(self, lang: str, attempts: list[str]) -> None:
        super().__init__(lang)
        self.attempts, self.said = attempts, []

    def text(self, message: str, default: str = "", validate: Any = None, **_kw: Any) -> str:
        for attempt in self.attempts:
            verdict = validate(attempt) if validate else True
            if verdict is True:
                return attempt
            self.said.append(verdict)
        raise AssertionError(self.said)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_refused_number_is_said_in_the_persons_language(lang: str) -> None:
    from rm_tui.prompts.items import ask_number

    typist = _Typist(lang, ["abc", "99", "2,5", "7"])
    assert ask_number(typist, "Q", lo=0, hi=10) == 7
    expected = {
        "fr": ["« abc » n'est pas un nombre : tapez des chiffres, par exemple 3.",
               "Indiquez un nombre entier de 0 à 10.", "Un nombre entier, sans virgule : par exemple 3."],
        "en": ["“abc” is not a number: type digits, for example 3.",
               "Give a whole number from 0 to 10.", "A whole number, without decimals: for example 3."],
    }
    assert typist.said == expected[lang]  # the kiosk's very words (answer.*)
