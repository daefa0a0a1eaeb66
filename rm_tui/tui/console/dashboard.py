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
from rm_tui.i18n import t
from rm_tui.services.cohort import Snapshot
from rm_tui.tui.console.browser_room import BrowserRoomPanel, JoinCodeScreen
from rm_tui.tui.console.followup.health import PairHealthPanel
from rm_tui.tui.console.widgets import CompletionBar, Table
from rm_tui.tui.speak import speak

if TYPE_CHECKING:
    from rm_tui.tui.console.app import ConsoleApp

class DashboardScreen(Screen[None]):
    BINDINGS = [
        Binding("k", "kiosk", "console.dash.bind.kiosk", tooltip="console.dash.bind.kiosk_tip"),
        Binding("r", "reload", "console.dash.bind.reload", tooltip="console.dash.bind.reload_tip"),
        # shown by the browser-mode panel, which appears only while `rm-tui serve` runs
        Binding("w", "join_code", "console.dash.bind.join", show=False),
    ]

    app: ConsoleApp

    def compose(self) -> ComposeResult:
        speak(self, self.app.lang)  # before the Footer composes: it shows the worded keys
        program, lang = self.app.source.program, self.app.lang
        yield Header()
        yield Static("", id="dash-banner")
        with Horizontal(id="dash-body"):
            with Vertical(id="dash-left"):
                yield Label(t("console.dash.by_role", lang), classes="section-title")
                for role in ROLES:
                    yield CompletionBar(t(f"console.dash.role.{role}", lang), id=f"bar-role-{role}")
                yield Label(t("console.dash.by_questionnaire", lang), classes="section-title")
                for qid in self._questionnaire_ids():
                    title = tr(program.questionnaires[qid].title, lang)
                    yield CompletionBar(title, id=f"bar-q-{qid}")
                yield Static("", id="dash-hint")
                yield BrowserRoomPanel(self.app.source.db.path, id="dash-room")
            with Vertical(id="dash-right"):
                yield Label(t("console.dash.missing", lang), id="dash-missing-title",
                            classes="section-title")
                yield Table(id="dash-missing", cursor_type="row", zebra_stripes=True)
                yield PairHealthPanel(self.app.source.db.path, id="dash-health",
                                      only_with_pairs=True,
                                      title=t("console.dash.health_title", lang), lang=lang)
        yield Footer(compact=True)

    def _questionnaire_ids(self) -> list[str]:
        program = self.app.source.program
        out: list[str] = []
        for role in ROLES:
            out += [q for q in program.questionnaire_ids.get(role, ()) if q not in out]
        return out

    def on_mount(self) -> None:
        table = self.query_one("#dash-missing", DataTable)
        table.add_columns(*(t(f"console.dash.col.{k}", self.app.lang)
                            for k in ("name", "role", "state", "questions", "forms")))
        self.watch(self.app, "cohort", self.show)

    def show(self, snapshot: Snapshot | None) -> None:
        if snapshot is None:
            return
        status, lang = snapshot.status, self.app.lang
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
            banner.update(t("console.dash.ready", lang))
        elif status.all_started:
            banner.update(t("console.dash.ready_gaps", lang, n=len(missing)))
        else:
            banner.update(t("console.dash.waiting", lang, n=len(missing), counted=len(status.counted())))
        self.query_one("#dash-missing-title", Label).update(t("console.dash.missing_n", lang, n=len(missing)))
        table = self.query_one("#dash-missing", DataTable)
        table.clear()
        for row in missing:
            table.add_row(
                row.person.name, t(f"console.role.{row.person.role}", lang),
                t(f"console.state.{row.state}", lang), f"{row.answered}/{row.asked}",
                f"{len(row.done)}/{len(row.expected)}", key=row.person.id,
            )
        excluded = len(snapshot.people) - len(status.counted())
        hint = t("console.dash.hint", lang)
        if excluded:
            hint += "\n" + t("console.dash.excluded", lang, n=excluded)
        self.query_one("#dash-hint", Static).update(hint)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        from rm_tui.tui.console.person import PersonScreen

        self.app.push_screen(PersonScreen(str(event.row_key.value)))

    def action_reload(self) -> None:
        self.app.refresh_now()

    def action_join_code(self) -> None:
        status = self.query_one(BrowserRoomPanel).status
        if status is None:
            self.notify(t("console.dash.no_browser", self.app.lang))
        else:
            self.app.push_screen(JoinCodeScreen(status))

    def action_kiosk(self) -> None:
        self.app.start_kiosk()
