"""The database's file-system primitives: atomic replacement with a backup, the cross-process
lock, and the clean-up of temporary files a killed writer left.

Nothing here knows about TinyDB. The replacement itself is `rm_tui.atomic_file.write_atomic`
(the project's one atomic writer); this module adds the `.bak` link and the lock.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import secrets
import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from rm_tui.atomic_file import TMP_MARKER, fsync_dir, tmp_prefix, write_atomic

__all__ = ["TMP_MARKER", "FileLock", "atomic_write", "clean_stale_temp_files", "fsync_dir",
           "link_over", "tmp_prefix"]

DB_MODE = 0o600  # answers are personal data


def link_over(source: Path, target: Path) -> None:
    """Make `target` another name for `source`'s current contents, atomically.

    A hard link costs no data copy; on file systems without hard links we fall back to a copy.
    """
    staging = target.with_name(f"{tmp_prefix(target)}{secrets.token_hex(4)}")
    try:
        try:
            os.link(source, staging)
        except OSError as exc:
            if exc.errno not in (errno.EPERM, errno.EXDEV, errno.EMLINK, errno.EOPNOTSUPP):
                raise
            write_atomic(staging, source.read_bytes(), new_mode=DB_MODE, resolve=False)
        os.replace(staging, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(staging)
        raise


def atomic_write(path: Path, payload: bytes, backup: Path | None, backup_new: bool = False) -> None:
    """Replace `path` (already resolved) with `payload` so that a crash leaves either the old or
    the new file. `backup` receives the previous contents (the last good state) unless
    `backup_new`, in which case it receives the new contents (after an erasure, so no old copy
    survives). New database files are created 0600; a rewrite keeps the file's mode."""
    def keep_old(target: Path) -> None:
        if backup is not None and not backup_new and target.exists():
            link_over(target, backup)

    write_atomic(path, payload, new_mode=DB_MODE, before_replace=keep_old, resolve=False)
    if backup is not None and backup_new:
        link_over(path, backup)
        fsync_dir(path.parent)


def stale_temp_files(path: Path) -> list[Path]:
    """Temporary files of the database and of its backups (left by a killed writer)."""
    prefixes = (tmp_prefix(path), f".{path.name}.bak")
    found = []
    with contextlib.suppress(OSError):
        for entry in path.parent.iterdir():
            if entry.name.startswith(prefixes) and TMP_MARKER in entry.name:
                found.append(entry)
    return sorted(found)


def clean_stale_temp_files(path: Path) -> list[Path]:
    """Remove temporary files a killed writer left behind. Call only under the exclusive lock."""
    removed: list[Path] = []
    for entry in stale_temp_files(path):
        with contextlib.suppress(FileNotFoundError):
            entry.unlink()
            removed.append(entry)
    return removed


class _Expired(Exception):
    pass


def _expire(signum: int, frame: object) -> None:
    raise _Expired


def _wait_blocking(fd: int, mode: int, timeout: float) -> bool:
    """Wait in the kernel's queue (woken the moment the lock is free, so eight busy writers
    cannot starve one) with a SIGALRM timer for the timeout. Only in the main thread and when
    no other timer runs; returns False when it cannot be used (then poll)."""
    if threading.current_thread() is not threading.main_thread():
        return False
    if signal.getitimer(signal.ITIMER_REAL)[0] > 0 or signal.getsignal(signal.SIGALRM) not in (
        signal.SIG_DFL, signal.SIG_IGN, None
    ):
        return False
    previous = signal.signal(signal.SIGALRM, _expire)
    try:
        signal.setitimer(signal.ITIMER_REAL, timeout)
        try:
            fcntl.flock(fd, mode)
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
    except _Expired:
        raise TimeoutError from None
    finally:
        signal.signal(signal.SIGALRM, previous)
    return True


def _wait_polling(fd: int, mode: int, timeout: float) -> None:
    """Another thread (a kiosk's saver): retry often, the lock is held for milliseconds."""
    deadline = time.monotonic() + timeout
    pause = 0.0002
    while True:
        try:
            fcntl.flock(fd, mode | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if time.monotonic() >= deadline:
                raise TimeoutError from None
            time.sleep(pause)
            pause = min(pause * 2, 0.002)


class FileLock:
    """`fcntl.flock` on a `DB.lock` sidecar file next to the real database file, taken
    exclusively by writers (readers take no lock: every committed state is a whole file).

    The lock file also carries a revision token (`COUNTER TOKEN`) that writers change before
    replacing the database, so other processes can tell cheaply whether the file changed.
    The lock is released by the kernel when a process dies, so a kill never leaves it stuck.
    """

    def __init__(self, path: Path, timeout: float = 15.0) -> None:
        self.path = path
        self.timeout = timeout

    def acquire(self, exclusive: bool = True, timeout: float | None = None) -> int:
        """The locked descriptor; release it with `release`. Raises TimeoutError when another
        process keeps the lock longer than `timeout` (a stopped process, say): a kiosk must
        say so rather than freeze."""
        timeout = self.timeout if timeout is None else timeout
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, DB_MODE)
        try:
            mode = fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH
            try:
                fcntl.flock(fd, mode | fcntl.LOCK_NB)
                return fd
            except BlockingIOError:
                if timeout <= 0:
                    raise TimeoutError(_locked(self.path)) from None
            if not _wait_blocking(fd, mode, timeout):
                _wait_polling(fd, mode, timeout)
            return fd
        except TimeoutError as exc:
            os.close(fd)
            raise TimeoutError(_locked(self.path, timeout)) from exc
        except BaseException:
            os.close(fd)
            raise

    @staticmethod
    def release(fd: int) -> None:
        os.close(fd)  # closing the descriptor releases the flock

    @contextlib.contextmanager
    def hold(self, exclusive: bool = True, timeout: float | None = None) -> Iterator[int]:
        fd = self.acquire(exclusive, timeout)
        try:
            yield fd
        finally:
            self.release(fd)

    @staticmethod
    def read_token(fd: int) -> bytes:
        return os.pread(fd, 64, 0)

    def peek_token(self) -> bytes:
        """The token without the lock (a reader's change detector; may be mid-update, which
        only costs a re-read)."""
        try:
            with open(self.path, "rb") as handle:
                return handle.read(64)
        except OSError:
            return b""

    @staticmethod
    def bump_token(fd: int) -> bytes:
        """Called under the exclusive lock, before the database is replaced."""
        current = os.pread(fd, 64, 0).split()
        try:
            counter = int(current[0]) + 1
        except (IndexError, ValueError):
            counter = 1
        token = f"{counter} {secrets.token_hex(8)}\n".encode()
        os.pwrite(fd, token, 0)
        os.ftruncate(fd, len(token))
        return token


def _locked(path: Path, timeout: float | None = None) -> str:
    """Why the lock was not had, as a code (`rm_tui.i18n.Said`): the catalogue is loaded only then."""
    from rm_tui.i18n import Said

    if timeout is None:
        return Said("storage.locked", path=path)
    return Said("storage.locked_for", path=path, seconds=f"{timeout:g}")
