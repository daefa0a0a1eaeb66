"""Per-person features for scoring, and each criterion as an (m, n) matrix in [0, 1].

NaN in a criterion matrix means "no data for this pair": the criterion is skipped.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from rm_tui.core.cohort_axes import cohort_axes as _axes
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


def _answer_source(program: Program, role: str, item_id: str) -> str | None:
    """The id of the first of the role's questionnaires that has `item_id`."""
    for q in program.questionnaires_for(role):
        if item_id in q.item_ids():
            return q.id
    return None


def _answer(program: Program, answers: Any, person: Participant, item_id: str) -> Any:
    """The person's answer to the first of their questionnaires that has `item_id`; an empty
    tuple if they answered that questionnaire but skipped the (optional) item; None if they
    have not answered it at all (no data)."""
    qid = _answer_source(program, person.role, item_id)
    if qid is None:
        return None
    given = answers.get(person.id, {}).get(qid, {})
    return given.get(item_id, ()) if given else None


def _answers_of(program: Program, answers: Any, people: Sequence[Participant], item_id: str) -> list[Any]:
    """`_answer` for everyone, the questionnaire looked up once per role."""
    source: dict[str, str | None] = {}
    out: list[Any] = []
    for p in people:
        if p.role not in source:
            source[p.role] = _answer_source(program, p.role, item_id)
        qid = source[p.role]
        given = answers.get(p.id, {}).get(qid, {}) if qid is not None else None
        out.append(given.get(item_id, ()) if given else None)
    return out


def _as_list(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value)


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
    for i, value in enumerate(_answers_of(program, answers, mentors, PREFERENCE_ITEM)):
        answered_r[i] = value is not None
        likes_r[i, [e_index[x] for x in _as_list(value) if x in e_index]] = True
    for j, value in enumerate(_answers_of(program, answers, mentees, PREFERENCE_ITEM)):
        answered_e[j] = value is not None
        likes_e[[r_index[x] for x in _as_list(value) if x in r_index], j] = True
    everyone = (*mentors, *mentees)
    rather_not = {p.id: _as_list(v) for p, v in
                  zip(everyone, _answers_of(program, answers, everyone, RATHER_NOT_ITEM), strict=True)}  # fmt: skip

    def years(people: Sequence[Participant]) -> np.ndarray:
        return np.array([np.nan if (y := p.years(today)) is None else y for p in people], dtype=float)

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
    out: np.ndarray = np.subtract.outer(a, b)  # in place below: one (m, n) buffer, same floats
    np.abs(out, out=out)
    out /= 2.0
    np.subtract(1.0, out, out=out)
    return out


def _axis(axes: Mapping[str, np.ndarray], name: str, size: int) -> np.ndarray:
    return axes.get(name, np.full(size, np.nan))


def _mean_with_data(close: Sequence[np.ndarray]) -> np.ndarray:
    """Mean of the comparisons that have data, cell by cell (0 / 0 -> NaN: no data)."""
    total = np.zeros(close[0].shape)
    count = np.zeros(close[0].shape)
    for c in close:
        has = ~np.isnan(c)
        total += np.where(has, c, 0.0)
        count += has
    with np.errstate(invalid="ignore", divide="ignore"):
        mean: np.ndarray = total / count
    return mean


def learning_fit(f: Features, mode: str | None) -> np.ndarray:
    """Mentor's way of explaining vs mentee's way of grasping, and both transform axes
    (the mean of the comparisons that have data)."""
    m, n = len(f.mentors), len(f.mentees)
    pairs = ((_axis(f.axes_r, "explain", m), _axis(f.axes_e, "grasp", n)),
             (_axis(f.axes_r, "transform", m), _axis(f.axes_e, "transform", n)))  # fmt: skip
    close = [_closeness(a, b) for a, b in pairs]
    # Where both comparisons have data (most cells) the mean is (c1 + c2) / 2; the rows and
    # columns of people with a missing axis are recomputed with the general rule.
    sim: np.ndarray = close[0] + close[1]
    sim /= 2.0
    rows = np.flatnonzero(np.isnan(pairs[0][0]) | np.isnan(pairs[1][0]))
    cols = np.flatnonzero(np.isnan(pairs[0][1]) | np.isnan(pairs[1][1]))
    if rows.size:
        sim[rows, :] = _mean_with_data([c[rows, :] for c in close])
    if cols.size:
        sim[:, cols] = _mean_with_data([c[:, cols] for c in close])
    if mode == "complementary":
        np.subtract(1.0, sim, out=sim)
    return sim


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
    out: np.ndarray = wr @ fit.T @ we.T  # (m, n)
    sr, se = wr.sum(1), we.sum(1)
    with np.errstate(invalid="ignore", divide="ignore"):
        out /= np.multiply.outer(sr, se)
    out[sr <= 0, :] = np.nan  # nobody's picks on one side: no data
    out[:, se <= 0] = np.nan
    return out


