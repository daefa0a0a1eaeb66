"""What the kiosk reads once Welcome is drawn: its database and its program's roster.

Welcome needs the program's name, languages and kiosk settings, nothing else. Opening the
database checks the whole file (a 2,000-person database: ~60 ms of JSON and validation) and the
roster's checks take ~30 ms more at 2,000 people, so the kiosk draws first, then reads both on
threads. Anything that needs them sooner (a very quick Start) waits for them; nothing is written
before the database is open, so no answer can be lost or reordered by this. `rm-tui kiosk` has
checked the whole program before it started this UI.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Generic, TypeVar

from rm_tui.core.program import Program
from rm_tui.core.program_parse import parse_program

if TYPE_CHECKING:
    from rm_tui.storage import Database

T = TypeVar("T")
OnError = Callable[[BaseException], None]

# the top-level keys Welcome reads (the rest refers to the roster, read later)
SUMMARY_KEYS = ("id", "name", "languages", "kiosk")


class Deferred(Generic[T]):
    """`make()` run once on a thread, on `start()`; `get()` waits for its result or error."""

    def __init__(self, make: Callable[[], T], name: str, on_error: OnError | None = None) -> None:
        self._make = make
        self._name = name
        self.on_error = on_error  # called on the thread when make() fails
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._done = threading.Event()
        self._value: T | None = None
        self._error: BaseException | None = None
        self._closed = False

    def start(self) -> None:
        """Begin in the background (once; later calls do nothing)."""
        with self._lock:
            if self._thread is not None or self._closed:
                return
            self._thread = threading.Thread(target=self._run, name=self._name, daemon=True)
            self._thread.start()

    def get(self) -> T:
        """The result, waiting for it if it is still being made."""
        self.start()
        if self._thread is None:
            raise RuntimeError(f"{self._name}: closed before it was needed")
        self._done.wait()
        if self._error is not None:
            raise self._error
        assert self._value is not None
        return self._value

    def wait(self, timeout: float | None = None) -> bool:
        """Wait for a run under way to end (made or failed); False on timeout."""
        return self._done.wait(timeout)

    def close(self) -> T | None:
        """No start from now on; waits for a run under way and returns its result, if any."""
        with self._lock:
            self._closed = True
            thread = self._thread
        if thread is None:
            return None
        self._done.wait()
        return self._value

    def _run(self) -> None:
        try:
            self._value = self._make()
        except BaseException as exc:  # handed to whoever needs the value, and reported
            self._error = exc
        finally:
            self._done.set()
        if self._error is not None and self.on_error is not None:
            self.on_error(self._error)


class DatabaseOpening(Deferred["Database"]):
    def __init__(self, path: str | Path, on_error: OnError | None = None) -> None:
        self.path = Path(path)
        super().__init__(self._open, "kiosk-db-open", on_error)

    def _open(self) -> Database:
        from rm_tui.storage import Database

        return Database(self.path)

    def close(self) -> None:  # closes what it opened
        db = super().close()
        if db is not None:
            db.close()


class ProgramLoading(Deferred[Program]):
    """The program file: its summary (name, languages, kiosk settings: a Program without
    roster or questionnaires) read now, the whole program on `start()`."""

    def __init__(self, path: str | Path, on_error: OnError | None = None) -> None:
        from rm_tui.services.loaders import program_from_yaml
        from rm_tui.yaml_io import load_yaml

        self.path = Path(path)
        data, source = load_yaml(self.path)
        head = {key: data[key] for key in SUMMARY_KEYS if key in data} if isinstance(data, dict) else data
        # the program's own checks on these keys, so the summary says what the program says
        self.summary: Program = parse_program(
            {**head, "questionnaires": {}, "roster": []} if isinstance(head, dict) else head, source, {})
        super().__init__(lambda: program_from_yaml(self.path, data, source), "kiosk-program", on_error)
