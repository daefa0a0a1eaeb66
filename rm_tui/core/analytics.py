"""Honest per-criterion analytics: which criteria went with good pairs, with small-sample care.

For each criterion, the pairs' criterion scores at confirmation are related to the outcome
(mean of both partners' quality ratings) by Spearman's rho, a bootstrap 95% interval and a
permutation p-value. The verdict never claims more than `suggestive`:

- `not enough data`  fewer than 10 pairs; also when almost every pair shares one score (or
                     outcome): fewer than min(10, n/2) pairs differ from the most common value;
- `no evidence yet`  the 95% interval includes 0;
- `suggestive`       otherwise.
"""

from __future__ import annotations

import math
import zlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from rm_tui.core.stats import bootstrap_ci, permutation_p, spearman

NOT_ENOUGH_DATA = "not enough data"
NO_EVIDENCE = "no evidence yet"
SUGGESTIVE = "suggestive"
VERDICTS = (NOT_ENOUGH_DATA, NO_EVIDENCE, SUGGESTIVE)
MIN_PAIRS = 10
ALPHA = 0.05
LEARNING_FIT = "learning_fit"
EXPLAINS_WELL = "explains_well"
# Below this share of usable bootstrap resamples (constant x or y in a resample) the interval
# says more about the resampling than about the data.
MIN_USABLE_RESAMPLES = 0.9


def verdict(n: int, ci_low: float, ci_high: float) -> str:
    """The verdict rule, exactly: n < 10 -> not enough data; 0 in the interval -> no evidence."""
    if n < MIN_PAIRS or not (math.isfinite(ci_low) and math.isfinite(ci_high)):
        return NOT_ENOUGH_DATA
    if ci_low <= 0.0 <= ci_high:
        return NO_EVIDENCE
    return SUGGESTIVE


@dataclass(frozen=True)
class Relation:
    """How one variable (a criterion score) went with another (the outcome) across pairs."""

    name: str
    n: int
    rho: float
    ci_low: float
    ci_high: float
    p_value: float
    verdict: str
    note: str | None = None
    x: tuple[float, ...] = field(default=(), repr=False)  # kept for charts
    y: tuple[float, ...] = field(default=(), repr=False)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "name": self.name,
            "n": self.n,
            "rho": _num(self.rho),
            "ci_low": _num(self.ci_low),
            "ci_high": _num(self.ci_high),
            "p_value": _num(self.p_value, 4),
            "verdict": self.verdict,
        }
        if self.note:
            out["note"] = self.note
        return out


def _num(value: float, digits: int = 3) -> float | None:
    return round(float(value), digits) if math.isfinite(value) else None


def _mode(values: np.ndarray) -> tuple[float, int]:
    uniq, counts = np.unique(values, return_counts=True)
    i = int(np.argmax(counts))
    return float(uniq[i]), int(counts[i])


def _seed_for(name: str, seed: int) -> int:
    # Each relation gets its own reproducible stream: results do not depend on the order.
    return (zlib.crc32(name.encode("utf-8")) ^ (seed * 0x9E3779B1)) & 0xFFFFFFFF