def _codes(values: Sequence[str | None], table: dict[str, int]) -> np.ndarray:
    """Integer codes shared by both sides (-1 = missing): fast (m, n) equality tests. Values
    compare without case, accents or punctuation: a roster's "Azur France" is the kiosk
    answer `azur-france` (programs built from a roster use slugs as option ids)."""
    seen: dict[str, int] = {}  # a cohort has few distinct values: canonical() once each
    out = np.full(len(values), -1, dtype=np.int64)
    for k, v in enumerate(values):
        if v:
            code = seen.get(v)
            if code is None:
                code = seen[v] = table.setdefault(canonical(v), len(table))
            out[k] = code
    return out


def _pair_table(rows: np.ndarray, cols: np.ndarray, value: np.ndarray) -> np.ndarray:
    """(m, n) matrix of value[code_r + 1, code_e + 1]: a criterion that depends only on two
    small codes (-1 = missing, row/column 0 of `value`) is one lookup per cell."""
    out: np.ndarray = value[(rows + 1)[:, None], (cols + 1)[None, :]]
    return out


def job_family(f: Features, program: Program, params: Mapping[str, float]) -> np.ndarray:
    fams: dict[str, int] = {}
    raw = sorted({p.job_family for p in (*f.mentors, *f.mentees) if p.job_family})
    raw_code = {v: k for k, v in enumerate(raw)}
    fam = _codes(raw, fams)
    doms: dict[str, int] = {}
    dom = _codes([program.domain_of(v) for v in raw], doms)
    k = len(raw)
    value = np.full((k + 1, k + 1), float(params.get("different", 0.0)))
    same_dom = (dom[:, None] == dom[None, :]) & (dom >= 0)[:, None] & (dom >= 0)[None, :]
    value[1:, 1:][same_dom] = params.get("same_domain", 0.6)
    value[1:, 1:][fam[:, None] == fam[None, :]] = params.get("same_family", 1.0)
    value[0, :] = value[:, 0] = np.nan

    def codes(people: Sequence[Participant]) -> np.ndarray:
        return np.array([raw_code[p.job_family] if p.job_family else -1 for p in people], np.int64)

    return _pair_table(codes(f.mentors), codes(f.mentees), value)


def seniority_gap(f: Features, params: Mapping[str, float]) -> np.ndarray:
    """Mentee's years minus mentor's, ramped 0 -> 1 between min_years and max_years."""
    lo, hi = params.get("min_years", 5.0), params.get("max_years", 20.0)
    gap: np.ndarray = f.years_e[None, :] - f.years_r[:, None]
    if hi <= lo:
        return np.where(np.isnan(gap), np.nan, (gap >= hi).astype(float))
    gap -= lo
    gap /= hi - lo
    np.clip(gap, 0.0, 1.0, out=gap)
    return gap


def subsidiary(f: Features, mode: str | None) -> np.ndarray:
    table: dict[str, int] = {}
    sr = _codes([p.subsidiary for p in f.mentors], table)
    se = _codes([p.subsidiary for p in f.mentees], table)
    same = np.eye(len(table) + 1)
    value = 1.0 - same if mode == "prefer_different" else same
    value[0, :] = value[:, 0] = np.nan
    return _pair_table(sr, se, value)


def preference(f: Features) -> np.ndarray:
    """Mean over the people who answered the question of 'asked for this partner'."""
    # likes are only set for people who answered: the sum is the numerator as it stands
    num: np.ndarray = np.add(f.likes_r, f.likes_e, dtype=float)
    den = np.add.outer(f.answered_r.astype(float), f.answered_e.astype(float))
    with np.errstate(invalid="ignore", divide="ignore"):
        num /= den  # 0 / 0 -> NaN: neither answered
    return num


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


