"""Autosave without blocking the UI: one writer thread applies database writes in order.

A write takes ~3 ms here (fsync included) but can take far longer on a slow disk; the participant
must never feel it. Order matters (an answer changed twice must end with the second value), so
writes go through a single FIFO thread rather than one worker each.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from typing import Any

Write = Callable[[], Any]


class AnswerSaver:
    def __init__(self, on_error: Callable[[BaseException], None] | None = None) -> None:
        self._queue: queue.Queue[Write | None] = queue.Queue()
        self.on_error = on_error
        self.errors: list[BaseException] = []
        self._thread = threading.Thread(target=self._run, name="kiosk-autosave", daemon=True)
        self._thread.start()

    def put(self, write: Write) -> None:
        self._queue.put(write)

    def flush(self) -> None:
        """Wait until every write queued so far is on disk."""
        self._queue.join()

    def close(self) -> None:
        self.flush()
        self._queue.put(None)
        self._thread.join(timeout=5)

    def _run(self) -> None:
        while True:
            write = self._queue.get()
            try:
                if write is None:
                    return
                write()
            except Exception as exc:  # keep saving the next answers; report this one
                self.errors.append(exc)
                if self.on_error is not None:
                    self.on_error(exc)
            finally:
                self._queue.task_done()
