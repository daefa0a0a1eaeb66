"""The `Database` mixins declare what they use of `Database` in one place (storage/parts.py), and
`Database` defines every one of those methods, so no stub is ever called."""

from __future__ import annotations

import inspect
from pathlib import Path

from rm_tui.storage.database import Database
from rm_tui.storage.decisions import DecisionStore
from rm_tui.storage.followup import FollowupStore
from rm_tui.storage.parts import DatabaseParts

STORAGE = Path(__file__).resolve().parents[2] / "rm_tui" / "storage"


def test_database_defines_every_part_the_mixins_use() -> None:
    assert issubclass(DecisionStore, DatabaseParts) and issubclass(FollowupStore, DatabaseParts)
    parts = [name for name, _ in inspect.getmembers(DatabaseParts, inspect.isfunction)
             if name.startswith("_") and not name.startswith("__")]
    assert parts
    for name in parts:
        assert "raise NotImplementedError" not in inspect.getsource(getattr(Database, name)), name


def test_the_stubs_live_in_one_file() -> None:
    stubbed = sorted(p.name for p in STORAGE.glob("*.py") if "raise NotImplementedError" in p.read_text("utf-8"))
    assert stubbed == ["parts.py"]
