"""`rm-tui repair` on the demo cohort: others untouched, no repeat pair, a new confirmed version."""

from __future__ import annotations

import json
from pathlib import Path

from rm_tui.storage import Database
from tests.cli.demo_cohort import demo_cohort
from tests.cli.helpers import rm_tui


def pairs_of(record: dict) -> set[tuple[str, str]]:
    return {(p["mentor"], p["mentee"]) for p in record["plan"]["pairs"]}


def test_repair_splits_rematches_and_stores_a_new_version(tmp_path: Path) -> None:
    program, db_path = demo_cohort(tmp_path)
    with Database(db_path) as db:
        before = db.latest_confirmed()
    first = sorted(pairs_of(before))[0]
    out = rm_tui("repair", program, *first, "--reason", "availability", "--json")
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert result["version"] == 2 and result["split"]["reason"] == "availability"
    with Database(db_path) as db:
        after = db.latest_confirmed()
        outcome = db.outcomes()[-1]
    assert after["version"] == 2
    assert first not in pairs_of(after)
    assert pairs_of(before) - {first} <= pairs_of(after)  # every other pair kept
    added = pairs_of(after) - pairs_of(before)
    assert {(p["mentor"], p["mentee"]) for p in result["added"]} == added
    assert all(first[0] in pair or first[1] in pair or pair[0] in before["plan"]["unmatched"]["mentors"]
               or pair[1] in before["plan"]["unmatched"]["mentees"] for pair in added)
    assert after["plan"]["repair"]["reason"] == "availability"
    assert all("criteria" in p for p in after["plan"]["pairs"]) and after["plan"]["questionnaire_versions"]
    assert any(o["source"] == "repair" and (o["mentor"], o["mentee"]) == first for o in after["plan"]["overrides"])
    assert (outcome["mentor"], outcome["mentee"], outcome["ended_early"], outcome["reason"]) == (
        *first, True, "availability")


def test_a_second_split_never_brings_back_a_past_pair(tmp_path: Path) -> None:
    program, db_path = demo_cohort(tmp_path)
    history: set[tuple[str, str]] = set()
    for _ in range(3):
        with Database(db_path) as db:
            current = pairs_of(db.latest_confirmed())
        history |= current
        target = sorted(current)[0]
        out = rm_tui("repair", program, *target, "--json")
        assert out.returncode == 0, out.stderr
        with Database(db_path) as db:
            new = pairs_of(db.latest_confirmed())
        assert not (new - current) & history  # nothing new was ever a pair before
        assert target not in new


def test_dry_run_shows_the_change_and_stores_nothing(tmp_path: Path) -> None:
    program, db_path = demo_cohort(tmp_path)
    with Database(db_path) as db:
        first = sorted(pairs_of(db.latest_confirmed()))[0]
    out = rm_tui("repair", program, *first, "--dry-run", "--lang", "en")
    assert out.returncode == 0, out.stderr
    assert "Split" in out.stdout and "  - " in out.stdout and "Dry run" in out.stdout
    assert "other pairs unchanged" in out.stdout
    # The demo program is French first: by default the text speaks French.
    french = rm_tui("repair", program, *first, "--dry-run").stdout
    assert french.startswith("Séparation de ") and "Simulation : rien n'est enregistré." in french
    assert "autres binômes inchangés" in french
    with Database(db_path) as db:
        assert len(db.plans("confirmed")) == 1 and db.outcomes() == []


def test_refusals(tmp_path: Path) -> None:
    program, db_path = demo_cohort(tmp_path)
    with Database(db_path) as db:
        (m, e) = sorted(pairs_of(db.latest_confirmed()))[0]
    other = rm_tui("repair", program, m, "p99", "--lang", "en")
    assert other.returncode == 1 and "not a confirmed pair" in other.stderr
    bad = rm_tui("repair", program, m, e, "--reason", "blame")
    assert bad.returncode == 2 and "invalid choice" in bad.stderr
    missing = rm_tui("repair", program, m, e, "--db", tmp_path / "none.json", "--lang", "en")
    assert missing.returncode == 2 and "no database" in missing.stderr


def test_the_repaired_version_exports_like_any_other(tmp_path: Path) -> None:
    import yaml

    program, db_path = demo_cohort(tmp_path)
    with Database(db_path) as db:
        first = sorted(pairs_of(db.latest_confirmed()))[0]
    assert rm_tui("repair", program, *first, "--reason", "mismatch").returncode == 0
    out = rm_tui("export", program, "-o", tmp_path / "pairs.yaml")
    assert out.returncode == 0, out.stderr
    doc = yaml.safe_load((tmp_path / "pairs.yaml").read_text(encoding="utf-8"))
    assert doc["format"] == "rm-tui/pairs@1" and doc["plan_version"] == 2
    exported = {(p["mentor"]["id"], p["mentee"]["id"]) for p in doc["pairs"]}
    assert first not in exported
    assert any(o["action"] == "never_again" and (o["mentor"], o["mentee"]) == first
               for o in doc["overrides"])
