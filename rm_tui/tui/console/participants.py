"""Participants: a searchable table; Enter opens a person."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Input
from textual.widgets.data_table import RowDoesNotExist

from rm_tui.i18n import t
from rm_tui.services.cohort import Snapshot
from rm_tui.tui.console.widgets import Table
from rm_tui.tui.speak import speak

if TYPE_CHECKING:
    from rm_tui.tui.console.app import ConsoleApp

COLUMNS = ("id", "name", "role", "job_family", "subsidiary", "team", "questionnaires", "matching")


class ParticipantsScreen(Screen[None]):
    BINDINGS = [
        Binding("slash", "search", "console.people.bind.search", tooltip="console.people.bind.search_tip"),
        Binding("enter", "open", "console.people.bind.open", tooltip="console.people.bind.open_tip",
                show=True),
        Binding("escape", "clear_search", "console.people.bind.clear", show=False),
    ]

    app: ConsoleApp

    def compose(self) -> ComposeResult:
        speak(self, self.app.lang)  # before the Footer composes: it shows the worded keys
        yield Header()
        search = Input(placeholder=t("console.people.search", self.app.lang),
                       id="people-search")
        search.cursor_blink = False
        yield search
        yield Table(id="people", cursor_type="row", zebra_stripes=True)
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one("#people", DataTable).add_columns(
            *(t(f"console.people.col.{k}", self.app.lang) for k in COLUMNS))
        self.watch(self.app, "cohort", self.show)
        self.query_one("#people", DataTable).focus()

    def show(self, snapshot: Snapshot | None = None) -> None:
        snapshot = snapshot or self.app.cohort
        if snapshot is None:
            return
        needle = self.query_one("#people-search", Input).value.strip().lower()
        lang = self.app.lang
        table = self.query_one("#people", DataTable)
        selected = self._selected_id()
        table.clear()
        progress = {row.person.id: row for row in snapshot.status.people}
        for person in sorted(snapshot.people, key=lambda p: (p.role, p.name)):
            row = progress[person.id]
            cells = (
                person.id, person.name, t(f"console.role.{person.role}", lang),
                person.job_family or "—", person.subsidiary or "—", person.team or "—",
                f"{len(row.done)}/{len(row.expected)} {t(f'console.state.{row.state}', lang)}",
                t("console.people.excluded" if person.excluded else "console.people.in", lang),
            )
            if needle and needle not in " ".join(cells).lower():
                continue
            table.add_row(*cells, key=person.id)
        if selected is not None:
            with contextlib.suppress(RowDoesNotExist):  # filtered out now
                table.move_cursor(row=table.get_row_index(selected))

    def _selected_id(self) -> str | None:
        table = self.query_one("#people", DataTable)
        if not table.row_count:
            return None
        key, _ = table.coordinate_to_cell_key(table.cursor_coordinate)
        return str(key.value)

    def on_input_changed(self, event: Input.Changed) -> None:
        self.show()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.query_one("#people", DataTable).focus()

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        self.open_person(str(event.row_key.value))

    def action_search(self) -> None:
        self.query_one("#people-search", Input).focus()

    def action_clear_search(self) -> None:
        self.query_one("#people-search", Input).value = ""
        self.query_one("#people", DataTable).focus()

    def action_open(self) -> None:
        pid = self._selected_id()
        if pid:
            self.open_person(pid)

    def open_person(self, pid: str) -> None:
        from rm_tui.tui.console.person import PersonScreen

        self.app.push_screen(PersonScreen(pid))
