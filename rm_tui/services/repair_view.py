"""How a re-pairing is shown: plain data (JSON) and text lines, shared by the CLI and the console."""

from __future__ import annotations

from typing import Any

from rm_tui.core.checkins import REASON_CODES
from rm_tui.core.plan import Pair
from rm_tui.core.repair import Repair


def _pair(p: Pair) -> dict[str, Any]:
    return {"mentor": p.mentor, "mentee": p.mentee, "score": round(p.score, 2)}


def as_json(result: Repair, version: int | None) -> dict[str, Any]:
    mentor, mentee = result.split
    removed = [_pair(p) for p in result.changes.removed]
    if not any((r["mentor"], r["mentee"]) == result.split for r in removed):
        removed.append({"mentor": mentor, "mentee": mentee, "score": None})  # left the program
    return {
        "version": version,
        "split": {"mentor": mentor, "mentee": mentee, "reason": result.reason},
        "added": [_pair(p) for p in result.changes.added],
        "removed": removed,
        "moved": [{"mentor": m, "mentee": e} for m, e in result.moved],
        "kept": len(result.after.pairs) - len(result.changes.added),
        "still_unmatched": list(result.still_unmatched()),
        "delta_total": round(result.changes.delta_total, 2),
    }


def render_text(result: Repair, version: int | None, names: dict[str, str],
                export_command: str = "") -> str:
    """The split, removed (-) and added (+) pairs, the working pairs it breaks, what stayed,
    and what was stored (with `export_command`, a runnable command to export it)."""
    def who(pid: str) -> str:
        return f"{names[pid]} ({pid})" if pid in names else pid

    data = as_json(result, version)
    lines = [f"Split {who(result.split[0])} — {who(result.split[1])}: {result.reason} "
             f"({REASON_CODES[result.reason]})."]
    for p in data["removed"]:
        score = f"  {p['score']:.1f}" if p["score"] is not None else ""
        lines.append(f"  - {who(p['mentor'])} — {who(p['mentee'])}{score}")
    for p in data["added"]:
        lines.append(f"  + {who(p['mentor'])} — {who(p['mentee'])}  {p['score']:.1f}")
    if result.moved:
        broken = ", ".join(f"{who(m)} — {who(e)}" for m, e in result.moved)
        verb = "Would also end" if version is None else "Also ended"
        lines.append(f"{verb} {len(result.moved)} working pair{'s' if len(result.moved) != 1 else ''}"
                     f" to re-match: {broken} (each recorded as ended, no-fault).")
    lines.append(f"{data['kept']} other pair{'s' if data['kept'] != 1 else ''} unchanged"
                 + (f"; {len(result.moved)} moved (--allow-moves)." if result.moved else "."))
    for pid in result.still_unmatched():
        lines.append(f"No new partner for {who(pid)}: nobody free fits the rules (and "
                     "past partners are never paired again).")
    if version is None:
        lines.append("Dry run: nothing stored.")
    else:
        lines.append(f"Confirmed as version {version}."
                     + (f" Export it with: {export_command}" if export_command else ""))
    return "\n".join(lines)
