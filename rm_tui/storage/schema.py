"""The database's identity and schema version, checked on every load, with migrations.

The file is a TinyDB JSON document `{table: {doc_id: document}}`. Its `_meta` table holds one
document `{"app": "rm-tui", "schema": N}`; a file without it is not ours and is never touched.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rm_tui.core.errors import StorageError, message
from rm_tui.i18n import Said

APP_NAME = "rm-tui"
SCHEMA_VERSION = 2  # 2: a console draft may be stored as `plan_delta` (plan_delta.py)
META_TABLE = "_meta"
META_DOC_ID = "1"

# Migration hook: MIGRATIONS[n] turns a schema-n database (the whole raw dict) into schema n+1.
# Add an entry here and bump SCHEMA_VERSION when the stored shape changes.
Migration = Callable[[dict[str, Any]], dict[str, Any]]
MIGRATIONS: dict[int, Migration] = {}
# Older schemas this version reads as they are, without rewriting the file (an archived file
# stays untouched): schema 2 only added `plan_delta` drafts, so a schema-1 file is valid schema 2.
# It is marked 2 when a delta is first written to it (storage/decisions.py).
READ_AS: dict[int, int] = {1: 2}


def now_iso() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")


def new_database() -> dict[str, Any]:
    meta = {"app": APP_NAME, "schema": SCHEMA_VERSION, "created": now_iso(), "erased_count": 0}
    return {META_TABLE: {META_DOC_ID: meta}}


def _what_to_do(path: Path) -> Said:
    return Said("storage.what_to_do", bak=path.with_name(path.name + ".bak").name, path=path)


def meta_of(data: dict[str, Any]) -> dict[str, Any]:
    meta: dict[str, Any] = data[META_TABLE][META_DOC_ID]
    return meta


def check_and_migrate(
    data: Any, path: Path, migrations: dict[int, Migration] | None = None
) -> tuple[dict[str, Any], bool]:
    """Return the data at the current schema and whether it had to be migrated.

    Raises StorageError for a file that is not an rm-tui database or is from a newer version.
    """
    migrations = MIGRATIONS if migrations is None else migrations
    meta = None
    if isinstance(data, dict):
        table = data.get(META_TABLE)
        if isinstance(table, dict):
            meta = table.get(META_DOC_ID)
    if not isinstance(meta, dict) or meta.get("app") != APP_NAME:
        raise StorageError.coded("storage.not_ours", path=path, todo=_what_to_do(path))
    schema = meta.get("schema")
    if not isinstance(schema, int) or isinstance(schema, bool) or schema < 1:
        raise StorageError.coded("storage.bad_schema", path=path, schema=repr(schema), todo=_what_to_do(path))
    if schema > SCHEMA_VERSION:
        raise StorageError.coded("storage.newer", path=path, schema=schema, top=SCHEMA_VERSION)
    migrated = False
    while schema < SCHEMA_VERSION:
        step = migrations.get(schema)
        if step is None and READ_AS.get(schema) == SCHEMA_VERSION:
            break
        if step is None:
            raise StorageError.coded("storage.no_migration", path=path, schema=schema, todo=_what_to_do(path))
        data = step(data)
        schema += 1
        meta_of(data)["schema"] = schema
        migrated = True
    return data, migrated


def describe_json_error(path: Path, exc: ValueError) -> StorageError:
    where: str = ""
    lineno = getattr(exc, "lineno", None)
    if lineno is not None:
        where = Said("storage.json_at", line=lineno, col=getattr(exc, "colno", "?"))
    elif type(exc).__name__ == "DuplicateKeyError":
        where = Said("storage.json_dup", what=message(exc))
    return StorageError.coded("storage.corrupt", path=path, where=where, todo=_what_to_do(path))
