"""Plain-data reports of scores, plans and pair explanations (pure; JSON-safe dicts).

Shared by the CLI (`--json` output and its tables) and the console, so both say the same
thing. Numbers are not rounded. Bilingual texts ({fr, en}) are resolved to one language
with `text()`; `lang` is "en" or "fr" everywhere.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

import numpy as np

from rm_tui.core.explain import Alternative, UnmatchedContext, UnmatchedExplanation, why_unmatched
from rm_tui.core.matching import allowed_matrix
from rm_tui.core.plan import Pair, Plan
from rm_tui.core.problem import Text

LANGS: tuple[str, ...] = ("en", "fr")
ROLE_WORDS: dict[str, dict[str, tuple[str, str]]] = {  # role -> lang -> (singular, plural)
    "mentor": {"en": ("mentor", "mentors"), "fr": ("mentor", "mentors")},
    "mentee": {"en": ("mentee", "mentees"), "fr": ("mentoré", "mentorés")},
}


def text(value: Text | str, lang: str) -> str:
    """One language of a bilingual text (English if that language is missing)."""
    if isinstance(value, str):
        return value
    return value.get(lang) or value.get("en") or next(iter(value.values()), "")


def facilitator_forbid(reason: str) -> Text:
    return {"fr": f"interdit par l'animateur : {reason}",
            "en": f"forbidden by the facilitator: {reason}"}  # fmt: skip


def forbidden_reasons(plan: Plan, mentor: str, mentee: str) -> list[Text]:
    """Why this pair may not be formed: program rules, then facilitator forbids."""
    reasons = list(plan.problem.rule_reasons(mentor, mentee))
    if (mentor, mentee) in plan.forbid_reasons:
        reasons.append(facilitator_forbid(plan.forbid_reasons[(mentor, mentee)]))
    return reasons


def _imputed(c: Any) -> bool:
    return bool(getattr(c, "imputed", False)) or c.score is None


def ranked_criteria(breakdown: Any) -> list[Any]:
    """Criteria by contribution to the score (weight x score), those without data last."""
    if breakdown is None:
        return []
    crits = list(breakdown.criteria)
    return sorted(crits, key=lambda c: (_imputed(c), -(c.weight * (c.score or 0.0))))


def pair_reasons(breakdown: Any) -> list[Text]:
    """Each criterion's reason, most contributing first; "no data" names its criterion."""
    return [
        c.reason if not _imputed(c)
        else {"fr": f"{c.name} : pas de données (moyenne de la cohorte)",
              "en": f"{c.name}: no data (counted as the cohort mean)"}
        for c in ranked_criteria(breakdown)
    ]


def measured(breakdown: Any) -> dict[str, float | None]:
    """Criterion -> score for the pair, None where it has no data (imputed): what is stored
    with a plan, so analytics never learn from an imputed value."""
    if breakdown is None:
        return {}
    return {c.name: None if _imputed(c) else c.score for c in breakdown.criteria}


def pair_entry(plan: Plan, pair: Pair, lang: str) -> dict[str, Any]:
    bd = plan.problem.pair_breakdown(pair.mentor, pair.mentee)
    return {
        "mentor": pair.mentor,
        "mentee": pair.mentee,
        "score": pair.score,
        "origin": pair.origin,
        "criteria": measured(bd),
        "reasons": [text(r, lang) for r in pair_reasons(bd)],
        "locked": plan.is_locked(pair.mentor, pair.mentee),
        "flagged": bool(bd.flagged) if bd is not None else False,
    }


# -- unmatched people ---------------------------------------------------------------------


def _names(ids: Sequence[str], limit: int = 5) -> str:
    shown = ", ".join(ids[:limit])
    return shown + (f", … (+{len(ids) - limit})" if len(ids) > limit else "")


