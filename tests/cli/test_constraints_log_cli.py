"""`rm-tui constraints` and `rm-tui log`, and the facilitator's demo round trip: every
command forms and explains pairs with the same stored decisions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rm_tui.yaml_io import load_yaml
from tests.cli.conftest import DEMO, cli_json, run_cli


def pairs_of(report: dict) -> dict[tuple[str, str], dict]:
    return {(p["mentor"], p["mentee"]): p for p in report["pairs"]}


def test_the_demo_round_trip(fresh_db: Path, tmp_path: Path) -> None:
    db = ("--db", fresh_db)
    # a what-if stores nothing, and says so
    what_if = cli_json("match", DEMO, *db, "--lock", "p06:p26", "--forbid", "p01:p23")
    assert what_if["what_if"] is True and ("p06", "p26") in pairs_of(what_if)
    text = run_cli("match", DEMO, *db, "--lock", "p06:p26").stdout
    assert "what-if" in text and "nothing was stored" in text
    assert cli_json("constraints", DEMO, *db)["locks"] == []
    # confirm with a lock and a forbid: a plain match keeps both
    confirmed = cli_json("match", DEMO, *db, "--lock", "p06:p26", "--reason", "asked together",
                         "--forbid", "p01:p23", "--reason", "same project", "--confirm",
                         "--note", "kickoff review")  # fmt: skip
    assert confirmed["what_if"] is False
    plain = cli_json("match", DEMO, *db)
    assert pairs_of(plain)[("p06", "p26")]["origin"] == "locked"
    assert ("p01", "p23") not in pairs_of(plain) and plain["total_score"] == confirmed["total_score"]
    # repair: the split pair is never formed again, and explain says why
    split = next(k for k, p in pairs_of(confirmed).items() if p["origin"] == "optimizer")
    assert run_cli("repair", DEMO, *split, *db).returncode == 0
    assert split not in pairs_of(cli_json("match", DEMO, *db))
    assert split not in pairs_of(cli_json("match", DEMO, *db, "--include-unfinished"))
    why = cli_json("explain", DEMO, *split, *db)
    assert why["allowed"] is False and any("split" in r for r in why["forbidden_reasons"])
    # a weight change reaches match, explain and a new export
    assert run_cli("constraints", DEMO, *db, "--weight", "job_family=0").returncode == 0
    after = cli_json("match", DEMO, *db)
    assert all("job_family" not in p["criteria"] for p in after["pairs"])
    assert "job_family" not in {c["name"] for c in cli_json("explain", DEMO, "p06", "p26", *db)["criteria"]}
    assert run_cli("match", DEMO, *db, "--confirm").returncode == 0
    assert run_cli("export", DEMO, *db, "-o", tmp_path / "pairs.yaml").returncode == 0
    doc = load_yaml(tmp_path / "pairs.yaml")[0]
    assert "job_family" not in doc["weights"] and doc["weights"]["intentions"] == 3
    # --lift restores a pair
    state = cli_json("constraints", DEMO, *db, "--lift", "p01:p23", "--reason", "project ended")
    assert state["forbids"] == [] and state["weights"]["job_family"] == 0
    assert cli_json("explain", DEMO, "p01", "p23", *db)["allowed"] is True
    # the log shows each decision with its reason, newest first
    log = cli_json("log", DEMO, *db)
    actions = [e["action"] for e in log]
    assert actions == ["lift", "confirm", "weight", "confirm", "split", "confirm", "lock", "forbid"] \
        or actions == ["lift", "confirm", "weight", "confirm", "split", "confirm", "forbid", "lock"]
    reasons = {e["action"]: e["reason"] for e in reversed(log)}
    assert reasons["lift"] == "project ended" and reasons["split"] == "no_fault"
    assert {e["reason"] for e in log if e["action"] in ("lock", "forbid")} == {"asked together",
                                                                              "same project"}
    assert log[-1]["at"] <= log[0]["at"] and all(set(e) >= {"at", "action", "reason"} for e in log)
    assert [e["action"] for e in cli_json("log", DEMO, *db, "--limit", "2")] == actions[:2]


def test_constraints_json_shape_and_one_write_per_call(fresh_db: Path) -> None:
    out = cli_json("constraints", DEMO, "--db", fresh_db, "--lock", "p06:p26", "--reason", "asked",
                   "--forbid", "p07:p15", "--reason", "cousins", "--exclude", "p11", "--reason",
                   "on leave", "--objective", "fair")  # fmt: skip
    assert list(out) == ["locks", "forbids", "never_again", "excluded", "weights", "objective"]
    assert out["locks"][0] == {"mentor": "p06", "mentee": "p26", "reason": "asked",
                               "at": out["locks"][0]["at"]}  # fmt: skip
    assert out["excluded"][0]["id"] == "p11" and out["objective"] == "fair"
    assert len({e["at"] for e in cli_json("log", DEMO, "--db", fresh_db)}) == 1  # one write
    assert "p11" not in {p["mentor"] for p in cli_json("match", DEMO, "--db", fresh_db)["pairs"]}
    back = cli_json("constraints", DEMO, "--db", fresh_db, "--include", "p11")
    assert back["excluded"] == []


@pytest.mark.parametrize(("args", "named", "needle"), [
    (("--lock", "p99:p26", "--reason", "x"), "--lock p99:p26", "p99"),
    (("--lock", "p05:p18", "--reason", "x"), "--lock p05:p18", "manager"),
    (("--forbid", "p01:p23", "--reason", "x", "--lock", "p01:p23", "--reason", "y"),
     "--lock p01:p23", "forbidden"),
    (("--lock", "p06:p26"), "--lock p06:p26", "needs a reason"),
    (("--weight", "nope=1"), "--weight nope=1", "no criterion"),
    (("--weight", "job_family=-1"), "--weight job_family=-1", ">= 0"),
    (("--weight", "job_family"), "--weight job_family", "NAME=W"),
    (("--exclude", "p99", "--reason", "x"), "--exclude p99", "unknown participant"),
    (("--include", "p01"), "--include p01", "not excluded"),
    (("--lift", "p01:p13", "--reason", "x"), "--lift p01:p13", "nothing to lift"),
    (("--objective", "best"), "--objective best", "total or fair"),
    (("--reason", "x"), "--reason", "must follow"),
])  # fmt: skip
def test_bad_changes_exit_2_and_write_nothing(fresh_db: Path, args: tuple[str, ...], named: str,
                                              needle: str) -> None:  # fmt: skip
    good = ("--forbid", "p02:p14", "--reason", "first, valid")  # written only if all are valid
    out = run_cli("constraints", DEMO, "--db", fresh_db, "--lang", "en", *good, *args)
    assert out.returncode == 2 and out.stdout == "" and "Traceback" not in out.stderr
    last = out.stderr.strip().splitlines()[-1]
    assert named in last and needle in last
    assert json.loads(run_cli("log", DEMO, "--db", fresh_db, "--json").stdout) == []


def test_unfinished_people_are_left_out_and_said_so(fresh_db: Path) -> None:
    out = cli_json("match", DEMO, "--db", fresh_db)
    unfinished = [u for u in out["unmatched"] if u["kind"] == "unfinished"]
    assert len(unfinished) == 7 and all("not finished" in u["reason"] for u in unfinished)
    paired = {x for p in out["pairs"] for x in (p["mentor"], p["mentee"])}
    assert not paired & {u["id"] for u in unfinished}
    everyone = cli_json("match", DEMO, "--db", fresh_db, "--include-unfinished")
    assert not [u for u in everyone["unmatched"] if u["kind"] == "unfinished"]
    assert len(everyone["pairs"]) > len(out["pairs"])


def test_log_without_a_database_exits_2(tmp_path: Path) -> None:
    out = run_cli("log", DEMO, "--db", tmp_path / "none.db.json", "--lang", "en")
    assert out.returncode == 2 and "no database" in out.stderr
    french = run_cli("log", DEMO, "--db", tmp_path / "none.db.json")
    assert french.returncode == 2 and "pas de base de données ici" in french.stderr


def test_explain_lists_every_weighted_criterion_and_marks_the_imputed(module_db: Path) -> None:
    # p07 (Théo) has not started: explain still answers, his pair is not allowed by default
    left_out = cli_json("explain", DEMO, "p07", "p15", "--db", module_db)
    assert left_out["allowed"] is False and any("not finished" in r for r in left_out["forbidden_reasons"])
    r = cli_json("explain", DEMO, "p07", "p15", "--db", module_db, "--include-unfinished")
    assert r["allowed"] is True and r["flagged"] is True
    assert [c["name"] for c in r["criteria"]] == ["learning_fit", "intentions", "job_family",
                                                  "seniority_gap", "subsidiary", "preference"]
    imputed = [c for c in r["criteria"] if c["imputed"]]
    assert imputed and all("cohort mean" in c["reason"] and c["score"] is not None for c in imputed)
    score = 100 * sum(c["weight"] * c["score"] for c in r["criteria"]) / sum(c["weight"] for c in r["criteria"])
    assert abs(score - r["score"]) < 1e-9 and r["score"] < 100
    plan = cli_json("match", DEMO, "--db", module_db, "--include-unfinished")
    theo = [p for p in plan["pairs"] if p["mentor"] == "p07"]
    assert all(None in p["criteria"].values() and p["flagged"] for p in theo)  # never stored as data
