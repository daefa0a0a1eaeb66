"""Per-person features for scoring, and each criterion as an (m, n) matrix in [0, 1].

NaN in a criterion matrix means "no data for this pair": the criterion is skipped.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from rm_tui.core.name_search import canonical
from rm_tui.core.participant import Participant
from rm_tui.core.program import Program

Text = Mapping[str, str]
PREFERENCE_ITEM = "would_like"
RATHER_NOT_ITEM = "rather_not"


@dataclass(frozen=True, eq=False)
class Features:
    mentors: tuple[Participant, ...]
    mentees: tuple[Participant, ...]
    axes_r: Mapping[str, np.ndarray]  # axis -> (m,) in [-1, 1], NaN = missing
    axes_e: Mapping[str, np.ndarray]  # axis -> (n,)
    picks_r: tuple[tuple[str, ...], ...]  # ranked intentions
    picks_e: tuple[tuple[str, ...], ...]
    years_r: np.ndarray
    years_e: np.ndarray
    likes_r: np.ndarray  # (m, n) bool: the mentor asked for the mentee
    likes_e: np.ndarray  # (m, n) bool: the mentee asked for the mentor
    answered_r: np.ndarray  # (m,) bool: answered the preference question
    answered_e: np.ndarray  # (n,)
    rather_not: Mapping[str, tuple[str, ...]]


def _answer(program: Program, answers: Any, person: Participant, item_id: str) -> Any:
    """The person's answer to the first of their questionnaires that has `item_id`; an empty
    tuple if they answered that questionnaire but skipped the (optional) item; None if they
    have not answered it at all (no data)."""
    for q in program.questionnaires_for(person.role):
        if item_id in q.item_ids():
            given = answers.get(person.id, {}).get(q.id, {})
            return given.get(item_id, ()) if given else None
    return None


def _as_list(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value)


def _axes(program: Program, answers: Any, people: Sequence[Participant]) -> dict[str, np.ndarray]:
    out: dict[str, np.ndarray] = {}
    for k, person in enumerate(people):
        for q in program.questionnaires_for(person.role):
            if not q.axes:
                continue
            profile = q.score(dict(answers.get(person.id, {}).get(q.id, {})))
            for name, value in profile.axes.items():
                arr = out.setdefault(name, np.full(len(people), np.nan))
                if value is not None:
                    arr[k] = value
    return out


def extract(
    program: Program,
    answers: Any,
    mentors: Sequence[Participant],
    mentees: Sequence[Participant],
    today: dt.date,
) -> Features:
    m, n = len(mentors), len(mentees)
    qitem = (program.intentions_item or ".").split(".", 1)

    def picks(p: Participant) -> tuple[str, ...]:
        return _as_list(answers.get(p.id, {}).get(qitem[0], {}).get(qitem[1]))

    r_index = {p.id: i for i, p in enumerate(mentors)}
    e_index = {p.id: j for j, p in enumerate(mentees)}
    likes_r, likes_e = np.zeros((m, n), bool), np.zeros((m, n), bool)
    answered_r, answered_e = np.zeros(m, bool), np.zeros(n, bool)
    for i, p in enumerate(mentors):
        value = _answer(program, answers, p, PREFERENCE_ITEM)
        answered_r[i] = value is not None
        likes_r[i, [e_index[x] for x in _as_list(value) if x in e_index]] = True
    for j, p in enumerate(mentees):
        value = _answer(program, answers, p, PREFERENCE_ITEM)
        answered_e[j] = value is not None
        likes_e[[r_index[x] for x in _as_list(value) if x in r_index], j] = True
    rather_not = {
        p.id: _as_list(_answer(program, answers, p, RATHER_NOT_ITEM)) for p in (*mentors, *mentees)
    }

    def years(people: Sequence[Participant]) -> np.ndarray:
        return np.array([np.nan if (y := p.years(today)) is None else y for p in people])

    return Features(
        tuple(mentors), tuple(mentees),
        _axes(program, answers, mentors), _axes(program, answers, mentees),
        tuple(picks(p) for p in mentors), tuple(picks(p) for p in mentees),
        years(mentors), years(mentees),
        likes_r, likes_e, answered_r, answered_e,
        {k: v for k, v in rather_not.items() if v},
    )  # fmt: skip


# -- criteria ---------------------------------------------------------------------------------


def _closeness(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """1 - |a - b| / 2 for axes in [-1, 1]: 1 = same preference, 0 = opposite ends."""
    closeness: np.ndarray = 1.0 - np.abs(a[:, None] - b[None, :]) / 2.0
    return closeness


def _axis(axes: Mapping[str, np.ndarray], name: str, size: int) -> np.ndarray:
    return axes.get(name, np.full(size, np.nan))


def learning_fit(f: Features, mode: str | None) -> np.ndarray:
    """Mentor's way of explaining vs mentee's way of grasping, and both transform axes
    (the mean of the comparisons that have data)."""
    m, n = len(f.mentors), len(f.mentees)
    total = np.zeros((m, n))
    count = np.zeros((m, n))
    for a, b in (
        (_axis(f.axes_r, "explain", m), _axis(f.axes_e, "grasp", n)),
        (_axis(f.axes_r, "transform", m), _axis(f.axes_e, "transform", n)),
    ):
        close = _closeness(a, b)
        has = ~np.isnan(close)
        total += np.where(has, close, 0.0)
        count += has
    with np.errstate(invalid="ignore", divide="ignore"):
        sim = total / count  # 0 / 0 -> NaN: no data
    return 1.0 - sim if mode == "complementary" else sim


def _rank_weights(picks: Sequence[tuple[str, ...]], options: list[str]) -> np.ndarray:
    """One row per person: weight 1/rank on each picked option (rank 1 = first)."""
    col = {o: k for k, o in enumerate(options)}
    w = np.zeros((len(picks), len(options)))
    for k, chosen in enumerate(picks):
        for rank, opt in enumerate(chosen, start=1):
            if opt in col:
                w[k, col[opt]] = 1.0 / rank
    return w


def intentions(f: Features, program: Program) -> np.ndarray:
    """Rank-weighted mean of the intentions matrix over both people's picks."""
    matrix = program.intention_matrix
    e_opts = sorted(matrix)
    r_opts = sorted({b for row in matrix.values() for b in row})
    fit = np.array([[matrix[a].get(b, 0.0) for b in r_opts] for a in e_opts]).reshape(
        len(e_opts), len(r_opts)
    )
    wr, we = _rank_weights(f.picks_r, r_opts), _rank_weights(f.picks_e, e_opts)
    num = wr @ fit.T @ we.T  # (m, n)
    den = wr.sum(1)[:, None] * we.sum(1)[None, :]
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(den > 0, num / np.where(den > 0, den, 1.0), np.nan)


