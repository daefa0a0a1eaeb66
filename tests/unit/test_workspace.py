"""Workspace: program + database values -> match inputs; constraints; pure reports."""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from pathlib import Path

import pytest

from rm_tui.core.errors import InputError
from rm_tui.core.export import export_document
from rm_tui.core.participant import Participant
from rm_tui.core.program import merge_participants
from rm_tui.core.report import match_report, scores_report, text, unmatched_list, unmatched_reason
from rm_tui.services.loaders import load_program, load_responses
from rm_tui.services.workspace import Constraint, Workspace, assemble

ROOT = Path(__file__).resolve().parents[2]
TODAY = dt.date(2026, 1, 15)


@pytest.fixture(scope="module")
def demo() -> tuple:
    program = load_program(ROOT / "sample_programs" / "kickoff_demo.yaml")
    answers = load_responses(ROOT / "sample_programs" / "kickoff_demo.responses.yaml", program)
    return program, answers


def ws_with(demo: tuple, people: list[Participant] = (), rows: list[dict] = ()) -> Workspace:
    program, answers = demo
    return assemble(program, list(people), answers, list(rows), today=TODAY)


def lock(m: str, e: str, source: str = "--lock") -> Constraint:
    return Constraint("lock", m, e, source=source)


def test_merge_adds_self_registered_and_applies_exclusions(demo: tuple) -> None:
    program, _ = demo
    newcomer = Participant("k01", "Kiosk Person", "mentor", self_registered=True,
                           job_family="data", languages=("fr",))  # fmt: skip
    roster_copy = dataclasses.replace(program.participant("p01"), excluded=True)
    filled = dataclasses.replace(program.participant("p02"), languages=("fr", "en"))
    merged = merge_participants(program, [newcomer, roster_copy, filled])
    assert merged.participant("k01") == newcomer
    assert merged.participant("p01").excluded
    assert merged.participant("p02").languages == ("fr", "en")  # missing on the roster
    assert merged.participant("p03") == program.participant("p03")  # untouched
    ws = ws_with(demo, [newcomer, roster_copy])
    assert ws.problem.is_mentor("k01") and not ws.problem.is_mentor("p01")


def test_background_answers_reach_the_scores(demo: tuple) -> None:
    ws = ws_with(demo)
    # p02 has no start date on the roster; the background questionnaire gave 3 years
    assert ws.people["p02"].years(TODAY) == 3


def test_stored_constraints_and_extra_options(demo: tuple) -> None:
    rows = [
        {"kind": "lock", "mentor": "p06", "mentee": "p26", "reason": "asked", "id": 1},
        {"kind": "lock", "mentor": "p05", "mentee": "p18", "reason": "stale", "id": 2},
        {"kind": "forbid", "mentor": "p07", "mentee": "p15", "reason": "cousins", "id": 3},
        {"kind": "lock", "mentor": "p12", "mentee": "p17", "reason": None, "id": 4},
    ]
    ws = ws_with(demo, rows=rows)
    plan, applied, warnings = ws.start_plan()
    assert plan.locks == {("p06", "p26"), ("p12", "p17")}
    assert {p.origin for p in plan.pairs} == {"locked"}
    assert plan.forbid_reasons == {("p07", "p15"): "cousins"}
    assert any("p05:p18" in w and "manager" in w for w in warnings)
    assert {c.id for c in applied} == {1, 3, 4}
    solved = ws.solve(plan)
    assert solved.pair_of("p06", "p26") is not None and solved.pair_of("p07", "p15") is None
    # an option on the same pair wins, with a warning
    plan2, _, warnings2 = ws.start_plan(extra=[Constraint("forbid", "p06", "p26", source="--forbid")])
    assert plan2.locks == {("p12", "p17")} and any("overridden by --forbid" in w for w in warnings2)
    with pytest.raises(InputError, match="already locked"):
        ws.start_plan(extra=[lock("p01", "p17")])
    plan3, _, warnings3 = ws.start_plan(extra=[lock("p07", "p15")])
    assert ("p07", "p15") in plan3.locks
    assert any("forbid p07:p15 (cousins) overridden by --lock" in w for w in warnings3)
    with pytest.raises(InputError, match="both to --lock and --forbid"):
        ws.start_plan(extra=[Constraint("forbid", "p07", "p15", "cousins", source="--forbid"),
                             lock("p07", "p15")])  # fmt: skip
    with pytest.raises(InputError, match="is a mentor, expected a mentee"):
        ws.start_plan(extra=[lock("p07", "p01")])


def test_reports_are_consistent(demo: tuple) -> None:
    ws = ws_with(demo)
    plan = ws.solve(ws.start_plan()[0])
    report = match_report(plan, "fr")
    assert math.isclose(report["total_score"], sum(p["score"] for p in report["pairs"]))
    grid = scores_report(plan)
    nulls = sum(s is None for row in grid["scores"] for s in row)
    assert nulls == len(grid["forbidden"]) == int(plan.problem.blocked.sum())
    (pid, role, why), = unmatched_list(plan)
    assert role == "mentee" and text(unmatched_reason(why, role), "fr") == report["unmatched"][0]["reason"]


def test_export_document_of_an_empty_plan(demo: tuple) -> None:
    record = {"program": {"id": "x", "name": "X"}, "pairs": [],
              "unmatched": {"mentors": ["p01"], "mentees": []}}  # fmt: skip
    doc = export_document(record, {}, lang="en")
    assert doc["summary"] == {"pairs": 0, "unmatched": 1, "total_score": 0,
                              "mean_score": None, "worst_pair_score": None}  # fmt: skip
    assert "answers" not in doc and doc["unmatched"][0]["name"] is None


def test_confirmed_record_reads_back_as_a_plan(demo: tuple) -> None:
    from rm_tui.core.export import confirmed_record
    from rm_tui.core.plan_io import plan_from_dict

    ws = ws_with(demo)
    plan, applied, _ = ws.start_plan(extra=[lock("p06", "p26")])
    plan = ws.solve(plan)
    record = confirmed_record(plan, ws.program, confirmed_at="2026-01-15T10:00:00+00:00",
                              overrides=[c.as_override() for c in applied])  # fmt: skip
    back = plan_from_dict(record, ws.problem)
    assert back.pairs == plan.pairs and back.locks == plan.locks
    assert record["overrides"][0]["action"] == "lock"
    assert math.isclose(record["total"], sum(p["score"] for p in record["pairs"]))
    doc = export_document(record, ws.people, lang="fr")
    assert doc["pairs"][0]["mentor"]["name"] == ws.people[doc["pairs"][0]["mentor"]["id"]].name
    assert doc["unmatched"][0]["reason"] == text(record["unmatched_reasons"][0]["reason"], "fr")
