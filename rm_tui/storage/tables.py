"""TinyDB tables that tell the storage which documents an operation touched (so only those
are encoded again; see backend.py and layout.py), and that insert and update by id without
TinyDB's two copies of the whole table."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

from tinydb.table import Table

if TYPE_CHECKING:
    from rm_tui.storage.backend import AtomicJSONStorage


class _Touched(dict[int, Any]):
    """The table dict TinyDB updaters work on: remembers every document they look up, and
    counts every document as touched if they iterate over documents (none does today)."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.ids: set[Any] = set()
        self.all = False

    def __getitem__(self, key: Any) -> Any:
        self.ids.add(key)
        return super().__getitem__(key)

    def get(self, key: Any, default: Any = None) -> Any:
        self.ids.add(key)
        return super().get(key, default)

    def values(self) -> Any:
        self.all = True
        return super().values()

    def items(self) -> Any:
        self.all = True
        return super().items()


class TrackingTable(Table):
    """TinyDB's `_update_table`, with the documents its updater touched reported to the storage."""

    _storage: AtomicJSONStorage  # the storage's note_changed is called

    def _update_table(self, updater: Callable[[dict[int, Any]], None]) -> None:
        tables = self._storage.read()
        raw = tables.get(self.name, {})
        table = _Touched({self.document_id_class(doc_id): doc for doc_id, doc in raw.items()})
        updater(table)
        self._storage.note_changed(self.name, None if table.all else {str(i) for i in table.ids})
        tables[self.name] = {str(doc_id): doc for doc_id, doc in dict.items(table)}
        self._storage.write(tables)
        self.clear_cache()

    def insert(self, document: Mapping[str, Any]) -> int:
        """TinyDB's insert without copying the table twice (a console edit inserts 4 documents
        into tables that grow with every edit): the new document is added to the stored table
        and reported, with the id TinyDB would give it."""
        if not isinstance(document, Mapping):
            raise ValueError("Document is not a Mapping")
        if isinstance(document, self.document_class):
            return super().insert(document)
        tables = self._storage.read()
        raw = tables.setdefault(self.name, {})
        doc_id: int = self._get_next_id()  # type: ignore[no-untyped-call]  # TinyDB untyped
        if str(doc_id) in raw:  # as TinyDB: never overwrite
            raise ValueError(f"Document with ID {doc_id} already exists")
        raw[str(doc_id)] = dict(document)
        self._storage.note_changed(self.name, {str(doc_id)})
        self._storage.write(tables)
        self.clear_cache()
        return doc_id

    def update(self, fields: Any, cond: Any = None, doc_ids: Iterable[int] | None = None) -> list[int]:
        """Updates by id (every autosave) change the stored documents directly: TinyDB's
        `_update_table` would copy the whole table twice to change one document (~1.5 ms at
        2,000 participants). Same behaviour: ids not in the table are skipped."""
        if cond is not None or doc_ids is None:
            return super().update(fields, cond, doc_ids)
        tables = self._storage.read()
        raw = tables.setdefault(self.name, {})
        updated = [doc_id for doc_id in doc_ids if str(doc_id) in raw]
        for doc_id in updated:
            doc = raw[str(doc_id)]
            if callable(fields):
                fields(doc)
            else:
                doc.update(fields)
        self._storage.note_changed(self.name, {str(doc_id) for doc_id in updated})
        self._storage.write(tables)
        self.clear_cache()
        return updated
