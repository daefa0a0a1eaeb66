"""Assign by hand: pick a partner from a list sorted by score, each with the change in the
plan's total if that pair were made (the rest re-solved)."""

from __future__ import annotations

from collections.abc import Callable

from rich.markup import escape
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList, Static
from textual.widgets.option_list import Option

from rm_tui.core.errors import RmTuiError, said
from rm_tui.core.explain import Alternative
from rm_tui.i18n import t
from rm_tui.tui.console import render
from rm_tui.tui.console.messages import PartnersFound
from rm_tui.tui.console.pairing_base import PairingBase
from rm_tui.tui.console.pairing_keys import action_words
from rm_tui.tui.speak import program_lang, speak


class AssignScreen(ModalScreen[str | None]):
    """Returns the chosen partner's id."""

    BINDINGS = [Binding("escape", "cancel", "console.bind.cancel")]

    def __init__(self, title: str, alternatives: list[Alternative], name: Callable[[str], str],
                 forbidden: int = 0) -> None:
        super().__init__(classes="dialog-screen")
        self._title, self._alts, self._name_of = title, alternatives, name
        self._forbidden = forbidden

    def compose(self) -> ComposeResult:
        lang = program_lang(self.app)
        speak(self, lang)
        with Vertical(classes="dialog wide"):
            yield Label(self._title, classes="dialog-title")
            yield Label(t("pairing.assign.sorted", lang))
            options = []
            for alt in self._alts:
                label = t("pairing.assign.option", lang, name=f"{escape(self._name_of(alt.partner)):<24}",
                          score=f"{alt.score:5.1f}", total=f"{render.signed(alt.delta_total):>6}",
                          worst=f"{render.signed(alt.delta_worst):>6}")
                if alt.blocked_by:
                    label += f"   ({escape(alt.blocked_by)})"
                options.append(Option(label, id=alt.partner, disabled=alt.delta_total is None))
            if not options:
                options.append(Option(t("pairing.assign.none", lang), disabled=True))
            yield OptionList(*options, id="assign-options")
            if self._forbidden:
                yield Static(t("pairing.assign.forbidden", lang, n=self._forbidden))  # wraps

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        self.dismiss(None)


class AssignFlows(PairingBase):
    """The pairing screen's assign-by-hand flow: partners computed in a thread (their
    result comes back as a message), then the choice in a dialog."""

    def start_assign(self, person: str) -> None:
        if self.busy:  # one computation at a time: a second key press is not queued
            self.notify(t("console.pairing.still_working", self.app.lang,
                          action=action_words(self.busy, self.app.lang)), timeout=3)
            return
        self.busy = "computing partners"
        self.query_one("#pair-diff", Static).loading = True  # the progress indicator (idle() ends it)
        self.notify(t("pairing.assign.computing", self.app.lang,
                      name=escape(self.app.pairing.person_name(person))))
        self._compute(person)

    @work(thread=True, group="assign")
    def _compute(self, person: str) -> None:
        try:
            alts = self.app.pairing.alternatives(person, k=10_000)
        except RmTuiError as exc:
            self.post_message(PartnersFound(person, [], said(exc, self.app.lang)))
            return
        self.post_message(PartnersFound(person, alts))

    def on_partners_found(self, message: PartnersFound) -> None:
        self.idle()
        if message.error is not None:
            self.notify(self.humanize(message.error), severity="error")
        else:
            self._choose(message.person, message.alternatives)

    @work
    async def _choose(self, person: str, alts: list[Alternative]) -> None:
        session = self.app.pairing
        plan = session.plan
        assert plan is not None
        is_mentor = plan.problem.is_mentor(person)
        role = "mentee" if is_mentor else "mentor"
        title = t(f"pairing.assign.title.{role}", self.app.lang, name=escape(session.person_name(person)))
        others = plan.problem.mentees if is_mentor else plan.problem.mentors
        forbidden = sum(1 for o in others if (plan.is_forbidden(person, o) if is_mentor
                                              else plan.is_forbidden(o, person)))
        partner = await self.app.push_screen_wait(
            AssignScreen(title, alts, session.person_name, forbidden))
        if partner is None:
            return
        mentor, mentee = (person, partner) if is_mentor else (partner, person)
        self.submit("assign", lambda: session.assign(mentor, mentee))
