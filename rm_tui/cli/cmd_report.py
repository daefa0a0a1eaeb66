"""`rm-tui report PROGRAM [--db DB ...] [--json]`: which criteria went with good pairs."""

from __future__ import annotations

import argparse
import json
import math
from pathlib import Path
from typing import TYPE_CHECKING

from rm_tui.cli.common import add_lang_argument, add_program_argument, default_db_path
from rm_tui.i18n import in_lang, t, tn

if TYPE_CHECKING:  # the analytics need numpy: imported by `run`, not for --help
    from rm_tui.core.analytics import Relation, Report
    from rm_tui.core.program import Program


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "report",
        help="relate each matching criterion to how pairs went, with honest uncertainty",
        description=(
            "For each criterion, relate the pairs' criterion score at confirmation to the "
            "outcome (mean of both partners' quality ratings): Spearman rho, a 95%% interval "
            "(Fisher z), a permutation p-value Holm-adjusted across every relation tested, the "
            "partial rho and p with the other criteria held fixed (Freedman-Lane), n, and a "
            "verdict (not enough data / no evidence yet / travels with <criterion> / "
            "suggestive). Also relates learning fit to the check-in item 'my partner explains "
            "in a way that works for me'. Give --db several times to pool cohorts; pooling is "
            "refused unless they used the same questionnaire versions."
        ),
    )
    add_program_argument(parser)
    parser.add_argument(
        "--db", metavar="DB", type=Path, action="append", default=None,
        help="database file; repeat to pool cohorts (default: <program-stem>.db.json)",
    )
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--seed", type=int, default=0, help="seed of the resampling (default 0)")
    add_lang_argument(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    paths = args.db or [default_db_path(args.program)]
    from rm_tui.services.confirmed_cohort import cohort_report

    report = cohort_report(paths, program=_program_if_any(args.program), seed=args.seed)
    if args.json:
        print(json.dumps(report.to_dict(), indent=2, ensure_ascii=False))
    else:
        print(render_text(report, args.lang))
    return 0


def _program_if_any(path: Path) -> Program | None:
    """The program, used only to recompute criterion scores a stored plan lacks."""
    if not path.is_file():
        return None
    from rm_tui.services.loaders import load_program

    return load_program(path)


def _fmt(value: float, width: int = 5, digits: int = 2) -> str:
    return f"{value:+.{digits}f}".rjust(width) if math.isfinite(value) else "—".rjust(width)


def _p(value: float) -> str:
    if not math.isfinite(value):
        return "  —  "
    return "<.001" if value < 0.001 else f"{value:.3f}"


def _verdict(verdict: str, lang: str) -> str:
    """The verdict in `lang`, naming a criterion by its id as the table's rows do."""
    from rm_tui.core.analytics import TRAVELS_WITH
    from rm_tui.services.analytics_view import verdict_words

    if verdict.startswith(TRAVELS_WITH):
        return t("analytics.verdict.travels_with", lang, other=verdict[len(TRAVELS_WITH):].strip())
    return verdict_words(verdict, lang)


def _row(r: Relation, name_width: int, lang: str) -> str:
    interval = (
        f"[{_fmt(r.ci_low)}, {_fmt(r.ci_high)}]" if math.isfinite(r.ci_low) else "".ljust(16)
    )
    return (f"  {r.name.ljust(name_width)} {r.n:>4}  {_fmt(r.rho)}  {interval.ljust(16)}  "
            f"{_p(r.p_value)}  {_p(r.p_adjusted)}  {_fmt(r.partial_rho)}  {_p(r.partial_p)}  "
            f"{_verdict(r.verdict, lang)}")


def render_text(report: Report, lang: str = "en") -> str:
    relations = (*report.criteria, *report.hypotheses)
    criterion = t("cli.report.col.criterion", lang)
    width = max((len(r.name) for r in relations), default=9)
    width = max(width, len(criterion))
    header = (f"  {criterion.ljust(width)} {'n':>4}  {'rho':>5}  {t('cli.report.col.interval', lang):<16}  "
              f"{'p':<5}  {'p adj':<5}  {'prho':>5}  {'pp':<5}  {t('cli.report.col.verdict', lang)}")
    lines = [tn("cli.report.outcome", report.n_pairs, lang)]
    if report.criteria:
        lines += ["", t("cli.report.criteria", lang), header]
        lines += [_row(r, width, lang) for r in report.criteria]
    if report.hypotheses:
        lines += ["", t("cli.report.fit", lang)]
        lines += [_row(r, width, lang) for r in report.hypotheses]
    for r in relations:
        if r.note:
            lines.append(f"  ({r.name}: {in_lang(r.note, lang)})")
    lines += ["", t("cli.report.notes", lang)] + [f"- {in_lang(note, lang)}" for note in report.notes]
    return "\n".join(lines)
