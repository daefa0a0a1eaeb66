"""Messages the answer widgets post to their screen (attributes down, messages up)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from textual.message import Message


@dataclass
class AnswerChanged(Message):
    """The participant gave (or cleared, value None) an answer to `item_id`."""

    item_id: str
    value: Any
    by_key: bool = False  # a digit picked it: the screen may move focus to the next question


@dataclass
class AnswerSubmitted(Message):
    """Enter was pressed inside a widget that consumes Enter (text fields): continue."""

    item_id: str
