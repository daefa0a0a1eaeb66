"""The `DB.serve.json` sidecar: what a running `rm-tui serve` tells the facilitator console.

serve rewrites it (atomically, owner-only: it holds the join link) whenever a browser session
starts or ends, and removes it on exit. The console reads it; a file left by a killed serve is
recognised by its dead process id and ignored.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from rm_tui.atomic_file import write_atomic


@dataclass(frozen=True)
class ServeStatus:
    join_url: str
    sessions: int
    max_sessions: int
    pid: int


def status_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".serve.json")


def write_status(db_path: Path, status: ServeStatus) -> None:
    data = json.dumps({"join_url": status.join_url, "sessions": status.sessions,
                       "max_sessions": status.max_sessions, "pid": status.pid})
    write_atomic(status_path(db_path), data.encode("utf-8"), mode=0o600)


def remove_status(db_path: Path) -> None:
    status_path(db_path).unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def read_status(db_path: Path) -> ServeStatus | None:
    """The running serve's status, or None (none running, or an unreadable/stale file)."""
    try:
        data = json.loads(status_path(db_path).read_text(encoding="utf-8"))
        status = ServeStatus(str(data["join_url"]), int(data["sessions"]),
                             int(data["max_sessions"]), int(data["pid"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return status if _alive(status.pid) else None
