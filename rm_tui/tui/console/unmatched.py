"""Why someone is unmatched: one line for the table, the full story on Enter."""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from textual import work
from textual.widgets import DataTable, Label
from textual.widgets.data_table import RowDoesNotExist

from rm_tui.core.errors import RmTuiError, said
from rm_tui.core.explain import UnmatchedExplanation
from rm_tui.core.plan import Plan
from rm_tui.core.report import text, unmatched_reason
from rm_tui.i18n import t, tn
from rm_tui.tui.console.assign import AssignFlows
from rm_tui.tui.console.dialogs import AskYesNo
from rm_tui.tui.console.pairing_base import PairingBase

SHOWN = 12  # forbidden partners listed in the dialog


def why_text(why: UnmatchedExplanation, who: Callable[[str], str], lang: str = "en") -> str:
    """One line for the unmatched table, from the engine's explanation."""
    partners = ", ".join(who(p) for p in why.partners[:3]) + ("…" if len(why.partners) > 3 else "")
    rivals = [who(p) for p in why.competitors if p != why.person]
    if why.kind == "unfinished":
        return t("pairing.why.unfinished", lang)
    if why.kind == "all_forbidden":
        return t("pairing.why.all_forbidden", lang, n=len(why.forbidden))
    if why.kind == "partners_full":
        return t("pairing.why.partners_full", lang, partners=partners)
    if why.kind == "lost_to_optimum":
        return tn("pairing.why.lost", why.places, lang, partners=partners,
                  rivals=", ".join(rivals[:2]) + ("…" if len(rivals) > 2 else ""))
    return t("pairing.why.placeable", lang)


def fill_unmatched(screen: PairingBase, plan: Plan) -> None:
    """The unmatched table: mentors with no mentee, every unplaced mentee, and why."""
    lang = screen.app.lang
    table = screen.query_one("#unmatched", DataTable)
    keep = screen.selected_unmatched()  # a redraw (new answers, our own draft) keeps it
    table.clear()
    people = [(p, "mentor") for p in plan.unmatched_mentors()
              if plan.free_places(p) == plan.problem.capacity_of(p)]
    people += [(p, "mentee") for p in plan.unmatched_mentees()]
    for pid, role in people:
        try:
            text = why_text(screen.app.pairing.why_unmatched(pid), screen.who, lang)
        except RmTuiError as exc:
            text = said(exc, lang)
        table.add_row(screen.who(pid), t(f"console.role.{role}", lang), text, key=pid)
    if keep is not None:
        with contextlib.suppress(RowDoesNotExist):
            table.move_cursor(row=table.get_row_index(keep))
    screen.query_one("#pair-unmatched-title", Label).update(t("pairing.unmatched.title", lang, n=len(people)))


class UnmatchedFlows(AssignFlows):
    """The pairing screen's flow for an unmatched person: why, then maybe assign."""

    @work
    async def explain_unmatched(self, pid: str) -> None:
        """The engine's explanation, every rule that blocks a partner, and a way to assign."""
        lang = self.app.lang
        session = self.app.pairing
        plan = session.plan
        assert plan is not None
        why = session.why_unmatched(pid)
        role = "mentor" if plan.problem.is_mentor(pid) else "mentee"
        lines = [self.humanize(text(unmatched_reason(why, role), lang)), ""]
        for partner, reasons in why.forbidden[:SHOWN]:
            because = "; ".join(text(r, lang) for r in reasons)
            lines.append(t("pairing.unmatched.forbidden_line", lang, name=self.who(partner),
                           reasons=self.humanize(because)))
        if len(why.forbidden) > SHOWN:
            lines.append(t("pairing.unmatched.more", lang, n=len(why.forbidden) - SHOWN))
        go = await self.app.push_screen_wait(AskYesNo(
            t("pairing.unmatched.why_title", lang, name=self.who(pid)), "\n".join(lines),
            yes=t("pairing.unmatched.assign", lang), no=t("console.bind.close", lang)))
        if go:
            self.start_assign(pid)
