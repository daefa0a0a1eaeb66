"""How a re-pairing is shown: plain data (JSON) and text lines, shared by the CLI and the console."""

from __future__ import annotations

from typing import Any

from rm_tui.core.plan import Pair
from rm_tui.core.repair import Repair
from rm_tui.i18n import t, tn


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
                export_command: str = "", lang: str = "en") -> str:
    """The split, removed (-) and added (+) pairs, the working pairs it breaks, what stayed,
    and what was stored (with `export_command`, a runnable command to export it)."""
    def who(pid: str) -> str:
        return f"{names[pid]} ({pid})" if pid in names else pid

    data = as_json(result, version)
    lines = [t("followup.repair.split_line", lang, mentor=who(result.split[0]),
               mentee=who(result.split[1]), code=result.reason,
               reason=t(f"followup.reason.{result.reason}", lang))]
    for p in data["removed"]:
        score = f"  {p['score']:.1f}" if p["score"] is not None else ""
        lines.append(f"  - {who(p['mentor'])} — {who(p['mentee'])}{score}")
    for p in data["added"]:
        lines.append(f"  + {who(p['mentor'])} — {who(p['mentee'])}  {p['score']:.1f}")
    if result.moved:
        broken = ", ".join(f"{who(m)} — {who(e)}" for m, e in result.moved)
        verb = "followup.repair.would_end." if version is None else "followup.repair.ended."
        lines.append(tn(verb, len(result.moved), lang, broken=broken))
    lines.append(tn("followup.repair.kept.", data["kept"], lang)
                 + (t("followup.repair.moved", lang, n=len(result.moved)) if result.moved else "."))
    for pid in result.still_unmatched():
        lines.append(t("followup.repair.no_partner", lang, who=who(pid)))
    if version is None:
        lines.append(t("followup.repair.dry_run", lang))
    else:
        lines.append(t("followup.repair.confirmed", lang, version=version)
                     + (t("followup.repair.export", lang, command=export_command) if export_command else ""))
    return "\n".join(lines)
