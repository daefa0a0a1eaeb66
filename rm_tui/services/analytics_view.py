"""The analytics verdicts in words a non-statistician reads in one go, and how many more pairs
would be needed to tell (shared by the console's analytics screen and anything that prints it)."""

from __future__ import annotations

import math

from rm_tui.core.analytics import (
    EXPLAINS_WELL,
    LEARNING_FIT,
    MIN_PAIRS,
    NOT_ENOUGH_DATA,
    SUGGESTIVE,
    TRAVELS_WITH,
    Relation,
)


def _subject(r: Relation) -> tuple[str, str]:
    """(what was scored, what it went with) for a criterion or the learning-fit hypothesis."""
    if r.name == f"{LEARNING_FIT} vs {EXPLAINS_WELL}":
        return "learning fit", "partners saying their partner explains in a way that works for them"
    return f"{r.name} scores", "better pairs (higher quality ratings)"


def plain_verdict(r: Relation) -> str:
    """One or two sentences: what the data say about this criterion, and how sure."""
    what, outcome = _subject(r)
    direction = "higher" if r.rho >= 0 else "lower"
    if r.verdict == NOT_ENOUGH_DATA:
        return (f"Too little data to say anything about {what} yet"
                + (f" ({r.note})." if r.note else "."))
    if r.verdict == SUGGESTIVE:
        return (f"Pairs with {direction} {what} went with {outcome}, more than chance alone "
                "would explain, even with the other criteria held fixed. A hint worth following, "
                "not proof that the criterion makes pairs work.")
    if r.verdict.startswith(TRAVELS_WITH):
        other = r.verdict[len(TRAVELS_WITH):].strip()
        return (f"Pairs with {direction} {what} went with {outcome}, but {other} scores moved "
                f"with them: once {other} is taken into account, {r.name} adds nothing clear. "
                f"The link probably belongs to {other}.")
    return (f"No clear link yet between {what} and {outcome}: what we see could be chance.")


def more_pairs(r: Relation) -> str:
    """How many more pairs would be needed to tell (80% power at the report's threshold), if
    the relation is as strong as it looks now."""
    if r.n < MIN_PAIRS:
        return f"At least {MIN_PAIRS - r.n} more pair{'s' if MIN_PAIRS - r.n != 1 else ''} with an outcome are needed before any verdict."
    if r.verdict == SUGGESTIVE or r.verdict.startswith(TRAVELS_WITH):
        return ""
    if r.needed is None or not math.isfinite(r.rho):
        return "The relation seen is too weak to tell apart from chance with any realistic number of pairs."
    more = r.needed - r.n
    if more <= 0:
        return ("Enough pairs to detect a relation this strong most of the time: this one did "
                "not pass the test.")
    return (f"If the relation is as strong as it looks (rho {r.rho:+.2f}), about {more} more "
            f"pair{'s' if more != 1 else ''} (≈{r.needed} in all) would be needed to tell it "
            "from chance 8 times out of 10.")
