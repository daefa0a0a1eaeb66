"""Check-in and outcome files (YAML and CSV): parsing, located errors, storing without duplicates."""

from __future__ import annotations

from pathlib import Path

import pytest

from rm_tui.core.errors import InputError, OperationError
from rm_tui.services.confirmed_cohort import cohort_report
from rm_tui.services.followup_io import import_followup_file, is_followup_file, load_followup
from rm_tui.storage import Database

PAIRS = {("m1", "e1"), ("m2", "e2")}

YAML = """\
checkins:
  - {mentor: m1, mentee: e1, respondent: mentor, date: 2026-01-10, met: yes,
     useful: 4, openness: 5, explains_well: 4, progress: 3, comment: "fine"}
  - {mentor: m1, mentee: e1, respondent: mentee, date: 2026-01-11, met: cancelled}
outcomes:
  - {mentor: m2, mentee: e2, quality_mentor: 2, quality_mentee: 3, goals: 2,
     would_pair_again: false, ended_early: true, reason: availability}
"""

CHECKIN_CSV = (
    "Mentor;Mentee;Respondent;Date;Met;Useful;Openness;Explains well;Progress;Comment\n"
    "m1;e1;mentor;2026-02-10;yes;2;3;4;2;trop peu de temps\n"
    "m2;e2;mentee;2026-02-12;no;;;;;\n"
)
OUTCOME_CSV = (
    "mentor,mentee,quality_mentor,quality_mentee,goals,would_pair_again,ended_early,reason\n"
    "m1,e1,4,5,4,yes,no,\n"
)


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_yaml_with_both_sections(tmp_path: Path) -> None:
    f = load_followup(write(tmp_path, "f.yaml", YAML), PAIRS)
    assert [c.met for c in f.checkins] == ["yes", "cancelled"]
    (o,) = f.outcomes
    assert o.ended_early and o.reason == "availability" and o.quality == 2.5


def test_csv_checkins_with_semicolons_bom_and_french_excel(tmp_path: Path) -> None:
    path = write(tmp_path, "c.csv", "\ufeff" + CHECKIN_CSV)
    f = load_followup(path, PAIRS)
    assert [(c.mentor, c.useful, c.explains_well) for c in f.checkins] == [("m1", 2, 4), ("m2", None, None)]
    assert f.checkins[0].comment == "trop peu de temps"
    latin = load_followup(write(tmp_path, "l.csv", CHECKIN_CSV.replace("trop peu", "déjà peu"), "latin-1"), PAIRS)
    assert latin.checkins[0].comment == "déjà peu de temps"


def test_csv_outcomes(tmp_path: Path) -> None:
    (o,) = load_followup(write(tmp_path, "o.csv", OUTCOME_CSV), PAIRS).outcomes
    assert o.would_pair_again is True and o.ended_early is False and o.reason is None


def test_yaml_problems_are_located_and_all_reported(tmp_path: Path) -> None:
    bad = YAML.replace("useful: 4", "useful: 7").replace("mentee: e2, quality", "mentee: e9, quality")
    bad += "  - {mentor: m1, mentee: e1, quality_mentor: 3, colour: red}\n"
    with pytest.raises(InputError) as caught:
        load_followup(write(tmp_path, "f.yaml", bad), PAIRS)
    messages = [str(p) for p in caught.value.problems]
    assert len(messages) == 3
    assert any(":3:" in m and "'useful' must be a whole number from 1 to 5" in m for m in messages)
    assert any("m2 and e9 were never a confirmed pair" in m for m in messages)
    assert any("unknown key 'colour'" in m for m in messages)


def test_csv_problems_name_line_and_column(tmp_path: Path) -> None:
    bad = CHECKIN_CSV.replace("yes;2;3", "yes;2;9")
    with pytest.raises(InputError) as caught:
        load_followup(write(tmp_path, "c.csv", bad), PAIRS)
    (problem,) = caught.value.problems
    assert (problem.line, problem.col) == (2, 7) and "openness" in problem.message


def test_unrecognised_csv_is_refused_with_a_hint(tmp_path: Path) -> None:
    path = write(tmp_path, "r.csv", "id,name,role\np1,Ann,mentor\n")
    assert not is_followup_file(path)
    with pytest.raises(InputError, match="respondent"):
        load_followup(path, PAIRS)


def test_dispatch_recognises_followup_files_only(tmp_path: Path) -> None:
    assert is_followup_file(write(tmp_path, "f.yaml", YAML))
    assert is_followup_file(write(tmp_path, "c.csv", CHECKIN_CSV))
    assert not is_followup_file(write(tmp_path, "r.yaml", "responses: {p1: {}}\n"))


def _db(tmp_path: Path, confirmed: bool = True) -> Database:
    db = Database(tmp_path / "db.json")
    if confirmed:
        db.save_plan({"pairs": [{"mentor": m, "mentee": e, "criteria": {"x": 1}} for m, e in sorted(PAIRS)]},
                     "confirmed")
    return db


def test_import_twice_adds_nothing_the_second_time(tmp_path: Path) -> None:
    db = _db(tmp_path)
    path = write(tmp_path, "f.yaml", YAML)
    first = import_followup_file(db, path)
    second = import_followup_file(db, path)
    assert first == {"checkins_added": 2, "checkins_unchanged": 0, "outcomes_added": 1, "outcomes_unchanged": 0}
    assert second == {"checkins_added": 0, "checkins_unchanged": 2, "outcomes_added": 0, "outcomes_unchanged": 1}
    assert len(db.checkins()) == 2 and db.checkins()[0]["source"] == "f.yaml"


def test_a_corrected_checkin_supersedes_the_old_one_in_the_analysis(tmp_path: Path) -> None:
    db = _db(tmp_path)
    import_followup_file(db, write(tmp_path, "f.yaml", YAML))
    import_followup_file(db, write(tmp_path, "g.yaml", YAML.replace("explains_well: 4", "explains_well: 1")))
    assert len(db.checkins()) == 3
    db.close()
    report = cohort_report([tmp_path / "db.json"], permutations=50)
    assert report.n_pairs == 1


def test_import_needs_a_confirmed_plan(tmp_path: Path) -> None:
    with pytest.raises(OperationError, match="confirm a plan"):
        import_followup_file(_db(tmp_path, confirmed=False), write(tmp_path, "f.yaml", YAML))


def test_a_whole_file_is_stored_in_one_durable_write(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """2,000 records used to cost 2,000 fsynced writes (68 s); now one transaction."""
    import rm_tui.storage.backend as backend

    db_path = tmp_path / "db.json"
    with Database(db_path) as db:
        db.save_plan({"pairs": [{"mentor": m, "mentee": e} for m, e in sorted(PAIRS)]}, "confirmed")
    rows = "".join(f"m1;e1;{('mentor', 'mentee')[i % 2]};2026-{1 + i // 28:02d}-{1 + i % 28:02d};yes;3;3;3;3;\n"
                   for i in range(300))
    source = write(tmp_path, "many.csv", CHECKIN_CSV.splitlines(keepends=True)[0] + rows)
    writes = []  # one committed (durable) write per transaction
    real = backend.AtomicJSONStorage._commit
    monkeypatch.setattr(backend.AtomicJSONStorage, "_commit",
                        lambda self, txn: (writes.append(txn), real(self, txn)))
    with Database(db_path) as db:
        counts = import_followup_file(db, source)
        assert counts["checkins_added"] == 300 and len(db.checkins()) == 300
        assert db.audit_log()[-1]["action"] == "import_followup"
    assert len(writes) == 1
