"""`rm-tui import PROGRAM FILE` with check-ins and outcomes (YAML and CSV)."""

from __future__ import annotations

import json
from pathlib import Path

from rm_tui.storage import Database
from tests.cli.demo_cohort import demo_cohort
from tests.cli.helpers import rm_tui


def confirmed(db_path: Path) -> list[tuple[str, str]]:
    with Database(db_path) as db:
        return sorted((p["mentor"], p["mentee"]) for p in db.latest_confirmed()["plan"]["pairs"])


def test_checkins_yaml_then_outcomes_csv_then_report(tmp_path: Path) -> None:
    program, db_path = demo_cohort(tmp_path)
    pairs = confirmed(db_path)
    lines = ["checkins:"]
    for m, e in pairs:
        for who, month in (("mentor", "01"), ("mentee", "02")):
            lines.append(f"  - {{mentor: {m}, mentee: {e}, respondent: {who}, date: 2026-{month}-10, "
                         f"met: yes, useful: 4, openness: 4, explains_well: 3, progress: 4}}")
    yaml_file = tmp_path / "checkins.yaml"
    yaml_file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = rm_tui("import", program, yaml_file, "--lang", "en")
    assert out.returncode == 0, out.stderr
    assert f"{2 * len(pairs)} check-ins added" in out.stdout
    again = rm_tui("import", program, yaml_file, "--lang", "en")
    assert again.returncode == 0 and "0 check-ins added" in again.stdout and "already there" in again.stdout

    rows = ["mentor;mentee;quality_mentor;quality_mentee;goals;would_pair_again;ended_early;reason"]
    rows += [f"{m};{e};{1 + i % 5};{1 + (i * 3) % 5};3;oui;non;" for i, (m, e) in enumerate(pairs)]
    csv_file = tmp_path / "outcomes.csv"
    csv_file.write_bytes(("\ufeff" + "\n".join(rows) + "\n").encode("utf-8"))
    out = rm_tui("import", program, csv_file, "--lang", "en")
    assert out.returncode == 0, out.stderr
    assert f"{len(pairs)} outcomes added" in out.stdout
    with Database(db_path) as db:
        assert len(db.checkins()) == 2 * len(pairs) and len(db.outcomes()) == len(pairs)
    report = json.loads(rm_tui("report", program, "--json").stdout)
    assert report["n_pairs"] == len(pairs)


def test_invalid_entries_are_located_and_nothing_is_written(tmp_path: Path) -> None:
    program, db_path = demo_cohort(tmp_path)
    (m, e), (m2, _e2) = confirmed(db_path)[:2]
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "checkins:\n"
        f"  - {{mentor: {m}, mentee: {e}, respondent: mentor, date: 2026-01-10, met: yes,\n"
        "     useful: 9, openness: 4, explains_well: 3, progress: 4}\n"
        f"  - {{mentor: {m2}, mentee: {e}, respondent: mentee, date: 2026-01-10, met: no}}\n",
        encoding="utf-8",
    )
    out = rm_tui("import", program, bad, "--lang", "en")
    assert out.returncode == 2 and "Traceback" not in out.stderr
    assert f"{bad}:3:" in out.stderr and "'useful' must be a whole number from 1 to 5" in out.stderr
    assert f"{m2} and {e} were never a confirmed pair" in out.stderr
    with Database(db_path) as db:
        assert db.checkins() == []


def test_a_roster_csv_still_imports_as_a_roster(tmp_path: Path) -> None:
    program, db_path = demo_cohort(tmp_path)
    roster = tmp_path / "extra.csv"
    roster.write_text("id;name;role\np90;Zoé Extra;mentor\n", encoding="utf-8")
    out = rm_tui("import", program, roster, "--lang", "en")
    assert out.returncode == 0, out.stderr
    assert "(roster)" in out.stdout