def unmatched_reason(expl: UnmatchedExplanation, role: str) -> Text:
    """Why someone has no partner, in both languages."""
    other = "mentee" if role == "mentor" else "mentor"
    o_en, o_fr = ROLE_WORDS[other]["en"][1], ROLE_WORDS[other]["fr"][1]
    partners = _names(list(expl.partners))
    if expl.kind == "unfinished":
        return {"fr": "n'a pas terminé ses questionnaires : laissé hors de l'appariement",
                "en": "has not finished their questionnaires: left out of the matching"}  # fmt: skip
    if expl.kind == "all_forbidden":
        first = ""
        if expl.forbidden:
            who, reasons = expl.forbidden[0]
            first = f"{who}: {text(reasons[0], 'en')}" if reasons else who
            first_fr = f"{who} : {text(reasons[0], 'fr')}" if reasons else who
        else:
            first_fr = ""
        return {"fr": f"tous les {o_fr} possibles sont interdits par une règle ou l'animateur"
                      + (f" (par ex. {first_fr})" if first_fr else ""),
                "en": f"every possible {ROLE_WORDS[other]['en'][0]} is forbidden by a rule or "
                      "the facilitator" + (f" (e.g. {first})" if first else "")}  # fmt: skip
    if expl.kind == "partners_full":
        return {"fr": f"ses seuls {o_fr} possibles ({partners}) sont pris par des paires verrouillées",
                "en": f"their only allowed {o_en} ({partners}) are taken by locked pairs"}  # fmt: skip
    if expl.kind == "lost_to_optimum":
        rivals = [c for c in expl.competitors if c != expl.person]
        if len(rivals) > 8:  # the whole side competes: simply more people than places
            if role == "mentee":
                return {"fr": "plus de mentorés que de places chez les mentors : le meilleur "
                              "plan d'ensemble a placé les autres",
                        "en": "more mentees than mentor places: the best overall plan placed "
                              "the others"}  # fmt: skip
            return {"fr": "plus de mentors que de mentorés à qui les associer : le meilleur "
                          "plan d'ensemble a placé les autres",
                    "en": "more mentors than mentees to pair them with: the best overall plan "
                          "placed the others"}  # fmt: skip
        comp = _names(rivals)
        return {"fr": f"en concurrence avec {comp} pour {expl.places} place(s) auprès de "
                      f"{partners} ; le meilleur plan d'ensemble a placé les autres",
                "en": f"competes with {comp} for {expl.places} place(s) with {partners}; "
                      "the best overall plan placed the others"}  # fmt: skip
    return {"fr": "pourrait être placé : relancer l'optimisation",
            "en": "could be placed: re-optimise to place them"}  # fmt: skip


def unmatched_list(plan: Plan) -> list[tuple[str, str, UnmatchedExplanation]]:
    """(id, role, explanation) for every unmatched mentor, then mentee."""
    shared = UnmatchedContext(plan)
    out = [(p, "mentor", why_unmatched(plan, p, shared)) for p in plan.unmatched_mentors()]
    out += [(p, "mentee", why_unmatched(plan, p, shared)) for p in plan.unmatched_mentees()]
    return out


# -- reports ------------------------------------------------------------------------------


def scores_report(plan: Plan, lang: str = "en") -> dict[str, Any]:
    """Every pair's score (null where rules or the facilitator forbid it), with reasons."""
    problem = plan.problem
    allowed = allowed_matrix(plan)
    rows = [
        [float(problem.scores[i, j]) if allowed[i, j] else None for j in range(len(problem.mentees))]
        for i in range(len(problem.mentors))
    ]
    forbidden = [
        {"mentor": m, "mentee": e, "reasons": [text(r, lang) for r in forbidden_reasons(plan, m, e)]}
        for i, m in enumerate(problem.mentors)
        for j, e in enumerate(problem.mentees)
        if not allowed[i, j]
    ]
    return {
        "mentors": list(problem.mentors),
        "mentees": list(problem.mentees),
        "capacity": dict(zip(problem.mentors, problem.capacity, strict=True)),
        "scores": rows,
        "forbidden": forbidden,
    }


def scores_json_chunks(plan: Plan, lang: str = "en") -> Iterator[str]:
    """`scores_report` as the text `json.dumps(..., indent=2, ensure_ascii=False)` gives,
    one mentor row (or forbidden pair) at a time: at 1,000 x 1,000 the whole report as
    Python objects takes hundreds of MB; streamed, a row at a time."""
    problem = plan.problem
    allowed = allowed_matrix(plan)
    head = {
        "mentors": list(problem.mentors),
        "mentees": list(problem.mentees),
        "capacity": dict(zip(problem.mentors, problem.capacity, strict=True)),
    }
    yield json.dumps(head, ensure_ascii=False, indent=2)[:-2]  # without the closing "\n}"

    def items(key: str, entries: Iterator[Any]) -> Iterator[str]:
        first = True
        for entry in entries:
            yield ("" if first else ",") + "\n    " + _indented(entry)
            first = False
        if first:
            yield f',\n  "{key}": []'
        else:
            yield "\n  ]"

    def rows() -> Iterator[list[float | None]]:
        for i in range(len(problem.mentors)):
            ok, row = allowed[i], problem.scores[i]
            yield [float(s) if a else None for s, a in zip(row.tolist(), ok.tolist(), strict=True)]

    def forbidden() -> Iterator[dict[str, Any]]:
        for i, j in zip(*np.nonzero(~allowed), strict=True):
            m, e = problem.mentors[i], problem.mentees[j]
            yield {"mentor": m, "mentee": e,
                   "reasons": [text(r, lang) for r in forbidden_reasons(plan, m, e)]}  # fmt: skip

    for key, entries in (("scores", rows()), ("forbidden", forbidden())):
        chunks = items(key, entries)
        first = next(chunks)
        yield first if first.startswith(",") else f',\n  "{key}": [' + first
        yield from chunks
    yield "\n}"


