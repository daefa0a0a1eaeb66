"""The one number parser and the one way a number is shown (kiosk, `take`, hints and checks).

People may type a French decimal comma (`12,5`) and spaces (`1 000`); whole numbers show
without a decimal point.
"""

from __future__ import annotations

import math


def parse_number(text: str, integer: bool = False) -> int | float | None:
    """`12`, `12.5`, `12,5`, `1 000`; None if not a finite number. A whole number typed
    without a decimal point or exponent (or any whole number when `integer`) is an int."""
    text = text.strip().replace(" ", "").replace(",", ".")
    try:
        value = float(text)
    except ValueError:
        return None
    if not math.isfinite(value):
        return None
    if integer or ("." not in text and "e" not in text.lower()):
        return int(value) if value.is_integer() else value
    return value


def show_number(value: float | None) -> str:
    """12.0 -> '12', 12.5 -> '12.5', None -> '…' (an open end of a range)."""
    if value is None:
        return "…"
    return str(int(value)) if float(value).is_integer() else str(value)
