"""Bring a database back from one of its copies (`rm-tui restore`).

The copy is checked like a database before anything moves; the current file, if any, is never
deleted: a broken one is set aside as `DB.broken-TIME`, a valid one (only with `force`) as
`DB.replaced-TIME`; the restored database's audit log says what was done.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

from rm_tui.atomic_file import real_path, write_atomic
from rm_tui.core.errors import OperationError, StorageError, message
from rm_tui.storage.atomic import DB_MODE, FileLock
from rm_tui.storage.backups import Counts, best_copy, content_counts, describe, load_copy


@dataclass(frozen=True)
class Restored:
    path: Path
    source: Path
    counts: Counts
    set_aside: Path | None  # where the file that was there went


def _aside(path: Path, kind: str) -> Path:
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.{kind}-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.{kind}-{stamp}-{n}")
    return target


def restore(db: str | Path, source: str | Path | None = None, *, force: bool = False,
            lock_timeout: float = 15.0) -> Restored:
    path = real_path(db)
    if source is None:
        found = best_copy(path)
        if found is None:
            raise OperationError.coded("storage.no_copy", path=path)
        source = found
    source = Path(source)
    if real_path(source) == path:
        raise OperationError.coded("storage.copy_is_db", source=source)
    try:
        data = load_copy(source)
    except StorageError as exc:
        raise StorageError.coded("storage.copy_unusable_error", source=source, why=message(exc)) from exc
    payload = source.read_bytes()
    lock = FileLock(path.with_name(path.name + ".lock"), lock_timeout)
    try:
        fd = lock.acquire(exclusive=True)
    except TimeoutError as exc:
        raise OperationError.coded("storage.busy", path=path, why=message(exc)) from exc
    try:
        set_aside = None
        if path.exists():
            try:
                current = load_copy(path)
            except StorageError:
                current = None
            if current is not None and not force:
                raise OperationError.coded("storage.usable", path=path, copy=describe(path), name=path.name,
                                           source=source.name)
            set_aside = _aside(path, "broken" if current is None else "replaced")
            os.rename(path, set_aside)
        write_atomic(path, payload, new_mode=DB_MODE, resolve=False)
        FileLock.bump_token(fd)
    finally:
        FileLock.release(fd)
    return Restored(path, source, content_counts(data), set_aside)
