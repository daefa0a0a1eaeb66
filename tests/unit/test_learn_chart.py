"""Text charts of the analytics screen."""

from __future__ import annotations

from rm_tui.tui.console.followup.chart import interval_strip, scatter_lines


def test_scatter_puts_low_scores_left_and_high_outcomes_on_top() -> None:
    lines = scatter_lines([0.0, 1.0], [1.0, 5.0], width=10, height=9)
    grid = [line.split("│", 1)[1] for line in lines[1:10]]
    assert grid[0] == " " * 9 + "·"  # top row: outcome 5 at the highest score
    assert grid[8] == "·" + " " * 9  # bottom row: outcome 1 at the lowest score
    assert "0.00" in lines[-2] and "1.00" in lines[-2]


def test_scatter_shows_density_and_half_steps() -> None:
    lines = scatter_lines([0.5] * 3 + [0.0, 1.0], [3.0] * 3 + [4.5, 1.0], width=11, height=9)
    rows = [line.split("│", 1)[1] for line in lines[1:10]]
    assert rows[4][5] == "●"  # three pairs in one cell, outcome 3 in the middle row
    assert rows[1][0] == "·"  # 4.5 gets its own row


def test_scatter_without_data_says_so() -> None:
    assert "no pairs" in scatter_lines([], [])[-1]


def test_interval_strip_marks_zero_interval_and_rho() -> None:
    strip = interval_strip(0.5, 0.2, 0.8, width=21)
    body = strip[3:-3]
    assert body[10] == "┼" and body[15] == "●"
    assert body.index("[") == 12 and body.index("]") == 18
    assert "[" not in interval_strip(float("nan"), float("nan"), float("nan"))
