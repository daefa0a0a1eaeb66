"""Pair detail: why this pair (a bar per criterion with its reason), and for each side the
best other partners with what forcing them would do to the plan (computed in a worker)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.markup import escape
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Label, Static

from rm_tui.core.errors import RmTuiError
from rm_tui.core.questionnaire import tr
from rm_tui.tui.console import render
from rm_tui.tui.console.messages import AlternativesFound
from rm_tui.tui.console.widgets import Table, score_bar
from rm_tui.tui.console.words import ConsoleWords
from rm_tui.tui.speak import speak

if TYPE_CHECKING:
    from rm_tui.core.explain import Alternative
    from rm_tui.tui.console.app import ConsoleApp


class PairDetailScreen(ConsoleWords, Screen[tuple[str, str, str] | None]):
    BINDINGS = [
        Binding("escape", "back", "console.bind.back"),
        Binding("l", "act('lock')", "console.detail.bind.lock"),
        Binding("x", "act('forbid')", "console.pairing.bind.forbid"),
        Binding("u", "act('unpair')", "console.pairing.bind.unpair"),
        Binding("f", "force", "console.detail.bind.force", tooltip="console.detail.bind.force_tip"),
    ]

    app: ConsoleApp

    def __init__(self, mentor: str, mentee: str) -> None:
        super().__init__()
        self.mentor, self.mentee = mentor, mentee

    def compose(self) -> ComposeResult:
        speak(self, self.app.lang)  # before the Footer composes: it shows the worded keys
        yield Header()
        with VerticalScroll(id="detail-body"):
            yield Static("", id="detail-head")
            yield Static("", id="detail-breakdown")
            yield Static(self._w("console.detail.help"), id="detail-alt-help")
            with Horizontal(id="detail-alts"):
                for side in ("mentor", "mentee"):
                    with Vertical(classes="detail-alt-box"):
                        yield Label("", id=f"alt-title-{side}", classes="section-title")
                        yield Table(id=f"alt-{side}", cursor_type="row")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        session = self.app.pairing
        plan = session.plan
        assert plan is not None
        name = session.person_name
        pair = plan.pair_of(self.mentor, self.mentee)
        score = pair.score if pair else plan.problem.score(self.mentor, self.mentee)
        origin = render.origin_mark(pair.origin, self.app.lang) if pair else self._w("console.detail.not_paired")
        self.query_one("#detail-head", Static).update(self._w(
            "console.detail.head", mentor=escape(name(self.mentor)), mentee=escape(name(self.mentee)),
            score=f"{score:.1f}", origin=origin))
        self.query_one("#detail-breakdown", Static).update(self._profiles() + self._breakdown())
        for side, person in (("mentor", self.mentor), ("mentee", self.mentee)):
            self.query_one(f"#alt-title-{side}", Label).update(
                self._w(f"console.detail.others_computing.{side}", name=escape(name(person))))
            table = self.query_one(f"#alt-{side}", DataTable)
            # a fixed partner width: the header must not depend on when the rows arrive
            table.add_column(self._w("console.detail.col.partner"), width=22)
            table.add_columns(*(self._w(f"console.detail.col.{k}")
                                for k in ("score", "delta_total", "delta_worst", "delta_pairs", "note")))
        self.load_alternatives()

    def _profiles(self) -> str:
        """How each one prefers to learn: the facts behind 'learning fit' (a hypothesis)."""
        session, snapshot = self.app.pairing, self.app.cohort
        if snapshot is None or session.program is None:
            return ""
        lines = []
        for pid in (self.mentor, self.mentee):
            person = session.program.participant(pid)
            if person is None:
                continue
            summary = render.profile_summary(session.program.questionnaires_for(person.role),
                                             snapshot.answers.get(pid, {}), self.app.lang)
            lines.append(f"  [dim]{escape(person.name)}: {summary}[/dim]")
        return "\n".join(lines)

    def _breakdown(self) -> str:
        plan = self.app.pairing.plan
        assert plan is not None
        breakdown = plan.problem.pair_breakdown(self.mentor, self.mentee)
        criteria = render.criteria_of(breakdown)
        if not criteria:
            return self._w("console.detail.no_breakdown")
        lang = self.app.lang
        total_weight = sum(c.weight for c in criteria if c.score is not None) or 1.0
        lines = ["", self._w("console.detail.why")]
        for c in criteria:
            title = render.criterion_title(c.name, lang)
            if c.score is None:
                bar, value, points = "·" * 20, "  —", self._w("console.detail.no_data")
            else:
                bar, value = score_bar(c.score), f"{c.score:.2f}"
                points = self._w("console.detail.points", points=f"{100 * c.weight * c.score / total_weight:5.1f}",
                                 weight=f"{c.weight:g}")
                if getattr(c, "imputed", False):
                    points += self._w("console.detail.imputed")
            lines.append(f"  {title:<14} {bar} {value}  {points}")
            if c.score is not None:
                lines.append(f"  {'':<14} [dim]{escape(tr(c.reason, lang))}[/dim]")
        forbidden = getattr(breakdown, "forbidden", ())
        if forbidden:
            lines.append(self._w("console.detail.forbidden", why=escape("; ".join(tr(f, lang) for f in forbidden))))
        if getattr(breakdown, "flagged", False):
            lines.append(self._w("console.detail.flagged"))
        return "\n".join(lines)

    @work(thread=True, exclusive=True, group="alternatives")
    def load_alternatives(self) -> None:
        session = self.app.pairing
        for side, person in (("mentor", self.mentor), ("mentee", self.mentee)):
            try:
                alts = session.alternatives(person, k=3)
            except RmTuiError as exc:
                self.notify(str(exc), severity="error")  # thread-safe
                continue
            self.post_message(AlternativesFound(side, person, alts))

    def on_alternatives_found(self, message: AlternativesFound) -> None:
        side, person = message.side, message.person
        alts: list[Alternative] = message.alternatives
        name = self.app.pairing.person_name
        self.query_one(f"#alt-title-{side}", Label).update(
            self._w(f"console.detail.others.{side}", name=escape(name(person)), n=len(alts)))
        table = self.query_one(f"#alt-{side}", DataTable)
        table.clear()
        for alt in alts:
            pairs = "—" if alt.delta_pairs is None else f"{alt.delta_pairs:+d}"
            table.add_row(escape(name(alt.partner)), f"{alt.score:.1f}",
                          render.signed(alt.delta_total), render.signed(alt.delta_worst),
                          pairs, escape(alt.blocked_by or ""), key=alt.partner)

    def action_back(self) -> None:
        self.dismiss(None)

    def action_act(self, action: str) -> None:
        self.dismiss((action, self.mentor, self.mentee))

    def action_force(self) -> None:
        for side in ("mentor", "mentee"):
            table = self.query_one(f"#alt-{side}", DataTable)
            if table.has_focus and table.row_count:
                key, _ = table.coordinate_to_cell_key(table.cursor_coordinate)
                partner = str(key.value)
                if side == "mentor":
                    self.dismiss(("assign", self.mentor, partner))
                else:
                    self.dismiss(("assign", partner, self.mentee))
                return
        self.notify(self._w("console.detail.select_alt"), severity="warning")
