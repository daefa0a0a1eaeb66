"""Textual's own words in the catalogue (rm_tui/i18n/textual.py): the English of each is Textual's
text exactly, so `tui.speak.word` finds them, and an English program shows Textual unchanged."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
import textual

from rm_tui.i18n import CATALOG
from rm_tui.tui.speak import TEXTUAL_WORDS, word

KEYS = sorted(k for k in CATALOG if k.startswith("textual."))


@cache
def textual_source() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in Path(textual.__file__).parent.rglob("*.py"))


def in_textual(text: str) -> bool:
    """`text` is a string literal somewhere in the installed Textual."""
    return f'"{text}"' in textual_source() or f"'{text}'" in textual_source()


def test_the_check_tells_textuals_words_from_others() -> None:
    assert in_textual("Quit the application as soon as possible")
    assert not in_textual("Quit the application right now")


@pytest.mark.parametrize("key", KEYS)
def test_each_english_text_is_textuals_own(key: str) -> None:
    assert in_textual(CATALOG[key]["en"]), f"{key}: Textual no longer says {CATALOG[key]['en']!r}"


def test_textual_words_are_worded_in_french_and_left_alone_in_english() -> None:
    assert len(TEXTUAL_WORDS) == len(KEYS)  # no two keys share an English text
    assert word("Cursor up", "fr") == "Curseur vers le haut"
    assert word("Cursor up", "en") == "Cursor up"
    assert word("Something of ours", "fr") == "Something of ours"


def test_the_palettes_no_matches_copy_follows_textuals_method() -> None:
    """WordedPalette words "No matches found" in a copy of Textual's private method: when Textual
    changes that method, this fails — copy the new one into rm_tui/tui/speak.py and update the hash."""
    import hashlib
    import inspect

    from textual.command import CommandPalette

    source = inspect.getsource(CommandPalette._start_no_matches_countdown)
    assert 'Text("No matches found", style="not bold")' in source
    assert hashlib.sha256(source.encode()).hexdigest()[:16] == "0bc07d1794718e89"
