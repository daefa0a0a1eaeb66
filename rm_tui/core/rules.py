"""Hard rules: pairs that must never be formed, as a bitmask per mentor x mentee cell.

Each rule is one bit so the whole matrix stays small (uint8) at 1,000 x 1,000 and the
reasons of a single pair are rebuilt on demand (`rule_reasons`).
"""

from __future__ import annotations

import re
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


_NOT_ALNUM = re.compile(r"[\W_]+")  # \w is str.isalnum() plus "_"


def _codes(values: Sequence[str | None], table: dict[str, int]) -> np.ndarray:
    """Integer code per value (-1 = missing), shared between mentors and mentees."""
    seen: dict[str, int] = {}  # few distinct teams: the key is built once per value
    out = np.full(len(values), -1, dtype=np.int64)
    for k, v in enumerate(values):
        if v:
            code = seen.get(v)
            if code is None:
                # "Data Platform" typed at the kiosk is the roster's "data-platform"
                key = _NOT_ALNUM.sub("", v.casefold())
                code = seen[v] = table.setdefault(key, len(table))
            out[k] = code
    return out


def _mark(bits: np.ndarray, where: np.ndarray, bit: int) -> None:
    np.bitwise_or(bits, np.uint8(bit), out=bits, where=where)


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
        same = np.equal.outer(tr, te)
        same &= (tr >= 0)[:, None]
        _mark(bits, same, SAME_TEAM)

    if rules.require_shared_language:
        _mark(bits, _no_shared_language(mentors, mentees), NO_SHARED_LANGUAGE)

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


def _no_shared_language(mentors: Sequence[Participant], mentees: Sequence[Participant]) -> np.ndarray:
    """(m, n) bool: both people list languages and none in common. Each person's languages
    are one bitmask (a cohort has few): a cell is one `&`, no float product."""
    langs = sorted({x.casefold() for p in (*mentors, *mentees) for x in p.languages})
    col = {x: k for k, x in enumerate(langs)}
    if len(langs) > 63:  # more languages than bits: one boolean column per language
        lr = np.array([[x in {y.casefold() for y in p.languages} for x in langs] for p in mentors], bool)
        le = np.array([[x in {y.casefold() for y in p.languages} for x in langs] for p in mentees], bool)
        shared = np.zeros((len(mentors), len(mentees)), dtype=bool)
        for k in range(len(langs)):
            shared |= np.logical_and.outer(lr[:, k], le[:, k])
        lonely = ~shared
        lonely[~lr.any(1), :] = False
        lonely[:, ~le.any(1)] = False
        return lonely
    dtype = np.uint8 if len(langs) <= 8 else np.uint16 if len(langs) <= 16 else np.uint64

    def masks(people: Sequence[Participant]) -> np.ndarray:
        return np.array([sum({1 << col[x.casefold()] for x in p.languages}) for p in people], dtype)

    mr, me = masks(mentors), masks(mentees)
    none: np.ndarray = np.bitwise_and.outer(mr, me) == 0
    none[mr == 0, :] = False  # missing data: no rule
    none[:, me == 0] = False
    return none


def rule_reasons(
    bits: int,
    mentor: Participant,
    mentee: Participant,
    roster: Mapping[str, Participant],
    rules: Rules,
    inputs: RuleInputs,
    min_score: float | None = None,
) -> tuple[Text, ...]:
    """Bilingual reasons for the bits set on one pair."""
    out: list[Text] = []
    if bits & REPORTING_LINE:
        out.append(_reporting_reason(mentor, mentee, roster, rules.reporting_line_depth))
    if bits & SAME_TEAM:
        out.append({"fr": f"même équipe ({mentor.team})", "en": f"same team ({mentor.team})"})
    if bits & NO_SHARED_LANGUAGE:
        out.append({"fr": "aucune langue de travail commune", "en": "no shared working language"})
    if bits & RATHER_NOT:
        who = [p.id for p, o in ((mentor, mentee), (mentee, mentor))
               if o.id in inputs.rather_not.get(p.id, ())]  # fmt: skip
        names = ", ".join(who)
        out.append({"fr": f"« plutôt pas » ({names})", "en": f"'rather not' pick ({names})"})
    if bits & VETO:
        reason = inputs.vetoes.get((mentor.id, mentee.id), "")
        out.append({"fr": f"veto de l'animateur : {reason}", "en": f"facilitator veto: {reason}"})
    if bits & UNFINISHED:
        left = ", ".join(p.id for p in (mentor, mentee) if p.id in inputs.unfinished)
        out.append({"fr": f"questionnaires non terminés ({left}) : hors appariement",
                    "en": f"has not finished the questionnaires ({left}): left out"})  # fmt: skip
    if bits & BELOW_MIN_SCORE:
        out.append({"fr": f"score sous le minimum ({min_score:g})",
                    "en": f"score below the minimum ({min_score:g})"})  # fmt: skip
    return tuple(out)


def _reporting_reason(
    mentor: Participant, mentee: Participant, roster: Mapping[str, Participant], depth: int
) -> Text:
    for low, high in ((mentor, mentee), (mentee, mentor)):
        chain = manager_chain(roster, low.id, depth)
        if high.id in chain:
            level = chain.index(high.id) + 1
            if level == 1:
                return {"fr": f"{high.id} est le ou la responsable de {low.id}",
                        "en": f"{high.id} is {low.id}'s manager"}  # fmt: skip
            return {"fr": f"même ligne hiérarchique : {high.id} est N+{level} de {low.id}",
                    "en": f"same reporting line: {high.id} is {low.id}'s skip-level (+{level})"}  # fmt: skip
    return {"fr": "même ligne hiérarchique", "en": "same reporting line"}
