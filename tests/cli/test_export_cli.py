"""`rm-tui match --confirm` then `rm-tui export`: the stored plan and the YAML document."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from rm_tui.yaml_io import load_yaml
from tests.cli.conftest import DEMO, run_cli

EXPORT_KEYS = ["format", "program", "confirmed_at", "confirmation_note", "objective", "weights", "summary", "pairs",
               "unmatched", "overrides"]  # fmt: skip


@pytest.fixture(scope="module")
def confirmed(demo_db_template: Path, tmp_path_factory: pytest.TempPathFactory) -> dict:
    """One confirmation with a lock and a forbid, then an export without and with answers."""
    import shutil

    folder = tmp_path_factory.mktemp("export")
    db = folder / "demo.db.json"
    shutil.copy(demo_db_template, db)
    before = run_cli("export", DEMO, "--db", db, "-o", folder / "early.yaml")
    match = run_cli("match", DEMO, "--db", db, "--lock", "p06:p26", "--reason", "asked for it",
                    "--forbid", "p01:p23", "--reason", "known to each other",
                    "--confirm", "--include-unfinished", "--note", "kickoff", "--json")  # fmt: skip
    assert match.returncode == 0, match.stderr
    plain = run_cli("export", DEMO, "--db", db, "-o", folder / "pairs.yaml")
    full = run_cli("export", DEMO, "--db", db, "-o", folder / "full.yaml", "--include-answers")
    assert plain.returncode == 0 and full.returncode == 0, plain.stderr + full.stderr
    return {"db": db, "folder": folder, "before": before, "match": json.loads(match.stdout),
            "doc": load_yaml(folder / "pairs.yaml")[0], "full": load_yaml(folder / "full.yaml")[0]}  # fmt: skip


def test_export_before_confirmation_exits_1(confirmed: dict) -> None:
    before = confirmed["before"]
    assert before.returncode == 1 and "nothing confirmed" in before.stderr
    assert "Traceback" not in before.stderr
    assert not (confirmed["folder"] / "early.yaml").exists()


def test_export_format_and_key_order(confirmed: dict) -> None:
    doc = confirmed["doc"]
    assert list(doc)[: len(EXPORT_KEYS)] == EXPORT_KEYS
    assert doc["format"] == "rm-tui/pairs@1"
    assert doc["program"] == {"id": "kickoff-demo", "name": "Kickoff demo — Groupe Azur"}
    assert doc["objective"] == "total" and doc["weights"]["intentions"] == 3
    pair = doc["pairs"][0]
    assert list(pair) == ["mentor", "mentee", "score", "origin", "criteria", "reasons", "note"]
    assert list(pair["mentor"]) == ["id", "name", "email"]
    assert pair["mentor"]["name"] and "@" in pair["mentor"]["email"]
    assert list(doc["unmatched"][0]) == ["id", "name", "role", "reason"]


def test_export_matches_the_confirmed_plan(confirmed: dict) -> None:
    doc, match = confirmed["doc"], confirmed["match"]
    exported = [(p["mentor"]["id"], p["mentee"]["id"], p["origin"]) for p in doc["pairs"]]
    assert exported == [(p["mentor"], p["mentee"], p["origin"]) for p in match["pairs"]]
    assert ("p06", "p26", "locked") in exported
    assert doc["unmatched"][0]["id"] == "p25" and "p06" in doc["unmatched"][0]["reason"]
    s = doc["summary"]
    scores = [p["score"] for p in doc["pairs"]]
    assert s["pairs"] == len(scores) == 13 and s["unmatched"] == 1
    # rounded for reading: pair scores to 0.1, so sums agree to within rounding
    assert all(p["score"] == round(p["score"], 1) for p in doc["pairs"])
    assert all(v is None or v == round(v, 2) for p in doc["pairs"] for v in p["criteria"].values())
    assert math.isclose(s["total_score"], sum(scores), abs_tol=0.05 * len(scores))
    assert s["total_score"] == round(match["total_score"], 1)
    assert math.isclose(s["mean_score"], sum(scores) / len(scores), abs_tol=0.05)
    assert s["worst_pair_score"] == min(scores)
    actions = {(o["action"], o["mentor"], o["mentee"], o["reason"]) for o in doc["overrides"]}
    assert actions == {("lock", "p06", "p26", "asked for it"),
                       ("forbid", "p01", "p23", "known to each other")}  # fmt: skip
    assert all(o["at"] for o in doc["overrides"])


def test_answers_only_with_include_answers(confirmed: dict) -> None:
    doc, full = confirmed["doc"], confirmed["full"]
    assert "answers" not in doc
    text = (confirmed["folder"] / "pairs.yaml").read_text(encoding="utf-8")
    assert "Comprendre comment une direction" not in text  # p01's free-text hopes
    assert full["answers"]["p01"]["expectations"]["hopes"].startswith("Comprendre")
    assert {k: v for k, v in full.items() if k != "answers"} == doc


def test_confirmed_record_in_the_database(confirmed: dict) -> None:
    from rm_tui.storage import Database

    with Database(confirmed["db"]) as db:
        record = db.latest_confirmed()
        actions = [entry["action"] for entry in db.audit_log()]
        decisions = db.decisions()
    assert record is not None and record["version"] == 1
    plan = record["plan"]
    assert plan["program"]["id"] == "kickoff-demo" and plan["objective"] == "total"
    assert plan["questionnaire_versions"] == {"background": 1, "expectations": 1,
                                              "learner_profile": 1}  # fmt: skip
    assert set(plan["weights"]) == set(confirmed["match"]["pairs"][0]["criteria"])
    assert plan["confirmed_at"] and len(plan["overrides"]) == 2
    assert all(set(p) >= {"mentor", "mentee", "score", "criteria", "reasons"} for p in plan["pairs"])
    assert sorted(actions) == ["confirm", "forbid", "lock"]  # the decisions, one write
    assert {(d.action, d.mentor, d.reason) for d in decisions} == {
        ("lock", "p06", "asked for it"), ("forbid", "p01", "known to each other"),
        ("confirm", None, "kickoff")}
    assert decisions[-1].action == "confirm" and decisions[-1].plan_id == record["id"] and decisions[-1].version == 1


def test_second_confirmation_with_explore_is_a_new_version(confirmed: dict, tmp_path: Path) -> None:
    import shutil

    db = tmp_path / "db.json"
    shutil.copy(confirmed["db"], db)
    out = run_cli("match", DEMO, "--db", db, "--explore", "0.2", "--seed", "3", "--confirm")
    assert out.returncode == 0, out.stderr
    target = tmp_path / "v2.yaml"
    assert run_cli("export", DEMO, "--db", db, "-o", target).returncode == 0
    doc = load_yaml(target)[0]
    assert doc["plan_version"] == 2
    assert doc["explore"]["seed"] == 3 and doc["explore"]["eps"] == 0.2


def test_export_to_a_missing_folder_exits_2(confirmed: dict) -> None:
    out = run_cli("export", DEMO, "--db", confirmed["db"], "-o",
                  confirmed["folder"] / "nope" / "x.yaml")  # fmt: skip
    assert out.returncode == 2 and "--output" in out.stderr and "Traceback" not in out.stderr


def test_export_format_constant_is_shared() -> None:
    from rm_tui.cli import cmd_export
    from rm_tui.core.export import FORMAT

    assert cmd_export.FORMAT == FORMAT


def test_csv_export_one_row_per_pair(confirmed: dict) -> None:
    import csv

    out = confirmed["folder"] / "pairs.csv"
    result = run_cli("export", DEMO, "--db", confirmed["db"], "-o", out)
    assert result.returncode == 0, result.stderr
    assert out.stat().st_mode & 0o777 == 0o600  # names and emails: personal data
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 only with a BOM
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    doc = confirmed["doc"]
    assert len(rows) == len(doc["pairs"])
    first, pair = rows[0], doc["pairs"][0]
    assert list(first) == ["mentor_id", "mentor_name", "mentor_email", "mentor_subsidiary",
                           "mentee_id", "mentee_name", "mentee_email", "mentee_subsidiary",
                           "score", "origin"]  # fmt: skip
    assert (first["mentor_id"], first["mentee_id"]) == (pair["mentor"]["id"], pair["mentee"]["id"])
    assert first["mentor_name"] == pair["mentor"]["name"] and "@" in first["mentee_email"]
    assert first["score"] == f"{pair['score']:.1f}" and first["origin"] == pair["origin"]
    locked = next(r for r in rows if r["mentor_id"] == "p06")
    assert (locked["mentee_id"], locked["origin"], locked["mentor_subsidiary"]) == (
        "p26", "locked", "azur-be")


def test_csv_refuses_answers(confirmed: dict) -> None:
    result = run_cli("export", DEMO, "--db", confirmed["db"], "-o", confirmed["folder"] / "x.csv",
                     "--include-answers")  # fmt: skip
    assert result.returncode == 2 and "--include-answers" in result.stderr
