"""`rm-tui explain PROGRAM MENTOR_ID MENTEE_ID`: why a pair scores what it does, and what
each person's best other partners would cost the whole plan."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from rm_tui.cli.common import (
    add_db_argument,
    add_lang_argument,
    add_program_argument,
    dump_json,
    open_workspace,
    warn,
)
from rm_tui.cli.one_shot import without_gc
from rm_tui.i18n import Said, in_lang, t, tn

if TYPE_CHECKING:
    from rm_tui.services.workspace import Workspace


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "explain",
        help="explain one mentor-mentee pair: criteria, rules, alternatives",
        description=(
            "Explain the score of MENTOR_ID with MENTEE_ID criterion by criterion, whether rules "
            "forbid the pair, and each person's best other partners with the change in the "
            "plan's total score if that pair were forced (delta_total; the plan is the one "
            "`rm-tui match` forms with the stored locks and forbids)."
        ),
    )
    add_program_argument(parser)
    parser.add_argument("mentor", metavar="MENTOR_ID", help="a mentor's id")
    parser.add_argument("mentee", metavar="MENTEE_ID", help="a mentee's id")
    add_db_argument(parser)
    parser.add_argument("--objective", choices=("total", "fair"), default=None,
                        help="objective of the plan alternatives are compared with")  # fmt: skip
    parser.add_argument("--alternatives", type=int, default=3, metavar="K",
                        help="how many other partners to show per person (default 3)")  # fmt: skip
    add_lang_argument(parser)
    parser.add_argument("--include-unfinished", action="store_true",
                        help="do not leave out people who have not finished their questionnaires")  # fmt: skip
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    with without_gc():  # imports included
        return _run(args)


def _run(args: argparse.Namespace) -> int:
    from rm_tui.core.errors import InputError, Problem
    from rm_tui.core.report import explain_report
    from rm_tui.services import matching

    if args.alternatives < 0:
        raise InputError(Problem("--alternatives", Said("args.at_least_zero", name="K", value=args.alternatives)))
    ws = open_workspace(args, include_unfinished=args.include_unfinished)
    ws.check_pair(args.mentor, args.mentee, "MENTOR_ID MENTEE_ID")
    plan, _, warnings = ws.start_plan(objective=args.objective)
    warn(args, *warnings)
    plan = ws.solve(plan)
    k = args.alternatives
    alts = {
        "mentor": matching.alternatives(plan, args.mentor, k=k) if k else [],
        "mentee": matching.alternatives(plan, args.mentee, k=k) if k else [],
    }
    report = explain_report(plan, args.mentor, args.mentee, alts, args.lang)
    if args.json:
        dump_json(report)
    else:
        print(render(report, ws, args.lang))
    return 0


def _delta(a: dict[str, Any], lang: str) -> str:
    if a["delta_total"] is None:
        return t("cli.explain.cannot_force", lang, why=in_lang(a["blocked_by"], lang))
    fewer = -(a["delta_pairs"] or 0)
    lost = tn("cli.explain.fewer", fewer, lang) if fewer > 0 else ""
    return t("cli.explain.delta", lang, delta=f"{a['delta_total']:+.1f}", lost=lost)


def render(r: dict[str, Any], ws: Workspace, lang: str = "en") -> str:
    head = f"{ws.name(r['mentor'])} ({r['mentor']}) + {ws.name(r['mentee'])} ({r['mentee']})"
    state = (t("cli.explain.paired", lang) + (f" ({r['origin']})" if r["origin"] != "optimizer" else "")
             if r["paired"] else t("cli.explain.not_paired", lang))  # fmt: skip
    lines = [head, t("cli.explain.score", lang, score=f"{r['score']:.1f}", state=state)]
    if not r["allowed"]:
        lines.append(t("cli.explain.forbidden", lang, reasons="; ".join(r["forbidden_reasons"])))
    lines.append("")
    lines.append(t("cli.explain.header", lang, criterion=t("cli.explain.col.criterion", lang),
                   weight=t("cli.explain.col.weight", lang), score="score"))
    for c in r["criteria"]:
        score = "  -" if c["score"] is None else f"{c['score']:.2f}"
        lines.append(f"{c['name']:<14} {c['weight']:>6g} {score:>6}  {c['reason']}")
    for side, key, other in (("mentor", "mentee", r["mentee"]), ("mentee", "mentor", r["mentor"])):
        person = r[side]
        lines.append("")
        partners = ", ".join(r["partners"][side]) or t("cli.explain.nobody", lang)
        lines.append(t("cli.explain.others", lang, who=f"{ws.name(person)} ({person})", partners=partners))
        alts = [a for a in r["alternatives"][side] if a[key] != other]
        if not alts:
            lines.append(t("cli.explain.none", lang))
        for a in alts:
            lines.append(t("cli.explain.alternative", lang, who=f"{ws.name(a[key])} ({a[key]})",
                           score=f"{a['score']:.1f}", delta=_delta(a, lang)))
    return "\n".join(lines)
