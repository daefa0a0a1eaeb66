"""Console pairing: the engine's optimum, lock, forbid, swap, unpair, assign, undo/redo,
confirm and export, driven through keys as a facilitator would."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import DataTable, Input, OptionList

from rm_tui.core.plan import Key
from rm_tui.services import matching
from rm_tui.services.workspace import assemble
from rm_tui.storage import Database
from rm_tui.tui.console.assign import AssignScreen
from rm_tui.tui.console.dialogs import AskText
from rm_tui.tui.console.pairing import PairingScreen
from tests.pilot.console_helpers import (
    SIZE,
    TODAY,
    keys,
    make_app,
    run_matching,
    select_pair,
    settle,
    wait_for_screen,
)


def optimum_for(app):
    """The engine's own optimum on the same database, computed without the console (people
    who have not finished left out, as `rm-tui match` does)."""
    with Database(app.source.db.path) as db:
        ws = assemble(app.source.program, db.participants(), db.all_answers(), db.decisions(),
                      today=TODAY, include_unfinished=False)  # fmt: skip
    return matching.optimise(ws.problem)


async def test_run_matching_gives_the_engines_optimum(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await run_matching(app, pilot)
        assert isinstance(app.screen, PairingScreen)
        expected = optimum_for(app)
        assert keys(app) == {p.key for p in expected.pairs}
        assert abs(app.pairing.plan.total - expected.total) < 1e-9
        assert app.screen.query_one("#pairs", DataTable).row_count == len(expected.pairs)
        unmatched = app.screen.query_one("#unmatched", DataTable)
        assert {str(k.value) for k in unmatched.rows} == {*expected.unmatched_mentors(),
                                                          *expected.unmatched_mentees()}


def moved_by_forbid(plan) -> tuple[Key, Key]:
    """A pair P and another pair Q such that forbidding Q makes the optimiser drop P."""
    for q in plan.pairs:
        after = {p.key for p in matching.reoptimise(plan.forbid(*q.key, "test")).pairs}
        for p in plan.pairs:
            if p.key != q.key and p.key not in after:
                return p.key, q.key
    raise AssertionError("no forbid moves another pair in the demo cohort")


async def test_lock_then_reoptimise_keeps_the_pair(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await run_matching(app, pilot)
        locked, forbidden = moved_by_forbid(app.pairing.plan)
        select_pair(app, locked)
        await pilot.press("l")
        await settle(app, pilot)
        assert app.pairing.plan.is_locked(*locked)
        select_pair(app, forbidden)
        await pilot.press("x")
        await pilot.pause()
        app.screen.query_one(Input).value = "test"
        await pilot.press("enter")
        await settle(app, pilot)
        await pilot.press("R")
        await settle(app, pilot)
        pair = app.pairing.plan.pair_of(*locked)
        assert pair is not None and pair.origin == "locked"
        assert forbidden not in keys(app)
        stored = {(c["kind"], c["mentor"], c["mentee"]) for c in app.source.db.constraints()}
        assert ("lock", *locked) in stored and ("forbid", *forbidden) in stored


async def test_forbid_asks_a_reason_and_the_pair_never_comes_back(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await run_matching(app, pilot)
        best = max(app.pairing.plan.pairs, key=lambda p: p.score)
        select_pair(app, best.key)
        await pilot.press("x")
        await pilot.pause()
        assert isinstance(app.screen, AskText)
        app.screen.query_one(Input).value = "they already work together"
        await pilot.press("enter")
        await settle(app, pilot)
        assert best.key not in keys(app)
        summary = str(app.screen.query_one("#pair-diff").render())
        assert "Δ total" in summary
        await pilot.press("R")  # re-optimise
        await settle(app, pilot)
        assert best.key not in keys(app)
        await pilot.press("r")  # a whole new run reads the forbid back from the database
        await settle(app, pilot)
        assert best.key not in keys(app)
        assert app.pairing.plan.forbid_reasons[best.key] == "they already work together"
        log = app.source.db.audit_log()
        assert any(e["action"] == "forbid" and e["reason"] == "they already work together" for e in log)


async def test_swap_exchanges_the_mentees_of_two_pairs(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await run_matching(app, pilot)
        plan = app.pairing.plan
        first, second = next(
            (a, b) for a in plan.pairs for b in plan.pairs
            if a.mentor != b.mentor and not plan.is_forbidden(a.mentor, b.mentee)
            and not plan.is_forbidden(b.mentor, a.mentee)
        )
        select_pair(app, first.key)
        await pilot.press("s")
        select_pair(app, second.key)
        await pilot.press("s")
        await settle(app, pilot)
        now = keys(app)
        assert (first.mentor, second.mentee) in now and (second.mentor, first.mentee) in now
        assert app.pairing.plan.pair_of(first.mentor, second.mentee).origin == "manual"


async def test_unpair_leaves_both_unmatched(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await run_matching(app, pilot)
        pair = app.pairing.plan.pairs[0]
        select_pair(app, pair.key)
        await pilot.press("u")
        await settle(app, pilot)
        assert pair.key not in keys(app)
        assert pair.mentee in app.pairing.plan.unmatched_mentees()
        assert len(app.pairing.plan.pairs) == len(optimum_for(app).pairs) - 1


async def test_assign_by_hand_from_a_list_sorted_by_score(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await run_matching(app, pilot)
        plan = app.pairing.plan
        lonely = next(m for m in plan.unmatched_mentees() if m not in plan.problem.unfinished)
        unmatched = app.screen.query_one("#unmatched", DataTable)
        unmatched.focus()
        unmatched.move_cursor(row=unmatched.get_row_index(lonely))
        await pilot.press("a")
        await wait_for_screen(app, pilot, AssignScreen)
        options = app.screen.query_one(OptionList)
        enabled = [options.get_option_at_index(i) for i in range(options.option_count)
                   if not options.get_option_at_index(i).disabled]
        assert enabled, "someone must be assignable"
        problem = app.pairing.plan.problem
        scores = [problem.score(o.id, lonely) for o in enabled]
        assert scores == sorted(scores, reverse=True)
        partner = enabled[0].id
        options.highlighted = options.get_option_index(partner)
        await pilot.press("enter")
        await settle(app, pilot)
        pair = app.pairing.plan.pair_of(partner, lonely)
        assert pair is not None and pair.origin == "manual"
        assert app.pairing.plan.is_locked(partner, lonely)


async def test_undo_and_redo(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await run_matching(app, pilot)
        original = keys(app)
        best = max(app.pairing.plan.pairs, key=lambda p: p.score)
        select_pair(app, best.key)
        await pilot.press("x")
        await pilot.pause()
        app.screen.query_one(Input).value = "conflict of interest"
        await pilot.press("enter")
        await settle(app, pilot)
        forbidden = keys(app)
        assert forbidden != original
        await pilot.press("ctrl+z")
        await settle(app, pilot)
        assert keys(app) == original
        assert not any(c["kind"] == "forbid" for c in app.source.db.constraints())
        await pilot.press("ctrl+y")
        await settle(app, pilot)
        assert keys(app) == forbidden
        assert any(c["kind"] == "forbid" for c in app.source.db.constraints())


async def test_objective_switch_shows_the_difference(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await run_matching(app, pilot)
        total = app.pairing.plan
        await pilot.press("o")
        await settle(app, pilot)
        fair = app.pairing.plan
        assert fair.objective == "fair"
        expected = matching.reoptimise(total, objective="fair")
        assert {p.key for p in fair.pairs} == {p.key for p in expected.pairs}
        assert fair.worst >= total.worst - 1e-9 and fair.total <= total.total + 1e-9
        panel = str(app.screen.query_one("#pair-diff").render())
        assert "Δ pire binôme" in panel and "objectif" in str(app.screen.query_one("#pair-summary").render())


async def test_weights_what_if_then_apply(tmp_path: Path) -> None:
    from rm_tui.tui.console.weights import WeightsScreen

    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await run_matching(app, pilot)
        before = keys(app)
        await pilot.press("w")
        await pilot.pause()
        assert isinstance(app.screen, WeightsScreen)
        app.screen.query_one("#w-job_family", Input).value = "0"
        await pilot.press("ctrl+r")
        await settle(app, pilot)
        preview = app.screen.preview
        assert preview is not None and keys(app) == before  # nothing applied yet
        await pilot.press("ctrl+s")
        await pilot.pause()
        app.screen.query_one(Input).value = "job family matters less here"
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, PairingScreen)
        assert keys(app) == {p.key for p in preview.plan.pairs}
        assert app.pairing.criteria["job_family"].weight == 0
        assert any(e["action"] == "weight" and e["reason"] == "job family matters less here"
                   for e in app.source.db.audit_log())
        await pilot.press("ctrl+z")  # undo brings the old weights back with the old plan
        await settle(app, pilot)
        assert keys(app) == before and app.pairing.criteria["job_family"].weight == 3


async def test_new_answers_after_a_run_are_flagged_and_r_rescores(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await run_matching(app, pilot)
        summary = app.screen.query_one("#pair-summary")
        assert "la cohorte a changé" not in str(summary.render())
        app.source.db.save_answer("p13", "learner_profile", "ro3", 5)  # the item p13 skipped
        app.refresh_now()
        await settle(app, pilot)
        assert "la cohorte a changé" in str(summary.render())
        await pilot.press("r")
        await settle(app, pilot)
        assert "la cohorte a changé" not in str(summary.render())


async def test_cohort_map_frames_the_plans_pairs(tmp_path: Path) -> None:
    from rm_tui.tui.console.cohort_map import CohortMapScreen

    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await run_matching(app, pilot)
        await pilot.press("h")
        await pilot.pause()
        assert isinstance(app.screen, CohortMapScreen)
        heat = str(app.screen.query_one("#map-heatmap").render())
        assert heat.count("[") - heat.count("[nn]") == len(app.pairing.plan.pairs)
        dist = str(app.screen.query_one("#map-distribution").render())
        assert "Score distribution" in dist
        await pilot.press("escape")
        assert isinstance(app.screen, PairingScreen)


async def test_an_impossible_action_is_reported_and_changes_nothing(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await run_matching(app, pilot)
        before = keys(app)
        await pilot.press("ctrl+y")  # nothing to redo (said in the demo's French)
        await settle(app, pilot)
        assert keys(app) == before
        assert any("rien à rétablir" in n.message for n in app._notifications)


async def test_enter_on_an_unmatched_person_explains_why(tmp_path: Path) -> None:
    from rm_tui.tui.console.dialogs import AskYesNo

    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await run_matching(app, pilot)
        plan = app.pairing.plan
        lonely = next(m for m in plan.unmatched_mentees() if m not in plan.problem.unfinished)
        table = app.screen.query_one("#unmatched", DataTable)
        table.focus()
        table.move_cursor(row=table.get_row_index(lonely))
        await pilot.press("enter")
        await wait_for_screen(app, pilot, AskYesNo)
        body = str(app.screen.query_one(".dialog-body").render())
        assert app.pairing.person_name(lonely) in str(app.screen.query_one(".dialog-title").render())
        # every partner the rules forbid is listed with its reason
        why = app.pairing.why_unmatched(lonely)
        assert body.count("· ") >= min(len(why.forbidden), 12)
        await pilot.press("n")
        await settle(app, pilot)
        assert isinstance(app.screen, PairingScreen)


async def test_what_if_compares_with_todays_pairs_rescored(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await run_matching(app, pilot)
        result = app.pairing.what_if({"job_family": 0.0})
        rescored = sum(result.ws.problem.score(p.mentor, p.mentee) for p in app.pairing.plan.pairs)
        assert abs(result.kept_total - rescored) < 1e-9
        assert result.plan.total >= result.kept_total - 1e-9  # the optimum is never worse


async def test_every_pairing_key_before_a_run_explains_instead_of_failing(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("m")
        await pilot.pause()
        for key in ("enter", "l", "x", "s", "u", "a", "R", "ctrl+z", "ctrl+y", "c", "e", "o",
                    "w", "h", "v"):
            await pilot.press(key)
            await settle(app, pilot)
            assert isinstance(app.screen, PairingScreen), key
        assert app.pairing.plan is None
        assert app._notifications  # each said what to do first
