"""What is wrong with an answer, as a code and its parameters — never as a sentence.

The core decides *what* is wrong; the catalogue says it, in the reader's language and tone:
`text(lang)` is the precise wording of files and the CLI ("problem.<code>"), `to_participant(lang)`
the gentle one of the kiosk and `rm-tui take` ("answer.<code>"). Named `CodedProblem` because
`core.errors.Problem` already means "a located problem in an input file".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from rm_tui.core.dates import SHOWN
from rm_tui.i18n import CATALOG, t, tn

# Every code the core and the answer widgets use; a test checks both wordings exist for each.
CODES: tuple[str, ...] = (
    "required", "scale_range", "one_of", "list_of_ids", "twice", "max_picks", "min_picks",
    "unknown_choice", "not_on_roster", "not_text", "too_long", "number", "whole",
    "number_range", "whole_range", "date", "date_range", "not_number", "not_date",
    "not_asked", "picks_self", "picks_role",
)


@dataclass(frozen=True)
class CodedProblem:
    """One reason an answer is refused: `code` (see CODES) and the values its wording names.

    Dates are passed as `datetime.date` (or None for an open end) so each wording shows them its
    own way: ISO in files and the CLI, DD/MM/YYYY to participants (as the date fields read).
    """

    code: str
    params: Mapping[str, object] = field(default_factory=dict)

    def text(self, lang: str = "en") -> str:
        """The precise wording, for files and the CLI ("expected a number from 0 to 50")."""
        return t(f"problem.{self.code}", lang, **{k: _iso(v) for k, v in self.params.items()})

    def to_participant(self, lang: str) -> str:
        """The gentle wording shown to the person answering ("Give a number from 0 to 50.")."""
        key, params = f"answer.{self.code}", {k: _shown(v) for k, v in self.params.items()}
        if key not in CATALOG:  # said per count ("1 answer", "2 answers")
            count = params.pop("n")
            assert isinstance(count, int)
            return tn(key, count, lang, **params)
        return t(key, lang, **params)

    def __str__(self) -> str:
        return self.text("en")


def problem(code: str, **params: object) -> CodedProblem:
    if code not in CODES:
        raise ValueError(f"unknown problem code {code!r}")
    return CodedProblem(code, params)


def as_day(text: str | None) -> dt.date | str | None:
    """An ISO date bound as a date, so each wording shows it its own way (kept as text if not ISO)."""
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return text


def _iso(value: object) -> object:
    if value is None:
        return "…"
    return value.isoformat() if isinstance(value, dt.date) else value


def _shown(value: object) -> object:
    if value is None:
        return "…"
    return value.strftime(SHOWN) if isinstance(value, dt.date) else value
