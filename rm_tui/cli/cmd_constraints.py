"""`rm-tui constraints PROGRAM`: list and change the facilitator's decisions (one write)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from rm_tui.cli.common import (
    add_db_argument,
    add_program_argument,
    add_program_lang_argument,
    dump_json,
    open_workspace,
    parse_pair,
    program_lang,
)
from rm_tui.i18n import Said, t

if TYPE_CHECKING:
    from rm_tui.services.decisions import Change
    from rm_tui.services.workspace import Workspace

WITH_REASON = ("--lock", "--forbid", "--lift", "--exclude")


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "constraints",
        help="list or change locks, forbids, weights, objective and exclusions",
        description=(
            "Show the decisions every command and the console match with: locks, forbids, "
            "never-again pairs (from splits), exclusions, the effective weights (program file "
            "plus changes) and the objective. Options change them; all options of one call "
            "are recorded in one write, each with its audit entry (`rm-tui log`). Nothing is "
            "written if any option is wrong (exit 2)."
        ),
    )
    add_program_argument(parser)
    add_db_argument(parser)
    for flag, meta, what in (
        ("--lock", "MENTOR:MENTEE", "always form this pair (needs --reason)"),
        ("--forbid", "MENTOR:MENTEE", "never form this pair (needs --reason)"),
        ("--lift", "MENTOR:MENTEE", "remove a lock, forbid or never-again (needs --reason)"),
        ("--weight", "NAME=W", "set a criterion's weight (W >= 0; 0 turns it off)"),
        ("--objective", "total|fair", "total: best sum of scores; fair: best worst pair"),
        ("--exclude", "ID", "leave this person out of the matching (needs --reason)"),
        ("--include", "ID", "bring an excluded person back"),
    ):
        parser.add_argument(flag, action=_Ordered, metavar=meta, help=what + " (repeatable)")
    parser.add_argument("--reason", action=_Reason, metavar="TEXT",
                        help="why: the reason of the option just before it (recorded)")  # fmt: skip
    parser.add_argument("--actor", default=None, help="who decides (recorded)")
    parser.add_argument("--json", action="store_true", help="print JSON")
    add_program_lang_argument(parser)
    parser.set_defaults(func=run, changes=[])


class _Ordered(argparse.Action):
    """Every change option goes into one ordered list so that --reason can follow each."""

    def __call__(self, parser, namespace, values, option_string=None):  # noqa: ANN001, ANN204
        namespace.changes = [*namespace.changes, [option_string, values, None]]


class _Reason(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None):  # noqa: ANN001, ANN204
        if not namespace.changes or namespace.changes[-1][0] not in WITH_REASON \
                or namespace.changes[-1][2] is not None:
            parser.error("--reason must follow a --lock, --forbid, --lift or --exclude "
                         "(one reason each)")  # fmt: skip
        namespace.changes[-1][2] = values


def parse_changes(raw: list[list[Any]]) -> list[Change]:
    """Options -> changes, or InputError naming the option and its value."""
    from rm_tui.core.decisions import Decision
    from rm_tui.core.errors import InputError, Problem
    from rm_tui.services.decisions import Change

    out = []
    for option, value, reason in raw:
        source = f"{option} {value}"
        action = option.lstrip("-")
        if option in ("--lock", "--forbid", "--lift"):
            mentor, mentee = parse_pair(value, source)
            d = Decision(action, reason=reason, mentor=mentor, mentee=mentee)
        elif option == "--weight":
            name, sep, number = value.partition("=")
            try:
                weight = float(number)
            except ValueError:
                weight = None
            if not sep or not name.strip() or weight is None:
                raise InputError(Problem(source, Said("args.weight.format", value=repr(value))))
            d = Decision("weight", name=name.strip(), weight=weight)
        elif option == "--objective":
            d = Decision("objective", objective=value)
        else:
            d = Decision(action, reason=reason, participant=value.strip())
        out.append(Change(d, source))
    return out


def run(args: argparse.Namespace) -> int:
    from rm_tui.services import decisions

    changes = parse_changes(args.changes)
    lang = program_lang(args)  # first: the workspace's warnings are said in it too
    ws = open_workspace(args)
    if changes:
        stored = decisions.apply(ws, changes, actor=args.actor)
        ws = open_workspace(args)
        if not args.json:
            for d in stored:
                print(t("cli.constraints.recorded", lang, what=d.describe()) + (f" — {d.reason}" if d.reason else ""))
    report = state_report(ws)
    if args.json:
        dump_json(report)
    else:
        print(render(report, ws, lang))
    return 0


def state_report(ws: Workspace) -> dict[str, Any]:
    from rm_tui.core.decisions import state_json
    from rm_tui.services.loaders import load_program

    file_program = load_program(ws.program.path) if ws.program.path else ws.program
    weights = {n: c.weight for n, c in file_program.criteria.items()}
    report = state_json(ws.decisions, weights, file_program.objective)
    listed = {x["id"] for x in report["excluded"]}
    report["excluded"] += [{"id": p.id, "reason": None, "at": None} for p in ws.program.roster
                           if p.excluded and p.id not in listed]  # flagged before the log existed
    return report


def render(report: dict[str, Any], ws: Workspace, lang: str = "en") -> str:
    def who(pid: str) -> str:
        return f"{ws.name(pid)} ({pid})"

    lines = []
    for key in ("locks", "forbids", "never_again"):
        lines.append(t(f"cli.constraints.{key}", lang, n=len(report[key])))
        for d in report[key]:
            lines.append(f"  {who(d['mentor'])} + {who(d['mentee'])} — {d['reason'] or t('cli.constraints.no_reason', lang)}"
                         f" ({d['at'][:16].replace('T', ' ')})")  # fmt: skip
    lines.append(t("cli.constraints.excluded", lang, n=len(report["excluded"])))
    for x in report["excluded"]:
        lines.append(f"  {who(x['id'])} — {x['reason'] or t('cli.constraints.no_reason_recorded', lang)}")
    weights = ", ".join(f"{n}={w:g}" for n, w in report["weights"].items())
    lines.append(t("cli.constraints.weights", lang, weights=weights))
    lines.append(t("cli.constraints.objective", lang, objective=report["objective"]))
    return "\n".join(lines)
