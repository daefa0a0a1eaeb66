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

from rm_tui.core.errors import RmTuiError, said
from rm_tui.i18n import in_lang, t, tn
from rm_tui.tui.console import render
from rm_tui.tui.console.dialogs import AskText, AskYesNo
from rm_tui.tui.console.pairing_base import PairingBase
from rm_tui.tui.speak import program_lang, speak


class ConfirmScreen(ModalScreen[str | None]):
    """Returns the note (possibly empty) when the facilitator confirms, None otherwise."""

    BINDINGS = [Binding("escape", "cancel", "console.bind.cancel")]

    def __init__(self, summary: str, version: int) -> None:
        super().__init__(classes="dialog-screen")
        self._summary, self._version = summary, version

    def compose(self) -> ComposeResult:
        lang = program_lang(self.app)
        speak(self, lang)
        with Vertical(classes="dialog wide"):
            yield Label(t("pairing.confirm.title", lang, version=self._version), classes="dialog-title")
            yield Static(self._summary, id="confirm-summary")
            note = Input(placeholder=t("pairing.confirm.note", lang), id="confirm-note")
            note.cursor_blink = False
            yield note
            with Horizontal(classes="dialog-buttons"):
                yield Button(t("pairing.confirm.button", lang, version=self._version), variant="success",
                             id="confirm")
                yield Button(t("console.bind.cancel", lang), id="cancel")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "confirm":
            self.dismiss(self.query_one("#confirm-note", Input).value.strip())
        else:
            self.dismiss(None)

    def action_cancel(self) -> None:
        self.dismiss(None)


def summary(screen: PairingBase) -> str:
    lang = screen.app.lang
    session = screen.app.pairing
    plan = session.plan
    assert plan is not None
    origins: dict[str, int] = {}
    for pair in plan.pairs:
        origins[pair.origin] = origins.get(pair.origin, 0) + 1
    unmatched = [session.person_name(p) for p in (*plan.unmatched_mentors(), *plan.unmatched_mentees())
                 if not plan.problem.is_mentor(p) or plan.free_places(p) == plan.problem.capacity_of(p)]
    made_by = ", ".join(f"{n} {render.origin_mark(o, lang)}" for o, n in sorted(origins.items()))
    lines = [
        render.plan_totals(plan, lang),
        t("pairing.confirm.made_by", lang, origins=made_by),
        t("pairing.confirm.forbids", lang, n=len(plan.forbids))
        + "".join(f"\n  · {escape(session.person_name(m))} ↔ {escape(session.person_name(e))}: {escape(r)}"
                  for (m, e), r in plan.forbids),
        t("pairing.confirm.unmatched", lang,
          who=escape(", ".join(unmatched)) if unmatched else t("pairing.confirm.nobody", lang)),
        _unfinished_line(screen),
        "",
        t("pairing.confirm.stored", lang),
    ]
    return "\n".join(lines)


def _unfinished_line(screen: PairingBase) -> str:
    lang = screen.app.lang
    snapshot = screen.app.cohort
    count = len(snapshot.status.not_finished()) if snapshot is not None else 0
    if not count:
        return t("pairing.confirm.all_finished", lang)
    how = t("pairing.confirm.unfinished_in" if screen.app.pairing.include_unfinished
            else "pairing.confirm.unfinished_out", lang)
    return tn("pairing.confirm.unfinished", count, lang, how=how)


def default_export_path(screen: PairingBase) -> Path:
    source = screen.app.source
    folder = Path(source.db.path).parent if screen.app.demo else Path.cwd()
    return folder / f"{source.program.id}.pairs.yaml"



class ConfirmFlows(PairingBase):
    """The pairing screen's confirm and export flows (dialogs awaited in a worker)."""

    @work
    async def confirm_plan(self) -> None:
        lang = self.app.lang
        session = self.app.pairing
        if session.plan is None:
            self.notify(t("console.pairing.run_first", lang), severity="warning")
            return
        if session.is_stale(self.app.cohort):
            self.notify(t("pairing.confirm.stale", lang), severity="warning", timeout=8)
            return
        if session.is_confirmed_plan():
            self.notify(t("pairing.confirm.already", lang), severity="information")
            return
        version = 1 + len(session.source.db.plans("confirmed"))
        note = await self.app.push_screen_wait(ConfirmScreen(summary(self), version))
        if note is None:
            return
        try:
            session.confirm(note or None, self.app.cohort)
        except RmTuiError as exc:
            self.notify(said(exc, lang), severity="error", timeout=8)
            return
        self.notify(t("pairing.confirm.done", lang, version=session.confirmed_version()))
        self.show_plan(session.plan)

    @work
    async def export_plan(self) -> None:
        lang = self.app.lang
        session = self.app.pairing
        if session.plan is None:
            self.notify(t("console.pairing.run_first", lang), severity="warning")
            return
        version = session.confirmed_version()
        if version is None:
            self.notify(t("pairing.export.nothing", lang), severity="warning")
            return
        if not session.is_confirmed_plan():
            go = await self.app.push_screen_wait(AskYesNo(
                t("pairing.export.confirmed_title", lang),
                t("pairing.export.draft_body", lang, version=version),
                yes=t("pairing.export.yes", lang, version=version), no=t("console.bind.cancel", lang)))
            if not go:
                return
        prompt = t("pairing.export.prompt", lang, version=version)
        if self.app.demo:
            prompt += t("pairing.export.demo", lang)
        raw = await self.app.push_screen_wait(AskText(
            t("pairing.export.title", lang), prompt, value=str(default_export_path(self))))
        if not raw:
            return
        path = Path(raw).expanduser()
        if path.is_dir():
            path = path / default_export_path(self).name
        if path.exists():
            overwrite = await self.app.push_screen_wait(AskYesNo(
                t("pairing.export.overwrite", lang), t("pairing.export.exists", lang, path=escape(str(path))),
                yes=t("pairing.export.overwrite_yes", lang), no=t("console.bind.cancel", lang)))
            if not overwrite:
                return
        try:
            session.export(path)
        except (RmTuiError, OSError) as exc:
            self.notify(t("pairing.export.failed", lang, error=escape(said(exc, lang))), severity="error",
                        timeout=10)
            return
        self.notify(t("pairing.export.done", lang, version=version, path=escape(str(path))), timeout=8)
        for warning in session.export_warnings():
            self.notify(escape(in_lang(warning, lang)), severity="warning", timeout=15)
