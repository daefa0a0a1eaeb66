"""`rm-tui match` on the demo cohort: JSON contract, locks/forbids, objectives, explore."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from tests.cli.conftest import DEMO, cli_json, run_cli


def _score(scores: dict, mentor: str, mentee: str) -> float | None:
    return scores["scores"][scores["mentors"].index(mentor)][scores["mentees"].index(mentee)]


def test_match_json_contract(plan: dict, scores: dict) -> None:
    assert set(plan) >= {"objective", "total_score", "worst_pair_score", "pairs", "unmatched"}
    assert plan["objective"] == "total"  # the demo program's objective
    for p in plan["pairs"]:
        assert set(p) >= {"mentor", "mentee", "score", "origin", "criteria", "reasons"}
        assert p["origin"] == "optimizer" and p["reasons"]
        assert math.isclose(p["score"], _score(scores, p["mentor"], p["mentee"]))
        assert set(p["criteria"]) == {"learning_fit", "intentions", "job_family",
                                      "seniority_gap", "subsidiary", "preference"}  # fmt: skip
    total = sum(p["score"] for p in plan["pairs"])
    assert math.isclose(plan["total_score"], total)
    assert plan["worst_pair_score"] == min(p["score"] for p in plan["pairs"])


def test_match_places_as_many_as_possible_within_capacity(plan: dict, scores: dict) -> None:
    per_mentor: dict[str, int] = {}
    for p in plan["pairs"]:
        per_mentor[p["mentor"]] = per_mentor.get(p["mentor"], 0) + 1
    assert all(n <= scores["capacity"][m] for m, n in per_mentor.items())
    mentees = [p["mentee"] for p in plan["pairs"]]
    assert len(mentees) == len(set(mentees)) == 13  # 13 mentor places, 14 mentees
    # the demo's built-in conflict: p25 and p26 both depend on p06 alone
    assert [(u["id"], u["role"]) for u in plan["unmatched"]] in ([("p25", "mentee")],
                                                                 [("p26", "mentee")])  # fmt: skip
    assert "p06" in plan["unmatched"][0]["reason"]


def test_cli_lock_and_forbid(module_db: Path, plan: dict) -> None:
    first = plan["pairs"][0]
    out = cli_json("match", DEMO, "--db", module_db, "--include-unfinished", "--lock", "p06:p26",
                "--forbid", f"{first['mentor']}:{first['mentee']}")  # fmt: skip
    keys = {(p["mentor"], p["mentee"]): p for p in out["pairs"]}
    assert keys[("p06", "p26")]["origin"] == "locked"
    assert (first["mentor"], first["mentee"]) not in keys
    assert [u["id"] for u in out["unmatched"]] == ["p25"]
    assert "locked" in out["unmatched"][0]["reason"]
    assert out["total_score"] <= plan["total_score"] + 1e-9


def test_stored_constraints_apply(fresh_db: Path, plan: dict) -> None:
    from rm_tui.storage import Database

    first = plan["pairs"][0]
    with Database(fresh_db) as db:
        db.add_constraint("lock", "p06", "p26", reason="asked to work together")
        db.add_constraint("forbid", first["mentor"], first["mentee"], reason="same project")
        db.add_constraint("lock", "p99", "p13", reason="stale")  # ignored with a warning
    out = run_cli("match", DEMO, "--db", fresh_db, "--include-unfinished", "--json")
    assert out.returncode == 0, out.stderr
    assert "p99" in out.stderr and "ignored" in out.stderr
    data = json.loads(out.stdout)
    keys = {(p["mentor"], p["mentee"]): p for p in data["pairs"]}
    assert keys[("p06", "p26")]["origin"] == "locked"
    assert (first["mentor"], first["mentee"]) not in keys
    # an option on the same pair wins over the stored constraint
    again = cli_json("match", DEMO, "--db", fresh_db, "--include-unfinished", "--forbid", "p06:p26")
    assert ("p06", "p26") not in {(p["mentor"], p["mentee"]) for p in again["pairs"]}


def test_fair_objective_raises_the_worst_pair(module_db: Path, plan: dict) -> None:
    fair = cli_json("match", DEMO, "--db", module_db, "--include-unfinished", "--objective", "fair")
    assert fair["objective"] == "fair"
    assert fair["worst_pair_score"] >= plan["worst_pair_score"]
    assert fair["total_score"] <= plan["total_score"] + 1e-9
    assert len(fair["pairs"]) == len(plan["pairs"])


def test_explore_is_seeded_bounded_and_recorded(module_db: Path, plan: dict) -> None:
    args = ("match", DEMO, "--db", module_db, "--include-unfinished", "--explore", "0.1", "--seed", "5")
    a, b = cli_json(*args), cli_json(*args)
    assert a["pairs"] == b["pairs"]
    x = a["explore"]
    assert x["eps"] == 0.1 and x["seed"] == 5
    assert math.isclose(x["optimum_total"], plan["total_score"])
    assert a["total_score"] >= (1 - 0.1) * plan["total_score"] - 1e-9
    assert len(a["pairs"]) == len(plan["pairs"])


def test_text_table(module_db: Path) -> None:
    out = run_cli("match", DEMO, "--db", module_db, "--include-unfinished", "--lang", "fr")
    assert out.returncode == 0, out.stderr
    assert "Camille Martin (p01)" in out.stdout and "13 binômes" in out.stdout  # --lang fr: all French
    assert "sans binôme :" in out.stdout and "Traceback" not in out.stderr
    english = run_cli("match", DEMO, "--db", module_db, "--include-unfinished")  # English by default
    assert "13 pairs" in english.stdout and "unmatched:" in english.stdout


BAD = [
    (("--lock", "p99:p13"), "--lock", "p99"),
    (("--lock", "p13:p01"), "--lock", "mentee"),
    (("--forbid", "p01:p02"), "--forbid", "mentor"),
    (("--lock", "p01p13"), "--lock", "MENTOR:MENTEE"),
    (("--lock", "p01:"), "--lock", "MENTOR:MENTEE"),
    (("--lock", "p05:p18"), "--lock", "manager"),
    (("--lock", "p01:p13", "--lock", "p04:p13"), "--lock", "already locked"),
    (("--lock", "p01:p13", "--lock", "p01:p14"), "--lock", "capacity"),
    (("--lock", "p01:p13", "--forbid", "p01:p13"), "--forbid", "both"),
    (("--forbid", "p01:p13", "--lock", "p01:p13"), "--lock", "both"),
    (("--explore", "0.1"), "--explore", "--seed"),
    (("--explore", "1.5", "--seed", "1"), "--explore", "[0, 1]"),
    (("--explore", "-0.1", "--seed", "1"), "--explore", "[0, 1]"),
    (("--seed", "1"), "--seed", "--explore"),
    (("--objective", "best"), "--objective", "invalid choice"),
    (("--explore", "abc", "--seed", "1"), "--explore", "invalid float"),
    (("--reason", "why", "--lock", "p06:p26"), "--reason", "must follow"),
    (("--lock", "p06:p26", "--reason", "a", "--reason", "b"), "--reason", "must follow"),
]


@pytest.mark.parametrize(("args", "option", "needle"), BAD)
def test_bad_arguments_exit_2(module_db: Path, args: tuple[str, ...], option: str, needle: str,
                              capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    # In-process (fast): main() is the same entry point the subprocess runs.
    from rm_tui.cli.main import main

    try:
        status = main(["match", str(DEMO), "--db", str(module_db), "--include-unfinished", *args])
    except SystemExit as exit_:  # argparse usage errors
        status = exit_.code
    out = capsys.readouterr()
    assert status == 2, out.err
    assert out.out == ""
    last = out.err.strip().splitlines()[-1]
    assert option in last and needle in last


@pytest.mark.parametrize("index", [0, 5, 7, 11])
def test_bad_arguments_in_a_real_process(module_db: Path, index: int) -> None:
    args, option, needle = BAD[index]
    out = run_cli("match", DEMO, "--db", module_db, "--include-unfinished", *args)
    assert out.returncode == 2, out.stderr
    assert "Traceback" not in out.stderr and out.stdout == ""
    assert len(out.stderr.strip().splitlines()) == 1
    assert option in out.stderr and needle in out.stderr


def test_unknown_program_exit_2(tmp_path: Path) -> None:
    out = run_cli("match", tmp_path / "missing.yaml", "--db", tmp_path / "db.json")
    assert out.returncode == 2 and "Traceback" not in out.stderr
