"""Snapshots of the analytics screen (explicit terminal size; no time-dependent content)."""

from __future__ import annotations

from rm_tui.tui.console.followup.screen import FollowupScreen
from tests.snapshot.learn_apps import AnalyticsApp, demo_report
from tests.textual_support import until_settled


def test_analytics_screen(snap_compare) -> None:
    assert snap_compare(AnalyticsApp(demo_report()), terminal_size=(120, 40))


def test_analytics_screen_on_the_hypothesis_row(snap_compare) -> None:
    assert snap_compare(AnalyticsApp(demo_report()), press=["down", "down", "down"], terminal_size=(120, 40))


def test_analytics_screen_with_too_few_pairs(snap_compare) -> None:
    assert snap_compare(AnalyticsApp(demo_report(n=7)), terminal_size=(120, 40))


def _followup_app(tmp_path):  # noqa: ANN001, ANN202
    from tests.pilot.test_learn_followup import FollowupApp, make_db

    return FollowupApp(make_db(tmp_path))


async def _settle(pilot) -> None:  # noqa: ANN001
    await until_settled(pilot)


async def _followup_settled(pilot) -> None:  # noqa: ANN001
    # The app pushes the screen from on_mount; its table and health panel load in workers.
    await until_settled(pilot, FollowupScreen)


def test_followup_screen(snap_compare, tmp_path) -> None:  # noqa: ANN001
    assert snap_compare(_followup_app(tmp_path), run_before=_followup_settled, terminal_size=(110, 30))


def test_checkin_form(snap_compare, tmp_path) -> None:  # noqa: ANN001
    async def open_form(pilot) -> None:  # noqa: ANN001
        await _followup_settled(pilot)
        await pilot.press("c")
        await _settle(pilot)

    assert snap_compare(_followup_app(tmp_path), run_before=open_form, terminal_size=(110, 40))


def test_split_dialog_with_preview(snap_compare, tmp_path) -> None:  # noqa: ANN001
    from rm_tui.services.loaders import load_program
    from rm_tui.storage import Database
    from tests.cli.demo_cohort import demo_cohort
    from tests.pilot.test_learn_repair import SplitApp

    program_path, db_path = demo_cohort(tmp_path)
    with Database(db_path) as db:
        first = db.latest_confirmed()["plan"]["pairs"][0]

    async def choose(pilot) -> None:  # noqa: ANN001
        from textual.widgets import Select

        await _settle(pilot)
        await pilot.press("s")
        await _settle(pilot)
        pilot.app.screen.query_one("#rp-pair", Select).value = f"{first['mentor']}\t{first['mentee']}"
        await _settle(pilot)

    assert snap_compare(SplitApp(db_path, load_program(program_path)), run_before=choose,
                        terminal_size=(120, 40))
