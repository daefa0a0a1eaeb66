"""Dashboard: completion by role and by questionnaire, who has not finished, live."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Label, Static

from rm_tui.core.participant import ROLES
from rm_tui.core.questionnaire import tr
from rm_tui.services.cohort import Snapshot
from rm_tui.tui.console.browser_room import BrowserRoomPanel, JoinCodeScreen
from rm_tui.tui.console.followup.health import PairHealthPanel
from rm_tui.tui.console.widgets import CompletionBar

if TYPE_CHECKING:
    from rm_tui.tui.console.app import ConsoleApp

ROLE_TITLES = {"mentor": "Mentors (juniors)", "mentee": "Mentees (seniors)"}


class DashboardScreen(Screen[None]):
    BINDINGS = [
        Binding("k", "kiosk", "Start kiosk", tooltip="Open the kiosk here (set its exit PIN first)"),
        Binding("r", "reload", "Reload", tooltip="Re-read the database now"),
        # shown by the browser-mode panel, which appears only while `rm-tui serve` runs
        Binding("w", "join_code", "Join QR", show=False),
    ]

    app: ConsoleApp

    def compose(self) -> ComposeResult:
        program = self.app.source.program
        yield Header()
        yield Static("", id="dash-banner")
        with Horizontal(id="dash-body"):
            with Vertical(id="dash-left"):
                yield Label("Completion by role", classes="section-title")
                for role in ROLES:
                    yield CompletionBar(ROLE_TITLES[role], id=f"bar-role-{role}")
                yield Label("Completion by questionnaire", classes="section-title")
                for qid in self._questionnaire_ids():
                    title = tr(program.questionnaires[qid].title, "en")
                    yield CompletionBar(title, id=f"bar-q-{qid}")
                yield Static("", id="dash-hint")
                yield BrowserRoomPanel(self.app.source.db.path, id="dash-room")
            with Vertical(id="dash-right"):
                yield Label("Not finished yet", id="dash-missing-title", classes="section-title")
                yield DataTable(id="dash-missing", cursor_type="row", zebra_stripes=True)
                yield PairHealthPanel(self.app.source.db.path, id="dash-health",
                                      only_with_pairs=True,
                                      title="Pairs needing attention (f: follow-up)")
        yield Footer(compact=True)

    def _questionnaire_ids(self) -> list[str]:
        program = self.app.source.program
        out: list[str] = []
        for role in ROLES:
            out += [q for q in program.questionnaire_ids.get(role, ()) if q not in out]
        return out

    def on_mount(self) -> None:
        table = self.query_one("#dash-missing", DataTable)
        table.add_columns("Name", "Role", "State", "Questions", "Forms")
        self.watch(self.app, "cohort", self.show)

    def show(self, snapshot: Snapshot | None) -> None:
        if snapshot is None:
            return
        status = snapshot.status
        self.query_one(PairHealthPanel).reload()  # check-ins may have changed too
        for role in ROLES:
            self.query_one(f"#bar-role-{role}", CompletionBar).show(status.by_role(role))
        for qid in self._questionnaire_ids():
            self.query_one(f"#bar-q-{qid}", CompletionBar).show(status.by_questionnaire(qid))
        missing = status.not_finished()
        banner = self.query_one("#dash-banner", Static)
        banner.set_class(status.ready, "ready")
        banner.set_class(not status.ready and status.all_started, "gaps")
        if status.ready:
            banner.update("READY TO MATCH — everyone has finished. Press m for Pairing.")
        elif status.all_started:
            banner.update(f"READY TO MATCH — everyone answered; {len(missing)} left some questions "
                          "blank (scored on what they gave). Press m.")
        else:
            counted = len(status.counted())
            banner.update(
                f"Waiting for {len(missing)} of {counted} participants to finish their questionnaires"
            )
        self.query_one("#dash-missing-title", Label).update(f"Not finished yet ({len(missing)})")
        table = self.query_one("#dash-missing", DataTable)
        table.clear()
        for row in missing:
            table.add_row(
                row.person.name, row.person.role, row.state, f"{row.answered}/{row.asked}",
                f"{len(row.done)}/{len(row.expected)}", key=row.person.id,
            )
        excluded = len(snapshot.people) - len(status.counted())
        hint = "k: start the kiosk here (you choose its exit PIN)"
        if excluded:
            hint += f"\n{excluded} excluded from matching (not counted)"
        self.query_one("#dash-hint", Static).update(hint)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        from rm_tui.tui.console.person import PersonScreen

        self.app.push_screen(PersonScreen(str(event.row_key.value)))

    def action_reload(self) -> None:
        self.app.refresh_now()

    def action_join_code(self) -> None:
        status = self.query_one(BrowserRoomPanel).status
        if status is None:
            self.notify("No browser mode running: start `rm-tui serve PROGRAM` in a terminal.")
        else:
            self.app.push_screen(JoinCodeScreen(status))

    def action_kiosk(self) -> None:
        self.app.start_kiosk()
