"""Keys (and clicks) one at a time: each is handled to the end (its action, the screen it
rebuilds, the focus it moves) before the next one is passed on.

Textual hands every key to the focused widget as soon as it arrives. A burst ("4\\r2\\r" in one
read: a paste, a laggy link, key mashing) therefore reaches the fields of the question on screen
before the Enter that leaves it has been acted on, and the keys after that Enter are lost with
the old question, or typed into it. The kiosk holds keys back instead and lets the next one
through once everything the previous one started has settled.
"""

from __future__ import annotations

import asyncio
from collections import deque
from typing import Any

from textual import events
from textual._queue import Queue
from textual.app import App
from textual.message_pump import MessagePump

# kept in order with the keys: a click on "Next" then typing types into the next question
HELD = (events.Key, events.MouseDown, events.MouseUp, events.MouseScrollDown,
        events.MouseScrollUp, events.MouseScrollLeft, events.MouseScrollRight)
# Safety net only: a key waits at most this long for the previous one to settle (something
# blocked must never freeze the kiosk). Settling takes milliseconds, but a machine starved of
# CPU can stretch a screen rebuild to seconds: the keys must still wait for it.
MAX_WAIT = 10.0


def _pumps(app: App[Any]) -> list[MessagePump]:
    try:
        nodes = list(app.screen.walk_children(with_self=True))
    except Exception:  # no screen (starting or closing)
        nodes = []
    return [pump for pump in (app, *nodes) if not (pump._closing or pump._closed)]


def _idle(pump: MessagePump) -> bool:
    """Nothing queued and its loop waiting for the next message (not in the middle of a
    handler, such as a rebuild that awaits its new widgets)."""
    queue: Queue[Any] = pump._message_queue
    waiting = bool(queue.ready_event._waiters)  # asyncio.Event's: the loop waits in get()
    return queue.empty() and waiting


async def _round(pumps: list[MessagePump], timeout: float) -> bool:
    """Until each pump has handled what it holds now, the message in hand included (a callback
    queued behind them runs). False on timeout."""
    done = asyncio.Event()
    left = 0

    def one_done() -> None:
        nonlocal left
        left -= 1
        if left == 0:
            done.set()

    for pump in pumps:
        if pump.call_later(one_done):
            left += 1
    if not left:  # every one of them is closing (the app is ending): nothing will settle
        return False
    try:
        await asyncio.wait_for(done.wait(), timeout)
    except TimeoutError:
        return False
    return True


async def settled(app: App[Any], max_wait: float = MAX_WAIT) -> bool:
    """Until every message pump of the app and its current screen (a new screen included, once
    the old one is gone) is idle. False if that took longer than `max_wait`."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + max_wait
    while busy := [pump for pump in _pumps(app) if not _idle(pump)]:
        left = deadline - loop.time()
        if left <= 0 or not await _round(busy, left):
            return False
    return True


class KeyQueue:
    """Holds the keys the app receives and releases them one by one, each once the previous
    one has settled. Used by `KioskApp.on_event`: `hold(event)` True means "queued, not now"."""

    def __init__(self, app: App[Any], max_wait: float = MAX_WAIT) -> None:
        self.app = app
        self.max_wait = max_wait
        self._pending: deque[events.Event] = deque()
        self._released: set[events.Event] = set()  # let through, not yet seen by the app
        self._task: asyncio.Task[None] | None = None
        self._idle = asyncio.Event()
        self._idle.set()
        self.overdue = 0  # keys let through before the previous one settled (MAX_WAIT)

    def hold(self, event: events.Event) -> bool:
        if not isinstance(event, HELD) or event.is_forwarded:
            return False
        if event in self._released:  # its turn: the app handles it now
            self._released.discard(event)
            return False
        self._pending.append(event)
        self._idle.clear()
        if self._task is None:
            self._task = asyncio.create_task(self._release_all(), name="kiosk key queue")
        return True

    def put_text(self, text: str) -> None:
        """A paste, as the keys that would type it (a newline is Enter)."""
        for char in text.replace("\r\n", "\r").replace("\n", "\r"):
            self.hold(key_for(char))

    async def wait_idle(self) -> None:
        """Until every key received so far has been handled and has settled."""
        await self._idle.wait()

    def close(self) -> None:
        """The app is ending: keys not handled yet go with it."""
        self._pending.clear()
        if self._task is not None:
            self._task.cancel()

    async def _release_all(self) -> None:
        try:
            while self._pending:
                event = self._pending.popleft()
                self._released.add(event)
                if not self.app.post_message(event):  # the app is closing
                    self._pending.clear()
                    break
                try:
                    on_time = await settled(self.app, self.max_wait)
                except Exception:  # never lose the keys behind this one
                    on_time = False
                self.overdue += not on_time
        finally:
            self._task = None
            self._idle.set()


def on_a_removed_widget(app: App[Any], event: events.MouseEvent) -> bool:
    """A click or wheel turn at a cell whose widget a rebuild has just removed (the screen is
    not painted again yet): Textual would hand it to the orphan and fail. The person clicked
    on something that is gone; the event is dropped."""
    try:
        widget, _ = app.screen.get_widget_at(int(event.screen_x), int(event.screen_y))
    except Exception:  # nothing there (or no screen): nothing to click
        return True
    return widget is not app.screen and not widget.is_attached


def key_for(char: str) -> events.Key:
    """The key event a terminal sends for one typed character."""
    from textual.keys import _character_to_key

    names = {"\r": "enter", "\t": "tab", " ": "space", "\x7f": "backspace", "\x1b": "escape"}
    if char in names:
        return events.Key(names[char], char)
    key = char if char.isalnum() else _character_to_key(char)
    return events.Key(key, char if char.isprintable() else None)
