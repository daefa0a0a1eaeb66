"""One question (or a small group) per screen, with progress, back and next.

Every accepted answer goes through `Intake.set_answer`, which saves it at once; a refused one
(too many picks...) is undone in the widget and explained gently.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widget import Widget
from textual.widgets import Button, ProgressBar, Static

from rm_tui.core.intake import Intake
from rm_tui.core.questionnaire import Item, tr
from rm_tui.tui.kiosk.answer_widgets import answer_widget, hint_for
from rm_tui.tui.kiosk.base import KioskScreen
from rm_tui.tui.kiosk.i18n import problem_text
from rm_tui.tui.widgets.messages import AnswerChanged, AnswerSubmitted

if TYPE_CHECKING:
    from rm_tui.tui.kiosk.flow import KioskFlow


class QuestionScreen(KioskScreen):
    DEFAULT_CLASSES = "kiosk-question"
    BINDINGS = [
        Binding("enter", "next", "Continue", show=False),
        # priority: the scrolling question body would otherwise take the page keys
        Binding("pagedown", "next", "Continue", show=False, priority=True),
        Binding("pageup", "back", "Previous question", show=False, priority=True),
    ]

    def __init__(self, flow: KioskFlow, intake: Intake, from_review: bool = False) -> None:
        super().__init__(flow)
        self.intake = intake
        self.from_review = from_review

    # -- layout -----------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        intake, step = self.intake, self.intake.step
        yield from self.compose_top()
        with Vertical(id="question-head"):
            yield Static(tr(step.questionnaire.title, self.lang), id="questionnaire-title")
            with Horizontal(id="progress-row"):
                yield Static(self._progress_text(), id="progress-text")
                yield ProgressBar(total=intake.question_count(), show_eta=False,
                                  show_percentage=False, id="progress-bar")
        with VerticalScroll(id="question-body"):
            if self._first_of_questionnaire() and step.questionnaire.intro:
                yield Static(tr(step.questionnaire.intro, self.lang), id="questionnaire-intro")
            hinted: set[str] = set()
            for item in step.items:
                hint = hint_for(item, self.intake, self.lang)
                yield from self._compose_item(item, "" if hint in hinted else hint)
                hinted.add(hint)  # the same "how to answer" once per screen is enough
        yield Static("", id="question-message", classes="message")
        with Horizontal(classes="nav", id="question-nav"):
            back = Button(self.tr("back"), id="back")
            back.disabled = intake.index == 0
            yield back
            yield Static("", classes="spacer")
            last = intake.index == len(intake.steps) - 1
            label = "to_review" if last or self.from_review else "next"
            yield Button(self.tr(label), id="next", variant="primary")
        yield from self.compose_keys(self.tr("keys_hint"))

    def _compose_item(self, item: Item, hint: str) -> ComposeResult:
        role, lang = self.intake.person.role, self.lang
        text = item.wording(role, lang)
        if not item.required:
            text += f"  [dim]({self.tr('optional')})[/dim]"
        with Vertical(classes="item", id=f"item-{item.id}"):
            yield Static(text, classes="item-text")
            if item.help:
                yield Static(tr(item.help, lang), classes="item-help")
            yield answer_widget(item, self.intake, self._value(item), lang)
            if hint:
                yield Static(hint, classes="item-hint")

    def _progress_text(self) -> str:
        n, count = self.intake.question_number(), len(self.intake.step.items)
        total = self.intake.question_count()
        if count > 1:
            return self.tr("questions_of", n=n, m=n + count - 1, total=total)
        return self.tr("question_of", n=n, total=total)

    def _first_of_questionnaire(self) -> bool:
        i = self.intake.index
        return i == 0 or self.intake.steps[i - 1].questionnaire.id != self.intake.step.questionnaire.id

    def on_mount(self) -> None:
        self.after_recompose()

    def after_recompose(self) -> None:
        self.query_one(ProgressBar).update(progress=self.intake.question_number() - 1)
        answers = list(self.query(".answer"))
        missing = [w for w, item in zip(answers, self.intake.step.items, strict=False)
                   if self._value(item) in (None, "", [])]
        target = (missing or answers)
        if target:
            target[0].focus()
        self.query_one("#question-body", VerticalScroll).scroll_home(animate=False)

    # -- answers ----------------------------------------------------------------------------
    def _value(self, item: Item) -> Any:
        return self.intake.answer(self.intake.step.questionnaire.id, item.id)

    def _item(self, item_id: str) -> Item:
        return next(i for i in self.intake.step.items if i.id == item_id)

    def _widget(self, item_id: str) -> Widget:
        return self.query_one(f"#answer-{item_id}")

    def _say(self, text: str) -> None:
        self.query_one("#question-message", Static).update(text)

    @on(AnswerChanged)
    def _answer(self, event: AnswerChanged) -> None:
        event.stop()
        item = self._item(event.item_id)
        qid = self.intake.step.questionnaire.id
        problem = self.intake.set_answer(qid, item.id, event.value)
        widget = self._widget(item.id)
        if problem:
            self._say(problem_text(item, event.value, self.lang))
            if hasattr(widget, "set_value"):
                widget.set_value(self._value(item))
            return
        self._say("")
        if event.by_key:
            self._focus_after(widget)

    def _focus_after(self, widget: Widget) -> None:
        answers = list(self.query(".answer"))
        index = answers.index(widget) if widget in answers else -1
        if 0 <= index < len(answers) - 1:
            answers[index + 1].focus()

    @on(AnswerSubmitted)
    async def _submitted(self, event: AnswerSubmitted) -> None:
        event.stop()
        await self.action_next()

    # -- navigation -------------------------------------------------------------------------
    @on(Button.Pressed, "#next")
    async def _next_button(self, event: Button.Pressed) -> None:
        event.stop()
        await self.action_next()

    @on(Button.Pressed, "#back")
    async def _back_button(self, event: Button.Pressed) -> None:
        event.stop()
        await self.action_back()

    def _typed_problem(self) -> tuple[Item, Widget] | None:
        """A number or date typed that is not a usable answer (the core only sees None)."""
        for item in self.intake.step.items:
            widget = self._widget(item.id)
            if getattr(widget, "invalid", False):
                return item, widget
        return None

    def _later_unanswered(self) -> Widget | None:
        """On a screen of several questions, the next one after the focused one still empty."""
        answers = list(self.query(".answer"))
        focused = self.focused
        current = next((i for i, w in enumerate(answers)
                        if focused is not None and (focused is w or w in focused.ancestors)), None)
        if current is None:
            return None
        for widget, item in list(zip(answers, self.intake.step.items, strict=False))[current + 1:]:
            if self._value(item) in (None, "", []):
                return widget
        return None

    async def action_next(self) -> None:
        later = self._later_unanswered()
        if later is not None and not getattr(self.focused, "invalid", False):
            later.focus()  # Enter walks through the questions of the screen, then continues
            return
        typed = self._typed_problem()
        if typed:
            item, widget = typed
            self._say(problem_text(item, getattr(widget, "value", "?"), self.lang))
            widget.focus()
            return
        problems = self.intake.next()
        if problems:
            self._explain_missing()
            return
        if self.intake.at_review or (self.from_review and not self.intake.missing_required()):
            self.flow.go_review(self.intake)
            return
        await self._show_step()

    def _explain_missing(self) -> None:
        step = self.intake.step
        missing = [item for item in step.items if self.intake.check(item, self._value(item))]
        if len(missing) == 1:
            self._say(problem_text(missing[0], self._value(missing[0]), self.lang))
        else:
            self._say(self.tr("p_required_many"))
        if missing:
            self._widget(missing[0].id).focus()

    async def action_back(self) -> None:
        if self.intake.index == 0:
            return
        self.intake.back()
        await self._show_step()

    async def _show_step(self) -> None:
        await self.recompose()
        self.quiet_cursors()
        self.after_recompose()
