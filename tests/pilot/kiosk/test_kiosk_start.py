"""The kiosk draws Welcome before it reads its database (issue 16: first screen fast), and
still never loses an answer nor hides a database it cannot open."""

from __future__ import annotations

import gc
import io
from pathlib import Path
from typing import Any

from textual.screen import Screen

from rm_tui.tui.kiosk.opening import DatabaseOpening
from rm_tui.tui.kiosk.welcome import WelcomeScreen
from tests.kiosk_support import (
    PIN,
    FakeClock,
    SteadyKioskApp,
    fixture_program,
    identify,
    keys,
    saved,
)


class Recording(SteadyKioskApp):
    """Notes what happened in which order: Welcome drawn, database opened, gc state."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.events: list[str] = []

    def _display(self, screen: Screen, renderable: Any) -> None:
        if isinstance(screen, WelcomeScreen) and "welcome drawn" not in self.events:
            self.events.append("welcome drawn")
            self.events.append("gc on" if gc.isenabled() else "gc off")
        super()._display(screen, renderable)


async def test_welcome_is_drawn_before_the_database_is_opened(tmp_path: Path,
                                                              monkeypatch: Any) -> None:
    app = Recording(fixture_program(), tmp_path / "k.db.json", PIN, clock=FakeClock())
    app.animation_level = "none"
    real_start = DatabaseOpening.start

    def start(opening: DatabaseOpening) -> None:
        app.events.append("opening")
        real_start(opening)

    monkeypatch.setattr(DatabaseOpening, "start", start)
    assert gc.isenabled()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert app.events[:3] == ["welcome drawn", "gc off", "opening"]
        assert gc.isenabled()  # collection is back once Welcome is up
        await identify(pilot, "camille")  # the roster of the database, once open
        assert app.session.db.path == tmp_path / "k.db.json"
    assert gc.isenabled()


async def test_answers_given_right_after_the_start_are_saved(tmp_path: Path) -> None:
    """A participant quicker than the opening waits for it, never loses an answer."""
    app = SteadyKioskApp(fixture_program(), tmp_path / "k.db.json", PIN, clock=FakeClock())
    app.animation_level = "none"
    async with app.run_test(size=(100, 30)) as pilot:
        await identify(pilot, "camille")
        screen = app.screen
        assert type(screen).__name__ == "QuestionScreen"
        await keys(pilot, "1")
        app.session.saver.flush()
        pid = screen.intake.person.id  # type: ignore[attr-defined]
        assert saved(app, pid)
    # after the app closed its database, the answer is in the file
    from rm_tui.storage import Database

    with Database(tmp_path / "k.db.json") as db:
        assert db.answers(pid)


async def test_a_database_that_cannot_be_opened_ends_the_ui_as_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "bad.db.json"
    path.write_text("{ not json", encoding="utf-8")
    app = SteadyKioskApp(fixture_program(), path, PIN, clock=FakeClock())
    app.crash_log = io.StringIO()  # as `rm-tui kiosk`'s UI process sets it
    await app.run_async(headless=True, size=(100, 30))  # ends by itself: nothing to wait for
    assert app.return_code == 1
    assert "corrupt database" in app.crash_log.getvalue()
    assert path.read_text(encoding="utf-8") == "{ not json"


async def test_given_paths_welcome_is_the_same_and_the_roster_comes_after(tmp_path: Path) -> None:
    """As `rm-tui kiosk` starts it: the program's summary for Welcome, the rest read after."""
    from tests.kiosk_support import FIXTURE, visible_text

    shown = []
    for program in (fixture_program(), FIXTURE):
        app = SteadyKioskApp(program, tmp_path / "k.db.json", PIN, clock=FakeClock())
        app.animation_level = "none"
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            shown.append(visible_text(app))
            await identify(pilot, "camille")
            assert type(app.screen).__name__ == "QuestionScreen"
            assert app.session.base_program == fixture_program()
    assert shown[0] == shown[1] and "Programme pilote" in shown[0]


async def test_a_program_that_cannot_be_read_ends_the_ui_as_a_crash(tmp_path: Path) -> None:
    import shutil

    from tests.kiosk_support import FIXTURE

    shutil.copytree(FIXTURE.parent, tmp_path / "kiosk")
    program = tmp_path / "kiosk" / "program.yaml"
    program.write_text(program.read_text(encoding="utf-8").replace("role: mentor", "role: boss", 1),
                       encoding="utf-8")
    app = SteadyKioskApp(program, tmp_path / "k.db.json", PIN, clock=FakeClock())
    app.crash_log = io.StringIO()
    await app.run_async(headless=True, size=(100, 30))
    assert app.return_code == 1
    assert "boss" in app.crash_log.getvalue()
