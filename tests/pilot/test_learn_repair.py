"""Splitting a pair from the console: preview, confirm, a new confirmed version."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from textual.app import App
from textual.widgets import Checkbox, DataTable, Select, Static

from rm_tui.core.program import Program
from rm_tui.services.loaders import load_program
from rm_tui.storage import Database
from rm_tui.tui.console import followup
from rm_tui.tui.console.followup.repair_dialog import RepairDialog
from rm_tui.tui.console.followup.screen import FollowupScreen
from tests.cli.demo_cohort import demo_cohort


class SplitApp(App[None]):
    CSS_PATH = [followup.STYLESHEET]  # the follow-up mode's styles, as in the console

    def __init__(self, db_path: Path, program: Program) -> None:
        super().__init__()
        self.db_path, self.program = db_path, program

    def on_mount(self) -> None:
        self.push_screen(FollowupScreen(self.db_path, program=self.program, today="2026-01-15"))


async def settle(app: App, pilot) -> None:  # noqa: ANN001
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


async def test_split_with_preview_then_confirm(tmp_path: Path) -> None:
    """The case from the field: splitting Inès–Nathalie with moves allowed also breaks up
    Manon–Isabelle. The preview says so before anything is stored, and both pairs are
    recorded as ended (the moved one no-fault)."""
    program_path, db_path = demo_cohort(tmp_path)
    with Database(db_path) as db:
        before = {(p["mentor"], p["mentee"]) for p in db.latest_confirmed()["plan"]["pairs"]}
    target = ("p03", "p18")
    with Database(db_path) as db:  # which other pair the re-match moves (the solver decides)
        from rm_tui.services.repair import repair_in_db

        (moved,) = repair_in_db(load_program(program_path), db, *target, "availability",
                                allow_moves=True, dry_run=True, today=dt.date(2026, 1, 15))[0].moved
    assert {target, moved} <= before
    app = SplitApp(db_path, load_program(program_path))
    async with app.run_test(size=(120, 45)) as pilot:
        await settle(app, pilot)
        await pilot.press("s")
        await settle(app, pilot)
        dialog = app.screen
        assert isinstance(dialog, RepairDialog)
        dialog.query_one("#rp-pair", Select).value = f"{target[0]}\t{target[1]}"
        dialog.query_one("#rp-reason", Select).value = "availability"
        dialog.query_one("#rp-moves", Checkbox).value = True
        await settle(app, pilot)
        preview = str(dialog.query_one("#rp-preview", Static).render())
        # The demo program is French first: the follow-up mode speaks French.
        assert "Séparation de Inès Haddad (p03) — Nathalie Garnier (p18)" in preview
        assert "Romprait aussi 1 binôme actif à réapparier : " in preview
        assert f"({moved[0]}) — " in preview and "(enregistré comme terminé, sans faute)" in preview
        assert "Rien n'est enregistré tant que vous ne confirmez pas." in preview
        with Database(db_path) as db:
            assert len(db.plans("confirmed")) == 1 and not db.outcomes()  # nothing stored yet
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, FollowupScreen)
        rows = screen.query_one("#fu-pairs", DataTable)
        ended = [rows.get_row_at(i) for i in range(rows.row_count) if rows.get_row_at(i)[2].startswith("terminé")]
        assert sorted(r[2] for r in ended) == ["terminé (disponibilité)", "terminé (sans faute)"]
        assert "13 binômes confirmés (+2 séparés)" in str(screen.query_one("#fu-status", Static).render())
    with Database(db_path) as db:
        latest = db.latest_confirmed()
        outcomes = {(o["mentor"], o["mentee"]): o for o in db.outcomes()}
    after = {(p["mentor"], p["mentee"]) for p in latest["plan"]["pairs"]}
    assert latest["version"] == 2 and target not in after and moved not in after
    assert latest["plan"]["repair"]["allow_moves"] is True
    assert set(outcomes) == {target, moved}
    assert (outcomes[target]["ended_early"], outcomes[target]["reason"]) == (True, "availability")
    assert (outcomes[moved]["ended_early"], outcomes[moved]["reason"]) == (True, "no_fault")


async def test_cancel_keeps_everything(tmp_path: Path) -> None:
    program_path, db_path = demo_cohort(tmp_path)
    app = SplitApp(db_path, load_program(program_path))
    async with app.run_test(size=(120, 45)) as pilot:
        await settle(app, pilot)
        await pilot.press("s")
        await settle(app, pilot)
        await pilot.press("escape")
        await settle(app, pilot)
        assert isinstance(app.screen, FollowupScreen)
    with Database(db_path) as db:
        assert len(db.plans("confirmed")) == 1
