"""`score_program` before issue 16's second pass, verbatim but for returning its arrays."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

import numpy as np

from rm_tui.core.participant import Participant
from rm_tui.core.program import Program
from rm_tui.core.rules import BELOW_MIN_SCORE, RuleInputs
from rm_tui.core.scoring import active_weights
from tests.scoring_reference import features_v0 as ft
from tests.scoring_reference.rules_v0 import rule_bits

Answers = Mapping[str, Mapping[str, Mapping[str, Any]]]


def impute(parts: Mapping[str, np.ndarray], weights: Mapping[str, float],
           allowed: np.ndarray) -> tuple[np.ndarray, np.ndarray, dict[str, float]]:
    shape = allowed.shape
    num, flagged, means = np.zeros(shape), np.zeros(shape, dtype=bool), {}
    for name, w in weights.items():
        part = parts[name]
        has = ~np.isnan(part)
        pool = part[has & allowed] if (has & allowed).any() else part[has]
        means[name] = float(pool.mean()) if pool.size else 0.0
        num += w * np.where(has, part, means[name])
        flagged |= ~has
    total = sum(weights.values())
    scores = 100.0 * num / total if total > 0 else np.zeros(shape)
    return scores, flagged, means


def with_background(program: Program, answers: Answers) -> list[Participant]:
    out = []
    for person in program.roster:
        values: dict[str, Any] = {}
        for q in program.questionnaires_for(person.role):
            given = answers.get(person.id, {}).get(q.id, {})
            for item in q.items:
                if item.field and item.id in given:
                    values[item.field] = given[item.id]
        out.append(person.with_background(values) if values else person)
    return out


def score_program(program: Program, answers: Answers, *, today: dt.date | None = None,
                  unfinished: frozenset[str] = frozenset()) -> dict[str, Any]:
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
    return {"mentors": mentors, "mentees": mentees, "scores": scores, "parts": parts,
            "bits": bits, "flagged": flagged, "means": means, "feats": feats}
