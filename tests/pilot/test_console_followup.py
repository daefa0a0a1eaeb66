"""Test-and-learn in the console: pair health on the dashboard, the follow-up mode."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import DataTable

from rm_tui.core.export import confirmed_record
from rm_tui.services.confirmed_cohort import cohort_workspace
from rm_tui.services.loaders import load_program
from rm_tui.services.matching import optimise
from rm_tui.storage import Database
from rm_tui.tui.console.app import ConsoleApp
from rm_tui.tui.console.dashboard import DashboardScreen
from rm_tui.tui.console.followup.analytics import AnalyticsScreen
from rm_tui.tui.console.followup.health import PairHealthPanel
from rm_tui.tui.console.followup.screen import FollowupScreen
from tests.pilot.console_helpers import DEMO_PROGRAM, SIZE, TODAY, demo_db, settle


def confirmed_demo(tmp_path: Path) -> tuple[Path, tuple[str, str]]:
    """The demo database with a confirmed plan and one pair with two low check-ins."""
    path = demo_db(tmp_path)
    with Database(path) as db:
        ws = cohort_workspace(load_program(DEMO_PROGRAM), db, TODAY)
        plan = optimise(ws.problem)
        db.save_plan(confirmed_record(plan, ws.program, confirmed_at="2026-11-02T09:00:00.000+00:00"),
                     "confirmed")
        pair = plan.pairs[0]
        for date, useful in (("2026-12-03", 2), ("2027-01-05", 1)):
            db.add_checkin({"mentor": pair.mentor, "mentee": pair.mentee, "respondent": "mentee",
                            "date": date, "met": "yes", "useful": useful, "openness": 4,
                            "explains_well": 3, "progress": 2})
    return path, pair.key


async def test_dashboard_shows_pairs_needing_attention(tmp_path: Path) -> None:
    path, (mentor, _mentee) = confirmed_demo(tmp_path)
    app = ConsoleApp(DEMO_PROGRAM, path, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert isinstance(app.screen, DashboardScreen)
        panel = app.screen.query_one(PairHealthPanel)
        assert panel.display
        table = panel.query_one("#health-table", DataTable)
        # The demo program is French first: the dashboard speaks French.
        assert table.row_count == 1 and table.get_row_at(0)[1] == "notes basses deux fois"
        detail = str(panel.query_one("#health-detail").render())
        assert ("notes basses deux points de suite (2026-12 : mentoré utilité 2 ; "
                "2027-01 : mentoré utilité 1)") in detail


async def test_dashboard_without_a_confirmed_plan_hides_the_panel(tmp_path: Path) -> None:
    app = ConsoleApp(DEMO_PROGRAM, demo_db(tmp_path), today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert not app.screen.query_one(PairHealthPanel).display


async def test_follow_up_mode_and_analytics(tmp_path: Path) -> None:
    path, _pair = confirmed_demo(tmp_path)
    app = ConsoleApp(DEMO_PROGRAM, path, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("f")
        await settle(app, pilot)
        assert isinstance(app.screen, FollowupScreen)
        assert app.screen.query_one("#fu-recent", DataTable).row_count == 2
        await pilot.press("a")
        await settle(app, pilot)
        assert isinstance(app.screen, AnalyticsScreen)
        await pilot.press("escape")
        await settle(app, pilot)
        assert isinstance(app.screen, FollowupScreen)
