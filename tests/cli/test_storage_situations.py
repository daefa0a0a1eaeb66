"""The three ordinary situations that used to lose or split data, as an operator meets them
(CLI subprocesses): a missing database next to its backup, numeric participant ids, a
symlinked --db; and `status` answering while a writer holds the lock."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from rm_tui.core.participant import Participant
from rm_tui.storage import Database
from rm_tui.storage.atomic import FileLock

ROOT = Path(__file__).resolve().parents[2]
PROGRAM = ROOT / "sample_programs" / "kickoff_demo.yaml"
RESPONSES = ROOT / "sample_programs" / "kickoff_demo.responses.yaml"
NUMERIC_IDS = ("1", "3", "1042", "0", "01", "-1")


def rm_tui(*args: object) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "rm_tui", *map(str, args)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def ok(*args: object) -> subprocess.CompletedProcess[str]:
    out = rm_tui(*args)
    assert out.returncode == 0, (args, out.stderr)
    assert "Traceback" not in out.stderr
    return out


def status(db: Path) -> dict:
    return json.loads(ok("status", PROGRAM, "--db", db, "--json").stdout)


def test_missing_database_is_refused_then_restored(tmp_path: Path) -> None:
    db = tmp_path / "kickoff.db.json"
    ok("import", PROGRAM, RESPONSES, "--db", db)
    ok("match", PROGRAM, "--db", db, "--confirm")
    ok("import", PROGRAM, RESPONSES, "--db", db)  # one more write: .bak is the state before it
    before = status(db)
    bak = db.with_name(db.name + ".bak")
    db.unlink()  # deleted by mistake, moved by a sync tool...
    backup = bak.read_bytes()
    for args in (("status", PROGRAM), ("import", PROGRAM, RESPONSES), ("match", PROGRAM),
                 ("erase", PROGRAM, "p01"), ("export", PROGRAM, "--output", tmp_path / "o.yaml")):
        out = rm_tui(*args, "--db", db)
        assert out.returncode == 1, (args, out.stderr)
        assert "Traceback" not in out.stderr
        assert f"rm-tui restore {PROGRAM} --db {db} --from {bak}" in out.stderr
        assert not db.exists() and bak.read_bytes() == backup  # nothing recreated, backup intact
    out = ok("restore", PROGRAM, "--db", db, "--lang", "en")
    assert f"restored {db} from {bak.name}" in out.stdout
    assert status(db) == before
    assert oct(db.stat().st_mode & 0o777) == "0o600"
    with Database(db) as restored:
        assert restored.latest_confirmed() is not None
        entry = restored.audit_log()[-1]
    assert entry["action"] == "restore" and entry["details"]["source"] == bak.name
    # a usable database is not replaced without --force; a broken one is kept aside
    assert rm_tui("restore", PROGRAM, "--db", db).returncode == 1
    db.write_bytes(b'{"_meta": {"1": {"app": "rm-tui"')
    out = ok("restore", PROGRAM, "--db", db, "--lang", "en")
    kept = list(tmp_path.glob("kickoff.db.json.broken-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == b'{"_meta": {"1": {"app": "rm-tui"'
    assert status(db) == before


def test_left_over_temp_file_is_a_trace_too(tmp_path: Path) -> None:
    db = tmp_path / "kickoff.db.json"
    ok("import", PROGRAM, RESPONSES, "--db", db)
    before = status(db)
    temp = tmp_path / ".kickoff.db.json.tmp-0a1b2c3d4e5f"
    os.link(db, temp)  # what a writer killed between its write and its rename leaves
    for leftover in (db, db.with_name(db.name + ".bak"), *tmp_path.glob("kickoff.db.json.bak.*")):
        leftover.unlink()
    out = rm_tui("status", PROGRAM, "--db", db)
    assert out.returncode == 1 and f"--from {temp}" in out.stderr
    ok("restore", PROGRAM, "--db", db, "--from", temp)
    assert status(db) == before


def test_numeric_ids_are_erased_without_breaking_the_database(tmp_path: Path) -> None:
    db = tmp_path / "kickoff.db.json"
    roster = tmp_path / "staff.csv"
    roster.write_text("id,name,email,role\n1,Ana Uno,ana@x.org,mentor\n3,Ben Tres,ben@x.org,mentee\n"
                      "1042,Cy Mil,cy@x.org,mentor\n0,Dee Zero,dee@x.org,mentee\n"
                      "01,Eve Cero,eve@x.org,mentor\n")
    ok("import", PROGRAM, roster, "--db", db)
    with Database(db) as store:  # an id the roster rules refuse, but a kiosk could store
        store.upsert_participant(Participant("-1", "Fay Neg", "mentee", email="fay@x.org"))
    ok("import", PROGRAM, RESPONSES, "--db", db)
    answers = tmp_path / "a.csv"
    answers.write_text("id,expectations.hopes,expectations.would_like\n"
                       "1,Ana here: 3 kids,3\n3,Rated 1 of 5 by Cy Mil,1042\n0,zero,01\n")
    ok("import", PROGRAM, answers, "--db", db)
    ok("match", PROGRAM, "--db", db, "--confirm")
    docs = json.loads(db.read_text())
    assert {"1", "3"} <= set(docs["participants"]) and len(docs["responses"]) > 6
    for n, pid in enumerate(NUMERIC_IDS, start=1):
        out = ok("erase", PROGRAM, pid, "--db", db)
        assert f"erased-{n}" in out.stdout
        status(db)  # every command still works after each erasure
    for args in (("match", PROGRAM), ("export", PROGRAM, "--output", tmp_path / "out.yaml"),
                 ("import", PROGRAM, RESPONSES), ("scores", PROGRAM)):
        out = rm_tui(*args, "--db", db)
        assert "Traceback" not in out.stderr and out.returncode in (0, 1), (args, out.stderr)
    for path in (db, db.with_name(db.name + ".bak")):
        data = json.loads(path.read_text())
        text = path.read_text().lower()
        for name in ("ana uno", "ben tres", "cy mil", "dee zero", "eve cero", "fay neg", "@x.org"):
            assert name not in text, (path.name, name)
        assert data["participants"] == {} or not set(
            p["id"] for p in data["participants"].values()) & set(NUMERIC_IDS)
        found = [where for doc_id, doc in _docs(data) for where in _id_values(doc, doc_id)]
        assert found == [], found
        assert all(key.isdigit() for table in data.values() for key in table)


def _docs(data: dict) -> list[tuple[str, object]]:
    return [(doc_id, doc) for table in data.values() for doc_id, doc in table.items()]


def _id_values(value: object, where: str) -> list[str]:
    """Where a value (never a document key: those are the storage's) is one of the ids."""
    if isinstance(value, str):
        return [where] if value in NUMERIC_IDS else []
    if isinstance(value, dict):
        return [w for k, v in value.items() for w in _id_values(v, f"{where}/{k}")]
    if isinstance(value, list):
        return [w for k, v in enumerate(value) for w in _id_values(v, f"{where}/{k}")]
    return []


def test_symlinked_database_writes_through(tmp_path: Path) -> None:
    shared, kiosk = tmp_path / "shared", tmp_path / "kiosk"
    shared.mkdir()
    kiosk.mkdir()
    real = shared / "kickoff.db.json"
    link = kiosk / "kickoff.db.json"
    link.symlink_to(real)
    ok("import", PROGRAM, RESPONSES, "--db", link)
    answers = tmp_path / "a.csv"
    answers.write_text("id,expectations.hopes\np07,Through the link\n")
    ok("import", PROGRAM, answers, "--db", link)
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert "Through the link" in real.read_text()
    assert sorted(p.name for p in kiosk.iterdir()) == ["kickoff.db.json"]
    assert (shared / "kickoff.db.json.lock").exists()
    assert status(link) == status(real)


def test_status_answers_while_a_writer_holds_the_lock(tmp_path: Path) -> None:
    db = tmp_path / "kickoff.db.json"
    ok("import", PROGRAM, RESPONSES, "--db", db)
    before = status(db)
    with FileLock(db.with_name(db.name + ".lock")).hold(exclusive=True):  # a stopped writer
        assert status(db) == before
