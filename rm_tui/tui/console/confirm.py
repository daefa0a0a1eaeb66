"""Confirm (a summary, then an explicit confirmation) and export (choose a path; overwriting
asks first)."""

from __future__ import annotations

from pathlib import Path

from rich.markup import escape
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Static

from rm_tui.core.errors import RmTuiError
from rm_tui.tui.console import render
from rm_tui.tui.console.dialogs import AskText, AskYesNo
from rm_tui.tui.console.pairing_base import PairingBase


class ConfirmScreen(ModalScreen[str | None]):
    """Returns the note (possibly empty) when the facilitator confirms, None otherwise."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, summary: str, version: int) -> None:
        super().__init__(classes="dialog-screen")
        self._summary, self._version = summary, version

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog wide"):
            yield Label(f"Confirm this pairing as version {self._version}", classes="dialog-title")
            yield Static(self._summary, id="confirm-summary")
            note = Input(placeholder="Note (optional), e.g. reviewed with the HR leads", id="confirm-note")
            note.cursor_blink = False
            yield note
            with Horizontal(classes="dialog-buttons"):
                yield Button(f"Confirm version {self._version}", variant="success", id="confirm")
                yield Button("Cancel", id="cancel")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "confirm":
            self.dismiss(self.query_one("#confirm-note", Input).value.strip())
        else:
            self.dismiss(None)

    def action_cancel(self) -> None:
        self.dismiss(None)


def summary(screen: PairingBase) -> str:
    session = screen.app.pairing
    plan = session.plan
    assert plan is not None
    origins: dict[str, int] = {}
    for pair in plan.pairs:
        origins[pair.origin] = origins.get(pair.origin, 0) + 1
    unmatched = [session.person_name(p) for p in (*plan.unmatched_mentors(), *plan.unmatched_mentees())
                 if not plan.problem.is_mentor(p) or plan.free_places(p) == plan.problem.capacity_of(p)]
    lines = [
        render.plan_totals(plan),
        "Made by: " + ", ".join(f"{n} {o}" for o, n in sorted(origins.items())),
        f"Facilitator forbids: {len(plan.forbids)}"
        + "".join(f"\n  · {escape(session.person_name(m))} ↔ {escape(session.person_name(e))}: {escape(r)}"
                  for (m, e), r in plan.forbids),
        "Unmatched: " + (escape(", ".join(unmatched)) if unmatched else "nobody"),
        _unfinished_line(screen),
        "",
        "The confirmed version is stored and never changed; later edits make a new draft.",
    ]
    return "\n".join(lines)


def _unfinished_line(screen: PairingBase) -> str:
    snapshot = screen.app.cohort
    count = len(snapshot.status.not_finished()) if snapshot is not None else 0
    if not count:
        return "Everyone has finished their questionnaires."
    how = ("included (their missing criteria count as the cohort mean)"
           if screen.app.pairing.include_unfinished else "left out of this plan")
    return f"[b]{count} {'person has' if count == 1 else 'people have'} not finished[/b]: {how}."


def default_export_path(screen: PairingBase) -> Path:
    source = screen.app.source
    folder = Path(source.db.path).parent if screen.app.demo else Path.cwd()
    return folder / f"{source.program.id}.pairs.yaml"



class ConfirmFlows(PairingBase):
    """The pairing screen's confirm and export flows (dialogs awaited in a worker)."""

    @work
    async def confirm_plan(self) -> None:
        session = self.app.pairing
        if session.plan is None:
            self.notify("Run the matching first (r)", severity="warning")
            return
        if session.is_stale(self.app.cohort):
            self.notify("The cohort or the decisions changed since this plan was made: press r "
                          "to re-solve, then confirm", severity="warning", timeout=8)
            return
        if session.is_confirmed_plan():
            self.notify("This plan is already the confirmed version", severity="information")
            return
        version = 1 + len(session.source.db.plans("confirmed"))
        note = await self.app.push_screen_wait(ConfirmScreen(summary(self), version))
        if note is None:
            return
        try:
            session.confirm(note or None, self.app.cohort)
        except RmTuiError as exc:
            self.notify(str(exc), severity="error", timeout=8)
            return
        self.notify(f"Confirmed: version {session.confirmed_version()}")
        self.show_plan(session.plan)

    @work
    async def export_plan(self) -> None:
        session = self.app.pairing
        if session.plan is None:
            self.notify("Run the matching first (r)", severity="warning")
            return
        version = session.confirmed_version()
        if version is None:
            self.notify("Nothing confirmed yet: confirm the pairing first (c)", severity="warning")
            return
        if not session.is_confirmed_plan():
            go = await self.app.push_screen_wait(AskYesNo(
                "Export the confirmed version",
                f"The plan on self is a draft. Only confirmed plans are exported: write confirmed "
                f"version {version} instead? (Confirm the draft first with c to export it.)",
                yes=f"Export version {version}", no="Cancel"))
            if not go:
                return
        prompt = f"Write the pairs YAML (confirmed version {version}) to:"
        if self.app.demo:
            prompt += ("\n[dim]This demo's temporary folder is removed when you quit: type another "
                       "path to keep the file.[/dim]")
        raw = await self.app.push_screen_wait(AskText(
            "Export the pairs", prompt, value=str(default_export_path(self))))
        if not raw:
            return
        path = Path(raw).expanduser()
        if path.is_dir():
            path = path / default_export_path(self).name
        if path.exists():
            overwrite = await self.app.push_screen_wait(AskYesNo(
                "Overwrite?", f"{path} already exists. Replace it?", yes="Overwrite", no="Cancel"))
            if not overwrite:
                return
        try:
            session.export(path)
        except (RmTuiError, OSError) as exc:
            self.notify(f"Export failed: {exc}", severity="error", timeout=10)
            return
        self.notify(f"Exported confirmed version {version} to {path}", timeout=8)
