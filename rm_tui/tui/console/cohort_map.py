"""A picture of the whole cohort: every mentor x mentee score as a heatmap (the plan's pairs
framed, forbidden pairs dotted), and the distribution of pair scores."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import numpy as np
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from rm_tui.core.matching import allowed_matrix
from rm_tui.core.plan import Plan
from rm_tui.i18n import t
from rm_tui.tui.speak import speak

if TYPE_CHECKING:
    from rm_tui.tui.console.app import ConsoleApp

MAX_HEATMAP = 60  # beyond this many columns, the distribution alone says more


def _colour(score: float) -> str:
    """Red (0) through yellow (50) to green (100)."""
    s = min(max(score / 100.0, 0.0), 1.0)
    red = int(200 if s < 0.5 else 200 * (1 - s) * 2)
    green = int(200 * s * 2 if s < 0.5 else 200)
    return f"rgb({red},{green},60)"


def heatmap(plan: Plan, name: Callable[[str], str]) -> Text:
    problem = plan.problem
    paired = {p.key for p in plan.pairs}
    text = Text()
    text.append(" " * 16)
    for j, _ in enumerate(problem.mentees):
        text.append(f"{j + 1:>3} ")
    text.append("\n")
    for i, mentor in enumerate(problem.mentors):
        text.append(f"{name(mentor)[:15]:<15} ")
        for j, mentee in enumerate(problem.mentees):
            score = float(problem.scores[i, j])
            if problem.blocked[i, j] or (mentor, mentee) in plan.forbid_reasons:
                text.append("  · ", style="dim")
            elif (mentor, mentee) in paired:
                text.append(f"[{score:2.0f}]", style=f"bold black on {_colour(score)}")
            else:
                text.append(f" {score:2.0f} ", style=_colour(score))
        text.append("\n")
    text.append("\nColumns: ")
    text.append("  ".join(f"{j + 1} {name(m)}" for j, m in enumerate(problem.mentees)))
    text.append("\n[nn] = a pair of the plan · · = forbidden (rules or you)")
    return text


def distribution(plan: Plan, bins: int = 10, width: int = 40) -> Text:
    problem = plan.problem
    allowed = problem.scores[allowed_matrix(plan)]  # the facilitator's forbids are not allowed
    ours = np.array([p.score for p in plan.pairs])
    edges = np.linspace(0, 100, bins + 1)
    all_counts, _ = np.histogram(allowed, bins=edges)
    our_counts, _ = np.histogram(ours, bins=edges)
    peak = max(int(all_counts.max(initial=0)), 1)
    text = Text("Score distribution — all allowed pairs (░) and the plan's pairs (█)\n")
    for k in range(bins):
        lo, hi = edges[k], edges[k + 1]
        bar_all = int(round(width * all_counts[k] / peak))
        bar_ours = min(int(round(width * our_counts[k] / peak)), bar_all) if all_counts[k] else 0
        text.append(f"{lo:3.0f}–{hi:3.0f} ")
        text.append("█" * bar_ours, style=_colour((lo + hi) / 2))
        text.append("░" * (bar_all - bar_ours), style="dim")
        text.append(f"  {all_counts[k]} / {our_counts[k]}\n")
    return text


class CohortMapScreen(Screen[None]):
    BINDINGS = [Binding("escape,h", "app.pop_screen", "console.bind.back")]

    app: ConsoleApp

    def compose(self) -> ComposeResult:
        speak(self, self.app.lang)  # before the Footer composes: it shows the worded keys
        yield Header()
        with VerticalScroll(id="map-body"):
            yield Static("", id="map-heatmap")
            yield Static("", id="map-distribution")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        plan = self.app.pairing.plan
        assert plan is not None
        name = self.app.pairing.person_name
        if len(plan.problem.mentees) <= MAX_HEATMAP:
            self.query_one("#map-heatmap", Static).update(heatmap(plan, name))
        else:
            self.query_one("#map-heatmap", Static).update(
                t("pairing.map.too_wide", self.app.lang, mentors=len(plan.problem.mentors),
                  mentees=len(plan.problem.mentees)))
        self.query_one("#map-distribution", Static).update(distribution(plan))