def relate(
    name: str,
    x: Sequence[float],
    y: Sequence[float],
    *,
    resamples: int = 2000,
    permutations: int = 2000,
    seed: int = 0,
) -> Relation:
    """Spearman rho, bootstrap interval, permutation p-value and verdict for paired values."""
    xa, ya = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    n = len(xa)
    nan = float("nan")
    keep = (tuple(xa.tolist()), tuple(ya.tolist()))
    if n < MIN_PAIRS:
        # No rho either: a number shown without its (very wide) interval would be over-read.
        note: str | None = f"{n} pair{'s' if n != 1 else ''} with data; at least {MIN_PAIRS} are needed"
        return Relation(name, n, nan, nan, nan, nan, NOT_ENOUGH_DATA, note, *keep)
    if np.ptp(xa) == 0 or np.ptp(ya) == 0:
        which = "the criterion score" if np.ptp(xa) == 0 else "the outcome"
        note = f"{which} is the same for every pair: nothing to learn from"
        return Relation(name, n, nan, nan, nan, nan, NOT_ENOUGH_DATA, note, *keep)
    # A value shared by almost every pair leaves only a handful of informative pairs, and the
    # bootstrap then overstates certainty: treat it like too few pairs (see docs/FORMATS.md).
    needed = min(MIN_PAIRS, n // 2)
    for values, which in ((xa, "score"), (ya, "outcome")):
        common, count = _mode(values)
        if n - count < needed:
            note = (f"only {n - count} pair{'s' if n - count != 1 else ''} have a {which} other "
                    f"than the most common one ({common:g}); at least {needed} are needed")
            return Relation(name, n, nan, nan, nan, nan, NOT_ENOUGH_DATA, note, *keep)
    s = _seed_for(name, seed)
    rho = spearman(xa, ya)
    low, high, usable = bootstrap_ci(xa, ya, resamples=resamples, seed=s)
    p = permutation_p(xa, ya, permutations=permutations, seed=s + 1)
    note = None
    if usable < MIN_USABLE_RESAMPLES:
        note = "too few distinct values for a reliable interval"
        return Relation(name, n, rho, low, high, p, NOT_ENOUGH_DATA, note, *keep)
    return Relation(name, n, rho, low, high, p, verdict(n, low, high), note, *keep)


@dataclass(frozen=True)
class PairRecord:
    """What the analysis knows about one pair that was confirmed at some point."""

    mentor: str
    mentee: str
    criteria: Mapping[str, float]  # criterion scores when the pair was confirmed
    quality: float | None = None  # mean of the partners' quality ratings (1..5)
    explains_well: float | None = None  # mean "explains in a way that works for me" (1..5)
    cohort: str = ""


@dataclass(frozen=True)
class Report:
    outcome: str
    n_pairs: int
    criteria: tuple[Relation, ...]
    hypotheses: tuple[Relation, ...]
    notes: tuple[str, ...]

    @property
    def tests(self) -> int:
        """Relations actually tested (with an interval)."""
        return sum(1 for r in (*self.criteria, *self.hypotheses) if math.isfinite(r.ci_low))

    def to_dict(self) -> dict[str, Any]:
        return {
            "outcome": self.outcome,
            "n_pairs": self.n_pairs,
            "criteria": [r.to_dict() for r in self.criteria],
            "hypotheses": [r.to_dict() for r in self.hypotheses],
            "notes": list(self.notes),
        }


def chance_note(tests: int, alpha: float = ALPHA) -> str:
    """What `tests` relations mean for chance findings at level `alpha`."""
    expected = tests * alpha
    text = (
        f"{tests} relation{'s' if tests != 1 else ''} tested: at the {alpha:.0%} level about "
        f"{expected:.1f} would look related by chance alone, even if none mattered."
    )
    if tests > 1:
        text += (
            f" p-values are not adjusted; a strict (Bonferroni) threshold would be "
            f"{alpha / tests:.3f}."
        )
    return text


def analyse(
    records: Iterable[PairRecord],
    *,
    resamples: int = 2000,
    permutations: int = 2000,
    seed: int = 0,
) -> Report:
    """Relate each criterion to the outcome, and learning fit to "explains well"."""
    records = list(records)
    rated = [r for r in records if r.quality is not None]
    names: list[str] = []
    for r in records:
        names.extend(k for k in r.criteria if k not in names)
    names.sort()
    opts = {"resamples": resamples, "permutations": permutations, "seed": seed}
    relations = []
    for name in names:
        xs = [(r.criteria[name], r.quality) for r in rated
              if r.quality is not None and _finite(r.criteria.get(name))]
        relations.append(relate(name, [a for a, _ in xs], [b for _, b in xs], **opts))
    hypotheses = []
    notes: list[str] = []
    fit = [r for r in records if _finite(r.criteria.get(LEARNING_FIT)) and r.explains_well is not None]
    if any(LEARNING_FIT in r.criteria for r in records):
        hypotheses.append(relate(
            f"{LEARNING_FIT} vs {EXPLAINS_WELL}",
            [r.criteria[LEARNING_FIT] for r in fit],
            [r.explains_well for r in fit if r.explains_well is not None],  # all of them
            **opts,
        ))
    elif records:
        notes.append("Learning fit was not a matching criterion: its hypothesis is not tested.")
    notes.extend(_notes(records, rated, relations, hypotheses))
    return Report("quality", len(rated), tuple(relations), tuple(hypotheses), tuple(notes))


def _finite(value: float | None) -> bool:
    return value is not None and math.isfinite(value)


def _notes(
    records: list[PairRecord],
    rated: list[PairRecord],
    relations: list[Relation],
    hypotheses: list[Relation],
) -> list[str]:
    notes = [
        f"{len(rated)} of {len(records)} confirmed pair{'s' if len(records) != 1 else ''} "
        "have an outcome (quality: mean of both partners' ratings, 1-5)."
    ]
    if len(rated) < MIN_PAIRS:
        notes.append(f"Fewer than {MIN_PAIRS} pairs with an outcome: no verdict is possible yet.")
    # Only relations with an interval were tested: the others cannot produce a chance finding.
    tests = sum(1 for r in (*relations, *hypotheses) if math.isfinite(r.ci_low))
    if tests:
        notes.append(chance_note(tests))
    if any(r.verdict == SUGGESTIVE for r in (*relations, *hypotheses)):
        notes.append(
            "'suggestive' means the scores went with the outcome in these pairs; it is not proof "
            "that the criterion makes pairs work (other causes, chance, who chose to answer)."
        )
    notes.extend(_entangled(rated, relations))
    if len(rated) >= MIN_PAIRS:
        notes.append(
            "Pairs were chosen for high scores, so scores vary less than across all possible "
            "pairs; a criterion can matter and still show little relation here."
        )
    cohorts = sorted({r.cohort for r in rated if r.cohort})
    if len(cohorts) > 1:
        notes.append(f"Pooled {len(cohorts)} cohorts: {', '.join(cohorts)}.")
    return notes


ENTANGLED = 0.3  # |rho| between two criteria's scores worth a warning


def _entangled(rated: list[PairRecord], relations: list[Relation]) -> list[str]:
    """Warn when a `suggestive` criterion's scores go with another criterion's scores in the
    analysed pairs: the optimiser trades criteria off, so one can stand in for the other."""
    notes = []
    flagged = [r.name for r in relations if r.verdict == SUGGESTIVE]
    names = [r.name for r in relations]
    for a in flagged:
        for b in names:
            if b == a or (b in flagged and b < a):
                continue
            both = [(r.criteria[a], r.criteria[b]) for r in rated
                    if _finite(r.criteria.get(a)) and _finite(r.criteria.get(b))]
            if len(both) < MIN_PAIRS:
                continue
            rho = spearman([x for x, _ in both], [y for _, y in both])
            if math.isfinite(rho) and abs(rho) >= ENTANGLED:
                notes.append(
                    f"In these pairs, {a} and {b} scores go together (rho = {rho:+.2f}): a "
                    "relation of one to the outcome may partly reflect the other."
                )
    return notes
