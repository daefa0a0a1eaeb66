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

from rm_tui.core.errors import RmTuiError, said
from rm_tui.services.pairing_session import Outcome, WhatIf
from rm_tui.tui.console import render
from rm_tui.tui.console.dialogs import AskText
from rm_tui.tui.console.messages import WhatIfReady
from rm_tui.tui.console.words import ConsoleWords
from rm_tui.tui.speak import speak

if TYPE_CHECKING:
    from rm_tui.tui.console.app import ConsoleApp


class WeightsScreen(ConsoleWords, Screen[Outcome | None]):
    BINDINGS = [
        Binding("escape", "cancel", "console.weights.bind.back"),
        Binding("ctrl+r", "preview", "console.weights.bind.preview", tooltip="console.weights.bind.preview_tip"),
        Binding("ctrl+s", "apply", "console.weights.bind.apply", tooltip="console.weights.bind.apply_tip"),
    ]

    app: ConsoleApp

    def __init__(self) -> None:
        super().__init__()
        self.preview: WhatIf | None = None
        self.solving = False  # one what-if at a time: a second press is refused, not queued

    def compose(self) -> ComposeResult:
        speak(self, self.app.lang)  # before the Footer composes: it shows the worded keys
        criteria = self.app.pairing.criteria
        yield Header()
        with Vertical(id="weights-body"):
            yield Label(self._w("console.weights.title"), classes="section-title")
            with Grid(id="weights-grid"):
                for name, c in sorted(criteria.items()):
                    yield Label(render.criterion_title(name, self.app.lang))
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
                self.notify(self._w("console.weights.not_number", name=name, raw=raw), severity="error")
                return None
            if value < 0:
                self.notify(self._w("console.weights.negative", name=name), severity="error")
                return None
            out[name] = value
        if not any(out.values()):
            self.notify(self._w("console.weights.all_zero"), severity="error")
            return None
        return out

    def on_input_submitted(self) -> None:
        self.action_preview()

    def on_input_changed(self) -> None:
        self.preview = None

    def action_preview(self) -> None:
        if self.solving:  # a solve cannot be stopped half-way: a second one would only queue
            self.notify(self._w("console.pairing.still_working", action=self._w("console.weights.solving").rstrip("…")),
                        timeout=3)
            return
        weights = self.weights()
        if weights is None:
            return
        result = self.query_one("#weights-result", Static)
        result.update(self._w("console.weights.solving"))
        result.loading = True  # the progress indicator
        self.solving = True
        self._what_if(weights)

    def _solved(self) -> None:
        self.solving = False
        self.query_one("#weights-result", Static).loading = False

    @work(thread=True, group="what-if")
    def _what_if(self, weights: dict[str, float]) -> None:
        try:
            result = self.app.pairing.what_if(weights)
        except RmTuiError as exc:
            self.post_message(WhatIfReady(None, said(exc, self.app.lang)))
            return
        except Exception as exc:  # in front of the room: report it, keep the screen usable
            self.post_message(WhatIfReady(None, self._w("pairing.unexpected", error=f"{type(exc).__name__}: {exc}")))
            return
        self.post_message(WhatIfReady(result))

    def on_what_if_ready(self, message: WhatIfReady) -> None:
        self._solved()
        if message.result is None:
            self.query_one("#weights-result", Static).update("")
            self.notify(message.error or "", severity="error")
            return
        result: WhatIf = message.result
        self.preview = result
        session = self.app.pairing
        current = session.plan
        assert current is not None

        def name(pid: str) -> str:
            return escape(session.person_name(pid))

        changed = [n for n, c in result.criteria.items() if c.weight != session.criteria[n].weight]
        lines = [
            self._w("console.weights.what_if", changes=", ".join(
                f"{render.criterion_title(n, self.app.lang)} {session.criteria[n].weight:g} → {result.criteria[n].weight:g}"
                for n in changed) or self._w("console.weights.no_change")),
            self._w("console.weights.now", totals=render.plan_totals(current, self.app.lang)),
            self._w("console.weights.then", totals=render.plan_totals(result.plan, self.app.lang)),
            self._w("console.weights.today", kept=f"{result.kept_total:.1f}",
                    gain=render.signed(result.plan.total - result.kept_total)),
        ]
        lines += render.diff_lines(result.change, name, limit=12, lang=self.app.lang)
        lines.append(self._w("console.weights.footer"))
        self.query_one("#weights-result", Static).update("\n".join(lines))

    @work
    async def action_apply(self) -> None:
        weights = self.weights()
        if weights is None:
            return
        if self.preview is None or {n: c.weight for n, c in self.preview.criteria.items()} != weights:
            self.notify(self._w("console.weights.preview_first"), severity="warning")
            return
        reason = await self.app.push_screen_wait(AskText(
            self._w("console.weights.apply_title"), self._w("console.why_audit"), required=False))
        if reason is None:
            return
        outcome = self.app.pairing.apply_weights(self.preview, reason or None)
        self.dismiss(outcome)

    def action_cancel(self) -> None:
        self.dismiss(None)
