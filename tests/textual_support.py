"""Waiting for a Textual app by its state, never by the clock.

`pilot.pause()` waits until the process looks idle; on a loaded machine a starved process can
look idle before a screen has mounted or its worker has started, and a test that then waits
for "the workers" waits for none. So wait for facts instead: the screen is there and mounted,
every widget on it is mounted (their on_mount handlers have started their workers), and no
worker is left. Each round is one `pilot.pause()`; the bound is a number of rounds.
"""

from __future__ import annotations

from textual import events
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import Input, TextArea

ROUNDS = 200
QUIET_ROUNDS = 3


async def _quiet(pilot: Pilot, rounds: int) -> bool:
    """`rounds` pauses in a row with no worker left running."""
    for _ in range(rounds):
        await pilot.pause()
        if any(not worker.is_finished for worker in pilot.app.workers):
            return False
    return True


def _mounted(screen: Screen) -> bool:
    return screen.is_mounted and all(w.is_mounted for w in screen.walk_children())


async def until_settled(pilot: Pilot, kind: type[Screen] | None = None, rounds: int = ROUNDS) -> None:
    """Until the active screen (of type `kind`, if given) is fully mounted and every worker of
    the app has finished, its results handled. Not for a worker that waits on a dialog."""
    app = pilot.app
    for _ in range(rounds):
        await pilot.pause()
        screen = app.screen
        if (kind is not None and not isinstance(screen, kind)) or not _mounted(screen):
            continue
        if any(not worker.is_finished for worker in app.workers):
            await app.workers.wait_for_complete()
            continue
        # a worker's result is a message (docs/ARCHITECTURE.md): let it be handled (its handler
        # may start another worker), then rendered (a table sizes its columns when idle, then
        # refreshes): a few quiet rounds in a row
        if await _quiet(pilot, QUIET_ROUNDS):
            return
    raise AssertionError(f"the app did not settle on {kind or 'a screen'}; it shows {app.screen!r}")


async def until_screen(pilot: Pilot, kind: type[Screen], rounds: int = ROUNDS) -> Screen:
    """Until a screen of type `kind` is active and mounted (one a worker opens, say)."""
    for _ in range(rounds):
        if isinstance(pilot.app.screen, kind) and _mounted(pilot.app.screen):
            return pilot.app.screen
        await pilot.pause()
    raise AssertionError(f"{kind.__name__} did not open; the screen is {pilot.app.screen!r}")


class SteadyCursors:
    """Mix into a test app (before the app class): text cursors stop blinking as they get the
    focus, so a snapshot never catches one half-way through a blink."""

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        if isinstance(event.widget, Input | TextArea):
            event.widget.cursor_blink = False
