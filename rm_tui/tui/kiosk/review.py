"""Review: every question with its answer; a line opens that question again; then submit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Label, ListItem, ListView, Static

from rm_tui.core.dates import show_date
from rm_tui.core.errors import RmTuiError
from rm_tui.core.intake import Intake
from rm_tui.core.questionnaire import tr
from rm_tui.i18n import tn
from rm_tui.tui.kiosk.base import KioskScreen

if TYPE_CHECKING:
    from rm_tui.tui.kiosk.flow import KioskFlow


class ReviewRow(ListItem):
    def __init__(self, step_index: int, question: str, answer: str, missing: bool) -> None:
        super().__init__(classes="review-row")
        self.step_index = step_index
        self.question = question
        self.answer = answer
        self.set_class(missing, "-missing")

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(self.question, classes="review-question", markup=False)
            yield Label(self.answer, classes="review-answer", markup=False)


class ReviewScreen(KioskScreen):
    DEFAULT_CLASSES = "kiosk-review"
    BINDINGS = [Binding("up", "to_answers", show=False)]  # no footer at the kiosk: no words

    def __init__(self, flow: KioskFlow, intake: Intake) -> None:
        super().__init__(flow)
        self.intake = intake

    def compose(self) -> ComposeResult:
        intake = self.intake
        missing = {(i, item.id) for i, item in intake.missing_required()}
        yield from self.compose_top()
        yield Static(self.tr("common.review"), classes="screen-title", id="review-title")
        yield Static(self.tr("kiosk.review_hint"), classes="hint")
        rows: list[ListItem] = []
        current = None
        for index, step in enumerate(intake.steps):
            if step.questionnaire.id != current:
                current = step.questionnaire.id
                rows.append(ListItem(Label(tr(step.questionnaire.title, self.lang)),
                                     classes="review-section", disabled=True))
            for item in step.items:
                is_missing = (index, item.id) in missing
                value = intake.answer(step.questionnaire.id, item.id)
                if item.kind == "date" and value:
                    value = show_date(value)  # as it was typed: DD/MM/YYYY
                answer = intake.display(item, value, self.lang)
                if is_missing:
                    answer = f"— {self.tr('kiosk.missing')}"
                rows.append(ReviewRow(index, item.wording(intake.person.role, self.lang), answer,
                                      is_missing))
        yield ListView(*rows, id="review-list")
        note = tn("kiosk.missing_note", len(missing), self.lang) if missing else ""
        yield Static(note, id="review-message", classes="message")
        with Horizontal(classes="nav"):
            yield Static("", classes="spacer")
            yield Button(self.tr("common.submit"), id="submit", variant="primary")
        yield from self.compose_keys()

    def on_mount(self) -> None:
        self.after_recompose()

    def after_recompose(self) -> None:
        self.query_one("#submit", Button).focus()

    def action_to_answers(self) -> None:
        """From the Submit button, ↑ goes into the list of answers (last one first)."""
        answers = self.query_one("#review-list", ListView)
        answers.focus()
        answers.index = len(answers.children) - 1

    @on(ListView.Selected, "#review-list")
    def _edit(self, event: ListView.Selected) -> None:
        event.stop()
        if isinstance(event.item, ReviewRow):
            self.intake.go_to(event.item.step_index)
            self.flow.go_questions(self.intake, from_review=True)

    @on(Button.Pressed, "#submit")
    def _submit(self, event: Button.Pressed) -> None:
        event.stop()
        missing = self.intake.missing_required()
        if missing:
            self.intake.go_to(missing[0][0])
            self.flow.go_questions(self.intake, from_review=True)
            return
        try:
            self.session.submit(self.intake)
        except (RmTuiError, OSError) as exc:
            self.flow.save_failed(exc)
            return
        self.flow.go_thanks(self.intake)
