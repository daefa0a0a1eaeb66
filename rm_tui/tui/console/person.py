"""One participant: profile (as preferences), answers (hidden until asked), corrections,
exclusion from matching."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.markup import escape
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from rm_tui.core.errors import said
from rm_tui.core.intake import Intake
from rm_tui.core.participant import Participant
from rm_tui.services.cohort import Snapshot, with_field
from rm_tui.tui.console import render
from rm_tui.tui.console.dialogs import AskText, ChooseOne
from rm_tui.tui.console.widgets import score_bar
from rm_tui.tui.console.words import ConsoleWords
from rm_tui.tui.speak import speak

if TYPE_CHECKING:
    from rm_tui.tui.console.app import ConsoleApp

EDITABLE = ("job_family", "subsidiary", "team", "manager", "start_date", "years_in_company",
            "languages", "email")


class PersonScreen(ConsoleWords, Screen[None]):
    BINDINGS = [
        Binding("escape", "app.pop_screen", "console.bind.back"),
        Binding("a", "toggle_answers", "console.person.bind.answers",
                tooltip="console.person.bind.answers_tip"),
        Binding("e", "edit", "console.person.bind.edit", tooltip="console.person.bind.edit_tip"),
        Binding("x", "toggle_excluded", "console.person.bind.exclude",
                tooltip="console.person.bind.exclude_tip"),
    ]

    app: ConsoleApp

    def __init__(self, pid: str) -> None:
        super().__init__()
        self.pid = pid
        self.show_answers = False

    def compose(self) -> ComposeResult:
        speak(self, self.app.lang)  # before the Footer composes: it shows the worded keys
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
            self.query_one("#person-card", Static).update(self._w("console.person.gone", pid=self.pid))
            return
        source = self.app.source
        effective = source.effective(snapshot, person)
        lines = [f"[b]{person.name}[/b]  ({person.id}, {self._w(f'console.role.{person.role}')})"
                 + (self._w("console.person.excluded_badge") if person.excluded else "")]
        for name in EDITABLE:
            value = getattr(effective, name, None)
            own = getattr(person, name, None)
            shown = ", ".join(value) if isinstance(value, tuple) else value
            note = self._w("console.person.from_answers") if value not in (None, (), "") and own in (None, (), "") else ""
            lines.append(f"  {name:<17} {shown if shown not in (None, '') else '—'}{note}")
        years = effective.years()
        if years is not None:
            lines.append(f"  {self._w('console.person.years'):<17} {years:.1f}")
        self.query_one("#person-card", Static).update("\n".join(lines))
        self.query_one("#person-profile", Static).update(self._profile(snapshot, person))
        self.query_one("#person-answers", Static).update(self._answers(snapshot, person))

    def _profile(self, snapshot: Snapshot, person: Participant) -> str:
        lines = ["", self._w("console.person.profile")]
        any_scored = False
        for q in self.app.source.program.questionnaires_for(person.role):
            if not q.subscales:
                continue
            any_scored = True
            profile = q.score(snapshot.answers.get(person.id, {}).get(q.id, {}))
            for name, value in profile.subscales.items():
                shown = self._w("console.person.not_enough") if value is None else f"{score_bar(value)} {value:.2f}"
                lines.append(f"  {name:<12} {shown}")
            for name, value in profile.axes.items():
                low, high = render.axis_meaning(name, self.app.lang)
                if value is None:
                    lines.append(f"  {name:<12} {self._w('console.person.not_enough')}")
                else:
                    lines.append(f"  {name:<12} {value:+.2f}  ({render.lean(name, value, self.app.lang)}; "
                                 f"{low} ← → {high})")
        if not any_scored:
            lines.append(self._w("console.person.no_scored"))
        return "\n".join(lines)

    def _answers(self, snapshot: Snapshot, person: Participant) -> str:
        if not self.show_answers:
            return self._w("console.person.answers_hidden")
        intake = Intake(self.app.source.program, person, snapshot.answers.get(person.id, {}))
        lines = ["", self._w("console.person.answers")]
        for _, question, answer in intake.review(self.app.lang):
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
        field = await self.app.push_screen_wait(ChooseOne(self._w("console.person.correct_title", name=person.name), choices))
        if not field:
            return
        current = getattr(person, field)
        current = " ".join(current) if isinstance(current, tuple) else (current or "")
        value = await self.app.push_screen_wait(AskText(
            f"{person.name}: {field}", self._w("console.person.new_value"), value=str(current),
            required=False))
        if value is None:
            return
        try:
            updated = with_field(person, field, value)
        except ValueError as exc:
            self.notify(escape(said(exc, self.app.lang)), severity="error")
            return
        reason = await self.app.push_screen_wait(AskText(
            self._w("console.reason"), self._w("console.person.why_correct"), required=False))
        if reason is None:
            return
        self.app.source.update_person(updated, reason=reason or None)
        self.notify(self._w("console.person.updated", name=person.name, field=field))
        self.app.refresh_now()

    @work
    async def action_toggle_excluded(self) -> None:
        person = self.person()
        if person is None:
            return
        verb = self._w("console.person.include_again" if person.excluded else "console.person.exclude")
        reason = await self.app.push_screen_wait(AskText(
            self._w("console.person.verb_title", verb=verb, name=person.name),
            self._w("console.reason_audit")))
        if reason is None:
            return
        self.app.source.set_excluded(person.id, not person.excluded, reason)
        self.notify(self._w("console.person.included_again" if person.excluded
                            else "console.person.now_excluded", name=person.name))
        self.app.refresh_now()
