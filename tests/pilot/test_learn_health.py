"""The pair-health panel lists the pairs needing attention, with the reason."""

from __future__ import annotations

from pathlib import Path

from textual.app import App, ComposeResult
from textual.widgets import DataTable, Static

from rm_tui.core.participant import Participant
from rm_tui.storage import Database
from rm_tui.tui.console import followup
from rm_tui.tui.console.followup.health import PairHealthPanel


class HealthApp(App[None]):
    CSS_PATH = [followup.STYLESHEET]  # the follow-up mode's styles, as in the console

    def __init__(self, db_path: Path) -> None:
        super().__init__()
        self.db_path = db_path

    def compose(self) -> ComposeResult:
        yield PairHealthPanel(self.db_path, id="health")


def checkin(m: str, e: str, date: str, useful: int = 4, met: str = "yes") -> dict:
    return {"mentor": m, "mentee": e, "respondent": "mentor", "date": date, "met": met,
            "useful": useful, "openness": 4, "explains_well": 4, "progress": 4}


async def test_flagged_pairs_are_listed_with_names_and_reasons(tmp_path: Path) -> None:
    path = tmp_path / "db.json"
    with Database(path) as db:
        db.upsert_participants([Participant(id="m1", name="Lina Haddad", role="mentor")])
        db.save_plan({"pairs": [{"mentor": "m1", "mentee": "e1"}, {"mentor": "m2", "mentee": "e2"},
                                {"mentor": "m3", "mentee": "e3"}]}, "confirmed")
        for c in (checkin("m1", "e1", "2026-01-05", useful=2), checkin("m1", "e1", "2026-02-05", useful=1),
                  checkin("m2", "e2", "2026-01-05"), checkin("m2", "e2", "2026-02-05"),
                  checkin("m9", "e9", "2026-01-05", met="no"), checkin("m9", "e9", "2026-02-05", met="no")):
            db.add_checkin(c)
    app = HealthApp(path)
    async with app.run_test(size=(100, 20)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        table = app.query_one("#health-table", DataTable)
        assert table.row_count == 1  # m9/e9 is not a current pair
        row = table.get_row_at(0)
        assert row[0] == "Lina Haddad — e1"
        assert row[1] == "low ratings twice"  # the gist; the details are under the table
        detail = str(app.query_one("#health-detail", Static).render())
        assert "2026-01: mentor useful 2" in detail and "2026-02: mentor useful 1" in detail


async def test_no_flag_says_so(tmp_path: Path) -> None:
    path = tmp_path / "db.json"
    with Database(path) as db:
        db.save_plan({"pairs": [{"mentor": "m1", "mentee": "e1"}]}, "confirmed")
    app = HealthApp(path)
    async with app.run_test(size=(100, 20)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not app.query_one("#health-table", DataTable).display
        assert "None" in str(app.query_one("#health-empty", Static).render())


class DashboardLike(App[None]):
    CSS_PATH = [followup.STYLESHEET]  # the follow-up mode's styles, as in the console

    def __init__(self, db_path: Path) -> None:
        super().__init__()
        self.db_path = db_path

    def compose(self) -> ComposeResult:
        yield PairHealthPanel(self.db_path, id="health", only_with_pairs=True)


async def test_on_a_dashboard_the_panel_waits_for_a_confirmed_plan(tmp_path: Path) -> None:
    path = tmp_path / "db.json"
    Database(path).close()
    app = DashboardLike(path)
    async with app.run_test(size=(100, 20)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        panel = app.query_one(PairHealthPanel)
        assert not panel.display
        with Database(path) as db:
            db.save_plan({"pairs": [{"mentor": "m1", "mentee": "e1"}]}, "confirmed")
        panel.reload()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert panel.display
