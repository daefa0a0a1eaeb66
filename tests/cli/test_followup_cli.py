"""`rm-tui followup`: the overview of every pair, the same counts everywhere, split outcomes."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.demo_cohort import demo_cohort
from tests.cli.helpers import rm_tui

FOLLOWUP = """\
checkins:
  - {mentor: p01, mentee: PARTNER, respondent: mentee, date: 2026-02-03, met: yes,
     useful: 2, openness: 4, explains_well: 3, progress: 2}
  - {mentor: p01, mentee: PARTNER, respondent: mentor, date: 2026-03-04, met: yes,
     useful: 1, openness: 3, explains_well: 3, progress: 2}
  - {mentor: p02, mentee: PARTNER2, respondent: mentor, date: 2026-03-04, met: yes,
     useful: 1, openness: 1, explains_well: 3, progress: 2}
  - {mentor: p02, mentee: PARTNER2, respondent: mentee, date: 2026-04-04, met: yes,
     useful: 1, openness: 2, explains_well: 3, progress: 2}
outcomes:
  - {mentor: p02, mentee: PARTNER2, quality_mentor: 4, quality_mentee: 3, goals: 4}
"""


def partner(pairs: list[dict], mentor: str) -> str:
    return next(p["mentee"] for p in pairs if p["mentor"] == mentor)


def test_overview_counts_split_outcomes_and_report_agree(tmp_path: Path) -> None:
    program, db = demo_cohort(tmp_path)
    first = json.loads(rm_tui("followup", program, "--json").stdout)
    assert first["counts"] == {"pairs": 13, "confirmed": 13, "active": 13, "attention": 0,
                               "ended": 0, "outcomes": 0, "checkins": 0}
    pairs = first["pairs"]
    text = FOLLOWUP.replace("PARTNER2", partner(pairs, "p02")).replace("PARTNER", partner(pairs, "p01"))
    (tmp_path / "f.yaml").write_text(text, encoding="utf-8")
    assert rm_tui("import", program, tmp_path / "f.yaml").returncode == 0
    preview = rm_tui("repair", program, "p03", "p18", "--allow-moves", "--dry-run", "--json")
    (moved,) = [(m["mentor"], m["mentee"]) for m in json.loads(preview.stdout)["moved"]]  # one other pair moves
    split = rm_tui("repair", program, "p03", "p18", "--allow-moves", "--lang", "en")
    assert split.returncode == 0, split.stderr
    assert "Also ended 1 working pair to re-match:" in split.stdout and f"({moved[0]})" in split.stdout
    out = rm_tui("followup", program, "--db", db, "--json")
    assert out.returncode == 0, out.stderr
    found = json.loads(out.stdout)
    assert found["counts"] == {"pairs": 15, "confirmed": 13, "active": 11, "attention": 1,
                               "ended": 3, "outcomes": 3, "checkins": 4}
    rows = {(r["mentor"], r["mentee"]): r for r in found["pairs"]}
    flagged = rows[("p01", partner(pairs, "p01"))]
    assert flagged["status"] == "attention" and flagged["mentor_name"] == "Camille Martin"
    assert "low ratings two check-ins in a row" in flagged["attention_reasons"][0]
    assert flagged["checkins"] == {"mentor": 1, "mentee": 1} and flagged["last_checkin"] == "2026-03-04"
    closed = rows[("p02", partner(pairs, "p02"))]  # low twice too, but it has an outcome
    assert closed["status"] == "ended" and closed["attention_reasons"] == []
    assert closed["outcome"]["quality_mentor"] == 4
    for key in (("p03", "p18"), moved):
        assert rows[key]["status"] == "ended" and rows[key]["outcome"]["reason"] == "no_fault"
        assert rows[key]["outcome"]["ended_early"] is True
    report = json.loads(rm_tui("report", program, "--json").stdout)
    assert any(n.startswith("3 of 15 pairs ever confirmed") and "1 with a quality rating" in n for n in report["notes"])
    table = rm_tui("followup", program, "--lang", "en").stdout
    assert table.splitlines()[0] == ("13 confirmed pairs (+2 split) · 11 active · 1 needing attention · "
                                     "3 ended · 3 with an outcome · 4 check-ins")
    assert "Camille Martin" in table and "ended (no_fault)" in table and "p01" not in table
    # The demo program is French first: without --lang the same overview speaks French.
    french = rm_tui("followup", program).stdout
    assert french.splitlines()[0] == ("13 binômes confirmés (+2 séparés) · 11 actifs · 1 à suivre · "
                                      "3 terminés · 3 avec un bilan · 4 points")
    assert "terminé (sans faute)" in french and "notes basses deux points de suite" in french
    assert "Mentoré" in french.splitlines()[3] and "ended" not in french


def test_without_a_database_the_message_is_plain(tmp_path: Path) -> None:
    out = rm_tui("followup", tmp_path / "prog.yaml")
    assert out.returncode == 2 and "no database here" in out.stderr and "Traceback" not in out.stderr
