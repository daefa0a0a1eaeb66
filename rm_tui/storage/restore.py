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
from rm_tui.core.errors import OperationError, StorageError
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
            raise OperationError(f"no usable copy of {path} found next to it; give one with --from")
        source = found
    source = Path(source)
    if real_path(source) == path:
        raise OperationError(f"{source} is the database itself; give a copy with --from")
    try:
        data = load_copy(source)
    except StorageError as exc:
        raise StorageError(f"{source}: not a usable rm-tui database, nothing was restored. {exc}") from exc
    payload = source.read_bytes()
    lock = FileLock(path.with_name(path.name + ".lock"), lock_timeout)
    try:
        fd = lock.acquire(exclusive=True)
    except TimeoutError as exc:
        raise OperationError(f"{path}: the database is busy ({exc}); stop the kiosks and "
                             "consoles using it, then restore") from exc
    try:
        set_aside = None
        if path.exists():
            try:
                current = load_copy(path)
            except StorageError:
                current = None
            if current is not None and not force:
                raise OperationError(
                    f"{path} is a usable database: {describe(path)}. Restoring would replace "
                    "it. Add --force to set it aside as "
                    f"{path.name}.replaced-TIME and restore {source.name}."
                )
            set_aside = _aside(path, "broken" if current is None else "replaced")
            os.rename(path, set_aside)
        write_atomic(path, payload, new_mode=DB_MODE, resolve=False)
        FileLock.bump_token(fd)
    finally:
        FileLock.release(fd)
    return Restored(path, source, content_counts(data), set_aside)
