"""The one date parser and the one way a date is shown, for every input (kiosk, `take`, CSV
rosters, check-ins, the console) so one item reads the same everywhere.

Stored dates are ISO (`2026-09-15`); people type and read day first (`15/09/2026`).
"""

from __future__ import annotations

import datetime as dt
import re

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DAY_FIRST = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$")
SHOWN = "%d/%m/%Y"  # how a date is shown and typed, in every language


def looks_like_iso(text: str) -> bool:
    """`YYYY-MM-DD` in shape (a real date or not)."""
    return bool(_ISO.match(text.strip()))


def parse_date(text: str, *, iso_only: bool = False) -> str | None:
    """'15/09/2026', '15.9.2026', '15-09-2026' or '2026-09-15' -> '2026-09-15'; None if not
    a real date. `iso_only` (file formats that promise YYYY-MM-DD): the last form only."""
    text = text.strip()
    if match := _ISO.match(text):
        year, month, day = (int(g) for g in match.groups())
    elif not iso_only and (match := _DAY_FIRST.match(text)):
        day, month, year = (int(g) for g in match.groups())
    else:
        return None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def show_date(iso: str | None) -> str:
    """'2026-09-15' -> '15/09/2026' (what is typed back in); '' for none, as is if not a date."""
    if not iso:
        return ""
    try:
        return dt.date.fromisoformat(iso).strftime(SHOWN)
    except ValueError:
        return iso
