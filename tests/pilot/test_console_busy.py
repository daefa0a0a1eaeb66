"""The console never queues work: while an engine call runs, a progress indicator shows and
a second key press is refused (not run after the first)."""

from __future__ import annotations

import threading
from pathlib import Path

from textual.widgets import Static

from rm_tui.tui.console.pairing import PairingScreen
from tests.pilot.console_helpers import SIZE, make_app, run_matching, settle


async def test_second_press_while_working_is_not_queued(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await run_matching(app, pilot)
        screen = app.screen
        assert isinstance(screen, PairingScreen)
        release, calls = threading.Event(), []
        session = app.pairing
        real = session.reoptimise

        def slow_reoptimise():  # blocks until the test lets it finish: no timing involved
            calls.append(1)
            release.wait(30)
            return real()

        session.reoptimise = slow_reoptimise  # type: ignore[method-assign]
        await pilot.press("R")
        await pilot.pause()
        assert screen.busy == "re-optimise"
        assert screen.query_one("#pair-diff", Static).loading  # progress indicator
        await pilot.press("R")  # refused while the first runs
        await pilot.pause()
        release.set()
        await settle(app, pilot)
        assert calls == [1]
        assert screen.busy is None
        assert not screen.query_one("#pair-diff", Static).loading
        await pilot.press("R")  # free again
        await settle(app, pilot)
        assert calls == [1, 1]


async def test_weights_what_if_shows_progress_and_is_not_queued(tmp_path: Path) -> None:
    from textual.widgets import Input

    from rm_tui.tui.console.weights import WeightsScreen

    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await run_matching(app, pilot)
        await pilot.press("w")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, WeightsScreen)
        release, calls = threading.Event(), []
        real = app.pairing.what_if

        def slow_what_if(weights):  # noqa: ANN001, ANN202
            calls.append(dict(weights))
            release.wait(30)
            return real(weights)

        app.pairing.what_if = slow_what_if  # type: ignore[method-assign]
        screen.query_one("#w-job_family", Input).value = "0"
        await pilot.press("ctrl+r")
        await pilot.pause()
        result = screen.query_one("#weights-result", Static)
        assert screen.solving and result.loading  # progress indicator
        screen.query_one("#w-job_family", Input).value = "1"
        await pilot.press("ctrl+r")  # refused while the first solve runs
        await pilot.pause()
        release.set()
        await settle(app, pilot)
        assert [w["job_family"] for w in calls] == [0.0]
        assert not screen.solving and not result.loading
        assert screen.preview is not None and screen.preview.criteria["job_family"].weight == 0
        await pilot.press("ctrl+r")  # free again: the new weights
        await settle(app, pilot)
        assert [w["job_family"] for w in calls] == [0.0, 1.0]


async def test_analytics_reload_is_not_queued_behind_a_report_being_computed(tmp_path: Path,
                                                                           monkeypatch) -> None:  # noqa: ANN001
    import rm_tui.services.confirmed_cohort as confirmed_cohort
    from tests.cli.helpers import cohort_db
    from tests.snapshot.learn_apps import AnalyticsApp

    db = cohort_db(tmp_path / "a.db.json", 30, versions={"lp": 1})
    release, calls = threading.Event(), []
    real = confirmed_cohort.cohort_report

    def slow_report(paths):  # noqa: ANN001, ANN202
        calls.append(1)
        release.wait(30)
        return real(paths)

    monkeypatch.setattr(confirmed_cohort, "cohort_report", slow_report)
    app = AnalyticsApp(db_paths=[db])
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert screen.computing  # type: ignore[attr-defined]
        assert "Computing" in str(screen.query_one("#an-summary", Static).render())
        await pilot.press("r")  # refused while the report is computed
        await pilot.pause()
        release.set()
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert calls == [1] and not screen.computing  # type: ignore[attr-defined]
        await pilot.press("r")  # free again
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert calls == [1, 1]
