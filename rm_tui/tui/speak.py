"""The interfaces speak the program's language: binding descriptions are catalogue keys,
worded per screen instance once the language is known (the Footer, the command palette and
the help screen all read the instance's bindings). Textual's own English binding texts and
system commands are worded too, where Textual lets us (rm_tui/i18n/textual.py)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from rich.align import Align
from rich.text import Text
from textual.app import App
from textual.binding import Binding
from textual.command import CommandList, CommandPalette
from textual.dom import DOMNode
from textual.widgets.option_list import Option

from rm_tui.i18n import CATALOG, t

# Textual's own English words (its widgets' keys, its system commands) -> their catalogue keys
# (rm_tui/i18n/textual.py, whose English is Textual's text).
TEXTUAL_WORDS = {entry["en"]: key for key, entry in CATALOG.items() if key.startswith("textual.")}


def word(text: str | None, lang: str) -> str | None:
    """`text` in `lang` when it is a catalogue key or one of Textual's own English texts;
    otherwise unchanged (e.g. already words)."""
    if not text:
        return text
    if text in CATALOG:
        return t(text, lang)
    key = TEXTUAL_WORDS.get(text)
    return t(key, lang) if key else text


def worded(binding: Binding, lang: str) -> Binding:
    return replace(binding, description=word(binding.description, lang) or "",
                   tooltip=word(binding.tooltip, lang) or "")


def speak(node: DOMNode, lang: str) -> None:
    """Word `node`'s binding descriptions and tooltips in `lang`."""
    table = node._bindings.key_to_bindings
    for key, bindings in table.items():
        table[key] = [worded(b, lang) for b in bindings]
    node.refresh_bindings()


def program_lang(app: App[Any]) -> str:
    """The language of the program the app shows (its first language), English without one."""
    program = getattr(getattr(app, "source", None), "program", None)
    languages = getattr(program, "languages", None) or ("en",)
    return str(languages[0])


class WordedPalette(CommandPalette):
    """Textual's command palette, its "No matches found" in the program's language too (Textual
    writes it in a private method: this one is its copy with the text worded, checked against
    Textual's own by tests/unit/test_textual_words.py)."""

    def __init__(self, lang: str, **kwargs: Any) -> None:
        super().__init__(placeholder=t("textual.palette_search", lang), **kwargs)
        self.lang = lang

    def _start_no_matches_countdown(self, search_value: str) -> None:
        if self.lang == "en":
            super()._start_no_matches_countdown(search_value)
            return
        self._stop_no_matches_countdown()

        def _show_no_matches() -> None:
            if search_value:
                self.query_one(CommandList).add_option(
                    Option(Align.center(Text(t("textual.no_matches", self.lang), style="not bold")),
                           disabled=True, id=self._NO_MATCHES))
                self._list_visible = True
            else:
                self._list_visible = False

        self._no_matches_timer = self.set_timer(self._NO_MATCHES_COUNTDOWN, _show_no_matches)
