"""Console confirm and export: stored versions, drafts after a confirmation, the YAML file,
what the CLI sees of the console's decisions, a later session."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from rm_tui.tui.console.confirm import ConfirmScreen
from rm_tui.tui.console.dialogs import AskText
from tests.pilot.console_helpers import (
    SIZE,
    confirm_plan,
    keys,
    make_app,
    run_matching,
    select_pair,
    settle,
)


async def test_confirm_stores_a_version_later_edits_are_drafts(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await run_matching(app, pilot)
        await pilot.press("c")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.click("#confirm")
        await settle(app, pilot)
        confirmed = app.source.db.latest_confirmed()
        assert confirmed is not None and confirmed["version"] == 1
        assert {(p["mentor"], p["mentee"]) for p in confirmed["plan"]["pairs"]} == keys(app)
        assert "confirmée" in str(app.screen.query_one("#pair-summary").render())  # the demo speaks French
        pair = app.pairing.plan.pairs[0]
        select_pair(app, pair.key)
        await pilot.press("u")
        await settle(app, pilot)
        again = app.source.db.latest_confirmed()
        assert again["id"] == confirmed["id"] and again["plan"] == confirmed["plan"]
        assert "brouillon" in str(app.screen.query_one("#pair-summary").render())


async def test_export_writes_the_yaml_and_asks_before_overwriting(tmp_path: Path) -> None:
    from rm_tui.yaml_io import load_yaml

    app = make_app(tmp_path)
    target = tmp_path / "out" / "pairs.yaml"
    target.parent.mkdir()
    async with app.run_test(size=SIZE) as pilot:
        await run_matching(app, pilot)
        await confirm_plan(app, pilot, note="reviewed with the HR leads")
        for attempt in range(2):
            await pilot.press("e")
            await pilot.pause()
            assert isinstance(app.screen, AskText)
            app.screen.query_one(Input).value = str(target)
            await pilot.press("enter")
            await pilot.pause()
            if attempt == 1:  # the file exists now: overwrite asks first
                await pilot.press("y")
            await settle(app, pilot)
            assert target.is_file()
        data, _ = load_yaml(target)
        assert data["format"] == "rm-tui/pairs@1" and data["plan_version"] == 1
        exported = {(p["mentor"]["id"], p["mentee"]["id"]) for p in data["pairs"]}
        assert exported == keys(app)
        assert data["summary"]["pairs"] == len(exported)
        assert data["confirmation_note"] == "reviewed with the HR leads"
        assert target.stat().st_mode & 0o777 == 0o600
        assert any(e["action"] == "export" for e in app.source.db.audit_log())


async def test_console_decisions_are_what_the_cli_sees(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    from rm_tui.yaml_io import load_yaml
    from tests.pilot.console_helpers import DEMO_PROGRAM

    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await run_matching(app, pilot)
        best = max(app.pairing.plan.pairs, key=lambda p: p.score)
        select_pair(app, best.key)
        await pilot.press("x")
        await pilot.pause()
        app.screen.query_one(Input).value = "same project"
        await pilot.press("enter")
        await settle(app, pilot)
        await confirm_plan(app, pilot)
        ours = keys(app)
    root = Path(__file__).resolve().parents[2]
    out = tmp_path / "cli.yaml"
    done = subprocess.run(
        [sys.executable, "-m", "rm_tui", "export", str(DEMO_PROGRAM), "--db", str(app.source.db.path),
         "-o", str(out)], cwd=root, env={**os.environ, "PYTHONPATH": str(root)},
        capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    data, _ = load_yaml(out)
    assert {(p["mentor"]["id"], p["mentee"]["id"]) for p in data["pairs"]} == ours
    assert any(o["action"] == "forbid" and o["reason"] == "same project" for o in data["overrides"])


async def test_a_later_session_opens_on_the_latest_plan_with_its_origins(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await run_matching(app, pilot)
        pair = max(app.pairing.plan.pairs, key=lambda p: p.score)
        select_pair(app, pair.key)
        await pilot.press("l")
        await settle(app, pilot)
        await confirm_plan(app, pilot)
        confirmed = keys(app)
    later = type(app)(app.source.program_path, app.source.db.path, today=app.pairing.today)
    async with later.run_test(size=SIZE) as pilot:
        await pilot.press("m")
        await settle(later, pilot)  # no `v` needed: the confirmed version is open
        summary = str(later.screen.query_one("#pair-summary").render())
        assert keys(later) == confirmed and later.pairing.plan.is_locked(*pair.key)
        assert "version confirmée 1" in summary and "la cohorte a changé" not in summary
        # a hand-made pair, then a restart: the draft reopens, origins as they were
        plan = later.pairing.plan
        free = [p for p in plan.pairs if p.key not in plan.locks]
        a, b = next((a, b) for a in free for b in free if a.mentor < b.mentor
                    and not plan.is_forbidden(a.mentor, b.mentee)
                    and not plan.is_forbidden(b.mentor, a.mentee))
        outcome = later.pairing.swap(a.key, b.key)
        origins = {p.key: p.origin for p in outcome.plan.pairs}
        assert origins[(a.mentor, b.mentee)] == "manual" and origins[pair.key] == "locked"
    third = type(app)(app.source.program_path, app.source.db.path, today=app.pairing.today)
    async with third.run_test(size=SIZE) as pilot:
        await pilot.press("m")
        await settle(third, pilot)
        assert {p.key: p.origin for p in third.pairing.plan.pairs} == origins
        summary = str(third.screen.query_one("#pair-summary").render())
        assert "brouillon (modifié depuis la version confirmée 1)" in summary
        await pilot.press("v")  # the confirmed version is still one key away
        await settle(third, pilot)
        assert keys(third) == confirmed


async def test_export_warns_when_someone_paired_was_excluded_since(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    target = tmp_path / "pairs.yaml"
    async with app.run_test(size=SIZE) as pilot:
        await run_matching(app, pilot)
        await confirm_plan(app, pilot)
        pair = app.pairing.plan.pairs[0]
        app.source.set_excluded(pair.mentee, True, reason="left the company")
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, AskText)
        app.screen.query_one(Input).value = str(target)
        await pilot.press("enter")
        await settle(app, pilot)
        assert target.is_file()
        warnings = [n.message for n in app._notifications if n.severity == "warning"]
        name = app.pairing.person_name(pair.mentee)
        assert any(name in w and "exclu" in w for w in warnings), warnings
