"""Only documents a TinyDB operation touched are re-encoded: every kind of change still reaches the file."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from tinydb import Query

from rm_tui.storage import Database

Q = Query()

OPERATIONS: dict[str, Callable[[Any], Any]] = {
    "update by id (callable)": lambda t: t.update(lambda d: d["v"].append(1), doc_ids=[2]),
    "update by id (fields)": lambda t: t.update({"v": ["x"]}, doc_ids=[3]),
    "update by ids, one missing": lambda t: t.update({"n": 6}, doc_ids=[9, 1]),
    "update by id and query": lambda t: t.update({"n": 6}, Q.n == 2, doc_ids=[1, 2]),
    "update by query": lambda t: t.update({"n": 0}, Q.n == 2),
    "update_multiple": lambda t: t.update_multiple([({"n": 9}, Q.n == 1), ({"n": 8}, Q.n == 3)]),
    "upsert existing": lambda t: t.upsert({"n": 2, "v": ["up"]}, Q.n == 2),
    "upsert new": lambda t: t.upsert({"n": 7, "v": []}, Q.n == 7),
    "insert": lambda t: t.insert({"n": 5, "v": []}),
    "remove by id": lambda t: t.remove(doc_ids=[1]),
    "remove by query": lambda t: t.remove(Q.n == 3),
    "truncate": lambda t: t.truncate(),
}


@pytest.mark.parametrize("name", list(OPERATIONS))
def test_every_table_operation_reaches_the_file(tmp_path: Path, name: str) -> None:
    path = tmp_path / "t.db.json"
    db = Database(path)
    store = db._store
    with store.transaction(write=True):
        store.table("t").insert_multiple({"n": n, "v": [n]} for n in range(1, 4))
    db.add_checkin({"k": 1})  # another write in between, so the lines are reused
    with store.transaction(write=True):
        OPERATIONS[name](store.table("t"))
        expected = json.loads(json.dumps(store.read()))
    assert json.loads(path.read_bytes()) == expected
    with Database(path)._store.transaction(write=False) as txn:  # a fresh reader agrees
        assert txn.data == expected


def test_changes_made_directly_to_the_data_are_written_after_mark_dirty(tmp_path: Path) -> None:
    path = tmp_path / "t.db.json"
    db = Database(path)
    db.add_checkin({"k": 1})
    with db._store.transaction(write=True) as txn:
        txn.data["checkins"]["1"]["k"] = 2
        db._store.mark_dirty()
    assert json.loads(path.read_bytes())["checkins"]["1"]["k"] == 2


def test_autosaves_alternating_between_two_instances_keep_every_answer(tmp_path: Path) -> None:
    path = tmp_path / "t.db.json"
    a, b = Database(path), Database(path)
    for i in range(6):
        (a, b)[i % 2].save_answer(f"p{i % 3}", "q", f"i{i}", i)
    expected = {f"p{k}": {"q": {f"i{i}": i for i in range(6) if i % 3 == k}} for k in range(3)}
    assert Database(path).all_answers() == expected
    assert a.all_answers() == expected and b.all_answers() == expected


def test_update_by_id_returns_the_ids_it_updated_like_tinydb(tmp_path: Path) -> None:
    db = Database(tmp_path / "t.db.json")
    with db._store.transaction(write=True):
        table = db._store.table("t")
        table.insert_multiple([{"n": 1}, {"n": 2}])
        assert table.update({"n": 5}, doc_ids=[2, 7]) == [2]
        assert db._store.table("empty").update({"n": 5}, doc_ids=[1]) == []
        assert [d["n"] for d in table.all()] == [1, 5]


def test_a_table_update_in_a_read_transaction_is_refused_and_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "t.db.json"
    db = Database(path)
    db.add_checkin({"k": 1})
    before = path.read_bytes()
    with pytest.raises(RuntimeError), db._store.transaction(write=False):
        db._store.table("checkins").update({"k": 2}, doc_ids=[1])
    assert db.checkins()[0]["k"] == 1  # the cached copy was dropped, not kept half-changed
    assert path.read_bytes() == before
