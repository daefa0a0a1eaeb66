"""Pick colleagues from the roster: type a name, choose from matches; picks show as removable chips."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Input, OptionList, Static
from textual.widgets.option_list import Option

from rm_tui.core.name_search import search_people
from rm_tui.core.participant import Participant
from rm_tui.tui.widgets.messages import AnswerChanged, AnswerSubmitted

MAX_RESULTS = 4


class RosterSearchInput(Input):
    BINDINGS = [Binding("down", "to_results", show=False)]

    def action_to_results(self) -> None:
        results = self.parent.query_one(OptionList) if self.parent else None
        if results is not None and results.option_count:
            results.focus()
            results.highlighted = 0


class RosterPicker(Vertical):
    def __init__(self, item_id: str, people: list[Participant], value: list[str] | None,
                 max_picks: int | None, placeholder: str, remove_word: str,
                 no_match: str = "") -> None:
        super().__init__(classes="roster-picker")
        self.item_id = item_id
        self.people = people
        self.by_id = {p.id: p for p in people}
        self.picked: list[str] = [pid for pid in (value or []) if pid in self.by_id]
        self.max_picks = max_picks
        self.placeholder = placeholder
        self.remove_word = remove_word
        self.no_match = no_match
        self.invalid = False

    def compose(self) -> ComposeResult:
        yield Horizontal(classes="roster-chips")
        yield RosterSearchInput(placeholder=self.placeholder, classes="roster-search")
        yield OptionList(classes="roster-results")
        yield Static("", classes="roster-none")

    async def on_mount(self) -> None:
        await self._show_chips()
        self._show_results("")

    def focus(self, scroll_visible: bool = True) -> RosterPicker:
        self.query_one(RosterSearchInput).focus(scroll_visible)
        return self

    def answer_value(self) -> list[str]:
        return list(self.picked)

    def set_value(self, value: list[str] | None) -> None:
        self.picked = [pid for pid in (value or []) if pid in self.by_id]
        self.run_worker(self._show_chips(), exclusive=True, group="chips")

    async def _show_chips(self) -> None:
        chips = self.query_one(".roster-chips", Horizontal)
        await chips.remove_children()
        await chips.mount_all(
            Button(f"{self.by_id[pid].name}  ✕", classes="roster-chip", name=pid,
                   tooltip=self.remove_word, compact=True)
            for pid in self.picked
        )
        chips.display = bool(self.picked)

    def _show_results(self, query: str) -> None:
        results = self.query_one(OptionList)
        results.clear_options()
        found = [p for p in search_people(self.people, query, limit=MAX_RESULTS + len(self.picked),
                                         inside=True)
                 if p.id not in self.picked][:MAX_RESULTS] if len(query.strip()) >= 1 else []
        results.add_options([Option(p.name, id=p.id) for p in found])
        results.display = bool(found)
        none = self.query_one(".roster-none", Static)
        none.update(self.no_match if query.strip() and not found else "")
        none.display = bool(query.strip() and not found)

    @on(Input.Changed, ".roster-search")
    def _typed(self, event: Input.Changed) -> None:
        event.stop()
        self._show_results(event.value)

    @on(Input.Submitted, ".roster-search")
    def _enter(self, event: Input.Submitted) -> None:
        event.stop()
        results = self.query_one(OptionList)
        if event.value.strip() and results.option_count:
            option = results.get_option_at_index(results.highlighted or 0)
            self._pick(option.id or "")
        elif not event.value.strip():
            self.post_message(AnswerSubmitted(self.item_id))

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._pick(event.option.id or "")

    @on(Button.Pressed, ".roster-chip")
    def _remove(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.name in self.picked:
            self.picked.remove(event.button.name)
            self.set_value(self.picked)
            self.post_message(AnswerChanged(self.item_id, list(self.picked)))
            self.focus()

    def _pick(self, pid: str) -> None:
        if pid not in self.by_id or pid in self.picked:
            return
        search = self.query_one(RosterSearchInput)
        search.value = ""
        self._show_results("")
        self.set_value([*self.picked, pid])
        # the screen refuses a list that breaks the item's rules (too many) by calling set_value
        self.post_message(AnswerChanged(self.item_id, list(self.picked)))
        search.focus()
