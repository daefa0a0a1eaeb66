"""The one way rm-tui replaces a file: the database, its backups, YAML files and exports.

A crash leaves either the old or the new file, never half of one: the bytes go to a hidden
temporary sibling (`.NAME.tmp-XXXX`), are fsynced, then renamed over the file, and the folder is
fsynced so the rename itself survives a power cut.

- Thread-safe: no process-wide state is changed (the mode is set on the temporary file's
  descriptor with `fchmod`, which the umask does not affect; `os.umask` is never called).
- Permissions: a rewrite keeps the file's mode; a new file gets `new_mode` (0600 for personal
  data, the caller decides).
- Symlinks: the path is resolved once, so a symlinked file is written *through* (the temporary
  file sits next to the real file and replaces it), instead of the link being replaced by a copy.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from collections.abc import Callable
from pathlib import Path

TMP_MARKER = ".tmp-"


def real_path(path: str | Path) -> Path:
    """`path` with every symlink resolved (a dangling link gives the target it points to)."""
    return Path(os.path.realpath(path))


def tmp_prefix(path: Path) -> str:
    """Temporary files are hidden siblings: `.NAME.tmp-XXXX`."""
    return f".{path.name}{TMP_MARKER}"


def fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def current_mode(path: Path) -> int | None:
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except FileNotFoundError:
        return None


def write_atomic(
    path: str | Path,
    payload: bytes,
    *,
    new_mode: int = 0o644,
    mode: int | None = None,
    before_replace: Callable[[Path], None] | None = None,
    resolve: bool = True,
) -> Path:
    """Replace `path` by `payload`, durably; returns the real path written.

    `mode`: the file's mode whether new or not (else a rewrite keeps the file's, a new file
    gets `new_mode`). `before_replace(real_path)` runs after the new bytes are safely on disk and just before the
    rename (the storage links the previous version to its backup there).
    """
    target = real_path(path) if resolve else Path(path)
    folder = target.parent
    tmp_path = folder / f"{tmp_prefix(target)}{secrets.token_hex(6)}"
    if mode is None:
        mode = current_mode(target)
        mode = new_mode if mode is None else mode
    fd = os.open(tmp_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        try:
            os.fchmod(fd, mode)
            view = memoryview(payload)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        if before_replace is not None:
            before_replace(target)
        os.replace(tmp_path, target)
        fsync_dir(folder)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_path)
        raise
    return target
