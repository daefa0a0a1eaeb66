"""A TinyDB `Storage` made safe for crashes and for several processes sharing one file.

All access happens inside a *transaction*: the `DB.lock` sidecar is flocked (shared to read,
exclusive to write) for the whole read-modify-write, the file is loaded once, TinyDB tables read
and modify that in-memory copy, and at the end a changed copy is written atomically (temporary
file, fsync, `os.replace`, folder fsync) before the lock is released. So a write is durable
when the repository call returns, and a transaction touching several tables is all or nothing.

The parsed file is kept between transactions only while it provably has not changed: the key is
the revision token writers put in the lock file *and* the database's inode, mtime and size, both
read under the lock. This is not a query cache (TinyDB's is disabled) and cannot go stale.

Documents change in place only inside TinyDB table operations, which hand each document they
update to their updater through `table[doc_id]`; `TrackingTable` (tables.py) records those ids so the
encoder re-encodes exactly those documents (see layout.py). Any other change of the data must go
through `write(new_data)` or `mark_dirty()`, after which every document is encoded again.
"""

from __future__ import annotations

import contextlib
import errno
import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tinydb.storages import Storage
from tinydb.table import Table

from rm_tui.atomic_file import fsync_dir, real_path, write_atomic
from rm_tui.core.errors import FileAccessError, OperationError, StorageError, message
from rm_tui.i18n import Said
from rm_tui.storage.atomic import DB_MODE, FileLock, clean_stale_temp_files, link_over
from rm_tui.storage.backups import (
    BackupPolicy,
    ContentCounter,
    Counts,
    MissingDatabaseError,
    backup_path,
    check_file_kind,
    content_counts,
    drop_rotated,
    keep_copies,
    read_meta_counts,
    traces,
)
from rm_tui.storage.layout import LineCodec
from rm_tui.storage.schema import (
    META_DOC_ID,
    META_TABLE,
    check_and_migrate,
    describe_json_error,
    meta_of,
    new_database,
)
from rm_tui.storage.tables import TrackingTable
from rm_tui.storage.validate import Validator

_CacheKey = tuple[bytes, int, int, int]


def _os_error(path: Path, action: str, exc: OSError) -> StorageError:  # exit 1: FileAccessError
    """`action`: "lock", "read" or "write" (said by the catalogue's "storage.action.<action>")."""
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        hint = "access"
    elif exc.errno == errno.ENOSPC:
        hint = "space"
    else:
        hint = "other"
    return FileAccessError.coded("storage.os_error", path=path, action=Said(f"storage.action.{action}"),
                                 reason=exc.strerror or exc, hint=Said(f"storage.hint.{hint}"))


@dataclass
class _Transaction:
    write: bool
    data: dict[str, Any]
    lock_fd: int
    dirty: bool = False
    backup_new: bool = False
    force_backup: bool = False
    old_counts: Counts | None = None  # what the file being replaced holds (None: no file)
    # table -> ids of documents TinyDB operations touched; None: anything may have changed
    changed: dict[str, set[str]] | None = field(default_factory=dict)


