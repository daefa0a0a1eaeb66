"""`rm-tui match PROGRAM`: form the pairs (locks and forbids honoured), optionally confirm."""

from __future__ import annotations

import argparse
import math
from typing import TYPE_CHECKING, Any

from rm_tui.cli.common import (
    add_db_argument,
    add_lang_argument,
    add_program_argument,
    dump_json,
    open_workspace,
    parse_pair,
    warn,
)
from rm_tui.core.errors import InputError, Problem
from rm_tui.i18n import Said, t

if TYPE_CHECKING:
    from rm_tui.services.workspace import Constraint, Workspace


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "match",
        help="form the best mentor-mentee pairs, explained; --confirm stores them",
        description=(
            "Pair PROGRAM's mentors and mentees from the answers in the database: most pairs "
            "first, then the best total score (or, with --objective fair, the best worst pair). "
            "The facilitator's decisions apply (locks, forbids, never-again pairs, weights, "
            "objective, exclusions: `rm-tui constraints`), then the --lock/--forbid given here: "
            "without --confirm those are a what-if and nothing is stored. --confirm stores the "
            "result as the next confirmed version and the --lock/--forbid as decisions, in one "
            "write. People who have not finished their questionnaires are left out unless "
            "--include-unfinished."
        ),
    )
    add_program_argument(parser)
    add_db_argument(parser)
    parser.add_argument("--objective", choices=("total", "fair"), default=None,
                        help="total: best sum of scores; fair: best worst pair, then total "
                             "(default: the program's objective)")  # fmt: skip
    parser.add_argument("--lock", action=_Override, metavar="MENTOR:MENTEE",
                        help="keep this pair (repeatable)")  # fmt: skip
    parser.add_argument("--forbid", action=_Override, metavar="MENTOR:MENTEE",
                        help="never form this pair (repeatable)")  # fmt: skip
    parser.add_argument("--reason", action=_Reason, metavar="TEXT",
                        help="why: the reason of the --lock/--forbid just before it "
                             "(recorded with the plan on --confirm)")  # fmt: skip
    parser.add_argument("--explore", type=float, default=None, metavar="EPS",
                        help="draw a random plan within EPS (a fraction in [0, 1]) of the best "
                             "total, to learn what matters; needs --seed")  # fmt: skip
    parser.add_argument("--seed", type=int, default=None, metavar="S",
                        help="random seed for --explore (the same seed gives the same plan)")  # fmt: skip
    parser.add_argument("--confirm", action="store_true",
                        help="store the result as the confirmed plan (with an audit entry)")  # fmt: skip
    parser.add_argument("--actor", default=None, help="who confirms (recorded)")
    parser.add_argument("--note", default=None, metavar="TEXT",
                        help="the confirmation's note (recorded, carried by the export)")  # fmt: skip
    parser.add_argument("--include-unfinished", action="store_true",
                        help="also pair people who have not finished their questionnaires "
                             "(left out by default: missing data is never an advantage)")  # fmt: skip
    add_lang_argument(parser)
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(func=run, overrides=[])


class _Override(argparse.Action):
    """--lock/--forbid: kept in one ordered list so that --reason can follow each."""

    def __call__(self, parser, namespace, values, option_string=None):  # noqa: ANN001, ANN204
        namespace.overrides = [*namespace.overrides, [option_string, values, None]]


class _Reason(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None):  # noqa: ANN001, ANN204
        if not namespace.overrides or namespace.overrides[-1][2] is not None:
            parser.error("--reason must follow a --lock or --forbid (one reason each)")
        namespace.overrides[-1][2] = values


def cli_constraints(args: argparse.Namespace) -> list[Constraint]:
    from rm_tui.services.workspace import Constraint

    out = []
    for option, value, reason in args.overrides:
        mentor, mentee = parse_pair(value, option)
        out.append(Constraint(option.lstrip("-"), mentor, mentee, reason, None, option))
    return out


