"""Text charts for the analytics screen, drawn with plain Unicode (no plotting library).

Pure functions returning lines of text, so they are tested without a terminal.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

# Density glyphs: how many pairs fall in one character cell.
GLYPHS = ("·", "•", "●")


def _cell(value: float, lo: float, hi: float, cells: int) -> int:
    if hi <= lo:
        return cells // 2
    return min(cells - 1, max(0, int((value - lo) / (hi - lo) * cells)))


def scatter_lines(
    xs: Sequence[float],
    ys: Sequence[float],
    *,
    width: int = 40,
    height: int = 9,
    y_range: tuple[float, float] = (1.0, 5.0),
    x_label: str = "criterion score",
    y_label: str = "quality",
) -> list[str]:
    """A scatter of outcome (vertical, `y_range`) against criterion score (horizontal).

    A cell shows · for one pair, • for two, ● for three or more.
    """
    lines = [f"{y_label} ↑"]
    if not xs:
        return lines + ["  (no pairs with both a score and an outcome yet)"]
    x_lo, x_hi = min(xs), max(xs)
    y_lo, y_hi = y_range
    grid = [[0] * width for _ in range(height)]
    for x, y in zip(xs, ys, strict=True):
        col = _cell(x, x_lo, x_hi + 1e-9, width)
        # Rounded, so that the nine half-steps of a mean of two 1-5 ratings get a row each.
        frac = (min(max(y, y_lo), y_hi) - y_lo) / (y_hi - y_lo) if y_hi > y_lo else 0.5
        row = height - 1 - round(frac * (height - 1))
        grid[row][col] += 1
    for r, counts in enumerate(grid):
        value = y_hi - (y_hi - y_lo) * r / max(height - 1, 1)
        label = f"{value:4.1f} " if r in (0, height // 2, height - 1) else "     "
        cells = "".join(GLYPHS[min(c, 3) - 1] if c else " " for c in counts)
        lines.append(f"{label}│{cells}")
    lines.append("     └" + "─" * width)
    left, right = _short(x_lo), _short(x_hi)
    gap = max(1, width - len(left) - len(right))
    lines.append(f"      {left}{' ' * gap}{right}")
    lines.append(f"      {x_label} →".rjust(6 + width) if len(x_label) + 2 > width else f"      {x_label} →")
    return lines


def _short(value: float) -> str:
    return f"{value:.2f}" if abs(value) < 10 else f"{value:.0f}"


def interval_strip(rho: float, low: float, high: float, *, width: int = 41) -> str:
    """rho and its 95% interval on a -1..+1 line, with 0 marked: the honest picture.

    e.g. `-1 ─────────────┼──[────●───]─── +1`
    """
    cells = ["─"] * width

    def at(v: float) -> int:
        return min(width - 1, max(0, round((v + 1) / 2 * (width - 1))))

    cells[at(0.0)] = "┼"
    if math.isfinite(low) and math.isfinite(high):
        a, b = at(low), at(high)
        for i in range(a + 1, b):
            cells[i] = "═" if cells[i] == "─" else cells[i]
        cells[a], cells[b] = "[", "]"
    if math.isfinite(rho):
        cells[at(rho)] = "●"
    return "-1 " + "".join(cells) + " +1"
