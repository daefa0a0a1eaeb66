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
        assert "learning_fit" in str(app.screen.query_one("#an-title").render())


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
