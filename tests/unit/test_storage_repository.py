"""Repository behaviour of rm_tui.storage.Database (single process)."""

from __future__ import annotations

from pathlib import Path

import pytest

from rm_tui.core.errors import OperationError
from rm_tui.core.participant import Participant
from rm_tui.storage import Database


def person(pid: str, name: str, role: str = "mentor", **extra: object) -> Participant:
    return Participant(pid, name, role, **extra)  # type: ignore[arg-type]


@pytest.fixture
def db(tmp_path: Path) -> Database:
    return Database(tmp_path / "prog.db.json")


def test_new_database_is_created_with_schema_marker(tmp_path: Path) -> None:
    path = tmp_path / "new.db.json"
    Database(path)
    assert path.exists()
    assert '"app":"rm-tui"' in path.read_text()


def test_upsert_counts_added_updated_unchanged(db: Database) -> None:
    first = db.upsert_participants([person("p1", "Ann Lee"), person("p2", "Bo Li", "mentee")])
    assert first == {"added": 2, "updated": 0, "unchanged": 0}
    again = db.upsert_participants([person("p1", "Ann Lee-Smith"), person("p2", "Bo Li", "mentee")])
    assert again == {"added": 0, "updated": 1, "unchanged": 1}
    assert db.participant("p1").name == "Ann Lee-Smith"  # type: ignore[union-attr]
    assert [p.id for p in db.participants(role="mentee")] == ["p2"]
    assert db.participant("nobody") is None


def test_exclude_flag_and_audit(db: Database) -> None:
    db.upsert_participant(person("p1", "Ann Lee"))
    db.set_excluded("p1", True, actor="fac", reason="left the company")
    assert db.participant("p1").excluded  # type: ignore[union-attr]
    assert db.participants(include_excluded=False) == []
    entry = db.audit_log()[-1]
    assert (entry["action"], entry["actor"], entry["reason"]) == ("exclude", "fac", "left the company")
    with pytest.raises(OperationError):
        db.set_excluded("ghost", True)


def test_answers_saved_one_by_one_cleared_and_submitted(db: Database) -> None:
    db.save_answer("p1", "lp", "ce1", 4)
    db.save_answer("p1", "lp", "ce2", 2)
    db.save_answer("p1", "exp", "intentions", ["a", "b"])
    db.save_answer("p2", "lp", "ce1", 5)
    db.clear_answer("p1", "lp", "ce2")
    assert db.answers("p1") == {"lp": {"ce1": 4}, "exp": {"intentions": ["a", "b"]}}
    db.save_answer("p1", "exp", "intentions", None)  # None clears, as Intake's save expects
    assert db.answers("p1") == {"lp": {"ce1": 4}, "exp": {}}
    db.save_answer("p1", "exp", "intentions", ["a", "b"])
    assert db.all_answers()["p2"] == {"lp": {"ce1": 5}}
    assert db.submitted("p1") == {}
    db.mark_submitted("p1", "lp")
    assert set(db.submitted("p1")) == {"lp"}
    db.mark_submitted("p1", "lp", submitted=False)
    assert db.submitted("p1") == {}


def test_results_are_copies(db: Database) -> None:
    db.save_answer("p1", "exp", "intentions", ["a"])
    got = db.answers("p1")
    got["exp"]["intentions"].append("tampered")
    assert db.answers("p1") == {"exp": {"intentions": ["a"]}}


def test_plans_history_and_confirmed_versions(db: Database) -> None:
    d = db.save_plan({"pairs": [["m1", "e1"]]}, "draft")
    c1 = db.save_plan({"pairs": [["m1", "e1"]]}, "confirmed", actor="fac", note="ok")
    c2 = db.save_plan({"pairs": [["m1", "e2"]]}, "confirmed")
    assert len({d, c1, c2}) == 3
    assert [p["version"] for p in db.plans("confirmed")] == [1, 2]
    assert db.latest_confirmed()["id"] == c2  # type: ignore[index]
    assert db.latest_plan("draft")["plan"] == {"pairs": [["m1", "e1"]]}  # type: ignore[index]
    assert db.plan(c1)["note"] == "ok"  # type: ignore[index]
    assert db.plan(999) is None
    assert [e["action"] for e in db.audit_log()] == ["plan_draft", "plan_confirmed", "plan_confirmed"]
    with pytest.raises(ValueError):
        db.save_plan({}, "final")  # type: ignore[arg-type]


def test_constraints_checkins_outcomes(db: Database) -> None:
    lock = db.add_constraint("lock", "m1", "e1", actor="fac", reason="asked together")
    forbid = db.add_constraint("forbid", "m2", "e1", reason="same project")
    assert [c["kind"] for c in db.constraints()] == ["lock", "forbid"]
    db.remove_constraint(lock, actor="fac", reason="changed mind")
    assert [c["id"] for c in db.constraints()] == [forbid]
    with pytest.raises(OperationError):
        db.remove_constraint(lock)
    db.add_checkin({"pair": ["m1", "e1"], "met": True})
    db.add_outcome({"pair": ["m1", "e1"], "rating": 4})
    assert db.checkins()[0]["met"] is True and "at" in db.checkins()[0]
    assert db.outcomes()[0]["rating"] == 4


