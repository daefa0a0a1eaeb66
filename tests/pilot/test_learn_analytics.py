"""The analytics screen computes its report from database files in a worker."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import DataTable, Static

from tests.cli.helpers import cohort_db
from tests.snapshot.learn_apps import AnalyticsApp


async def test_report_is_computed_from_the_database(tmp_path: Path) -> None:
    db = cohort_db(tmp_path / "a.db.json", 30, versions={"lp": 1})
    app = AnalyticsApp(db_paths=[db])
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        table = app.screen.query_one("#an-table", DataTable)
        assert table.row_count == 3  # intentions, learning_fit, and the hypothesis row
        summary = str(app.screen.query_one("#an-summary", Static).render())
        assert "30 pairs with an outcome" in summary
        await pilot.press("down")
        assert "Learning fit" in str(app.screen.query_one("#an-title").render())  # the criterion's title


async def test_refused_pooling_is_shown_not_crashed(tmp_path: Path) -> None:
    a = cohort_db(tmp_path / "a.db.json", 12, versions={"lp": 1})
    b = cohort_db(tmp_path / "b.db.json", 12, versions={"lp": 2})
    app = AnalyticsApp(db_paths=[a, b])
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        summary = str(app.screen.query_one("#an-summary", Static).render())
        assert "Pooling refused" in summary


async def test_each_criterion_has_its_verdict_in_plain_words_and_the_pairs_needed(tmp_path: Path) -> None:
    import numpy as np

    from rm_tui.core.analytics import PairRecord, analyse
    from tests.outcome_synth import planted_qualities

    rng = np.random.default_rng(4)
    driver = rng.uniform(0, 100, 80)
    traveller = np.clip(driver + rng.normal(0, 15, 80), 0, 100)
    weak = rng.uniform(0, 100, 80)
    q1, q2 = planted_qualities(driver, strength=0.7, seed=4)
    records = [PairRecord(f"m{i}", f"e{i}", {"intentions": driver[i], "availability": traveller[i],
                                            "learning_fit": weak[i]}, quality=(q1[i] + q2[i]) / 2)
               for i in range(80)]
    app = AnalyticsApp(report=analyse(records, permutations=500, seed=1))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        table = app.screen.query_one("#an-table", DataTable)
        verdicts = {table.get_row_at(i)[0]: str(table.get_row_at(i)[-1]) for i in range(table.row_count)}
        assert "travels with Intentions" in verdicts["availability"]  # criteria by their titles
        assert "suggestive" in verdicts["Intentions"]
        detail = str(app.screen.query_one("#an-verdict", Static).render())  # first row: availability
        assert "once Intentions is taken into account, availability adds nothing clear" in detail
        await pilot.press("down", "down")  # learning_fit: no evidence
        detail = str(app.screen.query_one("#an-verdict", Static).render())
        assert "No clear link yet between “Learning fit” scores" in detail
        needed = str(app.screen.query_one("#an-needed", Static).render())
        assert "more pair" in needed or "too weak" in needed
