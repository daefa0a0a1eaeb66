"""Honest per-criterion analytics: which criteria went with good pairs, with small-sample care.

For each criterion, the pairs' criterion scores at confirmation are related to the outcome
(mean of both partners' quality ratings) by Spearman's rho, a 95% interval (Fisher z) and a
permutation p-value (of the normal-scores rank correlation, `core/stats.py`); each criterion is also judged with the other criteria held fixed (partial
Spearman, Freedman–Lane permutation; `core/analytics_judge.py`). The verdict never claims more
than `suggestive`:

- `not enough data`     fewer than 10 pairs; also when almost every pair shares one score (or
                        outcome): fewer than min(10, n/2) pairs differ from the most common value;
- `suggestive`          the permutation p-value, Holm-adjusted across every relation tested in
                        the report, is below 0.05, and so is the partial test's (Holm-adjusted
                        across the criteria);
- `travels with <name>` the relation passes alone but not with the others held fixed, and
                        goes with criterion <name>, whose scores move with this one's;
- `no evidence yet`     otherwise.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from rm_tui.core.analytics_judge import judge
from rm_tui.core.analytics_model import (
    ALPHA,
    MIN_PAIRS,
    NO_EVIDENCE,
    NOT_ENOUGH_DATA,
    SUGGESTIVE,
    TRAVELS_WITH,
    VERDICTS,
    PairRecord,
    Relation,
    seed_for,
    verdict,
    verdict_kind,
)
from rm_tui.core.stats import fisher_ci, permutation_p, spearman
from rm_tui.i18n import Said

# the vocabulary's home is analytics_model; callers keep importing it from here
__all__ = [
    "ALPHA", "EXPLAINS_WELL", "INTERVAL_NOTE", "LEARNING_FIT", "MIN_PAIRS", "NO_EVIDENCE",
    "NOT_ENOUGH_DATA", "SUGGESTIVE", "TEST_NOTE", "TRAVELS_WITH", "VERDICTS", "PairRecord",
    "Relation", "Report", "analyse", "chance_note", "relate", "verdict", "verdict_kind",
]

INTERVAL_NOTE = Said("stats.interval")  # notes are `Said`: English text with their code
TEST_NOTE = Said("stats.test")
LEARNING_FIT = "learning_fit"
EXPLAINS_WELL = "explains_well"


def _mode(values: np.ndarray) -> tuple[float, int]:
    uniq, counts = np.unique(values, return_counts=True)
    i = int(np.argmax(counts))
    return float(uniq[i]), int(counts[i])


def relate(
    name: str,
    x: Sequence[float],
    y: Sequence[float],
    *,
    permutations: int = 2000,
    seed: int = 0,
) -> Relation:
    """Spearman rho, interval, permutation p-value and the verdict of this one test alone
    (`analyse` judges it again among all the report's relations)."""
    xa, ya = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    n = len(xa)
    nan = float("nan")
    keep = (tuple(xa.tolist()), tuple(ya.tolist()))
    if n < MIN_PAIRS:
        # No rho either: a number shown without its (very wide) interval would be over-read.
        note = Said("stats.few_pairs", n, min=MIN_PAIRS)
        return Relation(name, n, nan, nan, nan, nan, NOT_ENOUGH_DATA, note, *keep)
    if np.ptp(xa) == 0 or np.ptp(ya) == 0:
        note = Said("stats.constant.score" if np.ptp(xa) == 0 else "stats.constant.outcome")
        return Relation(name, n, nan, nan, nan, nan, NOT_ENOUGH_DATA, note, *keep)
    # A value shared by almost every pair leaves only a handful of informative pairs, and the
    # tests then overstate certainty: treat it like too few pairs (see docs/FORMATS.md).
    needed = min(MIN_PAIRS, n // 2)
    for values, which in ((xa, "score"), (ya, "outcome")):
        common, count = _mode(values)
        if n - count < needed:
            note = Said(f"stats.mostly_same.{which}", n - count, common=f"{common:g}", needed=needed)
            return Relation(name, n, nan, nan, nan, nan, NOT_ENOUGH_DATA, note, *keep)
    rho = spearman(xa, ya)
    low, high = fisher_ci(rho, n)
    p = permutation_p(xa, ya, permutations=permutations, seed=seed_for(name, seed))
    return Relation(name, n, rho, low, high, p, verdict(n, p), None, *keep, p_adjusted=p)


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
        return sum(1 for r in (*self.criteria, *self.hypotheses) if r.tested)

    def to_dict(self) -> dict[str, Any]:
        return {
            "outcome": self.outcome,
            "n_pairs": self.n_pairs,
            "criteria": [r.to_dict() for r in self.criteria],
            "hypotheses": [r.to_dict() for r in self.hypotheses],
            "notes": list(self.notes),
        }


def chance_note(tests: int, alpha: float = ALPHA) -> Said:
    """What `tests` relations mean for chance findings at level `alpha`, and the guard."""
    chance = Said("stats.chance", tests, alpha=f"{alpha:.0%}", expected=f"{tests * alpha:.1f}")
    if tests <= 1:
        return chance
    return Said("stats.chance_holm", chance=chance, n=tests, alpha=f"{alpha:.0%}", level=f"{alpha:g}",
                raw=f"{alpha / tests:.4f}")


def analyse(
    records: Iterable[PairRecord],
    *,
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
    opts = {"permutations": permutations, "seed": seed}
    relations = []
    for name in names:
        xs = [(r.criteria[name], r.quality) for r in rated
              if r.quality is not None and _finite(r.criteria.get(name))]
        relations.append(relate(name, [a for a, _ in xs], [b for _, b in xs], **opts))
    hypotheses = []
    notes: list[Said] = []
    fit = [r for r in records if _finite(r.criteria.get(LEARNING_FIT)) and r.explains_well is not None]
    if any(LEARNING_FIT in r.criteria for r in records):
        hypotheses.append(relate(
            f"{LEARNING_FIT} vs {EXPLAINS_WELL}",
            [r.criteria[LEARNING_FIT] for r in fit],
            [r.explains_well for r in fit if r.explains_well is not None],  # all of them
            **opts,
        ))
    elif records:
        notes.append(Said("stats.fit_not_criterion"))
    relations, hypotheses = judge(relations, hypotheses, rated, permutations=permutations, seed=seed)
    notes.extend(_notes(records, rated, relations, hypotheses))
    return Report("quality", len(rated), tuple(relations), tuple(hypotheses), tuple(notes))


def _finite(value: float | None) -> bool:
    return value is not None and math.isfinite(value)


def _notes(
    records: list[PairRecord],
    rated: list[PairRecord],
    relations: list[Relation],
    hypotheses: list[Relation],
) -> list[Said]:
    closed = sum(1 for r in records if r.has_outcome or r.quality is not None)
    notes = [Said("stats.closed", len(records), closed=closed, rated=len(rated))]
    if len(rated) < MIN_PAIRS:
        notes.append(Said("stats.fewer_than_min", min=MIN_PAIRS))
    # Only relations with a test count: the others cannot produce a chance finding.
    tests = sum(1 for r in (*relations, *hypotheses) if r.tested)
    if tests:
        notes.append(chance_note(tests))
        notes.extend((INTERVAL_NOTE, TEST_NOTE))
    if sum(1 for r in relations if r.tested) > 1:
        notes.append(Said("stats.partial"))
    if any(r.verdict == SUGGESTIVE for r in (*relations, *hypotheses)):
        notes.append(Said("stats.suggestive"))
    notes.extend(_entangled(rated, relations))
    if len(rated) >= MIN_PAIRS:
        notes.append(Said("stats.selected"))
    cohorts = sorted({r.cohort for r in rated if r.cohort})
    if len(cohorts) > 1:
        notes.append(Said("stats.pooled", n=len(cohorts), cohorts=", ".join(cohorts)))
    return notes


ENTANGLED = 0.3  # |rho| between two criteria's scores worth a warning


def _entangled(rated: list[PairRecord], relations: list[Relation]) -> list[Said]:
    """Warn when a `suggestive` criterion's scores still go with another criterion's scores in
    the analysed pairs (both held with the others fixed, yet they overlap)."""
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
                notes.append(Said("stats.entangled", a=a, b=b, rho=f"{rho:+.2f}"))
    return notes
