"""Pairing: run the matching, review the pairs and the unmatched, adjust, confirm, export.

Every engine call runs in a thread worker (one at a time) and comes back as a `PlanReady` /
`PlanFailed` message, so the screen never freezes; the table and diff are redrawn from it.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from rich.markup import escape
from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import DataTable, Footer, Header, Label, Static
from textual.widgets.data_table import RowDoesNotExist

from rm_tui.core.errors import RmTuiError, said
from rm_tui.core.plan import Key, Objective, Plan
from rm_tui.services.pairing_session import Outcome
from rm_tui.tui.console import render
from rm_tui.tui.console.confirm import ConfirmFlows
from rm_tui.tui.console.dialogs import AskText
from rm_tui.tui.console.messages import NoPlanStored, PlanFailed, PlanReady
from rm_tui.tui.console.pairing_keys import PAIRING_BINDINGS, action_words
from rm_tui.tui.console.unmatched import UnmatchedFlows, fill_unmatched
from rm_tui.tui.console.widgets import Table
from rm_tui.tui.console.words import ConsoleWords
from rm_tui.tui.speak import speak

if TYPE_CHECKING:
    from rm_tui.tui.console.app import ConsoleApp

class PairingScreen(ConsoleWords, ConfirmFlows, UnmatchedFlows):
    BINDINGS = PAIRING_BINDINGS  # most used first: the Footer shows as many as fit

    app: ConsoleApp

    def __init__(self) -> None:
        super().__init__()
        self.swap_first: Key | None = None
        self.last: Outcome | None = None
        self.busy: str | None = None  # the engine call running, if any


    def compose(self) -> ComposeResult:
        speak(self, self.app.lang)  # before the Footer composes: it shows the worded keys
        yield Header()
        yield Static(self._w("console.pairing.no_plan"), id="pair-summary")
        yield Table(id="pairs", cursor_type="row", zebra_stripes=True)
        with Horizontal(id="pair-bottom"):
            with Vertical(id="pair-unmatched-box"):
                yield Label(self._w("console.pairing.unmatched"), id="pair-unmatched-title", classes="section-title")
                yield Table(id="unmatched", cursor_type="row")
            yield Static("", id="pair-diff")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        pairs = self.query_one("#pairs", DataTable)
        for key, width in (("mentor", 20), ("mentee", 20), ("score", 6), ("reasons", 52), ("origin", 11)):
            pairs.add_column(self._w(f"console.pairing.col.{key}"), width=width, key=key)
        self.query_one("#unmatched", DataTable).add_columns(
            *(self._w(f"console.pairing.col.{k}") for k in ("person", "role", "why")))
        if self.app.pairing.plan is not None:
            self.show_plan(self.app.pairing.plan)
        else:
            self._show_no_plan()
            snapshot = self.app.cohort
            if snapshot is not None and self.app.source.db.latest_plan() is not None:
                self.submit("open the latest plan", lambda: self.app.pairing.resume(snapshot))
        self.watch(self.app, "cohort", self._cohort_changed, init=False)

    def _show_no_plan(self) -> None:
        confirmed = self.app.source.db.latest_confirmed()
        text = self._w("console.pairing.no_plan")
        if confirmed is not None:
            text += "\n" + self._w("console.pairing.confirmed_stored", version=confirmed.get("version"),
                                   at=confirmed.get("created", "")[:16].replace("T", " "))
        self.query_one("#pair-summary", Static).update(text)

    def _cohort_changed(self) -> None:
        plan = self.app.pairing.plan
        if plan is not None and self.swap_first is None:
            self.show_plan(plan)

    # -- names ------------------------------------------------------------------------------
    def who(self, pid: str) -> str:
        return escape(self.app.pairing.person_name(pid))

    # -- running engine work off the UI thread ---------------------------------------------------
    def submit(self, action: str, call: Callable[[], Outcome | None]) -> None:
        if self.busy:  # a second key press is refused, not queued behind the first
            return self.notify(self._w("console.pairing.still_working", action=action_words(self.busy, self.app.lang)), timeout=3)
        self.busy = action
        self.query_one("#pair-summary", Static).update(self._w("console.pairing.working", action=action_words(action, self.app.lang)))
        self.query_one("#pair-diff", Static).loading = True  # the progress indicator
        self._run(action, call)

    def idle(self) -> None:
        self.busy = None
        self.query_one("#pair-diff", Static).loading = False

    @work(thread=True, group="plan")
    def _run(self, action: str, call: Callable[[], Outcome | None]) -> None:
        try:
            outcome = call()
            if outcome is None:  # nothing stored to open
                self.post_message(NoPlanStored())
                return
        except RmTuiError as exc:
            self.post_message(PlanFailed(action, said(exc, self.app.lang)))
            return
        except Exception as exc:  # in front of the room: report, keep the plan, never crash
            self.post_message(PlanFailed(action, self._w("pairing.unexpected", error=f"{type(exc).__name__}: {exc}")))
            return
        self.post_message(PlanReady(outcome))

    @on(NoPlanStored)
    def no_plan_stored(self) -> None:
        self.idle()
        self._show_no_plan()

    @on(PlanReady)
    def plan_ready(self, message: PlanReady) -> None:
        self.idle()
        outcome: Outcome = message.outcome
        self.last = outcome
        self.swap_first = None
        self.show_plan(outcome.plan, select=self._focus_key(outcome))
        lines = [self._w("console.pairing.last_change", action=action_words(outcome.action, self.app.lang))]
        lines += render.diff_lines(outcome.change, self.who, lang=self.app.lang)
        if outcome.note:
            lines.append(escape(outcome.note.text(self.app.lang)))
        self.query_one("#pair-diff", Static).update("\n".join(lines))

    def humanize(self, text: str) -> str:
        plan = self.app.pairing.plan
        ids = [*plan.problem.mentors, *plan.problem.mentees] if plan else []
        return escape(render.name_people(text, ids, self.app.pairing.person_name))

    @on(PlanFailed)
    def plan_failed(self, message: PlanFailed) -> None:
        self.idle()
        self.swap_first = None
        self.notify(f"{action_words(message.action, self.app.lang)}: {self.humanize(message.error)}", severity="error", timeout=8)
        plan = self.app.pairing.plan
        if plan is not None:
            self.show_plan(plan)
        else:
            self.query_one("#pair-summary", Static).update(
                self._w("console.pairing.could_not", action=action_words(message.action, self.app.lang), error=message.error))

    def _focus_key(self, outcome: Outcome) -> Key | None:
        if outcome.change and outcome.change.added:
            return outcome.change.added[0].key
        return None

    # -- drawing -------------------------------------------------------------------------------
    def show_plan(self, plan: Plan, select: Key | None = None) -> None:
        session = self.app.pairing
        status = self._w("console.pairing.status.draft")
        if session.confirmed_id is not None:
            version = session.confirmed_version()
            status = self._w("console.pairing.status.confirmed" if session.is_confirmed_plan()
                             else "console.pairing.status.changed", version=version)
        counts = self._w("console.pairing.counts", locks=len(plan.locks), forbids=len(plan.forbids))
        cohort = self.app.cohort
        left = len(cohort.status.not_finished()) if cohort is not None else 0
        if left:
            counts += self._w("console.pairing.left_included" if session.include_unfinished
                              else "console.pairing.left_out", n=left)
        if session.is_stale(self.app.cohort):
            counts += self._w("console.pairing.stale")
        self.query_one("#pair-summary", Static).update(
            f"[b]{render.plan_totals(plan, self.app.lang)}[/b]\n{status} · {counts}"
            + (self._w("console.pairing.swap_marked", mentor=self.who(self.swap_first[0]),
                       mentee=self.who(self.swap_first[1])) if self.swap_first else "")
        )
        table = self.query_one("#pairs", DataTable)
        keep = select or self.selected_pair()
        table.clear()
        for pair in sorted(plan.pairs, key=lambda p: (-p.score, p.key)):
            breakdown = plan.problem.pair_breakdown(pair.mentor, pair.mentee)
            origin = render.origin_mark(pair.origin, self.app.lang)
            if self.swap_first == pair.key:
                origin = self._w("console.pairing.marked")
            flag = "*" if getattr(breakdown, "flagged", False) else ""
            table.add_row(self.who(pair.mentor), self.who(pair.mentee), f"{pair.score:.1f}{flag}",
                          escape(render.top_reasons(breakdown, lang=self.app.lang)), origin,
                          key=f"{pair.mentor}|{pair.mentee}")
        if keep is not None:
            with contextlib.suppress(RowDoesNotExist):  # that pair is gone
                table.move_cursor(row=table.get_row_index(f"{keep[0]}|{keep[1]}"))
        self._show_unmatched(plan)

    def _show_unmatched(self, plan: Plan) -> None:
        fill_unmatched(self, plan)

    def selected_pair(self) -> Key | None:
        table = self.query_one("#pairs", DataTable)
        if not table.row_count:
            return None
        key, _ = table.coordinate_to_cell_key(table.cursor_coordinate)
        mentor, mentee = str(key.value).split("|")
        return mentor, mentee

    def selected_unmatched(self) -> str | None:
        table = self.query_one("#unmatched", DataTable)
        if not table.row_count:
            return None
        key, _ = table.coordinate_to_cell_key(table.cursor_coordinate)
        return str(key.value)

    def _need_pair(self) -> Key | None:
        pair = self.selected_pair()
        if pair is None:
            self.notify(self._w("console.pairing.select_pair"), severity="warning")
        return pair

    # -- actions -------------------------------------------------------------------------------
    def action_run(self) -> None:
        snapshot = self.app.cohort
        if snapshot is None:
            return
        missing = len(snapshot.status.not_finished())
        if missing:
            self.notify(self._w("console.pairing.unfinished_included" if self.app.pairing.include_unfinished
                                else "console.pairing.unfinished_out", n=missing), severity="warning")
        self.submit("run the matching", lambda: self.app.pairing.run(snapshot))

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        if event.data_table.id == "pairs":
            self.action_detail()
        elif event.data_table.id == "unmatched":
            self._explain_unmatched()

    def action_detail(self) -> None:
        from rm_tui.tui.console.pair_detail import PairDetailScreen

        if self.query_one("#unmatched", DataTable).has_focus:
            self._explain_unmatched()
            return
        pair = self._need_pair()
        if pair:
            self.app.push_screen(PairDetailScreen(*pair), self._after_detail)

    def _after_detail(self, result: tuple[str, str, str] | None) -> None:
        """The detail screen can ask for an action on its pair, or to force an alternative."""
        if not result:
            return
        action, mentor, mentee = result
        session = self.app.pairing
        if action == "assign":
            self.submit("assign", lambda: session.assign(mentor, mentee))
        elif action == "lock":
            self._lock(mentor, mentee)
        elif action == "forbid":
            self._forbid(mentor, mentee)
        elif action == "unpair":
            self.submit("unpair", lambda: session.unpair(mentor, mentee))
        elif action.startswith("lift:"):
            reason = action.removeprefix("lift:")
            self.submit("lift", lambda: session.lift(mentor, mentee, reason))

    def _explain_unmatched(self) -> None:
        pid = self.selected_unmatched()
        if pid is not None and self.app.pairing.plan is not None:
            self.explain_unmatched(pid)

    def action_lock(self) -> None:
        pair = self._need_pair()
        if pair:
            self._lock(*pair)

    def _lock(self, mentor: str, mentee: str) -> None:
        session = self.app.pairing
        plan = session.plan
        if plan is not None and plan.is_locked(mentor, mentee):
            self.submit("unlock", lambda: session.unlock(mentor, mentee))
        else:
            self.submit("lock", lambda: session.lock(mentor, mentee))

    def action_forbid(self) -> None:
        pair = self._need_pair()
        if pair:
            self._forbid(*pair)

    @work
    async def _forbid(self, mentor: str, mentee: str) -> None:
        reason = await self.app.push_screen_wait(AskText(
            self._w("console.pairing.forbid_title"),
            self._w("console.pairing.forbid_why", mentor=self.who(mentor), mentee=self.who(mentee)),
            placeholder=self._w("console.pairing.forbid_example")))
        if reason:
            self.submit("forbid", lambda: self.app.pairing.forbid(mentor, mentee, reason))

    def action_swap(self) -> None:
        pair = self._need_pair()
        if pair is None:
            return
        plan = self.app.pairing.plan
        if plan is not None and plan.is_locked(*pair):
            return self.notify(self._w("console.pairing.locked_swap"), severity="warning")
        if self.swap_first is None or self.swap_first == pair:
            self.swap_first = None if self.swap_first == pair else pair
            if self.app.pairing.plan is not None:
                self.show_plan(self.app.pairing.plan)
            if self.swap_first:
                self.notify(self._w("console.pairing.swap_hint"))
            return
        first, second = self.swap_first, pair
        self.submit("swap", lambda: self.app.pairing.swap(first, second))

    def action_cancel_swap(self) -> None:
        if self.swap_first is not None:
            self.swap_first = None
            if self.app.pairing.plan is not None:
                self.show_plan(self.app.pairing.plan)

    def action_unpair(self) -> None:
        pair = self._need_pair()
        if pair:
            self.submit("unpair", lambda: self.app.pairing.unpair(*pair))

    def action_assign(self) -> None:
        if self.app.pairing.plan is None:
            return self.notify(self._w("console.pairing.run_first"), severity="warning")
        unmatched = self.query_one("#unmatched", DataTable)
        if unmatched.has_focus and self.selected_unmatched():
            person = self.selected_unmatched()
        else:
            pair = self._need_pair()
            if pair is None:
                return
            person = pair[1]  # by default: find another mentor for this mentee
        assert person is not None
        self.start_assign(person)

    def action_load_confirmed(self) -> None:
        snapshot = self.app.cohort
        if snapshot is not None:
            self.submit("load the confirmed version", lambda: self.app.pairing.load_confirmed(snapshot))

    def action_reoptimise(self) -> None:
        self.submit("re-optimise", self.app.pairing.reoptimise)

    def action_objective(self) -> None:
        plan = self.app.pairing.plan
        if plan is None:
            return self.notify(self._w("console.pairing.run_first"), severity="warning")
        other: Objective = "fair" if plan.objective == "total" else "total"
        self.submit(f"switch to {other}", lambda: self.app.pairing.set_objective(other))

    def action_weights(self) -> None:
        from rm_tui.tui.console.weights import WeightsScreen

        if self.app.pairing.plan is None:
            return self.notify(self._w("console.pairing.run_first"), severity="warning")
        self.app.push_screen(WeightsScreen(), self._after_weights)

    def _after_weights(self, outcome: Outcome | None) -> None:
        if outcome is not None:
            self.post_message(PlanReady(outcome))

    def action_cohort(self) -> None:
        from rm_tui.tui.console.cohort_map import CohortMapScreen

        if self.app.pairing.plan is None:
            return self.notify(self._w("console.pairing.run_first"), severity="warning")
        self.app.push_screen(CohortMapScreen())

    def action_undo(self) -> None:
        self.submit("undo", self.app.pairing.undo)

    def action_redo(self) -> None:
        self.submit("redo", self.app.pairing.redo)

    def action_confirm(self) -> None:
        self.confirm_plan()

    def action_decisions(self) -> None:
        from rm_tui.tui.console.decisions_screen import DecisionsScreen

        self.app.push_screen(DecisionsScreen(), self._after_detail)

    def action_unfinished(self) -> None:
        session = self.app.pairing
        session.include_unfinished = not session.include_unfinished
        self.notify(self._w("console.pairing.unfinished_now_in" if session.include_unfinished
                            else "console.pairing.unfinished_now_out"))
        self.action_run()

    def action_export(self) -> None:
        self.export_plan()
