"""The last good copies of a database, and refusing to start anew when they exist.

- `DB.bak` is the state before the latest write (a hard link, no data copy), except that it is
  never replaced by a state holding fewer participants, answers or confirmed plans than it does
  unless the operation says so (`erase`, `restore --force`): a database emptied by accident
  cannot wipe the backup.
- `DB.bak.1..N` (default 3) are copies rotated by *time*: at most one rotation per interval
  (default 10 minutes), so a burst of writes cannot push the good copies out. The same
  "never fewer" rule applies.
- A missing `DB` while any of these (or a killed writer's temporary file) exists is refused
  with the `rm-tui restore` command that brings the copy back (`MissingDatabaseError`).

To decide cheaply, each committed file carries its counts in `_meta` (`counts`), so checking a
backup reads its first line, not the whole file.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import json
import os
import re
import shlex
import stat
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rm_tui.atomic_file import TMP_MARKER, real_path, write_atomic
from rm_tui.core.errors import OperationError, StorageError
from rm_tui.i18n import Lines, Said
from rm_tui.storage.schema import META_DOC_ID, META_TABLE, check_and_migrate

COUNT_KEYS = ("participants", "answers", "confirmed")
Counts = dict[str, int]
DB_MODE = 0o600


@dataclass(frozen=True)
class BackupPolicy:
    keep: int = 3  # DB.bak.1..keep
    interval: float = 600.0  # seconds between two rotations

    @classmethod
    def from_env(cls) -> BackupPolicy:
        """`RM_TUI_BACKUPS` and `RM_TUI_BACKUP_INTERVAL` (seconds) override the defaults."""
        keep, interval = cls.keep, cls.interval
        with contextlib.suppress(ValueError):
            keep = max(0, int(os.environ.get("RM_TUI_BACKUPS", keep)))
        with contextlib.suppress(ValueError):
            interval = max(0.0, float(os.environ.get("RM_TUI_BACKUP_INTERVAL", interval)))
        return cls(keep, interval)


def content_counts(data: dict[str, Any]) -> Counts:
    """Participants, answered items and confirmed plans a database state holds."""
    def docs(name: str) -> Any:
        table = data.get(name)
        return table.values() if isinstance(table, dict) else ()

    answers = sum(_answered(doc) for doc in docs("responses"))
    confirmed = sum(1 for d in docs("plans") if isinstance(d, dict) and d.get("kind") == "confirmed")
    return {"participants": len(data.get("participants") or {}), "answers": answers,
            "confirmed": confirmed}


def _answered(doc: Any) -> int:
    per_q = doc.get("answers") if isinstance(doc, dict) else None
    if not isinstance(per_q, dict):
        return 0
    return sum(len(v) for v in per_q.values() if isinstance(v, dict))


class ContentCounter:
    """`content_counts` at every commit without re-counting 2,000 people's answers: a responses
    document's count is reused while it is the very object counted and no operation reported it
    changed; a table the codec derived from the one counted (another kiosk changed one line) is
    counted by difference (the storage forgets everything when a transaction fails)."""

    def __init__(self) -> None:
        self._table: Any = None  # the responses dict last counted, and its total
        self._total = 0
        self._per_doc: dict[int, tuple[Any, int]] = {}  # id(document) -> (document, count)

    def forget(self) -> None:
        self._table, self._total, self._per_doc = None, 0, {}

    def _swap(self, old: Any, new: Any) -> None:
        if old is not None:
            hit = self._per_doc.pop(id(old), None)
            self._total -= hit[1] if hit is not None and hit[0] is old else 0
        if new is not None:
            count = _answered(new)
            self._per_doc[id(new)] = (new, count)
            self._total += count

    def _answers(self, table: dict[str, Any], touched: Any,
                 derived: tuple[dict[str, Any], set[str]] | None) -> int:
        if derived is not None and derived[0] is self._table:
            for doc_id in derived[1]:  # the table counted, with these documents replaced
                self._swap(derived[0].get(doc_id), None)
                self._swap(None, table.get(doc_id))
            self._table = table
        if table is self._table:
            for doc_id in touched:  # changed in place (or added) since counted
                doc = table.get(doc_id)
                hit = self._per_doc.get(id(doc))
                self._swap(hit[0] if hit is not None and hit[0] is doc else None, None)
                self._swap(None, doc)
            if len(self._per_doc) == len(table):
                return self._total
        before, per_doc = self._per_doc, {}
        for doc_id, doc in table.items():  # counted again, reusing documents counted as they are
            hit = before.get(id(doc))
            if hit is None or hit[0] is not doc or doc_id in touched:
                hit = (doc, _answered(doc))
            per_doc[id(doc)] = hit
        self._per_doc, self._table = per_doc, table
        self._total = sum(hit[1] for hit in per_doc.values())
        return self._total

    def counts(self, data: dict[str, Any], changed: dict[str, set[str]] | None,
               derived: dict[str, tuple[dict[str, Any], set[str]]] | None = None) -> Counts:
        """`changed`: table -> ids changed in place since the last call (None: anything);
        `derived`: the codec's tables made from earlier ones with a few documents replaced."""
        if changed is None:
            self.forget()
            changed = {}
        table = data.get("responses")
        if isinstance(table, dict):
            answers = self._answers(table, changed.get("responses", ()),
                                    (derived or {}).get("responses"))
        else:
            self.forget()
            answers = 0
        plans = data.get("plans")
        confirmed = sum(1 for d in plans.values() if isinstance(d, dict) and d.get("kind") ==
                        "confirmed") if isinstance(plans, dict) else 0
        return {"participants": len(data.get("participants") or {}), "answers": answers,
                "confirmed": confirmed}


