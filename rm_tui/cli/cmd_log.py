"""`rm-tui log PROGRAM`: the facilitator's decisions, newest first, with their reasons."""

from __future__ import annotations

import argparse

from rm_tui.cli.common import (
    add_db_argument,
    add_program_argument,
    add_program_lang_argument,
    db_path,
    dump_json,
    program_lang,
)
from rm_tui.i18n import CATALOG, Said, t


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "log",
        help="show the decision log (locks, forbids, lifts, splits, weights, confirmations...)",
        description=(
            "The audit log of PROGRAM's decisions, newest first: lock, forbid, lift, split, "
            "weight, objective, exclude, include, confirm and draft, each with when, who, why "
            "and the people or values concerned. With --json: a list of {at, action, reason, "
            "...}."
        ),
    )
    add_program_argument(parser)
    add_db_argument(parser)
    parser.add_argument("--limit", type=int, default=None, metavar="N",
                        help="show only the N newest entries")  # fmt: skip
    parser.add_argument("--json", action="store_true", help="print JSON")
    add_program_lang_argument(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from rm_tui.core.decisions import log_entry
    from rm_tui.core.errors import InputError, Problem
    from rm_tui.services.decisions import read_log
    from rm_tui.services.loaders import load_program

    if args.limit is not None and args.limit < 0:
        raise InputError(Problem("--limit", Said("args.at_least_zero", name="N", value=args.limit)))
    program = load_program(args.program)
    lang = program_lang(args, program)
    path = db_path(args)
    if not path.is_file():
        raise InputError(Problem(str(path), Said("args.no_db_log")))
    entries = [log_entry(d) for d in read_log(str(path), args.limit)]
    if args.json:
        dump_json(entries)
        return 0
    names = {p.id: p.name for p in program.roster}
    if not entries:
        print(t("cli.log.empty", lang, path=path))
    for e in entries:
        print(render_entry(e, names, lang))
    return 0


def render_entry(e: dict, names: dict[str, str], lang: str = "en") -> str:
    def who(pid: str | None) -> str:
        return f"{names.get(pid or '', pid)} ({pid})" if pid else "?"

    action = e["action"]
    if action in ("lock", "forbid", "lift", "split"):
        what = f"{who(e.get('mentor'))} + {who(e.get('mentee'))}"
    elif action in ("exclude", "include"):
        what = who(e.get("participant"))
    elif action == "weight":
        what = f"{e.get('name')} = {e.get('weight'):g}"
    elif action == "objective":
        what = str(e.get("objective"))
    elif action == "confirm":
        what = t("cli.log.version", lang, version=e.get("version")) if e.get("version") else ""
    else:
        what = f"plan {e.get('plan_id')}" if e.get("plan_id") else ""
    when = str(e.get("at") or "")[:19].replace("T", " ")
    by = t("cli.log.by", lang, actor=e["actor"]) if e.get("actor") else ""
    why = f" — {_decided('reason', e['reason'], lang)}" if e.get("reason") else ""
    return f"{when}  {_decided('action', action, lang):<9} {what}{by}{why}"


def _decided(kind: str, text: str, lang: str) -> str:
    """A logged action, or a reason the console recorded by itself, in `lang` (typed ones as typed)."""
    key = f"decided.{kind}." + text.replace(" ", "_")
    return t(key, lang) if key in CATALOG else text
