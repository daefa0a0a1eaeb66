"""Opening input files safely: only regular files of bounded size are read.

A FIFO given as a roster blocks a plain `open()` forever, `/dev/zero` fills memory, and a
directory or a symbolic-link loop used to be reported as "file not found". Every reader (YAML,
roster and responses CSV, follow-up files) reads through `read_input` instead, which opens
without blocking, checks what the path really is on the opened descriptor, and says why not.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from rm_tui.core.errors import InputError, Problem
from rm_tui.i18n import Said

MAX_INPUT_BYTES = 50 * 1024 * 1024


def _kind(mode: int) -> str | None:
    """Why a file of this mode is not read (None: a regular file)."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return Said("file.directory")
    if stat.S_ISFIFO(mode):
        return Said("file.fifo")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return Said("file.device")
    if stat.S_ISSOCK(mode):
        return Said("file.socket")
    return Said("file.special")


def _open_problem(path: Path, exc: OSError) -> Problem:
    reasons = {
        errno.ENOENT: "file.not_found",
        errno.ELOOP: "file.loop",
        errno.EACCES: "file.denied",
        errno.EISDIR: "file.directory",
        errno.ENOTDIR: "file.not_folder",
        errno.ENAMETOOLONG: "file.too_long",
    }
    key = reasons.get(exc.errno or 0)
    return Problem(str(path), Said(key) if key else Said("file.cannot_read", reason=exc.strerror or exc))


def _too_big(path: Path, size: int) -> Problem:
    return Problem(str(path), Said("file.too_big", size=f"{size / 1024 / 1024:.0f}",
                                   limit=MAX_INPUT_BYTES // 1024 // 1024))


def check_input_file(path: str | Path) -> None:
    """InputError unless `path` is a regular file rm-tui will read (nothing is opened)."""
    path = Path(path)
    try:
        st = os.stat(path)
    except OSError as exc:
        raise InputError(_open_problem(path, exc)) from None
    why = _kind(st.st_mode)
    if why:
        raise InputError(Problem(str(path), why))
    if st.st_size > MAX_INPUT_BYTES:
        raise InputError(_too_big(path, st.st_size))


def read_input(path: str | Path) -> bytes:
    """The bytes of a regular file of at most MAX_INPUT_BYTES, or InputError saying why not.
    Opened non-blocking and checked on the descriptor, so a path swapped for a FIFO in between
    cannot block us."""
    path = Path(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise InputError(_open_problem(path, exc)) from None
    try:
        st = os.fstat(fd)
        why = _kind(st.st_mode)
        if why:
            raise InputError(Problem(str(path), why))
        if st.st_size > MAX_INPUT_BYTES:
            raise InputError(_too_big(path, st.st_size))
        chunks: list[bytes] = []
        total = 0
        while True:
            chunk = os.read(fd, 1 << 20)
            if not chunk:
                break
            total += len(chunk)
            if total > MAX_INPUT_BYTES:  # the file grew while we read it
                raise InputError(_too_big(path, total))
            chunks.append(chunk)
        return b"".join(chunks)
    except OSError as exc:
        raise InputError(_open_problem(path, exc)) from None
    finally:
        os.close(fd)
