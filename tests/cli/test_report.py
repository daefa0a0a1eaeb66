"""`rm-tui report`: text and JSON output, pooling and its refusal."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.helpers import cohort_db, rm_tui

V1 = {"learner_profile": 1, "expectations": 1}


def test_json_report_has_the_documented_shape(tmp_path: Path) -> None:
    db = cohort_db(tmp_path / "a.db.json", 40, versions=V1)
    out = rm_tui("report", tmp_path / "prog.yaml", "--db", db, "--json")
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    assert report["outcome"] == "quality" and report["n_pairs"] == 40
    by_name = {c["name"]: c for c in report["criteria"]}
    assert set(by_name) == {"learning_fit", "intentions"}
    for c in by_name.values():
        assert set(c) >= {"name", "n", "rho", "ci_low", "ci_high", "p_value", "verdict"}
        assert c["n"] == 40
    assert by_name["intentions"]["rho"] > 0.3  # the planted driver
    assert any("relations tested" in note for note in report["notes"])


def test_text_report_lists_verdicts_and_notes(tmp_path: Path) -> None:
    db = cohort_db(tmp_path / "a.db.json", 6, versions=V1)
    out = rm_tui("report", tmp_path / "prog.yaml", "--db", db)
    assert out.returncode == 0, out.stderr
    assert "intentions" in out.stdout and "not enough data" in out.stdout
    assert "Fewer than 10 pairs" in out.stdout and "suggestive" not in out.stdout


def test_default_database_is_next_to_the_program(tmp_path: Path) -> None:
    cohort_db(tmp_path / "prog.db.json", 12, versions=V1)
    out = rm_tui("report", tmp_path / "prog.yaml", "--json")
    assert out.returncode == 0 and json.loads(out.stdout)["n_pairs"] == 12


def test_cohorts_with_the_same_versions_are_pooled(tmp_path: Path) -> None:
    a = cohort_db(tmp_path / "a.db.json", 8, versions=V1, seed=1, prefix="a")
    b = cohort_db(tmp_path / "b.db.json", 7, versions=V1, seed=2, prefix="b")
    out = rm_tui("report", "prog.yaml", "--db", a, "--db", b, "--json")
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    assert report["n_pairs"] == 15
    assert any("Cohorts pooled" in note for note in report["notes"])


def test_pooling_is_refused_when_questionnaire_versions_differ(tmp_path: Path) -> None:
    a = cohort_db(tmp_path / "a.db.json", 20, versions=V1)
    b = cohort_db(tmp_path / "b.db.json", 20, versions={**V1, "learner_profile": 2})
    out = rm_tui("report", "prog.yaml", "--db", a, "--db", b, "--json")
    assert out.returncode == 1 and out.stdout == ""
    assert "Pooling refused" in out.stderr and "learner_profile: v1 vs v2" in out.stderr
    assert "Traceback" not in out.stderr


def test_pooling_is_refused_when_versions_were_not_recorded(tmp_path: Path) -> None:
    a = cohort_db(tmp_path / "a.db.json", 20, versions=V1)
    b = cohort_db(tmp_path / "b.db.json", 20)
    out = rm_tui("report", "prog.yaml", "--db", a, "--db", b)
    assert out.returncode == 1 and "not recorded" in out.stderr


def test_a_missing_database_is_an_input_error_and_is_not_created(tmp_path: Path) -> None:
    out = rm_tui("report", tmp_path / "prog.yaml")
    assert out.returncode == 2 and "no database here" in out.stderr
    assert not (tmp_path / "prog.db.json").exists()


def test_criteria_missing_from_a_stored_plan_are_recomputed_from_answers(tmp_path: Path) -> None:
    from rm_tui.core.plan_io import plan_to_dict
    from rm_tui.services.confirmed_cohort import confirmed_plan
    from rm_tui.services.loaders import load_program
    from rm_tui.storage import Database
    from tests.cli.demo_cohort import demo_cohort

    program_path, db_path = demo_cohort(tmp_path)
    bare_path = tmp_path / "bare.db.json"
    with Database(db_path) as db, Database(bare_path) as bare:
        plan, _ = confirmed_plan(load_program(program_path), db)
        bare.upsert_participants(db.participants())
        for pid, per_q in db.all_answers().items():
            for qid, values in per_q.items():
                bare.save_answers(pid, qid, values)
        bare.save_plan(plan_to_dict(plan), "confirmed")  # stored without per-pair criteria
        for p in plan.pairs:
            bare.add_outcome({"mentor": p.mentor, "mentee": p.mentee, "quality_mentor": 4})
    out = rm_tui("report", program_path, "--db", bare_path, "--json")
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    assert report["n_pairs"] == len(plan.pairs)
    assert {c["name"] for c in report["criteria"]} >= {"learning_fit", "intentions"}
    assert any(f"{len(plan.pairs)} pairs were not stored" in note for note in report["notes"])


def test_a_criterion_that_only_travels_with_the_driver_is_named_so(tmp_path: Path) -> None:
    import numpy as np

    from rm_tui.storage import Database
    from tests.outcome_synth import planted_outcomes

    rng = np.random.default_rng(4)
    n = 80
    driver = rng.uniform(0, 100, n)
    traveller = np.clip(driver + rng.normal(0, 15, n), 0, 100)  # moves with the driver, no effect
    pairs = [{"mentor": f"m{i}", "mentee": f"e{i}", "criteria": {
        "intentions": float(driver[i]), "availability": float(traveller[i]),
        "learning_fit": float(rng.uniform(0, 100))}} for i in range(n)]
    with Database(tmp_path / "t.db.json") as db:
        db.save_plan({"pairs": pairs, "questionnaires": V1}, "confirmed")
        db.add_outcomes(planted_outcomes(pairs, "intentions", strength=0.7, seed=4))
    out = rm_tui("report", tmp_path / "prog.yaml", "--db", tmp_path / "t.db.json", "--json")
    assert out.returncode == 0, out.stderr
    by = {c["name"]: c for c in json.loads(out.stdout)["criteria"]}
    assert by["intentions"]["verdict"] == "suggestive"
    assert by["availability"]["p_adjusted"] < 0.05  # alone it looks related...
    assert abs(by["availability"]["partial_rho"]) < 0.2 and by["availability"]["partial_p"] > 0.05
    assert by["availability"]["verdict"] == "travels with intentions"  # ...but it only travels
    assert by["learning_fit"]["verdict"] == "no evidence yet"
    for c in by.values():
        assert {"partial_rho", "partial_p", "p_adjusted", "pairs_needed"} <= set(c)
    text = rm_tui("report", tmp_path / "prog.yaml", "--db", tmp_path / "t.db.json").stdout
    assert "travels with intentions" in text and "Holm" in text and "Fisher z" in text


def test_the_text_report_in_french_on_request(tmp_path: Path) -> None:
    db = cohort_db(tmp_path / "a.db.json", 40, versions=V1)
    english = rm_tui("report", tmp_path / "prog.yaml", "--db", db).stdout
    french = rm_tui("report", tmp_path / "prog.yaml", "--db", db, "--lang", "fr").stdout
    assert english.startswith("Outcome: pair quality") and "\nNotes:\n- 40 of 40 pairs ever confirmed" in english
    assert french.startswith("Bilan : qualité du binôme") and "\nNotes :\n- 40 binômes sur 40 jamais confirmés" in french
    assert "relations tested" not in french and "liens testés" in french
