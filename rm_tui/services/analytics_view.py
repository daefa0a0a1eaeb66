"""The analytics verdicts in words a non-statistician reads in one go, and how many more pairs
would be needed to tell (shared by the console's analytics screen and anything that prints it),
in the program's language."""

from __future__ import annotations

import math

from rm_tui.core.analytics import (
    EXPLAINS_WELL,
    LEARNING_FIT,
    MIN_PAIRS,
    NO_EVIDENCE,
    NOT_ENOUGH_DATA,
    SUGGESTIVE,
    TRAVELS_WITH,
    Relation,
)
from rm_tui.i18n import CATALOG, in_lang, t, tn

_VERDICT_KEYS = {SUGGESTIVE: "analytics.verdict.suggestive", NO_EVIDENCE: "analytics.verdict.no_evidence",
                 NOT_ENOUGH_DATA: "analytics.verdict.not_enough_data"}


def criterion_words(name: str, lang: str = "en") -> str:
    """A criterion's title ("Job family" for `job_family`), its id when it has none."""
    key = f"console.criterion.{name}"
    return t(key, lang) if key in CATALOG else name


def is_hypothesis(r: Relation) -> bool:
    return r.name == f"{LEARNING_FIT} vs {EXPLAINS_WELL}"


def verdict_words(verdict: str, lang: str = "en") -> str:
    """The verdict code of the report ("suggestive", "travels with x", ...) in words."""
    if verdict.startswith(TRAVELS_WITH):
        other = verdict[len(TRAVELS_WITH):].strip()
        return t("analytics.verdict.travels_with", lang, other=criterion_words(other, lang))
    key = _VERDICT_KEYS.get(verdict)
    return t(key, lang) if key else verdict


def _subject(r: Relation, lang: str) -> tuple[str, str]:
    """(what was scored, what it went with) for a criterion or the learning-fit hypothesis."""
    if is_hypothesis(r):
        return t("analytics.subject.fit", lang), t("analytics.subject.fit_outcome", lang)
    return (t("analytics.subject.criterion", lang, name=criterion_words(r.name, lang)),
            t("analytics.subject.outcome", lang))


def plain_verdict(r: Relation, lang: str = "en") -> str:
    """One or two sentences: what the data say about this criterion, and how sure."""
    what, outcome = _subject(r, lang)
    direction = "higher" if r.rho >= 0 else "lower"
    if r.verdict == NOT_ENOUGH_DATA:
        note = t("analytics.plain.note", lang, note=in_lang(r.note, lang)) if r.note else ""
        return t("analytics.plain.not_enough", lang, what=what, note=note)
    if r.verdict == SUGGESTIVE:
        return t(f"analytics.plain.suggestive.{direction}", lang, what=what, outcome=outcome)
    if r.verdict.startswith(TRAVELS_WITH):
        other = criterion_words(r.verdict[len(TRAVELS_WITH):].strip(), lang)
        return t(f"analytics.plain.travels.{direction}", lang, what=what, outcome=outcome,
                 other=other, name=criterion_words(r.name, lang))
    return t("analytics.plain.no_link", lang, what=what, outcome=outcome)


def more_pairs(r: Relation, lang: str = "en") -> str:
    """How many more pairs would be needed to tell (80% power at the report's threshold), if
    the relation is as strong as it looks now."""
    if r.n < MIN_PAIRS:
        return tn("analytics.more.min.", MIN_PAIRS - r.n, lang)
    if r.verdict == SUGGESTIVE or r.verdict.startswith(TRAVELS_WITH):
        return ""
    if r.needed is None or not math.isfinite(r.rho):
        return t("analytics.more.too_weak", lang)
    more = r.needed - r.n
    if more <= 0:
        return t("analytics.more.enough", lang)
    return tn("analytics.more.needed.", more, lang, rho=f"{r.rho:+.2f}", total=r.needed)
