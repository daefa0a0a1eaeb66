"""One participant: profile (as preferences), answers (hidden until asked), corrections,
exclusion from matching."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from rm_tui.core.intake import Intake
from rm_tui.core.participant import Participant
from rm_tui.services.cohort import Snapshot, with_field
from rm_tui.tui.console import render
from rm_tui.tui.console.dialogs import AskText, ChooseOne
from rm_tui.tui.console.widgets import score_bar

if TYPE_CHECKING:
    from rm_tui.tui.console.app import ConsoleApp

EDITABLE = ("job_family", "subsidiary", "team", "manager", "start_date", "years_in_company",
            "languages", "email")


class PersonScreen(Screen[None]):
    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back"),
        Binding("a", "toggle_answers", "Answers", tooltip="Show or hide their answers (facilitator only)"),
        Binding("e", "edit", "Correct data", tooltip="Correct a background field"),
        Binding("x", "toggle_excluded", "Exclude/include", tooltip="Exclude from matching, or include again"),
    ]

    app: ConsoleApp

    def __init__(self, pid: str) -> None:
        super().__init__()
        self.pid = pid
        self.show_answers = False

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="person-body"):
            yield Static("", id="person-card")
            yield Static("", id="person-profile")
            yield Static("", id="person-answers")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.watch(self.app, "cohort", self.show)

    def person(self) -> Participant | None:
        snapshot = self.app.cohort
        return snapshot.person(self.pid) if snapshot else None

    def show(self, snapshot: Snapshot | None = None) -> None:
        snapshot = snapshot or self.app.cohort
        person = snapshot.person(self.pid) if snapshot else None
        if snapshot is None or person is None:
            self.query_one("#person-card", Static).update(f"{self.pid}: no longer in the database")
            return
        source = self.app.source
        effective = source.effective(snapshot, person)
        lines = [f"[b]{person.name}[/b]  ({person.id}, {person.role})"
                 + ("   [reverse] EXCLUDED FROM MATCHING [/reverse]" if person.excluded else "")]
        for name in EDITABLE:
            value = getattr(effective, name, None)
            own = getattr(person, name, None)
            shown = ", ".join(value) if isinstance(value, tuple) else value
            note = "  (from their answers)" if value not in (None, (), "") and own in (None, (), "") else ""
            lines.append(f"  {name:<17} {shown if shown not in (None, '') else '—'}{note}")
        years = effective.years()
        if years is not None:
            lines.append(f"  {'years (derived)':<17} {years:.1f}")
        self.query_one("#person-card", Static).update("\n".join(lines))
        self.query_one("#person-profile", Static).update(self._profile(snapshot, person))
        self.query_one("#person-answers", Static).update(self._answers(snapshot, person))

    def _profile(self, snapshot: Snapshot, person: Participant) -> str:
        lines = ["", "[b]Profile[/b] — preferences, not abilities"]
        any_scored = False
        for q in self.app.source.program.questionnaires_for(person.role):
            if not q.subscales:
                continue
            any_scored = True
            profile = q.score(snapshot.answers.get(person.id, {}).get(q.id, {}))
            for name, value in profile.subscales.items():
                shown = "not enough answers" if value is None else f"{score_bar(value)} {value:.2f}"
                lines.append(f"  {name:<12} {shown}")
            for name, value in profile.axes.items():
                low, high = render.AXIS_MEANING.get(name, ("−", "+"))
                if value is None:
                    lines.append(f"  {name:<12} not enough answers")
                else:
                    lines.append(f"  {name:<12} {value:+.2f}  ({render.lean(name, value)}; "
                                 f"{low} ← → {high})")
        if not any_scored:
            lines.append("  (no scored questionnaire)")
        return "\n".join(lines)

    def _answers(self, snapshot: Snapshot, person: Participant) -> str:
        if not self.show_answers:
            return "\n[dim]Answers hidden (press a to show them — facilitator only)[/dim]"
        intake = Intake(self.app.source.program, person, snapshot.answers.get(person.id, {}))
        lines = ["", "[b]Answers[/b]"]
        for _, question, answer in intake.review("en"):
            lines.append(f"  {question}\n      → {answer}")
        return "\n".join(lines)

    def action_toggle_answers(self) -> None:
        self.show_answers = not self.show_answers
        self.show()

    @work
    async def action_edit(self) -> None:
        person = self.person()
        if person is None:
            return
        choices = []
        for name in EDITABLE:
            value = getattr(person, name)
            shown = ", ".join(value) if isinstance(value, tuple) else value
            choices.append((name, f"{name:<17} {shown if shown not in (None, '') else '—'}"))
        field = await self.app.push_screen_wait(ChooseOne(f"Correct {person.name}'s data", choices))
        if not field:
            return
        current = getattr(person, field)
        current = " ".join(current) if isinstance(current, tuple) else (current or "")
        value = await self.app.push_screen_wait(AskText(
            f"{person.name}: {field}", "New value (empty clears it)", value=str(current),
            required=False))
        if value is None:
            return
        try:
            updated = with_field(person, field, value)
        except ValueError as exc:
            self.notify(str(exc), severity="error")
            return
        reason = await self.app.push_screen_wait(AskText(
            "Reason", "Why this correction? (goes to the audit log)", required=False))
        if reason is None:
            return
        self.app.source.update_person(updated, reason=reason or None)
        self.notify(f"{person.name}: {field} updated")
        self.app.refresh_now()

    @work
    async def action_toggle_excluded(self) -> None:
        person = self.person()
        if person is None:
            return
        verb = "Include again" if person.excluded else "Exclude from matching"
        reason = await self.app.push_screen_wait(AskText(
            f"{verb}: {person.name}", "Reason (goes to the audit log)"))
        if reason is None:
            return
        self.app.source.set_excluded(person.id, not person.excluded, reason)
        self.notify(f"{person.name}: {'included again' if person.excluded else 'excluded'}")
        self.app.refresh_now()
