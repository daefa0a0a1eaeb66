"""The analytics screen: per criterion, how it went with good pairs, with honest uncertainty.

A table of criteria (rho, 95% interval, Holm-adjusted p, partial rho, n, verdict) and, for the
highlighted row, the verdict in plain words, how many more pairs would be needed to tell, the
interval on a -1..+1 line and a scatter of score vs outcome. The report is computed in a thread
worker from the database files (pure functions in `rm_tui/core/analytics.py`), or given ready.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path

from rich.markup import escape
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Label, Static

from rm_tui.core.analytics import (
    NO_EVIDENCE,
    NOT_ENOUGH_DATA,
    SUGGESTIVE,
    TRAVELS_WITH,
    Relation,
    Report,
    verdict_kind,
)
from rm_tui.core.errors import RmTuiError, said
from rm_tui.i18n import in_lang, t, tn
from rm_tui.services.analytics_view import (
    criterion_words,
    is_hypothesis,
    more_pairs,
    plain_verdict,
    verdict_words,
)
from rm_tui.tui.console.followup.chart import interval_strip, scatter_lines
from rm_tui.tui.console.followup.messages import ReportReady
from rm_tui.tui.console.widgets import Table
from rm_tui.tui.speak import program_lang, speak

VERDICT_CLASS = {SUGGESTIVE: "suggestive", NO_EVIDENCE: "no-evidence", NOT_ENOUGH_DATA: "no-data",
                 TRAVELS_WITH: "travels"}
VERDICT_STYLE = {SUGGESTIVE: "bold green", NO_EVIDENCE: "yellow", NOT_ENOUGH_DATA: "dim",
                 TRAVELS_WITH: "magenta"}

def _num(value: float, signed: bool = True) -> str:
    if not math.isfinite(value):
        return "—"
    return f"{value:+.2f}" if signed else f"{value:.2f}"


def _p(value: float) -> str:
    if not math.isfinite(value):
        return "—"
    return "<.001" if value < 0.001 else f"{value:.3f}"


def _label(r: Relation, lang: str) -> str:
    """Short table label: the learning-fit hypothesis row would not fit otherwise."""
    return t("analytics.fit_label", lang) if is_hypothesis(r) else criterion_words(r.name, lang)


class AnalyticsScreen(Screen[None]):
    """Per-criterion analytics. Give `report`, or `db_paths` to compute it in a worker."""

    BINDINGS = [
        Binding("escape", "close", "analytics.bind.back", tooltip="analytics.bind.back_tip"),
        Binding("r", "reload", "analytics.bind.reload", tooltip="analytics.bind.reload_tip"),
    ]

    def __init__(self, report: Report | None = None, db_paths: Sequence[Path] = (),
                 *, lang: str | None = None, name: str | None = None) -> None:
        """`lang`: the words' language (default: the program's, English without one)."""
        super().__init__(name=name)
        self._lang = lang
        self.report = report
        self.db_paths = tuple(db_paths)
        self._rows: list[Relation] = []
        self.computing = False  # one report at a time: a second `r` is refused, not queued

    def compose(self) -> ComposeResult:
        speak(self, self.lang)  # before the Footer composes: it shows the worded keys
        yield Header()
        yield Static(t("analytics.computing", self.lang), id="an-summary")
        with Horizontal(id="an-body"):
            yield Table(id="an-table", cursor_type="row", zebra_stripes=True)
            with Vertical(id="an-detail"):
                yield Label("", id="an-title", classes="section-title")
                yield Static("", id="an-verdict")
                yield Static("", id="an-needed")
                yield Static("", id="an-strip")
                yield Static("", id="an-chart")
        yield Static("", id="an-notes")
        yield Footer()

    @property
    def lang(self) -> str:
        if self._lang is None:
            self._lang = program_lang(self.app)
        return self._lang

    def on_mount(self) -> None:
        table = self.query_one("#an-table", DataTable)
        # The interval is drawn in the detail panel: the table keeps room for the verdict.
        table.add_columns(*(t(f"analytics.col.{k}", self.lang)
                            for k in ("criterion", "n", "rho", "p_adj", "partial", "verdict")))
        if self.report is not None:
            self.show(self.report)
        elif self.db_paths:
            self._start()

    def _start(self) -> None:
        self.computing = True
        self.query_one("#an-summary", Static).update(t("analytics.computing", self.lang))
        self.compute()

    @work(thread=True, exclusive=True, group="analytics")
    def compute(self) -> None:
        from rm_tui.services.confirmed_cohort import cohort_report

        try:
            report = cohort_report(self.db_paths)
        except RmTuiError as exc:
            self.post_message(ReportReady(None, said(exc, self.lang)))
            return
        self.post_message(ReportReady(report))

    def on_report_ready(self, message: ReportReady) -> None:
        self.computing = False
        if message.report is None:
            self.show_error(message.error)
        else:
            self.show(message.report)

    def show_error(self, message: str) -> None:
        self.query_one("#an-summary", Static).update(t("analytics.cannot", self.lang, message=message))

    def show(self, report: Report) -> None:
        self.report = report
        self._rows = [*report.criteria, *report.hypotheses]
        self.query_one("#an-summary", Static).update(tn("analytics.summary.", report.n_pairs, self.lang))
        table = self.query_one("#an-table", DataTable)
        table.clear()
        for r in self._rows:
            verdict = f"[{VERDICT_STYLE[verdict_kind(r.verdict)]}]{verdict_words(r.verdict, self.lang)}[/]"
            table.add_row(_label(r, self.lang), str(r.n), _num(r.rho), _p(r.p_adjusted),
                          _num(r.partial_rho), verdict, key=r.name)
        self.query_one("#an-notes", Static).update("\n".join(f"• {escape(in_lang(n, self.lang))}"
                                                             for n in report.notes))
        if self._rows:
            self.show_detail(self._rows[0])
        else:
            self.query_one("#an-title", Label).update(t("analytics.nothing", self.lang))

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if 0 <= event.cursor_row < len(self._rows):
            self.show_detail(self._rows[event.cursor_row])

    def show_detail(self, r: Relation) -> None:
        hypothesis, lang = is_hypothesis(r), self.lang
        self.query_one("#an-title", Label).update(r.name if hypothesis else criterion_words(r.name, lang))
        verdict = self.query_one("#an-verdict", Static)
        for cls in VERDICT_CLASS.values():
            verdict.remove_class(cls)
        verdict.add_class(VERDICT_CLASS[verdict_kind(r.verdict)])
        verdict.update(t("analytics.verdict_line", lang, verdict=verdict_words(r.verdict, lang), n=r.n,
                         plain=plain_verdict(r, lang)))
        self.query_one("#an-needed", Static).update(more_pairs(r, lang))
        interval = (t("analytics.interval", lang, rho=_num(r.rho), low=_num(r.ci_low), high=_num(r.ci_high))
                    if math.isfinite(r.ci_low) else t("analytics.interval_none", lang))
        self.query_one("#an-strip", Static).update(
            interval + "\n" + interval_strip(r.rho, r.ci_low, r.ci_high, width=37))
        y_label = t("analytics.axis.explains" if hypothesis else "analytics.axis.quality", lang)
        x_label = t("analytics.axis.fit" if hypothesis else "analytics.axis.score", lang)
        lines = scatter_lines(list(r.x), list(r.y), width=36, height=9, x_label=x_label,
                              y_label=y_label)
        self.query_one("#an-chart", Static).update("\n".join(lines))

    def action_reload(self) -> None:
        if self.computing:  # ~0.3 s of permutations each: a second run would only queue
            self.notify(t("console.pairing.still_working", self.lang,
                          action=t("analytics.computing", self.lang).rstrip("…")), timeout=3)
        elif self.db_paths:
            self._start()

    def action_close(self) -> None:
        if len(self.app.screen_stack) > 1:
            self.app.pop_screen()
