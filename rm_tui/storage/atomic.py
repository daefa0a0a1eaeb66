"""Crash-safe file replacement and the cross-process lock that guards it.

Nothing here knows about TinyDB: these are the file-system primitives the storage backend uses.
A stock TinyDB JSON storage rewrites the file in place, so a process killed mid-write leaves a
truncated file; here every write goes to a temporary file in the same folder, is fsynced, then
atomically renamed over the database, and the folder is fsynced so the rename itself survives.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import secrets
import stat
import time
from collections.abc import Iterator
from pathlib import Path

TMP_MARKER = ".tmp-"


def tmp_prefix(path: Path) -> str:
    """Temporary files are hidden siblings: `.NAME.tmp-XXXX`."""
    return f".{path.name}{TMP_MARKER}"


def fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _file_mode(path: Path) -> int:
    """Keep the database's permissions across rewrites; a new one holds personal data: 0600."""
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except FileNotFoundError:
        return 0o600


def _link_over(source: Path, target: Path) -> None:
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
            fd = os.open(staging, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)  # personal data
            with os.fdopen(fd, "wb") as handle:
                handle.write(source.read_bytes())
        os.replace(staging, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(staging)
        raise


def atomic_write(path: Path, payload: bytes, backup: Path | None, backup_new: bool = False) -> None:
    """Replace `path` with `payload` so that a crash leaves either the old or the new file.

    `backup` receives the previous contents (the last good state) unless `backup_new`, in which
    case it receives the new contents (used after an erasure so no old copy survives).
    """
    folder = path.parent
    tmp_path = folder / f"{tmp_prefix(path)}{secrets.token_hex(6)}"
    fd = os.open(tmp_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        try:
            os.fchmod(fd, _file_mode(path))
            view = memoryview(payload)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        if backup is not None and not backup_new and path.exists():
            _link_over(path, backup)
        os.replace(tmp_path, path)
        if backup is not None and backup_new:
            _link_over(path, backup)
        fsync_dir(folder)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_path)
        raise


def clean_stale_temp_files(path: Path) -> list[Path]:
    """Remove temporary files a killed writer left behind. Call only under the exclusive lock."""
    removed: list[Path] = []
    prefixes = (tmp_prefix(path), tmp_prefix(path.with_name(path.name + ".bak")))
    for entry in path.parent.iterdir():
        if entry.name.startswith(prefixes):
            with contextlib.suppress(FileNotFoundError):
                entry.unlink()
                removed.append(entry)
    return removed


class FileLock:
    """`fcntl.flock` on a `DB.lock` sidecar file, shared for reads, exclusive for writes.

    The lock file also carries a revision token (`COUNTER TOKEN`) that writers change before
    replacing the database, so other processes can tell cheaply whether the file changed.
    The lock is released by the kernel when a process dies, so a kill never leaves it stuck.
    """

    def __init__(self, path: Path, timeout: float = 15.0) -> None:
        self.path = path
        self.timeout = timeout

    @contextlib.contextmanager
    def hold(self, exclusive: bool) -> Iterator[int]:
        """Raises TimeoutError when another process keeps the lock longer than `timeout`
        (a stopped process, say): a kiosk must say so rather than freeze."""
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o666)
        try:
            mode = fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH
            deadline = time.monotonic() + self.timeout
            pause = 0.0005
            while True:
                try:
                    fcntl.flock(fd, mode | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        raise TimeoutError(f"{self.path} stayed locked for {self.timeout:g} s") from None
                    time.sleep(pause)
                    pause = min(pause * 2, 0.01)
            yield fd
        finally:
            os.close(fd)  # closing the descriptor releases the flock

    @staticmethod
    def read_token(fd: int) -> bytes:
        return os.pread(fd, 64, 0)

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
