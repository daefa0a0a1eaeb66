"""How the follow-up overview is shown: text lines and table cells, shared by the CLI and the
console (the state itself is `rm_tui.core.followup`), in the program's language."""

from __future__ import annotations

from collections.abc import Mapping

from rm_tui.core.followup import ATTENTION, ENDED, Overview, PairState
from rm_tui.core.health import Concern, LowAnswer
from rm_tui.i18n import CATALOG, t, tn

# Health right after the names: on a narrow terminal it stays in view.
COLUMN_KEYS = ("mentor", "mentee", "health", "since", "checkins", "last", "missed", "outcome")


def columns(lang: str = "en") -> tuple[str, ...]:
    return tuple(t(f"followup.col.{k}", lang) for k in COLUMN_KEYS)


COLUMNS = columns("en")


def who(pid: str, names: Mapping[str, str]) -> str:
    return names.get(pid) or pid


def _optional(key: str, fallback: str, lang: str) -> str:
    """A worded code, or the code itself when the catalogue has no words for it."""
    return t(key, lang) if key in CATALOG else fallback


def _low(low: tuple[LowAnswer, ...], lang: str) -> str:
    return ", ".join(t("followup.low_answer", lang, who=_optional(f"followup.who.{r}", r, lang),
                       what=_optional(f"followup.rating.{name}", name, lang), value=value)
                     for r, name, value in low)


def concern_text(c: Concern, lang: str = "en") -> str:
    """Why a pair needs attention, in words."""
    if c.code == "low_twice":
        return t("followup.concern.low_twice", lang, before=c.before, after=c.after,
                 low_before=_low(c.low_before, lang), low_after=_low(c.low_after, lang))
    return t("followup.concern.missed", lang, count=len(c.months), months=", ".join(c.months))


def reasons_text(p: PairState, lang: str = "en") -> str:
    if p.concerns:
        return "; ".join(concern_text(c, lang) for c in p.concerns)
    return "; ".join(p.attention_reasons)


def ended_reason_text(reason: str | None, lang: str = "en") -> str:
    if not reason:
        return t("followup.health.reason_not_given", lang)
    return _optional(f"followup.reason.{reason}", _optional(f"followup.ended.{reason}", reason, lang),
                     lang)


def health_text(p: PairState, lang: str = "en") -> str:
    """`active`, `attention: <reason>` or `ended: <reason>`."""
    if p.status == ATTENTION:
        return t("followup.health.attention", lang, reasons=reasons_text(p, lang))
    if p.status == ENDED:
        return t("followup.health.ended", lang, reason=ended_reason_text(p.ended_reason, lang))
    return _optional(f"followup.status.{p.status}", p.status, lang)


def concern_gist(p: PairState, lang: str = "en") -> str:
    """Why a pair needs attention in a few words (e.g. "low ratings twice, missed meetings")."""
    codes = {c.code for c in p.concerns}
    words = [t(key, lang) for code, key in (("low_twice", "followup.gist.low"),
                                             ("missed", "followup.gist.missed"))
             if code in codes]
    return ", ".join(words) or t("followup.gist.see_details", lang)


def health_gist(p: PairState, lang: str = "en") -> str:
    """A few words for a table cell; the full text is `health_text`."""
    if p.status == ATTENTION:
        return t("followup.gist.attention", lang, words=concern_gist(p, lang))
    if p.status == ENDED:
        reason = p.ended_reason
        short = (_optional(f"followup.reason_short.{reason}", reason, lang) if reason
                 else t("followup.gist.no_reason", lang))
        return t("followup.gist.ended", lang, reason=short)
    return _optional(f"followup.status.{p.status}", p.status, lang)


def outcome_text(p: PairState, lang: str = "en") -> str:
    o = p.outcome
    if o is None:
        return t("followup.outcome.none", lang)
    parts = []
    if o.quality is not None:
        given = "/".join("—" if q is None else str(q) for q in (o.quality_mentor, o.quality_mentee))
        parts.append(t("followup.outcome.quality", lang, given=given))
    if o.goals is not None:
        parts.append(t("followup.outcome.goals", lang, goals=o.goals))
    if o.would_pair_again is not None:
        parts.append(t("followup.outcome.again" if o.would_pair_again else "followup.outcome.not_again",
                       lang))
    if o.ended_early:
        parts.append(t("followup.outcome.ended_early", lang))
    return ", ".join(parts) or t("followup.outcome.recorded", lang)


def detail_text(p: PairState, names: Mapping[str, str], lang: str = "en") -> str:
    """The highlighted pair in one line: names, full health and outcome."""
    return t("followup.detail", lang, pair=f"{who(p.mentor, names)} — {who(p.mentee, names)}",
             health=health_text(p, lang), outcome=outcome_text(p, lang))


def summary(found: Overview, lang: str = "en") -> str:
    """One line, the same words on every screen."""
    c = found.counts()
    split = c["pairs"] - c["confirmed"]
    first = tn("followup.summary.confirmed.", c["confirmed"], lang)
    if split:
        first += t("followup.summary.split", lang, n=split)
    parts = [first, *(tn(f"followup.summary.{k}.", c[k], lang)
                      for k in ("active", "attention", "ended", "outcomes", "checkins"))]
    return " · ".join(parts)


def cells(p: PairState, names: Mapping[str, str], lang: str = "en") -> tuple[str, ...]:
    """One table row (see `columns`)."""
    received = f"{p.checkins.get('mentor', 0)}+{p.checkins.get('mentee', 0)}"
    return (who(p.mentor, names), who(p.mentee, names), health_gist(p, lang), p.since or "—",
            received, p.last_checkin or "—", str(p.missed) if p.missed else "—",
            outcome_text(p, lang))


def render_text(found: Overview, names: Mapping[str, str], lang: str = "en") -> str:
    if not found.pairs:
        return t("followup.no_pairs", lang)
    head = columns(lang)
    rows = [head, *(cells(p, names, lang) for p in found.pairs)]
    widths = [max(len(r[i]) for r in rows) for i in range(len(head))]
    lines = [summary(found, lang), t("followup.legend", lang), ""]
    for r in rows:
        lines.append("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip())
    details = [f"- {who(p.mentor, names)} — {who(p.mentee, names)}: {reasons_text(p, lang)}"
               for p in found.pairs if p.status == ATTENTION]
    if details:
        lines += ["", t("followup.needing_attention", lang), *details]
    return "\n".join(lines)
