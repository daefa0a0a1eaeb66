"""The follow-up screen: entering a check-in in the console, health and recent check-ins."""

from __future__ import annotations

from pathlib import Path
from unittest.mock import patch

from textual.app import App
from textual.widgets import DataTable, Input, Select, Static

from rm_tui.core.participant import Participant
from rm_tui.storage import Database
from rm_tui.tui.console import followup
from rm_tui.tui.console.followup.analytics import AnalyticsScreen
from rm_tui.tui.console.followup.checkin_form import CheckinForm
from rm_tui.tui.console.followup.screen import FollowupScreen


class FollowupApp(App[None]):
    CSS_PATH = [followup.STYLESHEET]  # the follow-up mode's styles, as in the console

    def __init__(self, db_path: Path) -> None:
        super().__init__()
        self.db_path = db_path

    def on_mount(self) -> None:
        self.push_screen(FollowupScreen(self.db_path, today="2026-03-02"))


def make_db(tmp_path: Path) -> Path:
    path = tmp_path / "db.json"
    with Database(path) as db:
        db.upsert_participants([Participant(id="m1", name="Lina Haddad", role="mentor"),
                                Participant(id="e1", name="Marc Dubois", role="mentee")])
        # a fixed confirmation time: the "since" column (and its snapshot) must not depend on the day
        with patch("rm_tui.storage.database.now_iso", return_value="2026-11-30T09:00:00.000+00:00"):
            db.save_plan({"pairs": [{"mentor": "m1", "mentee": "e1"}, {"mentor": "m2", "mentee": "e2"}]},
                         "confirmed")
        db.add_checkin({"mentor": "m1", "mentee": "e1", "respondent": "mentor", "date": "2026-02-01",
                        "met": "yes", "useful": 2, "openness": 4, "explains_well": 4, "progress": 3})
    return path


async def settle(app: App, pilot) -> None:  # noqa: ANN001
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


async def test_enter_a_checkin_in_the_console(tmp_path: Path) -> None:
    path = make_db(tmp_path)
    app = FollowupApp(path)
    async with app.run_test(size=(110, 40)) as pilot:
        await settle(app, pilot)
        assert app.screen.query_one("#fu-recent", DataTable).row_count == 1
        await pilot.press("c")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, CheckinForm)
        # the highlighted pair is filled in; the first empty field (who answers) has the focus
        assert form.query_one("#ci-pair", Select).value == "m1\te1"
        assert form.focused is form.query_one("#ci-respondent", Select)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert str(form.query_one("#ci-error", Static).render()) == (
            "Choose who is answering: the mentor or the mentee.")  # plain words, no field ids
        respondent = form.query_one("#ci-respondent", Select)
        assert ("Marc Dubois (mentee)", "mentee") in list(respondent._options)
        respondent.value = "mentee"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "“Our exchanges were useful to me” (1 to 5)" in str(
            form.query_one("#ci-error", Static).render())
        for name, value in (("useful", 2), ("openness", 1), ("explains_well", 3), ("progress", 2)):
            form.query_one(f"#ci-{name}", Select).value = value
        form.query_one("#ci-comment", Input).value = "hard to find time"
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert isinstance(app.screen, FollowupScreen)
        assert app.screen.query_one("#fu-recent", DataTable).row_count == 2
        # the newest check-in is highlighted first: its comment shows, for the facilitator only
        assert "hard to find time" in str(app.screen.query_one("#fu-comment", Static).render())
        pairs = app.screen.query_one("#fu-pairs", DataTable)
        assert pairs.row_count == 2
        assert pairs.get_row_at(0)[:2] == ["Lina Haddad", "Marc Dubois"]
        assert pairs.get_row_at(0)[2] == "attention: low ratings twice"
        assert "1 needing attention" in str(app.screen.query_one("#fu-status", Static).render())
    with Database(path) as db:
        stored = db.checkins()[-1]
    assert (stored["respondent"], stored["date"], stored["useful"], stored["comment"]) == (
        "mentee", "2026-03-02", 2, "hard to find time")


async def test_cancel_saves_nothing_and_analytics_opens(tmp_path: Path) -> None:
    path = make_db(tmp_path)
    app = FollowupApp(path)
    async with app.run_test(size=(110, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("c")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, FollowupScreen)
        await pilot.press("a")
        await settle(app, pilot)
        assert isinstance(app.screen, AnalyticsScreen)
        assert "Fewer than 10" in str(app.screen.query_one("#an-notes", Static).render())
    with Database(path) as db:
        assert len(db.checkins()) == 1


async def test_record_an_outcome_in_the_console(tmp_path: Path) -> None:
    from rm_tui.tui.console.followup.outcome_form import OutcomeForm

    path = make_db(tmp_path)
    app = FollowupApp(path)
    async with app.run_test(size=(110, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("o")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, OutcomeForm)
        assert form.focused is form.query_one("#oc-quality_mentor", Select)  # pair preselected
        assert [label for label, _ in form.query_one("#oc-goals", Select)._options][-1] == (
            "5 — fully")
        quality = [label for label, _ in form.query_one("#oc-quality_mentor", Select)._options]
        assert quality[1:] == ["1 — very poor", "2 — poor", "3 — fair", "4 — good", "5 — excellent"]
        form.query_one("#oc-pair", Select).value = "m2\te2"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "at least one partner's quality rating" in str(
            form.query_one("#oc-error", Static).render())
        form.query_one("#oc-quality_mentor", Select).value = 4
        form.query_one("#oc-quality_mentee", Select).value = 5
        form.query_one("#oc-would_pair_again", Select).value = "yes"
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert isinstance(app.screen, FollowupScreen)
        pairs = app.screen.query_one("#fu-pairs", DataTable)
        ended = pairs.get_row_at(pairs.row_count - 1)  # ended pairs come last
        assert ended[:2] == ["m2", "e2"] and ended[2] == "ended (completed)"
        assert ended[7] == "quality 4/5, would pair again"
        status = str(app.screen.query_one("#fu-status", Static).render())
        assert "1 ended" in status and "1 with an outcome" in status
    with Database(path) as db:
        (stored,) = db.outcomes()
    assert (stored["mentor"], stored["quality_mentor"], stored["quality_mentee"]) == ("m2", 4, 5)
    assert stored["would_pair_again"] is True and stored["ended_early"] is False
