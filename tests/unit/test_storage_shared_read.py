"""`Database.all_answers(shared=True)`: the loaded documents handed over without copies, for
one-shot readers that close the database right after (status, explain, match)."""

from __future__ import annotations

from pathlib import Path

from rm_tui.storage import Database


def test_shared_answers_equal_the_copies_and_never_reach_the_file(tmp_path: Path) -> None:
    path = tmp_path / "db.json"
    with Database(path) as db:
        db.import_answers({"p1": {"q": {"a": 1, "b": ["x", "y"]}}, "p2": {"q": {"a": 2}}})
    with Database(path) as db:
        copied, shared = db.all_answers(), db.all_answers(shared=True)
    assert shared == copied
    shared["p1"]["q"]["a"] = 99  # the caller owns them once the database is closed
    shared["p2"]["q"].clear()
    with Database(path) as db:
        assert db.all_answers() == copied
