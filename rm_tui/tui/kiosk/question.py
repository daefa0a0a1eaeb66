"""One question (or a small group) per screen, with progress, back and next.

Every accepted answer goes through `Intake.set_answer`, which saves it at once; a refused one
(too many picks...) is undone in the widget and explained next to it.

Keys may arrive in bursts (a paste, a laggy link, key mashing): a character and Enter can be
handled in either order, and messages from the widgets of a step already left can arrive after
the screen was rebuilt. So answers name their questionnaire and item (they are saved whatever
step is shown), Enter first reads what every field holds right now, and nothing moves while the
screen is being rebuilt.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widget import Widget
from textual.widgets import Button, ProgressBar, Static

from rm_tui.core.intake import Intake, Step
from rm_tui.core.questionnaire import Item, tr
from rm_tui.tui.kiosk.answer_widgets import answer_widget, hint_for, split_key
from rm_tui.tui.kiosk.base import KioskScreen
from rm_tui.tui.kiosk.typed_problem import typed_problem_text
from rm_tui.tui.widgets.messages import AnswerChanged, AnswerSubmitted

if TYPE_CHECKING:
    from rm_tui.tui.kiosk.flow import KioskFlow

EMPTY: tuple[object, ...] = (None, "", [])


class QuestionScreen(KioskScreen):
    DEFAULT_CLASSES = "kiosk-question"
    BINDINGS = [
        # no descriptions: the kiosk shows no footer, palette or keys panel (its hints are words)
        Binding("enter", "next", show=False),
        # priority: the scrolling question body would otherwise take the page keys
        Binding("pagedown", "next", show=False, priority=True),
        Binding("pageup", "back", show=False, priority=True),
    ]

    def __init__(self, flow: KioskFlow, intake: Intake, from_review: bool = False) -> None:
        super().__init__(flow)
        self.intake = intake
        self.from_review = from_review
        self.moving = False  # True while the screen is rebuilt for another step

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
        yield Static(self.tr("kiosk.too_small"), id="too-small", classes="message")
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
            first = intake.index == 0
            # on the first question, "back" means "this is not me": back to the name search
            # (a personal link, `rm-tui serve`, has no name search: nothing before question 1)
            back = Button(self.tr("kiosk.not_me" if first and not self._personal() else "kiosk.back"), id="back")
            back.disabled = first and self._personal()
            yield back
            yield Static("", classes="spacer")
            last = intake.index == len(intake.steps) - 1
            label = "kiosk.to_review" if last or self.from_review else "kiosk.next"
            yield Button(self.tr(label), id="next", variant="primary")
        first_hint = intake.index == 0 and not self._personal()
        yield from self.compose_keys(self.tr("kiosk.keys_hint_first" if first_hint else "kiosk.keys_hint"))

    def _personal(self) -> bool:
        return bool(getattr(self.session, "person_id", None))

    def _compose_item(self, item: Item, hint: str) -> ComposeResult:
        role, lang = self.intake.person.role, self.lang
        text = item.wording(role, lang)
        if not item.required:
            text += f"  [dim]{self.tr('common.optional')}[/dim]"
        with Vertical(classes="item", id=f"item-{item.id}"):
            yield Static(text, classes="item-text")
            if item.help:
                yield Static(tr(item.help, lang), classes="item-help")
            yield answer_widget(item, self.intake, self._value(item), lang,
                                self.intake.step.questionnaire.id)
            message = Static("", classes="item-message", id=f"message-{item.id}")
            message.display = False
            yield message
            if hint:
                yield Static(hint, classes="item-hint")

    def _progress_text(self) -> str:
        n, count = self.intake.question_number(), len(self.intake.step.items)
        total = self.intake.question_count()
        if count > 1:
            return self.tr("kiosk.questions_of", n=n, m=n + count - 1, total=total)
        return self.tr("common.question_of", n=n, total=total)

    def _first_of_questionnaire(self) -> bool:
        i = self.intake.index
        return i == 0 or self.intake.steps[i - 1].questionnaire.id != self.intake.step.questionnaire.id

    def on_mount(self) -> None:
        self.after_recompose()

    def after_recompose(self) -> None:
        self.query_one(ProgressBar).update(progress=self.intake.question_number() - 1)
        answers = list(self.query(".answer"))
        missing = [w for w, item in zip(answers, self.intake.step.items, strict=False)
                   if self._value(item) in EMPTY]
        target = (missing or answers)
        if target:
            target[0].focus()
        self.query_one("#question-body", VerticalScroll).scroll_home(animate=False)
        self.call_after_refresh(self._check_fit)

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        """Show the whole question whose answer has the focus, its text first: scrolling to
        the answer field alone would leave the question above, out of sight."""
        item = next((a for a in event.widget.ancestors_with_self
                     if isinstance(a, Widget) and a.has_class("item")), None)
        body = next(iter(self.query("#question-body").results(VerticalScroll)), None)
        if item is None or body is None:
            return
        first = next(iter(body.query(".item")), None)
        if item is first:
            self.call_after_refresh(body.scroll_home, animate=False)
        else:
            self.call_after_refresh(item.scroll_visible, animate=False, top=True)

    def on_resize(self) -> None:
        self.call_after_refresh(self._check_fit)

    def _check_fit(self) -> None:
        """A terminal too small for the question: the question starts at the top (never
        centred out of sight) and a line asks to enlarge the window or scroll."""
        if self.moving:
            return
        bodies = self.query("#question-body").results(VerticalScroll)
        body = next(iter(bodies), None)
        if body is None:
            return
        content = sum(child.outer_size.height for child in body.children)
        overflow = content > body.scrollable_content_region.height
        if overflow != body.has_class("-overflow"):
            body.set_class(overflow, "-overflow")
            body.scroll_home(animate=False)
        for notice in self.query("#too-small"):
            notice.set_class(overflow, "-shown")

    # -- answers ----------------------------------------------------------------------------
    def _shown_step(self) -> Step | None:
        """The step whose widgets are on screen (None while rebuilding or once past the end)."""
        if self.moving or self.intake.at_review:
            return None
        return self.intake.step

    def _value(self, item: Item, step: Step | None = None) -> Any:
        step = step or self.intake.step
        return self.intake.answer(step.questionnaire.id, item.id)

    def _widget(self, questionnaire_id: str, item_id: str) -> Widget | None:
        step = self._shown_step()
        if step is None or step.questionnaire.id != questionnaire_id:
            return None
        found = self.query(f"#answer-{item_id}")
        return found.first() if found else None

    def _say(self, text: str) -> None:
        for message in self.query("#question-message").results(Static):
            if message.content != text:  # an update lays the screen out again: not per key
                message.update(text)

    def _say_at(self, item: Item, text: str) -> None:
        """A message next to the field it is about (and nothing at the bottom)."""
        for message in self.query(f"#message-{item.id}").results(Static):
            if message.content == text:
                continue
            message.update(text)
            message.display = bool(text)
            if text:
                message.scroll_visible(animate=False)

    @on(AnswerChanged)
    def _answer(self, event: AnswerChanged) -> None:
        event.stop()
        qid, item_id = split_key(event.item_id)
        questionnaire = self.intake.program.questionnaires.get(qid)
        if questionnaire is None:
            return
        try:
            item = questionnaire.item(item_id)
        except KeyError:
            return
        # saved whatever is on screen now: the key that typed it was acknowledged
        problem = self.intake.set_answer(qid, item.id, event.value)
        widget = self._widget(qid, item.id)
        if widget is None:
            return
        if problem:
            self._say_at(item, problem.to_participant(self.lang))
            if hasattr(widget, "set_value"):
                widget.set_value(self.intake.answer(qid, item.id))
            return
        typed = typed_problem_text(item, widget, self.lang, as_you_type=True)
        self._say_at(item, typed)
        self._say("")
        if event.by_key and not self.stale:
            self._focus_after(widget)

    def _focus_after(self, widget: Widget) -> None:
        answers = list(self.query(".answer"))
        index = answers.index(widget) if widget in answers else -1
        if 0 <= index < len(answers) - 1:
            answers[index + 1].focus()

    def _take_fields(self, step: Step) -> bool:
        """Store what every field of the step holds right now; False if one was refused."""
        ok = True
        for item in step.items:
            widget = self._widget(step.questionnaire.id, item.id)
            if widget is None or not hasattr(widget, "answer_value"):
                continue
            value = widget.answer_value()
            value = None if value in EMPTY else value
            if value == self._value(item, step):
                continue
            problem = self.intake.set_answer(step.questionnaire.id, item.id, value)
            if problem:
                ok = False
                self._say_at(item, problem.to_participant(self.lang))
                if hasattr(widget, "set_value"):
                    widget.set_value(self._value(item, step))
        return ok

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

    def _typed_problem(self, step: Step) -> tuple[Item, Widget] | None:
        """A number or date typed that is not a usable answer (the core only sees None)."""
        for item in step.items:
            widget = self._widget(step.questionnaire.id, item.id)
            if widget is not None and getattr(widget, "invalid", False):
                return item, widget
        return None

    def _later_unanswered(self, step: Step) -> Widget | None:
        """On a screen of several questions, the next one after the focused one still empty."""
        answers = list(self.query(".answer"))
        focused = self.focused
        current = next((i for i, w in enumerate(answers)
                        if focused is not None and (focused is w or w in focused.ancestors)), None)
        if current is None:
            return None
        for widget, item in list(zip(answers, step.items, strict=False))[current + 1:]:
            if self._value(item, step) in EMPTY:
                return widget
        return None

    async def action_next(self) -> None:
        step = self._shown_step()
        if step is None or self.stale:
            return
        if not self._take_fields(step):
            return
        typed = self._typed_problem(step)
        if typed:
            item, widget = typed
            self._say_at(item, typed_problem_text(item, widget, self.lang))
            widget.focus()
            return
        later = self._later_unanswered(step)
        if later is not None:
            later.focus()  # Enter walks through the questions of the screen, then continues
            return
        problems = self.intake.next()
        if problems:
            self._explain_missing(step)
            return
        if self.intake.at_review or (self.from_review and not self.intake.missing_required()):
            self.flow.go_review(self.intake)
            return
        await self._show_step()

    def _explain_missing(self, step: Step) -> None:
        missing = [(item, found) for item in step.items
                   if (found := self.intake.check(item, self._value(item, step)))]
        for item, found in missing:
            self._say_at(item, found.to_participant(self.lang))
        if missing:
            widget = self._widget(step.questionnaire.id, missing[0][0].id)
            if widget is not None:
                widget.focus()

    async def action_back(self) -> None:
        step = self._shown_step()
        if step is None or self.stale:
            return
        self._take_fields(step)  # what was typed here stays, even when going back
        if self.intake.index == 0:
            if not self._personal():
                self.flow.go_identify()  # "not me": the answers given so far stay saved
            return
        self.intake.back()
        await self._show_step()

    async def _show_step(self) -> None:
        self.moving = True
        try:
            await self.recompose()
        finally:
            self.moving = False
        self.after_recompose()
