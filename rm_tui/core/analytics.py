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

# the vocabulary's home is analytics_model; callers keep importing it from here
__all__ = [
    "ALPHA", "EXPLAINS_WELL", "INTERVAL_NOTE", "LEARNING_FIT", "MIN_PAIRS", "NO_EVIDENCE",
    "NOT_ENOUGH_DATA", "SUGGESTIVE", "TEST_NOTE", "TRAVELS_WITH", "VERDICTS", "PairRecord",
    "Relation", "Report", "analyse", "chance_note", "relate", "verdict", "verdict_kind",
]

INTERVAL_NOTE = (
    "95% intervals: Fisher z of Spearman's rho with the Bonett-Wright variance "
    "(1 + rho^2/2)/(n - 3); rho is computed on average ranks, so tied scores and ratings are "
    "accounted for."
)
TEST_NOTE = (
    "p-values: permutation tests of the normal-scores (van der Waerden) rank correlation, the "
    "ranks of Spearman's rho turned into normal quantiles: it needs about 10% fewer pairs to "
    "detect a relation; a p-value below 0.1 is drawn again from 10 times more permutations."
)
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
        note = f"{n} pair{'s' if n != 1 else ''} with data; at least {MIN_PAIRS} are needed"
        return Relation(name, n, nan, nan, nan, nan, NOT_ENOUGH_DATA, note, *keep)
    if np.ptp(xa) == 0 or np.ptp(ya) == 0:
        which = "the criterion score" if np.ptp(xa) == 0 else "the outcome"
        note = f"{which} is the same for every pair: nothing to learn from"
        return Relation(name, n, nan, nan, nan, nan, NOT_ENOUGH_DATA, note, *keep)
    # A value shared by almost every pair leaves only a handful of informative pairs, and the
    # tests then overstate certainty: treat it like too few pairs (see docs/FORMATS.md).
    needed = min(MIN_PAIRS, n // 2)
    for values, which in ((xa, "score"), (ya, "outcome")):
        common, count = _mode(values)
        if n - count < needed:
            note = (f"only {n - count} pair{'s' if n - count != 1 else ''} have a {which} other "
                    f"than the most common one ({common:g}); at least {needed} are needed")
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


def chance_note(tests: int, alpha: float = ALPHA) -> str:
    """What `tests` relations mean for chance findings at level `alpha`, and the guard."""
    expected = tests * alpha
    text = (
        f"{tests} relation{'s' if tests != 1 else ''} tested: at the {alpha:.0%} level about "
        f"{expected:.1f} would look related by chance alone, even if none mattered."
    )
    if tests > 1:
        text += (
            f" So p-values are Holm-adjusted across the {tests} (family-wise {alpha:.0%}): "
            f"'suggestive' needs an adjusted p below {alpha:g}, i.e. a raw p below "
            f"{alpha / tests:.4f} for the strongest relation."
        )
    return text


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
) -> list[str]:
    closed = sum(1 for r in records if r.has_outcome or r.quality is not None)
    notes = [
        f"{closed} of {len(records)} pair{'s' if len(records) != 1 else ''} ever confirmed "
        f"(the current plan's and those that ended) have an outcome; {len(rated)} with a quality "
        "rating (mean of both partners' ratings, 1-5), the outcome analysed here."
    ]
    if len(rated) < MIN_PAIRS:
        notes.append(f"Fewer than {MIN_PAIRS} pairs with an outcome: no verdict is possible yet.")
    # Only relations with a test count: the others cannot produce a chance finding.
    tests = sum(1 for r in (*relations, *hypotheses) if r.tested)
    if tests:
        notes.append(chance_note(tests))
        notes.extend((INTERVAL_NOTE, TEST_NOTE))
    if sum(1 for r in relations if r.tested) > 1:
        notes.append(
            "Each criterion is also tested with the other criteria held fixed (partial Spearman: "
            "rank regression, Freedman-Lane permutations). Pairs were chosen for high total "
            "scores, so criteria move together among them; a criterion whose relation does not "
            "hold with the others fixed 'travels with' the one it moves with."
        )
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
                notes.append(
                    f"In these pairs, {a} and {b} scores go together (rho = {rho:+.2f}): a "
                    "relation of one to the outcome may partly reflect the other."
                )
    return notes