class AtomicJSONStorage(Storage):
    """TinyDB storage: whole-file JSON, atomic replacement, cross-process locking for writers,
    lock-free readers."""

    def __init__(self, path: str | Path, lock_timeout: float = 15.0,
                 policy: BackupPolicy | None = None) -> None:
        # Resolved once: a symlinked path writes through to its target, and the lock, the
        # backups and the temporary files live next to the real file (one lock per file).
        self.path = real_path(path)
        self.backup_path = backup_path(self.path)
        self.lock = FileLock(self.path.with_name(self.path.name + ".lock"), lock_timeout)
        self.policy = policy or BackupPolicy.from_env()
        self._thread_lock = threading.RLock()
        self._txn: _Transaction | None = None
        self._cache: dict[str, Any] | None = None
        self._cache_key: _CacheKey | None = None
        self._codec = LineCodec()
        self._validator = Validator()
        self._counter = ContentCounter()
        self._seen_file = False  # once the file existed, its disappearance is an error
        check_file_kind(self.path, path)  # a directory, FIFO or symlink loop: refused, nothing created

    # -- TinyDB Storage interface: only valid inside a transaction ------------------------------
    def read(self) -> dict[str, Any]:
        if self._txn is None:
            raise RuntimeError("storage read outside a transaction")
        return self._txn.data

    def write(self, data: dict[str, Any]) -> None:
        if self._txn is None or not self._txn.write:
            raise RuntimeError("storage write outside a write transaction")
        if data is not self._txn.data:
            self._txn.changed = None
        self._txn.data = data
        self._txn.dirty = True

    def note_changed(self, table: str, doc_ids: set[str] | None) -> None:
        """Documents of `table` an operation may have changed in place (None: any of them)."""
        if self._txn is None or not self._txn.write:
            raise RuntimeError("storage write outside a write transaction")
        changed = self._txn.changed
        if changed is None:
            return
        if doc_ids is None:
            self._txn.changed = None
        else:
            changed.setdefault(table, set()).update(doc_ids)

    def close(self) -> None:
        self._forget()
        self._codec.forget()

    def table(self, name: str) -> Table:
        # A fresh Table per use: TinyDB tables remember the next id, which another process may
        # have taken meanwhile; cache_size=0 turns the query cache off.
        return TrackingTable(self, name, cache_size=0)

    # -- transactions ------------------------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self, write: bool) -> Iterator[_Transaction]:
        """A write holds the exclusive lock over its read-modify-write. A read takes no lock:
        every committed state is a whole file (atomic rename), so it reads the last one, even
        while an import runs or a stopped process holds the lock."""
        with self._thread_lock:
            outer = self._txn
            if outer is not None:
                if write and not outer.write:
                    raise RuntimeError("cannot write inside a read-only transaction")
                yield outer
                return
            if not write:
                data, _ = self._load(None)
                self._txn = _Transaction(False, data, -1)
                try:
                    yield self._txn
                except BaseException:
                    self._forget()
                    raise
                finally:
                    self._txn = None
                return
            lock_fd = self.acquire()
            try:
                data, needs_write = self._load(lock_fd)
                txn = _Transaction(True, data, lock_fd, dirty=needs_write,
                                   old_counts=None if needs_write else self._counts_of(data))
                self._txn = txn
                try:
                    yield txn
                except BaseException:
                    self._forget()  # tables may have changed the cached dict in place
                    raise
                if txn.dirty:
                    try:
                        self._commit(txn)
                    except BaseException:
                        self._forget()  # a value that could not be encoded must not stay cached
                        raise
            finally:
                self._txn = None
                FileLock.release(lock_fd)

    def acquire(self, timeout: float | None = None) -> int:
        """The exclusive lock's descriptor (release with `FileLock.release`)."""
        try:
            return self.lock.acquire(exclusive=True, timeout=timeout)
        except TimeoutError as exc:
            raise OperationError.coded("storage.held", path=self.path, why=message(exc)) from exc
        except OSError as exc:
            raise _os_error(self.lock.path, "lock", exc) from exc

    def mark_dirty(self, backup_new: bool = False) -> None:
        assert self._txn is not None and self._txn.write
        self._txn.dirty = True
        self._txn.changed = None  # the caller changed the data directly
        self._txn.backup_new = self._txn.backup_new or backup_new

    def allow_fewer(self) -> None:
        """The operator's say-so: this write may replace the backups by a state holding fewer
        participants, answers or confirmed plans (restore --force)."""
        assert self._txn is not None and self._txn.write
        self._txn.force_backup = True

    def open_checks(self) -> None:
        """At open: refuse a lost database, create or migrate the file, remove a killed
        writer's temporary files. Only if the lock is free right now: a reader opening while
        another process writes (or is stopped holding the lock) just reads."""
        try:
            fd = self.lock.acquire(exclusive=True, timeout=0)
        except (TimeoutError, OSError):
            with self.transaction(write=False):
                return  # reports a corrupt or lost file, changes nothing
        FileLock.release(fd)
        with self.transaction(write=True):
            # the file exists (or a new one is being made) past this point: temp files of a
            # killed writer are now just litter
            clean_stale_temp_files(self.path)

    def revision(self) -> tuple[bytes, int, int, int]:
        """Cheap change detector for polling (no lock, no parse): changes after every write."""
        return (self.lock.peek_token(), *self._stat_key())

    # -- internals ---------------------------------------------------------------------------
    def _forget(self) -> None:
        self._cache = None
        self._cache_key = None
        self._codec.forget_live()  # the loaded objects may have been changed in place
        self._validator.forget()
        self._counter.forget()

    def _stat_key(self) -> tuple[int, int, int]:
        try:
            st = os.stat(self.path)
        except FileNotFoundError:
            return (0, 0, -1)
        return (st.st_ino, st.st_mtime_ns, st.st_size)

    @staticmethod
    def _counts_of(data: dict[str, Any]) -> Counts:
        return read_meta_counts(data) or content_counts(data)

    def _missing(self) -> dict[str, Any]:
        """No file: a new database, unless it existed (then it was lost: never start anew)."""
        if self._seen_file or traces(self.path):
            if not traces(self.path):
                raise OperationError.coded("storage.disappeared", path=self.path)
            raise MissingDatabaseError(self.path)
        return new_database()

    def _load(self, lock_fd: int | None) -> tuple[dict[str, Any], bool]:
        """The current data, and whether it must be written (new file, or migrated).
        `lock_fd`: the held write lock; None for a lock-free read."""
        try:
            token = FileLock.read_token(lock_fd) if lock_fd is not None else self.lock.peek_token()
            key = (token, *self._stat_key())
        except OSError as exc:
            raise _os_error(self.path, "read", exc) from exc
        if self._cache is not None and key == self._cache_key:
            return self._cache, False
        self._cache = self._cache_key = None  # stale, but its documents are intact for reuse
        if key[3] == -1:
            return self._missing(), True
        try:
            with open(self.path, "rb") as handle:
                # the key of exactly what is read: a writer may replace the file meanwhile
                st = os.fstat(handle.fileno())
                key = (token, st.st_ino, st.st_mtime_ns, st.st_size)
                raw = handle.read()
        except FileNotFoundError:
            return self._missing(), True
        except OSError as exc:
            raise _os_error(self.path, "read", exc) from exc
        try:
            parsed = self._codec.decode(raw)
        except UnicodeDecodeError as exc:
            raise describe_json_error(self.path, ValueError(str(exc))) from exc
        except ValueError as exc:
            raise describe_json_error(self.path, exc) from exc
        data, migrated = check_and_migrate(parsed, self.path)
        self._validator.check(data, self.path, self._codec.derived)  # every table and record
        self._seen_file = True
        if migrated:
            self._codec.forget_live()
        else:  # a migrated copy differs from the file until it is written
            self._cache, self._cache_key = data, key
        return data, migrated

    def _commit(self, txn: _Transaction) -> None:
        counts = self._counter.counts(txn.data, txn.changed, self._codec.derived)
        meta = meta_of(txn.data)
        if meta.get("counts") != counts:
            meta["counts"] = counts
            self.note_changed(META_TABLE, {META_DOC_ID})
        payload = self._codec.encode(txn.data, txn.changed)
        force = txn.backup_new or txn.force_backup

        def keep_old(target: Path) -> None:
            if not txn.backup_new:
                keep_copies(target, txn.old_counts, self.policy, force=force, link=link_over)

        try:
            FileLock.bump_token(txn.lock_fd)
            write_atomic(self.path, payload, new_mode=DB_MODE, before_replace=keep_old,
                         resolve=False)
            if txn.backup_new:  # an erasure: no older copy may keep the person
                link_over(self.path, self.backup_path)
                drop_rotated(self.path)
                fsync_dir(self.path.parent)
            key = (FileLock.read_token(txn.lock_fd), *self._stat_key())
        except OSError as exc:
            self._forget()
            raise _os_error(self.path, "write", exc) from exc
        self._seen_file = True
        self._cache, self._cache_key = txn.data, key
