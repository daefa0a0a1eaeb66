"""How the follow-up overview is shown: text lines and table cells, shared by the CLI and the
console (the state itself is `rm_tui.core.followup`)."""

from __future__ import annotations

from collections.abc import Mapping

from rm_tui.core.checkins import REASON_CODES
from rm_tui.core.followup import ATTENTION, ENDED, Overview, PairState

# Health right after the names: on a narrow terminal it stays in view.
COLUMNS = ("Mentor", "Mentee", "Health", "Since", "Check-ins", "Last", "Missed", "Outcome")


def who(pid: str, names: Mapping[str, str]) -> str:
    return names.get(pid) or pid


def health_text(p: PairState) -> str:
    """`active`, `attention: <reason>` or `ended: <reason>`."""
    if p.status == ATTENTION:
        return "attention: " + "; ".join(p.attention_reasons)
    if p.status == ENDED:
        reason = p.ended_reason
        return f"ended: {REASON_CODES.get(reason or '', reason or 'reason not given')}"
    return p.status


def health_gist(p: PairState) -> str:
    """A few words for a table cell; the full text is `health_text`."""
    if p.status == ATTENTION:
        words = [w for k, w in (("low ratings", "low ratings twice"), ("missed", "missed meetings"))
                 if any(k in r for r in p.attention_reasons)]
        return "attention: " + (", ".join(words) or "see details")
    if p.status == ENDED:
        return f"ended ({p.ended_reason or 'no reason'})"
    return p.status


def outcome_text(p: PairState) -> str:
    o = p.outcome
    if o is None:
        return "—"
    parts = []
    if o.quality is not None:
        given = "/".join("—" if q is None else str(q) for q in (o.quality_mentor, o.quality_mentee))
        parts.append(f"quality {given}")
    if o.goals is not None:
        parts.append(f"goals {o.goals}")
    if o.would_pair_again is not None:
        parts.append("would pair again" if o.would_pair_again else "would not pair again")
    if o.ended_early:
        parts.append("ended early")
    return ", ".join(parts) or "recorded"


def cells(p: PairState, names: Mapping[str, str]) -> tuple[str, ...]:
    """One table row (see COLUMNS)."""
    received = f"{p.checkins.get('mentor', 0)}+{p.checkins.get('mentee', 0)}"
    return (who(p.mentor, names), who(p.mentee, names), health_gist(p), p.since or "—", received,
            p.last_checkin or "—", str(p.missed) if p.missed else "—", outcome_text(p))


def render_text(found: Overview, names: Mapping[str, str]) -> str:
    if not found.pairs:
        return "No confirmed pairs yet: confirm a plan with `rm-tui match PROGRAM --confirm`."
    rows = [COLUMNS, *(cells(p, names) for p in found.pairs)]
    widths = [max(len(r[i]) for r in rows) for i in range(len(COLUMNS))]
    lines = [found.summary(), "Check-ins: received from mentor+mentee; missed: months with a "
             "missed meeting.", ""]
    for r in rows:
        lines.append("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip())
    details = [f"- {who(p.mentor, names)} — {who(p.mentee, names)}: {'; '.join(p.attention_reasons)}"
               for p in found.pairs if p.status == ATTENTION]
    if details:
        lines += ["", "Needing attention:", *details]
    return "\n".join(lines)
