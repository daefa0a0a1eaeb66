"""The kiosk's database, opened off the UI thread once the Welcome screen is drawn.

Opening checks the whole file (a 2,000-person database: ~60 ms of JSON and validation), and
Welcome needs nothing from it: the kiosk draws first, then opens it on a thread. Anything that
needs the database before the opening is done (a very quick Start) waits for it; nothing is
written before it is open, so no answer can be lost or reordered by this.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rm_tui.storage import Database


class DatabaseOpening:
    def __init__(self, path: str | Path,
                 on_error: Callable[[BaseException], None] | None = None) -> None:
        self.path = Path(path)
        self.on_error = on_error  # called on the opening thread when the file cannot be opened
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._done = threading.Event()
        self._db: Database | None = None
        self._error: BaseException | None = None
        self._closed = False

    def start(self) -> None:
        """Begin opening in the background (once; later calls do nothing)."""
        with self._lock:
            if self._thread is not None or self._closed:
                return
            self._thread = threading.Thread(target=self._open, name="kiosk-db-open", daemon=True)
            self._thread.start()

    def get(self) -> Database:
        """The open database, waiting for the opening if it is still under way."""
        self.start()
        if self._thread is None:
            raise RuntimeError(f"{self.path}: the kiosk's database is closed")
        self._done.wait()
        if self._error is not None:
            raise self._error
        assert self._db is not None
        return self._db

    def wait(self, timeout: float | None = None) -> bool:
        """Wait for an opening under way to end (opened or failed); False on timeout."""
        return self._done.wait(timeout)

    def close(self) -> None:
        """Close the database (waiting for an opening under way); never opens it."""
        with self._lock:
            self._closed = True
            thread = self._thread
        if thread is None:
            return
        self._done.wait()
        if self._db is not None:
            self._db.close()

    def _open(self) -> None:
        try:
            from rm_tui.storage import Database

            self._db = Database(self.path)
        except BaseException as exc:  # handed to whoever needs the database, and reported
            self._error = exc
        finally:
            self._done.set()
        if self._error is not None and self.on_error is not None:
            self.on_error(self._error)
