"""What the `Database` mixins (decisions.py, followup.py) use of `Database` itself, declared once
for the type checker: `Database` (database.py) defines each of them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from contextlib import AbstractContextManager
    from pathlib import Path

    from tinydb.table import Table

    from rm_tui.storage.backend import AtomicJSONStorage


class DatabaseParts:
    """Base of the mixins; `Database` overrides every method."""

    path: Path
    _store: AtomicJSONStorage

    def _read(self) -> AbstractContextManager[Any]:  # a read transaction
        raise NotImplementedError

    def _write(self) -> AbstractContextManager[Any]:  # a write transaction (one atomic save)
        raise NotImplementedError

    def _t(self, name: str) -> Table:  # a table, inside a transaction
        raise NotImplementedError

    def _guard(self, ids: list[Any], value: Any, what: str) -> None:  # no erased person, JSON only (#20)
        raise NotImplementedError

    def _guard_copy(self, value: Any, what: str) -> Any:  # the same, returning a stored copy
        raise NotImplementedError
