"""The facilitator's decisions in the console: the demo round trip with the CLI, restarts,
stale plans, lifting a forbid, the decisions screen, and one baseline for every Δ."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from textual.widgets import DataTable, Input

from rm_tui.services.loaders import load_program
from rm_tui.services.repair import repair_in_db
from rm_tui.storage import Database
from rm_tui.tui.console.decisions_screen import DecisionsScreen
from rm_tui.tui.console.dialogs import AskText
from rm_tui.tui.console.pairing import PairingScreen
from tests.pilot.console_helpers import (
    DEMO_PROGRAM,
    SIZE,
    TODAY,
    confirm_plan,
    keys,
    make_app,
    run_matching,
    select_pair,
    settle,
    wait_for_screen,
)

ROOT = Path(__file__).resolve().parents[2]


def cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "rm_tui", *map(str, args)], cwd=ROOT,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True,
                          text=True, timeout=60)  # fmt: skip


async def forbid_selected(app, pilot, key, reason: str) -> None:  # noqa: ANN001
    select_pair(app, key)
    await pilot.press("x")
    await wait_for_screen(app, pilot, AskText)
    app.screen.query_one(Input).value = reason
    await pilot.press("enter")
    await settle(app, pilot)


async def test_console_round_trip_with_the_cli(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    db_path = app.source.db.path
    async with app.run_test(size=SIZE) as pilot:
        await run_matching(app, pilot)
        ranked = sorted(app.pairing.plan.pairs, key=lambda p: -p.score)
        locked, forbidden = ranked[1].key, ranked[0].key
        select_pair(app, locked)
        await pilot.press("l")
        await settle(app, pilot)
        await forbid_selected(app, pilot, forbidden, "same project")
        await confirm_plan(app, pilot, note="kickoff")
        assert app.source.db.latest_confirmed()["note"] == "kickoff"
    # a plain CLI match keeps both
    plain = json.loads(cli("match", DEMO_PROGRAM, "--db", db_path, "--json").stdout)
    formed = {(p["mentor"], p["mentee"]): p for p in plain["pairs"]}
    assert formed[locked]["origin"] == "locked" and forbidden not in formed
    # repair splits a pair: the console never forms it again
    split = next(k for k in formed if k != locked)
    with Database(db_path) as db:
        repair_in_db(load_program(DEMO_PROGRAM), db, *split, "no_fault", today=TODAY)
    # a weight change made with the CLI reaches the console
    assert cli("constraints", DEMO_PROGRAM, "--db", db_path, "--weight", "job_family=0").returncode == 0
    later = type(app)(DEMO_PROGRAM, db_path, today=TODAY)
    async with later.run_test(size=SIZE) as pilot:
        await pilot.press("m")
        await settle(later, pilot)
        assert later.pairing.criteria["job_family"].weight == 0
        await pilot.press("r")
        await settle(later, pilot)
        plan = later.pairing.plan
        assert split not in keys(later) and plan.is_forbidden(*split)
        assert "never paired again" in plan.forbid_reasons[split]
        assert plan.is_locked(*locked) and forbidden not in keys(later)
        assert all(c.name != "job_family" for c in plan.problem.pair_breakdown(*locked).criteria)
        # the decisions screen: what is in force, and the log; lift the forbid there
        await pilot.press("g")
        await pilot.pause()
        assert isinstance(later.screen, DecisionsScreen)
        force = later.screen.query_one("#in-force", DataTable)
        kinds = {str(k.value).split("|")[2] for k in force.rows}
        assert kinds == {"lock", "forbid", "never again"}
        log = later.screen.query_one("#decision-log", DataTable)
        assert log.row_count >= 5
        force.move_cursor(row=force.get_row_index(f"{forbidden[0]}|{forbidden[1]}|forbid"))
        await pilot.press("x")
        await wait_for_screen(later, pilot, AskText)
        later.screen.query_one(Input).value = "project ended"
        await pilot.press("enter")
        await settle(later, pilot)
        assert isinstance(later.screen, PairingScreen)
        assert not later.pairing.plan.is_forbidden(*forbidden)
    out = json.loads(cli("log", DEMO_PROGRAM, "--db", db_path, "--json").stdout)
    assert out[0]["action"] == "draft" and out[1]["action"] == "lift"
    assert out[1]["reason"] == "project ended" and (out[1]["mentor"], out[1]["mentee"]) == forbidden
    assert {e["action"] for e in out} >= {"lock", "forbid", "confirm", "split", "weight", "lift"}
    assert json.loads(cli("constraints", DEMO_PROGRAM, "--db", db_path, "--json").stdout)["forbids"] == []


async def test_undo_and_weights_are_recorded_and_survive_a_restart(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await run_matching(app, pilot)
        best = max(app.pairing.plan.pairs, key=lambda p: p.score).key
        await forbid_selected(app, pilot, best, "conflict of interest")
        await pilot.press("ctrl+z")
        await settle(app, pilot)
        log = app.source.db.decisions()
        assert [d.action for d in log if d.action != "draft"][-2:] == ["forbid", "lift"]
        assert log[-2].reason == "undo" and log[-2].key == best
        what_if = app.pairing.what_if({"job_family": 0.0})
        app.pairing.apply_weights(what_if, "families matter less")
        weights = [d for d in app.source.db.decisions() if d.action == "weight"]
        assert [(d.name, d.weight, d.reason) for d in weights] == [("job_family", 0.0,
                                                                     "families matter less")]
        shown = keys(app)
    later = type(app)(DEMO_PROGRAM, app.source.db.path, today=TODAY)
    async with later.run_test(size=SIZE) as pilot:
        await pilot.press("m")
        await settle(later, pilot)
        assert keys(later) == shown and later.pairing.criteria["job_family"].weight == 0
        assert abs(later.pairing.plan.total - what_if.plan.total) < 1e-6  # the totals confirmed


async def test_a_stale_plan_cannot_be_confirmed_until_r(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await run_matching(app, pilot)
        someone = next(p.mentee for p in app.pairing.plan.pairs)
        app.source.set_excluded(someone, True, reason="left the company")
        app.refresh_now()
        await settle(app, pilot)
        summary = app.screen.query_one("#pair-summary")
        assert "la cohorte a changé" in str(summary.render())
        await pilot.press("c")
        await settle(app, pilot)
        assert isinstance(app.screen, PairingScreen) and app.source.db.latest_confirmed() is None
        await pilot.press("r")
        await settle(app, pilot)
        assert "la cohorte a changé" not in str(summary.render())
        assert someone not in {p.mentee for p in app.pairing.plan.pairs}
        await confirm_plan(app, pilot)
        assert app.source.db.latest_confirmed() is not None


async def test_listed_and_applied_deltas_share_one_baseline(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await run_matching(app, pilot)
        pair = min(app.pairing.plan.pairs, key=lambda p: p.score)
        app.pairing.unpair(*pair.key)  # the plan shown is no longer the optimum
        alt = next(a for a in app.pairing.alternatives(pair.mentee, k=5) if a.delta_total is not None)
        applied = app.pairing.assign(alt.partner, pair.mentee)
        assert applied.change is not None
        assert abs(applied.change.delta_total - alt.delta_total) < 1e-6


async def test_unfinished_people_can_be_included_with_one_key(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await run_matching(app, pilot)
        before = len(app.pairing.plan.pairs)
        unfinished = app.pairing.plan.problem.unfinished
        assert unfinished and not {x for p in app.pairing.plan.pairs for x in p.key} & unfinished
        await pilot.press("i")
        await settle(app, pilot)
        assert app.pairing.include_unfinished and len(app.pairing.plan.pairs) > before
        assert "non finis, inclus" in str(app.screen.query_one("#pair-summary").render())
