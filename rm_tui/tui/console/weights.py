"""Weights what-if: edit criterion weights, preview what would move, then apply (or not)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.markup import escape
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, Vertical
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, Label, Static

from rm_tui.core.errors import RmTuiError
from rm_tui.services.pairing_session import Outcome, WhatIf
from rm_tui.tui.console import render
from rm_tui.tui.console.dialogs import AskText

if TYPE_CHECKING:
    from rm_tui.tui.console.app import ConsoleApp


class WeightsScreen(Screen[Outcome | None]):
    BINDINGS = [
        Binding("escape", "cancel", "Back (discard)"),
        Binding("ctrl+r", "preview", "Preview", tooltip="Solve with these weights, show what would move"),
        Binding("ctrl+s", "apply", "Apply", tooltip="Use these weights (asks for a reason)"),
    ]

    app: ConsoleApp

    def __init__(self) -> None:
        super().__init__()
        self.preview: WhatIf | None = None

    def compose(self) -> ComposeResult:
        criteria = self.app.pairing.criteria
        yield Header()
        with Vertical(id="weights-body"):
            yield Label("Criterion weights — change, press Enter (or ctrl+r) to preview, ctrl+s to apply",
                        classes="section-title")
            with Grid(id="weights-grid"):
                for name, c in sorted(criteria.items()):
                    yield Label(render.CRITERION_TITLES.get(name, name))
                    yield Label(c.mode or "", classes="weights-mode")
                    field = Input(f"{c.weight:g}", id=f"w-{name}", type="number",
                                  classes="weights-input", compact=True, select_on_focus=False)
                    field.cursor_blink = False
                    yield field
            yield Static("", id="weights-result")
        yield Footer(compact=True)

    def weights(self) -> dict[str, float] | None:
        out: dict[str, float] = {}
        for name in self.app.pairing.criteria:
            raw = self.query_one(f"#w-{name}", Input).value.strip()
            try:
                value = float(raw)
            except ValueError:
                self.notify(f"{name}: '{raw}' is not a number", severity="error")
                return None
            if value < 0:
                self.notify(f"{name}: a weight cannot be negative", severity="error")
                return None
            out[name] = value
        if not any(out.values()):
            self.notify("At least one weight must be above 0", severity="error")
            return None
        return out

    def on_input_submitted(self) -> None:
        self.action_preview()

    def on_input_changed(self) -> None:
        self.preview = None

    def action_preview(self) -> None:
        weights = self.weights()
        if weights is None:
            return
        self.query_one("#weights-result", Static).update("Solving with these weights…")
        self._what_if(weights)

    @work(thread=True, exclusive=True, group="what-if")
    def _what_if(self, weights: dict[str, float]) -> None:
        try:
            result = self.app.pairing.what_if(weights)
        except RmTuiError as exc:
            self.app.call_from_thread(self.notify, str(exc), severity="error")
            return
        self.app.call_from_thread(self._show, result)

    def _show(self, result: WhatIf) -> None:
        self.preview = result
        session = self.app.pairing
        current = session.plan
        assert current is not None

        def name(pid: str) -> str:
            return escape(session.person_name(pid))

        changed = [n for n, c in result.criteria.items() if c.weight != session.criteria[n].weight]
        lines = [
            "[b]What if[/b] " + (", ".join(
                f"{render.CRITERION_TITLES.get(n, n)} {session.criteria[n].weight:g} → {result.criteria[n].weight:g}"
                for n in changed) or "(no weight changed)"),
            f"Now:     {render.plan_totals(current)}",
            f"What if: {render.plan_totals(result.plan)}",
            f"Today's pairs under these weights: total {result.kept_total:.1f} → re-solving "
            f"gains {render.signed(result.plan.total - result.kept_total)}",
        ]
        lines += render.diff_lines(result.change, name, limit=12)
        lines.append("ctrl+s applies these weights · Escape keeps the current ones")
        self.query_one("#weights-result", Static).update("\n".join(lines))

    @work
    async def action_apply(self) -> None:
        weights = self.weights()
        if weights is None:
            return
        if self.preview is None or {n: c.weight for n, c in self.preview.criteria.items()} != weights:
            self.notify("Preview first (Enter), so you see what would move", severity="warning")
            return
        reason = await self.app.push_screen_wait(AskText(
            "Apply new weights", "Why? (goes to the audit log)", required=False))
        if reason is None:
            return
        outcome = self.app.pairing.apply_weights(self.preview, reason or None)
        self.dismiss(outcome)

    def action_cancel(self) -> None:
        self.dismiss(None)
