"""Follow-up records: check-ins and outcomes (`Database` inherits these methods)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from rm_tui.i18n import Said
from rm_tui.storage import erasure as tomb
from rm_tui.storage.jsonvalue import check_storable, json_copy, with_doc_id
from rm_tui.storage.schema import now_iso

if TYPE_CHECKING:
    from contextlib import AbstractContextManager
    from pathlib import Path

    from tinydb.table import Table

    from rm_tui.storage.backend import AtomicJSONStorage


class FollowupStore:
    """Mixin over `Database` (uses its transactions and tables)."""

    path: Path
    _store: AtomicJSONStorage

    def _read(self) -> AbstractContextManager[Any]:  # Database's transactions and tables
        raise NotImplementedError

    def _write(self) -> AbstractContextManager[Any]:
        raise NotImplementedError

    def _t(self, name: str) -> Table:
        raise NotImplementedError

    # -- follow-up: check-ins and outcomes ---------------------------------------------------
    def _add(self, table: str, record: dict[str, Any]) -> int:
        record = {"at": now_iso(), **json_copy(record)}
        check_storable(record, table[:-1], self.path)
        with self._write():
            tomb.refuse_erased(self._store.read(), tomb.strings_in(record), Said(f"storage.this.{table[:-1]}"))
            return self._t(table).insert(record)

    def _add_many(self, table: str, records: Iterable[dict[str, Any]]) -> list[int]:
        at = now_iso()
        docs = [{"at": at, **json_copy(r)} for r in records]
        if not docs:
            return []
        with self._write():  # one table update: inserting one by one is O(n) each
            return self._t(table).insert_multiple(docs)

    def _list(self, table: str) -> list[dict[str, Any]]:
        with self._read():
            docs = self._t(table).all()
        return [with_doc_id(d) for d in sorted(docs, key=lambda d: d.doc_id)]

    def add_checkin(self, record: dict[str, Any]) -> int:
        return self._add("checkins", record)

    def add_checkins(self, records: Iterable[dict[str, Any]]) -> list[int]:
        """Store many check-ins at once (an import): one transaction."""
        return self._add_many("checkins", records)

    def add_outcomes(self, records: Iterable[dict[str, Any]]) -> list[int]:
        return self._add_many("outcomes", records)

    def checkins(self) -> list[dict[str, Any]]:
        return self._list("checkins")

    def add_outcome(self, record: dict[str, Any]) -> int:
        return self._add("outcomes", record)

    def outcomes(self) -> list[dict[str, Any]]:
        return self._list("outcomes")