_STR = json.JSONEncoder(ensure_ascii=False).encode  # one string: the C encoder


def _number(value: float) -> str:
    if value != value or value in (math.inf, -math.inf):
        raise ValueError(f"Out of range float values are not JSON compliant: {value!r}")
    return float.__repr__(value)


def _indented(entry: list[float | None] | dict[str, Any]) -> str:
    """`json.dumps(entry, ensure_ascii=False, indent=2, allow_nan=False)` indented by 4 more
    spaces after each newline, for a score row or a forbidden pair, built directly: with
    `indent`, json uses its pure-Python encoder (half of `scores --json` at 1,000)."""
    if isinstance(entry, list):
        if not entry:
            return "[]"
        body = ",\n      ".join("null" if v is None else _number(v) for v in entry)
        return f"[\n      {body}\n    ]"
    reasons = entry["reasons"]
    listed = ("[\n        " + ",\n        ".join(map(_STR, reasons)) + "\n      ]") if reasons else "[]"
    return (f"{{\n      \"mentor\": {_STR(entry['mentor'])},\n      \"mentee\": {_STR(entry['mentee'])},"
            f"\n      \"reasons\": {listed}\n    }}")


def match_report(plan: Plan, lang: str = "en") -> dict[str, Any]:
    """A plan as `rm-tui match --json` prints it."""
    out: dict[str, Any] = {
        "objective": plan.objective,
        "total_score": plan.total,
        "worst_pair_score": plan.worst,
        "pairs": [pair_entry(plan, p, lang) for p in plan.pairs],
        "unmatched": [
            {"id": pid, "role": role, "reason": text(unmatched_reason(x, role), lang),
             "kind": x.kind}
            for pid, role, x in unmatched_list(plan)
        ],  # fmt: skip
        "locks": [{"mentor": m, "mentee": e} for m, e in sorted(plan.locks)],
        "forbids": [{"mentor": m, "mentee": e, "reason": r} for (m, e), r in plan.forbids],
    }
    if plan.explore is not None:
        x = plan.explore
        out["explore"] = {"eps": x.eps, "seed": x.seed, "optimum_total": x.optimum_total,
                          "gap": x.gap, "fallback": x.fallback}  # fmt: skip
    if plan.conflict is not None:
        c = plan.conflict
        out["conflict"] = {"side": c.side, "competitors": list(c.competitors),
                           "partners": list(c.partners), "places": c.places}  # fmt: skip
    return out


def _alt(a: Alternative, key: str) -> dict[str, Any]:
    return {key: a.partner, "score": a.score, "delta_total": a.delta_total,
            "delta_worst": a.delta_worst, "delta_pairs": a.delta_pairs,
            "blocked_by": a.blocked_by}  # fmt: skip


def explain_report(
    plan: Plan,
    mentor: str,
    mentee: str,
    alternatives: Mapping[str, Sequence[Alternative]],
    lang: str = "en",
) -> dict[str, Any]:
    """One pair in detail: its score per criterion, whether it is allowed, and the best other
    partners of each person (`alternatives["mentor"]`, `["mentee"]`) with what forcing them
    would change in the plan's total."""
    bd = plan.problem.pair_breakdown(mentor, mentee)
    reasons = forbidden_reasons(plan, mentor, mentee)
    pair = plan.pair_of(mentor, mentee)
    return {
        "mentor": mentor,
        "mentee": mentee,
        "score": float(plan.problem.score(mentor, mentee)),
        "allowed": not reasons,
        "forbidden_reasons": [text(r, lang) for r in reasons],
        "criteria": [
            {"name": c.name, "weight": c.weight, "score": c.score, "reason": text(c.reason, lang),
             "imputed": _imputed(c)}
            for c in (bd.criteria if bd is not None else ())
        ],
        "alternatives": {
            "mentor": [_alt(a, "mentee") for a in alternatives.get("mentor", ())],
            "mentee": [_alt(a, "mentor") for a in alternatives.get("mentee", ())],
        },
        "paired": pair is not None,
        "origin": pair.origin if pair is not None else None,
        "partners": {"mentor": list(plan.partners_of(mentor)),
                     "mentee": list(plan.partners_of(mentee))},  # fmt: skip
        "flagged": bool(bd.flagged) if bd is not None else False,
    }