def test_second_instance_sees_writes_and_revision_changes(tmp_path: Path) -> None:
    a = Database(tmp_path / "x.db.json")
    b = Database(tmp_path / "x.db.json")
    a.save_answer("p1", "q", "i", 1)
    assert b.answers("p1") == {"q": {"i": 1}}  # b loads and keeps the parsed file
    before = b.revision()
    a.save_answer("p1", "q", "i", 2)
    assert b.revision() != before
    assert b.answers("p1") == {"q": {"i": 2}}  # ...but notices a's write
    cid_a = a.add_checkin({"who": "a"})
    cid_b = b.add_checkin({"who": "b"})
    assert cid_a != cid_b  # ids are chosen under the lock, not from a per-instance counter


def test_backup_holds_previous_state(tmp_path: Path) -> None:
    db = Database(tmp_path / "x.db.json")
    db.save_answer("p1", "q", "i", 1)
    previous = db.path.read_bytes()
    db.save_answer("p1", "q", "i", 2)
    assert db.backup_path.read_bytes() == previous


def test_file_permissions_are_kept(tmp_path: Path) -> None:
    db = Database(tmp_path / "x.db.json")
    db.path.chmod(0o640)
    db.save_answer("p1", "q", "i", 1)
    assert db.path.stat().st_mode & 0o777 == 0o640


def test_erase_removes_every_trace(tmp_path: Path) -> None:
    db = Database(tmp_path / "x.db.json")
    db.upsert_participants([
        person("p1", "Camille Martin", email="camille.martin@example.com"),
        person("p10", "Zoé Durand", "mentee", manager="p1"),
        person("p2", "Alice Camille", "mentee"),
    ])
    db.save_answer("p1", "exp", "free", "I am Camille Martin")
    db.save_answer("p10", "prefs", "picks", ["p1", "p2"])
    db.save_answer("p10", "exp", "free", "Camille M. was great; ask CAMILLE.MARTIN@example.com.")
    db.save_plan({"pairs": [{"mentor": "p1", "mentee": "p10", "why": "p1 and p10 share data"}],
                  "capacity": {"p1": 2}}, "confirmed")
    db.log("lock", actor="fac", reason="Camille Martin asked for p10")
    db.add_checkin({"pair": ["p1", "p10"], "note": "met camille martin"})

    marker = db.erase_participant("p1", actor="fac").marker

    assert marker == "erased-1"
    for path in (db.path, db.backup_path):
        raw = path.read_bytes().lower()
        for needle in (b"camille martin", b"camille.martin@example.com", b"camille m.", b'"p1"'):
            assert needle not in raw, (path.name, needle)
    assert db.participant("p1") is None
    assert "p1" not in db.all_answers()
    assert db.participant("p10").manager == marker  # type: ignore[union-attr]
    assert db.answers("p10")["prefs"]["picks"] == [marker, "p2"]  # p10 is not p1
    assert db.participant("p2").name == "Alice Camille"  # type: ignore[union-attr]
    plan = db.latest_confirmed()["plan"]  # type: ignore[index]
    assert plan["pairs"][0]["mentor"] == marker
    assert plan["pairs"][0]["why"] == f"{marker} and p10 share data"
    assert plan["capacity"] == {marker: 2}
    assert db.audit_log()[-1]["action"] == "erase_participant"
    assert list(tmp_path.glob(".*tmp*")) == []
    with pytest.raises(OperationError):
        db.erase_participant("p1")
    db.upsert_participant(person("p3", "Max Roe", email="max@example.com"))
    assert db.erase_participant("p3").marker == "erased-2"


def test_roster_reimport_keeps_facilitator_flags(db: Database) -> None:
    db.upsert_participant(person("p1", "Ann Lee"))
    db.set_excluded("p1", True, actor="fac", reason="on leave")
    counts = db.upsert_participants([person("p1", "Ann Lee-Smith")], keep_flags=True)
    assert counts["updated"] == 1
    stored = db.participant("p1")
    assert stored is not None and stored.excluded and stored.name == "Ann Lee-Smith"
    assert db.upsert_participants([person("p1", "Ann Lee-Smith")], keep_flags=True)["unchanged"] == 1


def test_import_answers_merges_and_counts(db: Database) -> None:
    db.save_answer("p1", "lp", "ce1", 4)
    first = db.import_answers({"p1": {"lp": {"ce2": 2}}, "p2": {"lp": {"ce1": 1}}})
    assert first == {"added": 1, "updated": 1, "unchanged": 0}
    assert db.answers("p1") == {"lp": {"ce1": 4, "ce2": 2}}
    again = db.import_answers({"p1": {"lp": {"ce2": 2}}, "p2": {"lp": {"ce1": 1}}})
    assert again == {"added": 0, "updated": 0, "unchanged": 2}
