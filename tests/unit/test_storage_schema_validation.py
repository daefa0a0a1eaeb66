"""A valid JSON database with wrong types is refused on load, naming where; never a traceback.
Values JSON cannot hold are refused before anything changes (no poisoned process)."""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from rm_tui.core.errors import InputError, StorageError
from rm_tui.core.participant import Participant
from rm_tui.storage import Database

Edit = Callable[[dict[str, Any]], None]


def _valid(path: Path) -> dict[str, Any]:
    with Database(path) as db:
        db.upsert_participants([Participant("p1", "Ann Bee", "mentor"),
                                Participant("p2", "Cy Dee", "mentee")])
        db.save_answer("p1", "q", "i", 3)
        db.save_plan({"pairs": [{"mentor": "p1", "mentee": "p2"}]}, "confirmed")
        db.add_constraint("lock", "p1", "p2")
        db.add_checkin({"mentor": "p1", "mentee": "p2", "met": "yes"})
    return json.loads(path.read_text(encoding="utf-8"))


def _set(table: str, doc: str, field: str, value: Any) -> Edit:
    def edit(data: dict[str, Any]) -> None:
        data[table][doc][field] = value
    return edit


def _drop(table: str, doc: str, field: str) -> Edit:
    def edit(data: dict[str, Any]) -> None:
        del data[table][doc][field]
    return edit


CASES: dict[str, tuple[Edit, str]] = {
    "participants as a list": (lambda d: d.update(participants=[{"id": "p1"}]),
                               "table 'participants': expected a mapping of documents, got list"),
    "record key abc": (lambda d: d["participants"].update(abc=d["participants"].pop("1")),
                       "table 'participants': document id 'abc' is not a positive whole number"),
    "record key 0": (lambda d: d["participants"].update({"0": d["participants"].pop("1")}),
                     "document id '0'"),
    "plan without kind": (_drop("plans", "1", "kind"),
                          "table 'plans', document 1: field 'kind' is missing"),
    "plan body a list": (_set("plans", "1", "plan", []), "field 'plan': expected a mapping"),
    "confirmed plan without version": (_drop("plans", "1", "version"), "needs a whole-number 'version'"),
    "role boss": (_set("participants", "1", "role", "boss"),
                  "field 'role': expected mentor or mentee, got 'boss'"),
    "id a number": (_set("participants", "1", "id", 42), "field 'id': expected a non-empty id, got 42"),
    "languages a string": (_set("participants", "2", "languages", "fr"), "field 'languages'"),
    "years as text": (_set("participants", "1", "years_in_company", "ten"), "field 'years_in_company'"),
    "excluded as text": (_set("participants", "1", "excluded", "no"), "field 'excluded'"),
    "answers a list": (_set("responses", "1", "answers", []), "table 'responses', document 1: field 'answers'"),
    "no participant_id": (_drop("responses", "1", "participant_id"), "field 'participant_id' is missing"),
    "submitted not text": (_set("responses", "1", "submitted", {"q": 5}), "field 'submitted'"),
    "audit entry a string": (lambda d: d["audit"].update({"1": "hello"}),
                             "table 'audit', document 1: expected a mapping, got str"),
    "constraint kind maybe": (lambda d: d.update(constraints={"1": {"kind": "maybe", "mentor": "p1",
                                                                    "mentee": "p2"}}),
                              "field 'kind': expected lock or forbid"),
    "decision action a number": (_set("decisions", "1", "action", 5), "table 'decisions', document 1"),
    "checkin mentor a list": (_set("checkins", "1", "mentor", ["p1"]), "table 'checkins'"),
    "meta erased_count text": (_set("_meta", "1", "erased_count", "x"), "field 'erased_count'"),
    "unknown table a list": (lambda d: d.update(later=[1]), "table 'later'"),
    "decision without action": (lambda d: d.update(decisions={"1": {"mentor": "p1"}}),
                                "table 'decisions', document 1: field 'action' is missing"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_wrong_types_are_refused_with_where(tmp_path: Path, case: str) -> None:
    path = tmp_path / "x.db.json"
    data = _valid(path)
    edit, expected = CASES[case]
    edit(data)
    raw = json.dumps(data).encode()
    path.write_bytes(raw)
    with pytest.raises(StorageError) as info:
        Database(path)
    assert expected in str(info.value) and str(path) in str(info.value)
    assert "not modified" in str(info.value)
    assert path.read_bytes() == raw


def test_a_valid_database_with_an_unknown_table_loads(tmp_path: Path) -> None:
    path = tmp_path / "x.db.json"
    data = _valid(path)
    data["later"] = {"1": {"anything": [1, 2]}}
    path.write_text(json.dumps(data), encoding="utf-8")
    assert Database(path).participant("p1") is not None


@pytest.mark.parametrize("bad", [{1, 2}, dt.date(2026, 1, 1), b"x", math.nan, -math.inf,
                                 {"k": [1, object()]}, {3: "int key"}])
def test_unencodable_values_are_refused_and_do_not_poison(tmp_path: Path, bad: Any) -> None:
    db = Database(tmp_path / "x.db.json")
    db.upsert_participant(Participant("p1", "Ann Bee", "mentor"))
    before = db.path.read_bytes()
    with pytest.raises(InputError, match="nothing was saved"):
        db.save_answer("p1", "q", "i", bad)
    for write in (lambda: db.save_plan({"pairs": [], "x": bad}), lambda: db.log("x", v=bad),
                  lambda: db.add_checkin({"mentor": "p1", "note": bad}),
                  lambda: db.import_answers({"p1": {"q": {"i": bad}}})):
        with pytest.raises(InputError):
            write()
    assert db.path.read_bytes() == before
    db.save_answer("p1", "q", "j", "fine")  # the next good save works
    assert db.answers("p1") == {"q": {"j": "fine"}}
    assert "NaN" not in db.path.read_text() and "Infinity" not in db.path.read_text()


def test_nan_years_in_a_participant_is_refused(tmp_path: Path) -> None:
    db = Database(tmp_path / "x.db.json")
    with pytest.raises(InputError, match="years_in_company"):
        db.upsert_participants([Participant("p1", "Ann Bee", "mentor", years_in_company=math.inf)])
    assert db.participants() == []


def test_a_new_database_and_its_backup_are_private(tmp_path: Path) -> None:
    import os
    old = os.umask(0o002)
    try:
        db = Database(tmp_path / "x.db.json")
        db.upsert_participant(Participant("p1", "Ann Bee", "mentor"))
        db.upsert_participant(Participant("p2", "Cy Dee", "mentee"))
    finally:
        os.umask(old)
    assert db.path.stat().st_mode & 0o777 == 0o600
    assert db.backup_path.stat().st_mode & 0o777 == 0o600