def check_explore(args: argparse.Namespace) -> None:
    if args.explore is None:
        if args.seed is not None:
            raise InputError(Problem("--seed", Said("args.seed_alone")))
        return
    if not math.isfinite(args.explore) or not 0 <= args.explore <= 1:
        raise InputError(Problem("--explore", Said("args.explore_range", value=f"{args.explore:g}")))
    if args.seed is None:
        raise InputError(Problem("--explore", Said("args.explore_seed")))


def run(args: argparse.Namespace) -> int:
    from rm_tui.core.report import match_report
    from rm_tui.services.workspace import Constraint

    check_explore(args)
    if args.note is not None and not args.confirm:
        raise InputError(Problem("--note", Said("args.note_alone")))
    extra = cli_constraints(args)
    ws = open_workspace(args, include_unfinished=args.include_unfinished)
    plan, applied, warnings = ws.start_plan(objective=args.objective, extra=extra)
    warn(args, *warnings)
    plan = ws.solve(plan, explore_eps=args.explore, seed=args.seed or 0)
    report = match_report(plan, args.lang)
    report["program"] = {"id": ws.program.id, "name": ws.program.name}
    report["warnings"] = warnings
    report["what_if"] = bool(extra) and not args.confirm
    if args.confirm:
        stamp = [Constraint(c.action, c.mentor, c.mentee, c.reason, c.at or now(), c.source, c.id)
                 for c in applied]  # fmt: skip
        plan_id, record = ws.confirm(plan, stamp, actor=args.actor, note=args.note)
        report["confirmed"] = {"plan_id": plan_id, "confirmed_at": record["confirmed_at"]}
    if args.json:
        dump_json(report)
    else:
        print(render(report, ws, args.lang))
    return 0


def now() -> str:
    from rm_tui.storage import now_iso

    return now_iso()


def _clip(value: str, width: int) -> str:
    return value if len(value) <= width else value[: width - 1] + "…"


def render(report: dict[str, Any], ws: Workspace, lang: str = "en") -> str:
    """Readable table: mentor, mentee, score, top reasons, origin; totals; unmatched."""
    lines = [t("cli.match.title", lang, name=report["program"]["name"], objective=report["objective"]), ""]
    lines.append(t("cli.match.header", lang, **{k: t(f"cli.match.col.{k}", lang)
                                              for k in ("mentor", "mentee", "score", "origin")}))
    for p in report["pairs"]:
        mentor = _clip(f"{ws.name(p['mentor'])} ({p['mentor']})", 26)
        mentee = _clip(f"{ws.name(p['mentee'])} ({p['mentee']})", 26)
        reasons = _clip("; ".join(p["reasons"][:2]), 70)
        lines.append(f"{mentor:<26} {mentee:<26} {p['score']:>5.1f}  {p['origin']:<9} {reasons}")
    pairs = report["pairs"]
    mean = report["total_score"] / len(pairs) if pairs else 0.0
    worst = report["worst_pair_score"]
    lines.append("")
    lines.append(t("cli.match.totals", lang, n=len(pairs), total=f"{report['total_score']:.1f}",
                   mean=f"{mean:.1f}", worst="-" if worst is None else f"{worst:.1f}"))
    if "explore" in report:
        x = report["explore"]
        what = t("cli.match.explore_fallback", lang) if x["fallback"] else t(
            "cli.match.explore_gap", lang, gap=f"{x['gap'] * 100:.1f}", optimum=f"{x['optimum_total']:.1f}")
        lines.append(t("cli.match.explore", lang, eps=f"{x['eps']:g}", seed=x["seed"], what=what))
    if report["unmatched"]:
        lines.append("")
        lines.append(t("cli.match.unmatched", lang))
        for u in report["unmatched"]:
            role = t(f"cli.role.{u['role']}", lang)
            lines.append(f"  {ws.name(u['id'])} ({u['id']}, {role}): {u['reason']}")
    if report.get("what_if"):
        lines.append("")
        lines.append(t("cli.match.what_if", lang))
    if "confirmed" in report:
        lines.append("")
        lines.append(t("cli.match.confirmed", lang, plan_id=report["confirmed"]["plan_id"],
                       at=report["confirmed"]["confirmed_at"]))
    return "\n".join(lines)
