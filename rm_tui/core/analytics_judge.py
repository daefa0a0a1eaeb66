"""The report's verdicts, judged together: multiplicity (Holm) across every relation tested,
and each criterion with the other criteria held fixed (partial Spearman, Freedman–Lane).

Pairs are chosen by the optimiser for high total scores, so among formed pairs the criteria
move together: a criterion can go with the outcome only because it travels with the one that
matters. It is `suggestive` only when it also holds with the others fixed.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import replace

import numpy as np

from rm_tui.core.analytics_model import (
    ALPHA,
    MIN_PAIRS,
    PairRecord,
    Relation,
    seed_for,
    verdict,
)
from rm_tui.core.stats import holm, pairs_needed, partial_spearman, spearman
from rm_tui.i18n import Said

COMPANION = 0.2  # |rho| between two criteria's scores for one to be named as the other's companion


def _finite(value: float | None) -> bool:
    return value is not None and math.isfinite(value)


def _partial(r: Relation, others: list[str], rated: Sequence[PairRecord], permutations: int,
             seed: int) -> tuple[float, float, Said | None]:
    """(partial rho, its p-value, a note when it cannot be computed)."""
    if not others:  # nothing to hold fixed: the partial test is the marginal one
        return r.rho, r.p_value, None
    rows = [p for p in rated
            if p.quality is not None and all(_finite(p.criteria.get(k)) for k in (r.name, *others))]
    if len(rows) - len(others) < MIN_PAIRS:
        return math.nan, math.nan, Said("stats.partial_too_few", n=len(rows), others=len(others),
                                        needed=MIN_PAIRS + len(others))
    x = [p.criteria[r.name] for p in rows]
    y = [float(p.quality) for p in rows if p.quality is not None]
    z = np.array([[p.criteria[k] for k in others] for p in rows], dtype=float)
    rho, p = partial_spearman(x, y, z, permutations=permutations, seed=seed_for(r.name, seed) + 7)
    return rho, p, None


def _companion(r: Relation, candidates: list[Relation], rated: Sequence[PairRecord]) -> str | None:
    """The criterion this one travels with: the one whose scores go most with its scores
    among the formed pairs, preferring criteria that hold with the others fixed."""
    best: tuple[bool, float, str] | None = None
    for other in candidates:
        if other.name == r.name:
            continue
        both = [(p.criteria[r.name], p.criteria[other.name]) for p in rated
                if _finite(p.criteria.get(r.name)) and _finite(p.criteria.get(other.name))]
        if len(both) < MIN_PAIRS:
            continue
        rho = spearman([a for a, _ in both], [b for _, b in both])
        if not math.isfinite(rho) or abs(rho) < COMPANION:
            continue
        holds = other.partial_p_adjusted < ALPHA
        key = (holds, abs(rho), other.name)
        if best is None or key[:2] > best[:2]:
            best = key
    return best[2] if best else None


def judge(
    relations: list[Relation], hypotheses: list[Relation], rated: Sequence[PairRecord], *,
    permutations: int, seed: int,
) -> tuple[list[Relation], list[Relation]]:
    """Final criteria and hypotheses: adjusted p-values, partial tests, verdicts, pairs needed."""
    tested = [r.name for r in relations if r.tested]
    everything = [*relations, *hypotheses]
    adjusted = holm([r.p_value for r in everything])
    strictest = ALPHA / max(1, sum(1 for r in everything if r.tested))
    crits = []
    for r, p_adj in zip(relations, adjusted, strict=False):
        if not r.tested:
            crits.append(replace(r, needed=MIN_PAIRS if r.n < MIN_PAIRS else None))
            continue
        rho, p, note = _partial(r, [k for k in tested if k != r.name], rated, permutations, seed)
        crits.append(replace(r, p_adjusted=p_adj, partial_rho=rho, partial_p=p,
                             note=r.note or note, needed=pairs_needed(r.rho, strictest)))
    partial_adj = holm([r.partial_p for r in crits])
    crits = [replace(r, partial_p_adjusted=q) if r.tested else r
             for r, q in zip(crits, partial_adj, strict=True)]
    out = []
    for r in crits:
        if r.tested:
            companion = _companion(r, crits, rated) if r.p_adjusted < ALPHA <= _or_one(
                r.partial_p_adjusted) else None
            r = replace(r, verdict=verdict(r.n, r.p_adjusted, r.partial_p_adjusted, companion))
        out.append(r)
    hyps = [
        replace(h, p_adjusted=q, verdict=verdict(h.n, q), needed=pairs_needed(h.rho, strictest))
        if h.tested else replace(h, needed=MIN_PAIRS if h.n < MIN_PAIRS else None)
        for h, q in zip(hypotheses, adjusted[len(relations):], strict=True)
    ]
    return out, hyps


def _or_one(p: float) -> float:
    return p if math.isfinite(p) else 1.0