def reason(name: str, f: Features, program: Program, i: int, j: int, value: float) -> Text:
    """A short bilingual reason for one criterion of one pair."""
    r, e = f.mentors[i], f.mentees[j]
    if name == "learning_fit":
        mode = program.criteria[name].mode
        fr = "styles proches" if value >= 0.5 else "styles éloignés"
        en = "similar styles" if value >= 0.5 else "different styles"
        if mode == "complementary":
            fr, en = fr + " (complémentarité recherchée)", en + " (complementary wanted)"
        return {"fr": f"{fr} ({value:.2f}, des préférences, pas des aptitudes)",
                "en": f"{en} ({value:.2f}; preferences, not abilities)"}  # fmt: skip
    if name == "intentions":
        return _intentions_reason(program, f.picks_e[j], f.picks_r[i], value)
    if name == "job_family":
        fam_r, fam_e = _family_name(program, r.job_family), _family_name(program, e.job_family)
        if r.job_family == e.job_family:
            return {"fr": f"même métier ({fam_r['fr']})", "en": f"same job family ({fam_r['en']})"}
        if value > program.criteria[name].params.get("different", 0.0):
            dom = _domain_name(program, program.domain_of(r.job_family))
            return {"fr": f"même domaine ({dom['fr']})", "en": f"same domain ({dom['en']})"}
        return {"fr": f"métiers éloignés ({fam_r['fr']} / {fam_e['fr']})",
                "en": f"distant job families ({fam_r['en']} / {fam_e['en']})"}  # fmt: skip
    if name == "seniority_gap":
        gap = float(f.years_e[j] - f.years_r[i])
        return {"fr": f"écart d'ancienneté {gap:.0f} ans", "en": f"seniority gap {gap:.0f} years"}
    if name == "subsidiary":
        if r.subsidiary == e.subsidiary:
            return {
                "fr": f"même filiale ({r.subsidiary})",
                "en": f"same subsidiary ({r.subsidiary})",
            }
        return {"fr": "filiales différentes", "en": "different subsidiaries"}
    if name == "preference":
        both = bool(f.likes_r[i, j] and f.likes_e[i, j])
        one = bool(f.likes_r[i, j] or f.likes_e[i, j])
        if both:
            return {"fr": "souhait réciproque", "en": "both asked for each other"}
        if one:
            who = r.id if f.likes_r[i, j] else e.id
            return {"fr": f"souhaité par {who}", "en": f"asked for by {who}"}
        return {"fr": "pas de souhait l'un pour l'autre", "en": "no pick for each other"}
    return {"fr": name, "en": name}


def _family_name(program: Program, family: str | None) -> Text:
    for domain in program.taxonomy:
        if family in domain.families:
            return domain.families[family]
    return {"fr": family or "?", "en": family or "?"}


def _domain_name(program: Program, domain_id: str | None) -> Text:
    for domain in program.taxonomy:
        if domain.id == domain_id:
            return domain.name
    return {"fr": domain_id or "?", "en": domain_id or "?"}


def _option_text(program: Program, option: str) -> Text:
    qid, _, item_id = (program.intentions_item or "").partition(".")
    questionnaire = program.questionnaires.get(qid)
    if questionnaire is not None and item_id in questionnaire.item_ids():
        for opt in questionnaire.item(item_id).options:
            if opt.id == option:
                return opt.text
    return {"fr": option, "en": option}


def _intentions_reason(program: Program, mentee_picks: Sequence[str], mentor_picks: Sequence[str], value: float) -> Text:
    """Name the two intentions that fit best (rank-weighted), in words people chose them in."""
    best: tuple[float, str, str] | None = None
    for a_rank, a in enumerate(mentee_picks, 1):
        for b_rank, b in enumerate(mentor_picks, 1):
            fit = program.intention_matrix.get(a, {}).get(b, 0.0) / (a_rank * b_rank)
            if best is None or fit > best[0]:
                best = (fit, a, b)
    if best is None:
        return {"fr": f"attentes ({value:.2f})", "en": f"intentions ({value:.2f})"}
    wish, offer = _option_text(program, best[1]), _option_text(program, best[2])
    return {
        "fr": f"attentes : « {wish['fr']} » ↔ « {offer['fr']} » ({value:.2f})",
        "en": f"intentions: “{wish['en']}” ↔ “{offer['en']}” ({value:.2f})",
    }