def fewer(new: Counts, old: Counts) -> bool:
    """Whether `new` holds less of anything than `old` (so must not replace it)."""
    return any(int(new.get(k, 0)) < int(old.get(k, 0)) for k in COUNT_KEYS)


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + ".bak")


def rotated(path: Path, n: int) -> Path:
    return path.with_name(f"{path.name}.bak.{n}")


def rotated_copies(path: Path) -> list[Path]:
    """Existing `DB.bak.N`, newest (1) first."""
    pattern = re.compile(re.escape(path.name) + r"\.bak\.(\d+)$")
    found: list[tuple[int, Path]] = []
    with contextlib.suppress(OSError):
        for entry in path.parent.iterdir():
            match = pattern.match(entry.name)
            if match:
                found.append((int(match.group(1)), entry))
    return [p for _, p in sorted(found)]


def set_aside_copies(path: Path) -> list[Path]:
    """`DB.broken-TIME` and `DB.replaced-TIME` files `restore` kept."""
    with contextlib.suppress(OSError):
        return sorted(p for p in path.parent.iterdir()
                      if p.name.startswith((f"{path.name}.broken-", f"{path.name}.replaced-")))
    return []


def traces(path: Path) -> list[Path]:
    """Files that show this database existed: backups, rotated copies, temporary files of a
    killed writer, copies `restore` set aside as replaced."""
    found = [backup_path(path)] if backup_path(path).exists() else []
    found += rotated_copies(path)
    with contextlib.suppress(OSError):
        found += sorted(p for p in path.parent.iterdir()
                        if p.name.startswith(f".{path.name}") and TMP_MARKER in p.name)
    found += [p for p in set_aside_copies(path) if ".replaced-" in p.name]
    return found


# -- reading a copy --------------------------------------------------------------------------
def load_copy(path: Path) -> dict[str, Any]:
    """The data of a database file, checked like a database (StorageError otherwise)."""
    from rm_tui.storage.schema import describe_json_error

    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise StorageError.coded("storage.cannot_read", path=path, reason=exc.strerror or exc) from exc
    try:
        parsed = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise describe_json_error(path, ValueError(str(exc))) from exc
    data, _ = check_and_migrate(parsed, path)
    return data


def _head_counts(path: Path) -> Counts | None:
    """The counts stored in the file's `_meta` line, reading only its beginning."""
    with open(path, "rb") as handle:
        head = handle.read(65536)
    prefix = b'{\n"_meta":{\n"' + META_DOC_ID.encode() + b'":'
    if not head.startswith(prefix):
        return None
    end = head.find(b"\n", len(prefix))
    if end < 0:
        return None
    try:
        meta = json.loads(head[len(prefix):end])
    except ValueError:
        return None
    counts = meta.get("counts") if isinstance(meta, dict) else None
    if isinstance(counts, dict) and all(isinstance(counts.get(k), int) for k in COUNT_KEYS):
        return {k: counts[k] for k in COUNT_KEYS}
    return None


_count_cache: dict[tuple[str, int, int, int], Counts | None] = {}


def counts_of_file(path: Path) -> Counts | None:
    """What a copy holds, or None when it is missing or unusable (then it protects nothing)."""
    try:
        st = os.stat(path)
        key = (str(path), st.st_ino, st.st_mtime_ns, st.st_size)
        if key in _count_cache:
            return _count_cache[key]
        counts = _head_counts(path)
        if counts is None:
            counts = content_counts(load_copy(path))
    except (OSError, StorageError):
        return None
    if len(_count_cache) > 64:
        _count_cache.clear()
    _count_cache[key] = counts
    return counts


