"""Unusable database files give a clear StorageError and are never modified."""

from __future__ import annotations

import builtins
import json
import os
from pathlib import Path

import pytest

from rm_tui.core.errors import StorageError
from rm_tui.storage import Database, schema


def _good_bytes(tmp_path: Path) -> bytes:
    db = Database(tmp_path / "good.db.json")
    db.save_answer("p1", "q", "i", 1)
    return db.path.read_bytes()


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("not_json", b"hello, I am a shopping list\n", "not valid JSON"),
        ("truncated", None, "not valid JSON"),
        ("empty", b"", "not valid JSON"),
        ("latin1_garbage", b'{"_meta": "\xe9\xff"}', "not valid JSON"),
        ("stock_tinydb", b'{"_default": {"1": {"a": 1}}}', "not an rm-tui database"),
        ("other_app", b'{"_meta": {"1": {"app": "other", "schema": 1}}}', "not an rm-tui database"),
        ("json_list", b"[1, 2, 3]", "not an rm-tui database"),
        ("newer", b'{"_meta": {"1": {"app": "rm-tui", "schema": 99}}}', "newer rm-tui"),
        ("bad_schema", b'{"_meta": {"1": {"app": "rm-tui", "schema": "one"}}}', "invalid schema"),
    ],
)
def test_unusable_file_is_reported_and_left_untouched(
    tmp_path: Path, name: str, content: bytes | None, expected: str
) -> None:
    if content is None:
        content = _good_bytes(tmp_path)[:-7]  # what an in-place rewrite leaves when killed
    path = tmp_path / f"{name}.db.json"
    path.write_bytes(content)
    before = os.stat(path)
    with pytest.raises(StorageError) as err:
        Database(path)
    message = str(err.value)
    assert str(path) in message and expected in message
    assert "not modified" in message or "Upgrade" in message
    assert path.read_bytes() == content
    assert os.stat(path).st_mtime_ns == before.st_mtime_ns
    assert not path.with_name(path.name + ".bak").exists()


def test_file_corrupted_while_open_is_not_overwritten(tmp_path: Path) -> None:
    db = Database(tmp_path / "x.db.json")
    db.save_answer("p1", "q", "i", 1)
    db.path.write_bytes(b"{broken")
    with pytest.raises(StorageError, match="not valid JSON"):
        db.save_answer("p1", "q", "i", 2)
    assert db.path.read_bytes() == b"{broken"
    assert json.loads(db.backup_path.read_bytes())  # the last good state is still there


def test_permission_denied_on_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # We run as root, which bypasses file modes, so simulate the kernel refusing the open.
    content = _good_bytes(tmp_path)
    path = tmp_path / "good.db.json"
    real_open = builtins.open

    def refusing_open(file, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        if Path(file) == path:
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", refusing_open)
    with pytest.raises(StorageError, match="permission"):
        Database(path).answers("p1")
    monkeypatch.undo()
    assert path.read_bytes() == content


def test_permission_denied_on_write(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = Database(tmp_path / "x.db.json")
    db.save_answer("p1", "q", "i", 1)
    content = db.path.read_bytes()

    def refusing_replace(src, dst):  # noqa: ANN001, ANN202
        raise PermissionError(13, "Permission denied", str(dst))

    monkeypatch.setattr(os, "replace", refusing_replace)
    with pytest.raises(StorageError, match="cannot write.*permission"):
        db.save_answer("p1", "q", "i", 2)
    monkeypatch.undo()
    assert db.path.read_bytes() == content
    assert list(tmp_path.glob(".*tmp*")) == []
    assert db.answers("p1") == {"q": {"i": 1}}  # the failed change did not stick in memory


@pytest.mark.skipif(os.geteuid() == 0, reason="root bypasses file permissions")
def test_permission_denied_for_real(tmp_path: Path) -> None:  # pragma: no cover - non-root only
    db = Database(tmp_path / "x.db.json")
    db.path.chmod(0)
    with pytest.raises(StorageError, match="permission"):
        Database(db.path).answers("p1")


def test_migration_hook_runs_and_keeps_old_state_as_backup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.db.json"
    old = {"_meta": {"1": {"app": "rm-tui", "schema": 1}}, "answers_v1": {"1": {"x": 1}}}
    path.write_text(json.dumps(old))

    def rename_table(data: dict) -> dict:
        data["renamed"] = data.pop("answers_v1")
        return data

    monkeypatch.setattr(schema, "SCHEMA_VERSION", 2)
    monkeypatch.setitem(schema.MIGRATIONS, 1, rename_table)
    Database(path)
    stored = json.loads(path.read_text())
    assert stored["_meta"]["1"]["schema"] == 2 and stored["renamed"] == {"1": {"x": 1}}
    assert json.loads(path.with_name("old.db.json.bak").read_text()) == old


def test_missing_migration_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "old.db.json"
    path.write_text('{"_meta": {"1": {"app": "rm-tui", "schema": 1}}}')
    monkeypatch.setattr(schema, "SCHEMA_VERSION", 3)
    monkeypatch.setitem(schema.MIGRATIONS, 1, lambda d: d)
    with pytest.raises(StorageError, match="no migration from 2"):
        Database(path)
    assert path.read_text() == '{"_meta": {"1": {"app": "rm-tui", "schema": 1}}}'


def test_stale_temp_files_are_removed_at_open(tmp_path: Path) -> None:
    db = Database(tmp_path / "x.db.json")
    stale = tmp_path / ".x.db.json.tmp-deadbeef"
    stale.write_bytes(b'{"half": ')
    unrelated = tmp_path / "notes.tmp-keep"
    unrelated.write_text("mine")
    Database(db.path)
    assert not stale.exists() and unrelated.exists()


def test_a_lock_held_too_long_stops_writers_not_readers(tmp_path: Path) -> None:
    from rm_tui.core.errors import OperationError
    from rm_tui.storage.atomic import FileLock

    db = Database(tmp_path / "x.db.json", lock_timeout=0.2)
    db.save_answer("p1", "q", "i", 1)
    with FileLock(db.lock_path).hold(exclusive=True):  # another process's open file description
        with pytest.raises(OperationError, match="busy"):
            db.save_answer("p1", "q", "i", 2)
        # readers take no lock: they answer with the last committed state at once
        assert db.answers("p1") == {"q": {"i": 1}}
        assert Database(db.path, lock_timeout=0.2).answers("p1") == {"q": {"i": 1}}
    db.save_answer("p1", "q", "i", 3)
    assert db.answers("p1") == {"q": {"i": 3}}


def test_a_repeated_document_id_is_refused_not_silently_dropped(tmp_path: Path) -> None:
    db = Database(tmp_path / "x.db.json")
    db.save_answer("p1", "q", "i", 1)
    db.save_answer("p2", "q", "i", 2)
    lines = db.path.read_bytes().split(b"\n")
    k = next(n for n, line in enumerate(lines) if line.startswith(b'"2":{"participant_id"'))
    lines.insert(k, lines[k].replace(b'"p2"', b'"p9"') + b",")  # a hand edit or a sync conflict
    bad = tmp_path / "dup.db.json"
    bad.write_bytes(b"\n".join(lines))
    with pytest.raises(StorageError, match="the key '2' appears twice"):
        Database(bad)
    assert bad.read_bytes() == b"\n".join(lines)
