"""Pair scores: per-criterion scores in [0, 1], weighted into 0..100, plus hard rules.

`score_program(program, answers)` builds every mentor x mentee score at once with numpy
(one (m, n) array per criterion, NaN = no data) and keeps what is needed to explain a
single pair on demand (`ScoreMatrix.breakdown`). Pair score = 100 * sum(w_i * s_i) / sum(w_i)
over the active criteria. Missing data is never an advantage: a criterion without data for a
pair counts as its cohort mean over the allowed pairs that have data (`imputed`, the pair is
flagged), never dropped with the others re-weighted.

Conventions (see docs/FORMATS.md, "Scoring"): roster items with id `would_like` feed the
`preference` criterion and items with id `rather_not` the `honour_rather_not` rule.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from rm_tui.core import features as ft
from rm_tui.core.participant import Participant
from rm_tui.core.problem import MatchProblem
from rm_tui.core.program import Program
from rm_tui.core.rules import BELOW_MIN_SCORE, RuleInputs, rule_bits, rule_reasons

Text = Mapping[str, str]
Answers = Mapping[str, Mapping[str, Mapping[str, Any]]]
CRITERIA_ORDER = ("learning_fit", "intentions", "job_family", "seniority_gap", "subsidiary",
                  "preference")  # fmt: skip
NO_DATA: Text = {"fr": "pas de données", "en": "no data"}


@dataclass(frozen=True)
class CriterionScore:
    name: str
    weight: float
    score: float | None  # [0, 1]; the cohort mean when imputed; None = no data anywhere
    reason: Text
    imputed: bool = False  # no data for this pair: counted as the cohort mean


@dataclass(frozen=True)
class PairBreakdown:
    mentor: str
    mentee: str
    score: float  # 0..100
    criteria: tuple[CriterionScore, ...]
    flagged: bool  # some active criterion had no data
    forbidden: tuple[Text, ...]  # hard-rule reasons (empty if the pair is allowed)

    @property
    def missing(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.criteria if c.imputed or c.score is None)


@dataclass(frozen=True, eq=False)
class ScoreMatrix:
    program: Program = field(repr=False)
    mentors: tuple[Participant, ...]
    mentees: tuple[Participant, ...]
    scores: np.ndarray  # (m, n) 0..100
    parts: Mapping[str, np.ndarray] = field(repr=False)  # criterion -> (m, n) [0, 1] or NaN
    bits: np.ndarray = field(repr=False)  # (m, n) uint8 rule bits (rm_tui.core.rules)
    flagged: np.ndarray = field(repr=False)  # (m, n) bool
    people: Mapping[str, Participant] = field(repr=False)
    feats: ft.Features = field(repr=False)
    rule_inputs: RuleInputs = field(repr=False)
    means: Mapping[str, float] = field(default_factory=dict, repr=False)  # imputed values

    @property
    def blocked(self) -> np.ndarray:
        blocked: np.ndarray = self.bits != 0
        return blocked

    def weights(self) -> dict[str, float]:
        return {n: w for n, w in active_weights(self.program).items()}

    def reasons(self, i: int, j: int) -> tuple[Text, ...]:
        return rule_reasons(int(self.bits[i, j]), self.mentors[i], self.mentees[j], self.people,
                            self.program.rules, self.rule_inputs, self.program.min_pair_score)  # fmt: skip

    def breakdown(self, i: int, j: int) -> PairBreakdown:
        weights = active_weights(self.program)
        crits = []
        for name in CRITERIA_ORDER:
            if name not in weights:
                continue
            value = float(self.parts[name][i, j])
            if np.isnan(value):
                mean = self.means.get(name, 0.0)
                crits.append(CriterionScore(name, weights[name], mean, imputed_reason(mean), True))
            else:
                reason = ft.reason(name, self.feats, self.program, i, j, value)
                crits.append(CriterionScore(name, weights[name], value, reason))
        return PairBreakdown(self.mentors[i].id, self.mentees[j].id, float(self.scores[i, j]),
                             tuple(crits), bool(self.flagged[i, j]), self.reasons(i, j))  # fmt: skip

    def problem(self) -> MatchProblem:
        """The matching problem these scores and rules define."""
        return MatchProblem(
            tuple(p.id for p in self.mentors),
            tuple(p.id for p in self.mentees),
            self.scores,
            self.blocked,
            tuple(self.program.capacity_of(p.id) for p in self.mentors),
            block_reasons=self.reasons,
            breakdown=self.breakdown,
            unfinished=frozenset(self.rule_inputs.unfinished),
        )


def imputed_reason(mean: float) -> Text:
    return {"fr": f"pas de données : comptée à la moyenne de la cohorte ({mean:.2f})",
            "en": f"no data: counted as the cohort mean ({mean:.2f})"}


def impute(parts: Mapping[str, np.ndarray], weights: Mapping[str, float],
           allowed: np.ndarray) -> tuple[np.ndarray, np.ndarray, dict[str, float]]:
    """(scores 0..100, flagged, means): the weighted mean of every active criterion, a
    missing value counted as that criterion's mean over the allowed pairs with data (over
    all pairs with data if none is allowed; 0 if nobody has any)."""
    shape = allowed.shape
    num, flagged, means = np.zeros(shape), np.zeros(shape, dtype=bool), {}
    # Buffers reused for every criterion (fresh 8 MB arrays cost page faults); the weighted
    # term is built a block of rows at a time (same floats: element by element), so the
    # peak memory holds no second (m, n) float matrix.
    block = max(1, (1 << 16) // max(1, shape[1]))
    term, missing = np.empty((min(block, shape[0]), shape[1])), np.empty(shape, dtype=bool)
    allowed_flat = allowed.ravel()
    n_allowed = int(np.count_nonzero(allowed))
    for name, w in weights.items():
        part = parts[name]
        np.isnan(part, out=missing)
        gaps = bool(missing.any())
        usable = allowed_flat if not gaps else (allowed & ~missing).ravel()
        n_usable = n_allowed if not gaps else int(np.count_nonzero(usable))
        if n_usable == 0 and gaps:
            usable = ~missing.ravel()
            n_usable = int(np.count_nonzero(usable))
        elif n_usable == 0:
            usable, n_usable = np.ones(part.size, dtype=bool), part.size
        pool = part.ravel()[usable]  # 1-D mask: numpy's fast path (2-D masks are 3x slower)
        means[name] = float(pool.mean()) if n_usable else 0.0
        del pool, usable
        fill = w * means[name]
        for lo in range(0, shape[0], block):
            rows = slice(lo, lo + block)
            t = np.multiply(part[rows], w, out=term[: part[rows].shape[0]])
            if gaps:
                np.copyto(t, fill, where=missing[rows])
            num[rows] += t
        if gaps:
            flagged |= missing
    total = sum(weights.values())
    if total <= 0:
        return np.zeros(shape), flagged, means
    num *= 100.0
    num /= total
    return num, flagged, means


def active_weights(program: Program) -> dict[str, float]:
    return {n: c.weight for n, c in program.criteria.items() if c.active and n in CRITERIA_ORDER}


def with_background(program: Program, answers: Answers) -> list[Participant]:
    """Roster participants with background fields filled from their `field:` answers."""
    fields: dict[str, list[tuple[str, list[tuple[str, str]]]]] = {}  # role -> [(qid, [(item, field)])]
    out = []
    for person in program.roster:
        if person.role not in fields:
            fields[person.role] = [(q.id, [(i.id, i.field) for i in q.items if i.field])
                                   for q in program.questionnaires_for(person.role)]  # fmt: skip
        values: dict[str, Any] = {}
        mine = answers.get(person.id, {})
        for qid, items in fields[person.role]:
            given = mine.get(qid, {})
            for item_id, name in items:
                if item_id in given:
                    values[name] = given[item_id]
        out.append(person.with_background(values) if values else person)
    return out


def score_program(
    program: Program, answers: Answers, *, today: dt.date | None = None,
    unfinished: frozenset[str] = frozenset(),
) -> ScoreMatrix:
    """Score every (mentor, mentee) pair of the program's non-excluded participants;
    `unfinished` people are kept but may not be paired (rule UNFINISHED)."""
    people = with_background(program, answers)
    roster = {p.id: p for p in people}
    mentors = tuple(p for p in people if p.role == "mentor" and not p.excluded)
    mentees = tuple(p for p in people if p.role == "mentee" and not p.excluded)
    feats = ft.extract(program, answers, mentors, mentees, today or dt.date.today())
    weights = active_weights(program)

    parts = {name: ft.criterion(name, feats, program) for name in weights}
    inputs = RuleInputs(
        feats.rather_not, {(v.mentor, v.mentee): v.reason for v in program.rules.vetoes},
        unfinished,
    )
    bits = rule_bits(mentors, mentees, roster, program.rules, inputs)
    scores, flagged, means = impute(parts, weights, bits == 0)
    if program.min_pair_score is not None:
        bits[scores < program.min_pair_score] |= BELOW_MIN_SCORE
    scores.flags.writeable = False  # shared with the MatchProblem, not copied (8 MB at 1,000)
    return ScoreMatrix(
        program, mentors, mentees, scores, parts, bits, flagged, roster, feats, inputs, means
    )