def describe(path: Path) -> Said:
    counts = counts_of_file(path)
    try:
        when = dt.datetime.fromtimestamp(os.stat(path).st_mtime, dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    except OSError:
        when = "?"
    if counts is None:
        return Said("storage.copy_unusable", name=path.name, when=when)
    return Said("storage.copy", name=path.name, participants=counts["participants"], answers=counts["answers"],
                plans=Said("storage.copy_plans", counts["confirmed"]), when=when)


def best_copy(path: Path) -> Path | None:
    """The copy `restore` takes by default: `.bak` if usable, else the newest usable one."""
    candidates = [backup_path(path), *rotated_copies(path)]
    candidates += sorted((p for p in traces(path) if p not in candidates),
                         key=lambda p: -p.stat().st_mtime if p.exists() else 0)
    for candidate in candidates:
        if candidate.exists() and counts_of_file(candidate) is not None:
            return candidate
    return None


class MissingDatabaseError(OperationError):
    """The database file is gone but copies of it exist: never start an empty one over them."""

    def __init__(self, path: Path, program: str = "PROGRAM") -> None:
        self.path = path
        found = traces(path)
        lines: list[str] = [Said("storage.missing.head", path=path)]
        lines += [Said("storage.indented", line=describe(p)) for p in found]
        lines.append(Said("storage.missing.refuse"))
        best = best_copy(path)
        if best is not None:
            cmd = ["rm-tui", "restore", program, "--db", str(path), "--from", str(best)]
            lines.append(Said("storage.missing.restore", command=shlex.join(cmd)))
        else:
            lines.append(Said("storage.missing.none"))
        lines.append(Said("storage.missing.move"))
        self.key, self.params = "storage.lines", {"lines": Lines(lines)}  # said line by line
        super().__init__(Said("storage.lines", lines=Lines(lines)))


def check_not_lost(path: str | Path, program: str | Path = "PROGRAM") -> bool:
    """True if the database exists, False if it never existed; MissingDatabaseError if it is
    missing while its backups or temporary files are there."""
    real = real_path(path)
    if check_file_kind(real, path):
        return True
    if traces(real):
        raise MissingDatabaseError(real, str(program))
    return False


def check_file_kind(path: Path, given: str | Path | None = None) -> bool:
    """Whether the (resolved) database path exists; StorageError if it is not a regular file
    (a directory, a FIFO or device, a symlink loop): never read, lock or replace such a thing.
    `given`: the path as the user gave it, named in the message when it is a link."""
    name = str(path) if given is None or str(given) == str(path) else f"{given} (-> {path})"
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return False
    except OSError as exc:
        what = Said("storage.symlink_loop") if exc.errno == errno.ELOOP else (exc.strerror or str(exc))
        raise StorageError.coded("storage.bad_path", name=name, what=what) from exc
    if not stat.S_ISREG(st.st_mode):
        kind = Said("storage.kind.directory" if stat.S_ISDIR(st.st_mode) else "storage.kind.special")
        raise StorageError.coded("storage.not_a_file", name=name, kind=kind)
    return True


# -- keeping copies on write -----------------------------------------------------------------
def keep_copies(target: Path, old_counts: Counts | None, policy: BackupPolicy, *,
                force: bool = False, link: Any) -> None:
    """Called with the exclusive lock held, just before `target` is replaced: link its current
    (old) state to `.bak` and rotate a time-stamped copy, unless that would lose content."""
    if not target.exists():
        return
    bak = backup_path(target)
    held = counts_of_file(bak) if bak.exists() else None
    if force or held is None or old_counts is None or not fewer(old_counts, held):
        link(target, bak)
    if policy.keep <= 0:
        return
    newest = rotated(target, 1)
    try:
        age = time.time() - os.stat(newest).st_mtime
    except FileNotFoundError:
        age = float("inf")
    if age < policy.interval:
        return
    held = counts_of_file(newest) if newest.exists() else None
    if not force and held is not None and old_counts is not None and fewer(old_counts, held):
        return
    for n in range(policy.keep, 1, -1):
        older = rotated(target, n - 1)
        if older.exists():
            os.replace(older, rotated(target, n))
    # a copy, not a link: its own mtime tells when this rotation happened
    write_atomic(newest, target.read_bytes(), new_mode=DB_MODE, resolve=False)


def drop_rotated(path: Path) -> list[Path]:
    """Remove `DB.bak.N` (after an erasure they would still hold the person)."""
    removed = []
    for copy in rotated_copies(path):
        with contextlib.suppress(FileNotFoundError):
            copy.unlink()
            removed.append(copy)
    return removed


def read_meta_counts(data: dict[str, Any]) -> Counts | None:
    meta = data.get(META_TABLE, {}).get(META_DOC_ID, {})
    counts = meta.get("counts") if isinstance(meta, dict) else None
    if isinstance(counts, dict) and all(isinstance(counts.get(k), int) for k in COUNT_KEYS):
        return dict(counts)
    return None
