"""Hard rules: pairs that must never be formed, as a bitmask per mentor x mentee cell.

Each rule is one bit so the whole matrix stays small (uint8) at 1,000 x 1,000 and the
reasons of a single pair are rebuilt on demand (`rule_reasons`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from rm_tui.core.participant import Participant
from rm_tui.core.program import Rules

Text = Mapping[str, str]

REPORTING_LINE = 1
SAME_TEAM = 2
NO_SHARED_LANGUAGE = 4
RATHER_NOT = 8
VETO = 16
BELOW_MIN_SCORE = 32
UNFINISHED = 64  # someone has not finished their questionnaires (left out by default)


@dataclass(frozen=True)
class RuleInputs:
    """What the rules need besides the participants: 'rather not' picks and vetoes."""

    rather_not: Mapping[str, tuple[str, ...]]  # person -> people they would rather not meet
    vetoes: Mapping[tuple[str, str], str]  # (mentor, mentee) -> reason
    unfinished: frozenset[str] = frozenset()  # people left out: questionnaires not finished


def manager_chain(people: Mapping[str, Participant], pid: str, depth: int) -> list[str]:
    """Managers of `pid` up to `depth` levels (1 = direct manager), stopping at cycles."""
    chain: list[str] = []
    current = people.get(pid)
    while current is not None and current.manager and len(chain) < depth:
        if current.manager in chain or current.manager == pid:
            break
        chain.append(current.manager)
        current = people.get(current.manager)
    return chain


def _codes(values: Sequence[str | None], table: dict[str, int]) -> np.ndarray:
    """Integer code per value (-1 = missing), shared between mentors and mentees."""
    out = np.full(len(values), -1, dtype=np.int64)
    for k, v in enumerate(values):
        if v:
            # "Data Platform" typed at the kiosk is the roster's "data-platform"
            key = "".join(c for c in v.casefold() if c.isalnum())
            out[k] = table.setdefault(key, len(table))
    return out


def rule_bits(
    mentors: Sequence[Participant],
    mentees: Sequence[Participant],
    roster: Mapping[str, Participant],
    rules: Rules,
    inputs: RuleInputs,
) -> np.ndarray:
    """uint8 matrix: which rules forbid each (mentor, mentee) pair (0 = allowed)."""
    m, n = len(mentors), len(mentees)
    bits = np.zeros((m, n), dtype=np.uint8)
    r_index = {p.id: i for i, p in enumerate(mentors)}
    e_index = {p.id: j for j, p in enumerate(mentees)}

    if rules.reporting_line_depth > 0:  # both directions, skip-levels included
        for i, p in enumerate(mentors):
            for boss in manager_chain(roster, p.id, rules.reporting_line_depth):
                if boss in e_index:
                    bits[i, e_index[boss]] |= REPORTING_LINE
        for j, p in enumerate(mentees):
            for boss in manager_chain(roster, p.id, rules.reporting_line_depth):
                if boss in r_index:
                    bits[r_index[boss], j] |= REPORTING_LINE

    if rules.forbid_same_team:
        table: dict[str, int] = {}
        tr, te = _codes([p.team for p in mentors], table), _codes([p.team for p in mentees], table)
        same = (tr[:, None] == te[None, :]) & (tr[:, None] >= 0)
        bits[same] |= SAME_TEAM

    if rules.require_shared_language:
        langs = sorted({x.casefold() for p in (*mentors, *mentees) for x in p.languages})
        col = {x: k for k, x in enumerate(langs)}
        lr = np.zeros((m, len(langs)), dtype=np.float32)
        le = np.zeros((n, len(langs)), dtype=np.float32)
        for i, p in enumerate(mentors):
            lr[i, [col[x.casefold()] for x in p.languages]] = 1
        for j, p in enumerate(mentees):
            le[j, [col[x.casefold()] for x in p.languages]] = 1
        known = (lr.sum(1) > 0)[:, None] & (le.sum(1) > 0)[None, :]  # missing data: no rule
        bits[known & ((lr @ le.T) == 0)] |= NO_SHARED_LANGUAGE

    if rules.honour_rather_not:
        for who, avoid in inputs.rather_not.items():
            for other in avoid:
                if who in r_index and other in e_index:
                    bits[r_index[who], e_index[other]] |= RATHER_NOT
                elif who in e_index and other in r_index:
                    bits[r_index[other], e_index[who]] |= RATHER_NOT

    for mentor, mentee in inputs.vetoes:
        if mentor in r_index and mentee in e_index:
            bits[r_index[mentor], e_index[mentee]] |= VETO
    for who in inputs.unfinished:  # missing data is never an advantage: left out
        if who in r_index:
            bits[r_index[who], :] |= UNFINISHED
        if who in e_index:
            bits[:, e_index[who]] |= UNFINISHED
    return bits


