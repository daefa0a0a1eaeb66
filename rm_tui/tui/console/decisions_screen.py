"""The facilitator's decisions in the console: what is in force (locks, forbids, never-again
pairs, exclusions, weights, objective) and the decision log, newest first. `x` lifts the
selected lock, forbid or never-again (asks why); the pairing screen then re-solves."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.markup import escape
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Label

from rm_tui.core.decisions import Decision, fold, log_entry
from rm_tui.tui.console import render
from rm_tui.tui.console.dialogs import AskText
from rm_tui.tui.console.widgets import Table
from rm_tui.tui.console.words import ConsoleWords
from rm_tui.tui.speak import speak

if TYPE_CHECKING:
    from rm_tui.tui.console.app import ConsoleApp

LOG_SHOWN = 200  # newest entries listed


class DecisionsScreen(ConsoleWords, Screen[tuple[str, str, str] | None]):
    BINDINGS = [
        Binding("x", "lift", "console.decisions.bind.lift", tooltip="console.decisions.bind.lift_tip"),
        Binding("escape", "close", "console.bind.back"),
    ]

    app: ConsoleApp


    def compose(self) -> ComposeResult:
        speak(self, self.app.lang)  # before the Footer composes: it shows the worded keys
        yield Header()
        with Vertical(id="decisions-box"):
            yield Label(self._w("console.decisions.in_force"), id="decisions-title", classes="section-title")
            yield Table(id="in-force", cursor_type="row", zebra_stripes=True)
            yield Label(self._w("console.decisions.log"), id="log-title", classes="section-title")
            yield Table(id="decision-log", cursor_type="row", zebra_stripes=True)
        yield Footer(compact=True)

    def on_mount(self) -> None:
        force = self.query_one("#in-force", DataTable)
        force.add_columns(*(self._w(f"console.decisions.col.{k}") for k in ("kind", "who", "reason", "since")))
        self.query_one("#decision-log", DataTable).add_columns(
            *(self._w(f"console.decisions.col.{k}") for k in ("when", "action", "what", "reason")))
        self.refresh_tables()

    def who(self, pid: str | None) -> str:
        return escape(self.app.pairing.person_name(pid)) if pid else "?"

    def refresh_tables(self) -> None:
        log = self.app.source.db.decisions()
        state = fold(log)
        force = self.query_one("#in-force", DataTable)
        force.clear()
        for kind, rows in (("lock", state.locks), ("forbid", state.forbids),
                           ("never again", state.never_again)):  # fmt: skip
            for d in rows:
                force.add_row(self._w(f"console.decisions.kind.{kind}"), f"{self.who(d.mentor)} + {self.who(d.mentee)}",
                              escape(render.decided_words("reason", d.reason, self.app.lang)),
                              d.at[:16].replace("T", " "),
                              key=f"{d.mentor}|{d.mentee}|{kind}")  # fmt: skip
        for x in state.excluded:
            force.add_row(self._w("console.decisions.kind.excluded"), self.who(x.id), escape(x.reason or ""),
                          x.at[:16].replace("T", " "), key=f"{x.id}||excluded")  # fmt: skip
        self.query_one("#decisions-title", Label).update(self._w("console.decisions.in_force_n", n=force.row_count))
        table = self.query_one("#decision-log", DataTable)
        table.clear()
        for done in list(reversed(log))[:LOG_SHOWN]:
            entry = log_entry(done)
            table.add_row(str(entry["at"])[:19].replace("T", " "),
                          render.decided_words("action", done.action, self.app.lang), self._what(done),
                          escape(render.decided_words("reason", done.reason, self.app.lang)))
        self.query_one("#log-title", Label).update(self._w("console.decisions.log_n", n=len(log)))

    def _what(self, d: Decision) -> str:
        if d.mentor:
            return f"{self.who(d.mentor)} + {self.who(d.mentee)}"
        if d.participant:
            return self.who(d.participant)
        if d.action == "weight":
            return f"{d.name} = {d.weight:g}"
        if d.action == "objective":
            return str(d.objective)
        return self._w("console.decisions.version", version=d.version) if d.version else ""

    @work
    async def action_lift(self) -> None:
        table = self.query_one("#in-force", DataTable)
        if not table.row_count:
            self.notify(self._w("console.decisions.nothing"), severity="warning")
            return
        key, _ = table.coordinate_to_cell_key(table.cursor_coordinate)
        mentor, mentee, kind = str(key.value).split("|")
        if kind == "excluded":
            self.notify(self._w("console.decisions.bring_back"), severity="warning")
            return
        reason = await self.app.push_screen_wait(AskText(
            self._w("console.decisions.lift_title", kind=self._w(f"console.decisions.kind.{kind}")),
            self._w("console.decisions.lift_why", mentor=self.who(mentor), mentee=self.who(mentee)),
            placeholder=self._w("console.decisions.lift_example")))
        if reason:
            self.dismiss((f"lift:{reason}", mentor, mentee))

    def action_close(self) -> None:
        self.dismiss(None)
