"""`rm-tui scores` and `rm-tui explain` on the demo cohort (subprocess)."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from tests.cli.conftest import DEMO, cli_json, run_cli


def test_scores_shape_and_roles(scores: dict) -> None:
    assert set(scores) >= {"mentors", "mentees", "capacity", "scores", "forbidden"}
    assert scores["mentors"][0] == "p01" and len(scores["mentors"]) == 12
    assert scores["mentees"][0] == "p13" and len(scores["mentees"]) == 14
    assert scores["capacity"]["p03"] == 2 and scores["capacity"]["p01"] == 1
    assert len(scores["scores"]) == 12 and all(len(row) == 14 for row in scores["scores"])


def test_scores_are_null_exactly_where_forbidden(scores: dict) -> None:
    nulls = {
        (m, e)
        for m, row in zip(scores["mentors"], scores["scores"], strict=True)
        for e, s in zip(scores["mentees"], row, strict=True)
        if s is None
    }
    forbidden = {(f["mentor"], f["mentee"]): f["reasons"] for f in scores["forbidden"]}
    assert nulls == set(forbidden) and nulls
    assert all(forbidden.values())  # every forbidden pair says why
    assert any("manager" in r for r in forbidden[("p05", "p18")])
    assert all(0 <= s <= 100 for row in scores["scores"] for s in row if s is not None)


def test_scores_table_and_french_reasons(module_db: Path) -> None:
    out = run_cli("scores", DEMO, "--db", module_db, "--lang", "fr")
    assert out.returncode == 0, out.stderr
    assert "p01" in out.stdout and "--" in out.stdout
    assert "responsable" in out.stdout  # p05:p18, reason in French


def test_scores_honour_a_stored_forbid(fresh_db: Path) -> None:
    from rm_tui.storage import Database

    with Database(fresh_db) as db:
        db.add_constraint("forbid", "p01", "p13", reason="already mentor and mentee")
    data = cli_json("scores", DEMO, "--db", fresh_db)
    row = data["scores"][data["mentors"].index("p01")]
    assert row[data["mentees"].index("p13")] is None
    reasons = {(f["mentor"], f["mentee"]): f["reasons"] for f in data["forbidden"]}
    assert any("already mentor and mentee" in r for r in reasons[("p01", "p13")])


def test_scores_without_a_database_warns_and_creates_nothing(tmp_path: Path) -> None:
    db = tmp_path / "none.db.json"
    out = run_cli("scores", DEMO, "--db", db, "--json")
    assert out.returncode == 0 and "no database" in out.stderr
    assert not db.exists()


def test_explain_criteria_weighted_mean_equals_score(module_db: Path, plan: dict) -> None:
    pair = plan["pairs"][0]
    r = cli_json("explain", DEMO, pair["mentor"], pair["mentee"], "--db", module_db,
                "--include-unfinished")
    assert r["mentor"] == pair["mentor"] and r["allowed"] and r["forbidden_reasons"] == []
    assert r["paired"] and math.isclose(r["score"], pair["score"])
    used = [c for c in r["criteria"] if c["score"] is not None]
    mean = 100 * sum(c["weight"] * c["score"] for c in used) / sum(c["weight"] for c in used)
    assert math.isclose(mean, r["score"])
    assert all(set(c) >= {"name", "weight", "score", "reason"} for c in r["criteria"])


def test_explain_a_forbidden_pair(module_db: Path) -> None:
    r = cli_json("explain", DEMO, "p05", "p18", "--db", module_db)
    assert r["allowed"] is False and any("manager" in x for x in r["forbidden_reasons"])
    assert not r["paired"] and r["score"] > 0


def test_explain_alternatives_match_a_locked_rerun(module_db: Path, plan: dict) -> None:
    mentor = "p06"
    r = cli_json("explain", DEMO, mentor, "p25", "--db", module_db, "--include-unfinished")
    alts = [a for a in r["alternatives"]["mentor"] if a["delta_total"] is not None]
    assert alts and all(set(a) >= {"mentee", "score", "delta_total"} for a in alts)
    assert all(set(a) >= {"mentor", "score", "delta_total"} for a in r["alternatives"]["mentee"])
    alt = alts[0]
    locked = cli_json("match", DEMO, "--db", module_db, "--lock", f"{mentor}:{alt['mentee']}",
                      "--include-unfinished")
    assert math.isclose(locked["total_score"] - plan["total_score"], alt["delta_total"],
                        abs_tol=1e-6)  # fmt: skip
    scores = [a["score"] for a in r["alternatives"]["mentor"]]
    assert scores == sorted(scores, reverse=True)


def test_explain_text_output(module_db: Path) -> None:
    out = run_cli("explain", DEMO, "p06", "p26", "--db", module_db)
    assert out.returncode == 0, out.stderr
    assert "Lotte Peeters" in out.stdout and "learning_fit" in out.stdout
    assert "other partners" in out.stdout


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (("p99", "p13"), "p99"),
        (("p13", "p01"), "mentee"),
        (("p01", "p02"), "mentor"),
    ],
)
def test_explain_bad_ids_exit_2(module_db: Path, args: tuple[str, str], needle: str) -> None:
    out = run_cli("explain", DEMO, *args, "--db", module_db)
    assert out.returncode == 2
    assert needle in out.stderr and "Traceback" not in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1
