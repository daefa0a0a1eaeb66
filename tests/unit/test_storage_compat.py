"""Databases written by earlier rm-tui versions still open, and rewriting them keeps their layout."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from rm_tui.storage import Database

# Written by the storage at commit 569d588, before the issue-3 speed-ups changed how it encodes
# and reads (the format itself did not change).
FIXTURE = Path(__file__).parents[1] / "fixtures" / "storage" / "written_at_569d588.db.json"


def _copy_fixture(tmp_path: Path) -> Path:
    path = tmp_path / "old.db.json"
    shutil.copyfile(FIXTURE, path)
    return path


def test_file_written_by_the_earlier_encoder_opens(tmp_path: Path) -> None:
    expected = json.loads(FIXTURE.read_text(encoding="utf-8"))
    db = Database(_copy_fixture(tmp_path))
    assert [p.name for p in db.participants()] == ["Zoé Lefèvre", "Bo Li"]
    assert db.answers("p01")["learner_profile"]["free"] == "Apprendre l'équipe \"data\"\nligne 2 ✓"
    assert db.answers("p02")["expectations"] == expected["responses"]["2"]["answers"]["expectations"]
    assert db.latest_confirmed()["plan"]["score"] == 64.625  # type: ignore[index]
    assert [c["mentee"] for c in db.constraints()] == ["erased-1"]
    assert db.checkins()[0]["note"] is None


def test_rewriting_an_old_file_keeps_data_and_unchanged_lines(tmp_path: Path) -> None:
    path = _copy_fixture(tmp_path)
    before = FIXTURE.read_bytes()
    db = Database(path)
    db.save_answer("p02", "expectations", "ratio", 0.25)
    db.close()
    after = path.read_bytes()
    data = json.loads(after)
    old = json.loads(before)
    old["responses"]["2"]["answers"]["expectations"]["ratio"] = 0.25
    old["responses"]["2"]["updated"] = data["responses"]["2"]["updated"]
    # what the file holds is now noted in _meta (so a backup is checked by its first line)
    assert data["_meta"]["1"].pop("counts") == {"participants": 2, "answers": 7, "confirmed": 1}
    assert data == old
    # one document per line; every line but the changed document's (and _meta's) is the same
    changed = [line for line in after.split(b"\n") if line not in before.split(b"\n")]
    assert len(changed) == 2 and changed[0].startswith(b'"1":{"app":"rm-tui"')
    assert changed[1].startswith(b'"2":{"participant_id":"p02"')
    assert Database(path).answers("p02")["expectations"]["ratio"] == 0.25