def _codes(values: Sequence[str | None], table: dict[str, int]) -> np.ndarray:
    """Integer codes shared by both sides (-1 = missing): fast (m, n) equality tests. Values
    compare without case, accents or punctuation: a roster's "Azur France" is the kiosk
    answer `azur-france` (programs built from a roster use slugs as option ids)."""
    return np.array([table.setdefault(canonical(v), len(table)) if v else -1 for v in values], np.int64)


def _same(a: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(same value, either missing) as (m, n) matrices."""
    return a[:, None] == b[None, :], (a < 0)[:, None] | (b < 0)[None, :]


def job_family(f: Features, program: Program, params: Mapping[str, float]) -> np.ndarray:
    fams: dict[str, int] = {}
    doms: dict[str, int] = {}
    same_fam, missing = _same(_codes([p.job_family for p in f.mentors], fams),
                              _codes([p.job_family for p in f.mentees], fams))  # fmt: skip
    dr = _codes([program.domain_of(p.job_family) for p in f.mentors], doms)
    de = _codes([program.domain_of(p.job_family) for p in f.mentees], doms)
    same_dom, no_dom = _same(dr, de)
    out = np.full(same_fam.shape, params.get("different", 0.0))
    out[same_dom & ~no_dom] = params.get("same_domain", 0.6)
    out[same_fam] = params.get("same_family", 1.0)
    out[missing] = np.nan
    return out


def seniority_gap(f: Features, params: Mapping[str, float]) -> np.ndarray:
    """Mentee's years minus mentor's, ramped 0 -> 1 between min_years and max_years."""
    lo, hi = params.get("min_years", 5.0), params.get("max_years", 20.0)
    gap = f.years_e[None, :] - f.years_r[:, None]
    if hi <= lo:
        return np.where(np.isnan(gap), np.nan, (gap >= hi).astype(float))
    ramp: np.ndarray = np.clip((gap - lo) / (hi - lo), 0.0, 1.0)
    return ramp


def subsidiary(f: Features, mode: str | None) -> np.ndarray:
    table: dict[str, int] = {}
    same, missing = _same(_codes([p.subsidiary for p in f.mentors], table),
                          _codes([p.subsidiary for p in f.mentees], table))  # fmt: skip
    out = np.where(same, 0.0, 1.0) if mode == "prefer_different" else same.astype(float)
    out[missing] = np.nan
    return out


def preference(f: Features) -> np.ndarray:
    """Mean over the people who answered the question of 'asked for this partner'."""
    ar = f.answered_r[:, None].astype(float)
    ae = f.answered_e[None, :].astype(float)
    num = f.likes_r * ar + f.likes_e * ae
    den = ar + ae
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(den > 0, num / np.where(den > 0, den, 1.0), np.nan)


def criterion(name: str, f: Features, program: Program) -> np.ndarray:
    c = program.criteria[name]
    if name == "learning_fit":
        return learning_fit(f, c.mode)
    if name == "intentions":
        return intentions(f, program)
    if name == "job_family":
        return job_family(f, program, c.params)
    if name == "seniority_gap":
        return seniority_gap(f, c.params)
    if name == "subsidiary":
        return subsidiary(f, c.mode)
    if name == "preference":
        return preference(f)
    raise KeyError(name)


