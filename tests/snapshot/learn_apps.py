"""Standalone apps showing the test-and-learn screens, for snapshot and Pilot tests."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
from textual.app import App

from rm_tui.core.analytics import PairRecord, Report, analyse
from rm_tui.tui.console import followup
from rm_tui.tui.console.followup.analytics import AnalyticsScreen
from tests.outcome_synth import planted_qualities


def demo_report(n: int = 36, seed: int = 7) -> Report:
    """A fixed cohort: intentions drives quality, learning fit drives 'explains well'."""
    rng = np.random.default_rng(seed)
    intentions, fit, family = rng.uniform(0, 1, n), rng.uniform(0, 1, n), rng.choice([0, 0.6, 1], n)
    q1, q2 = planted_qualities(intentions, seed=seed)
    explains = np.clip(np.rint(1 + 4 * fit + rng.normal(0, 0.8, n)), 1, 5)
    records = [
        PairRecord(f"m{i}", f"e{i}",
                   {"intentions": intentions[i], "learning_fit": fit[i], "job_family": family[i]},
                   quality=(q1[i] + q2[i]) / 2, explains_well=float(explains[i]))
        for i in range(n)
    ]
    return analyse(records, permutations=500, seed=seed)


class AnalyticsApp(App[None]):
    """The analytics screen alone, as the console pushes it."""

    CSS_PATH = [followup.STYLESHEET]  # the follow-up mode's styles, as in the console

    def __init__(self, report: Report | None = None, db_paths: Sequence[Path] = ()) -> None:
        super().__init__()
        self.report = report
        self.db_paths = db_paths

    def on_mount(self) -> None:
        self.push_screen(AnalyticsScreen(self.report, self.db_paths))


if __name__ == "__main__":  # pragma: no cover - manual look
    AnalyticsApp(demo_report()).run()
