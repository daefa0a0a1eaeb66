"""A realistic synthetic cohort (program + responses), deterministic for a seed.

Everything the cohort may contain (job families, subsidiaries, languages, intentions, items) is
read from the questionnaires given, so the output stays valid when they change. Answers come from
a latent profile per person plus noise, so subscales correlate as in real data; about 5% of the
people leave something unanswered.
"""

from __future__ import annotations

import random
from typing import Any

from rm_tui.core.participant import Participant
from rm_tui.core.questionnaire import Item, Questionnaire
from rm_tui.core.synth_org import Person, build_org

PREFERRED_ORDER = ("learner_profile", "expectations", "background")
DEFAULT_SUBSIDIARIES = ["azur-fr", "azur-be", "azur-ca"]
DEFAULT_FAMILIES = ["data", "software", "finance", "marketing", "sales", "hr"]
# Domains for the taxonomy; a family not listed here goes to "other".
DOMAINS: dict[str, tuple[dict[str, str], tuple[str, ...]]] = {
    "digital": ({"fr": "Numérique", "en": "Digital"}, ("data", "software", "product", "it", "design")),
    "corporate": ({"fr": "Fonctions support", "en": "Corporate functions"}, ("finance", "hr", "legal", "purchasing")),
    "commercial": ({"fr": "Commercial", "en": "Commercial"}, ("marketing", "sales", "customer")),
    "operations": ({"fr": "Opérations", "en": "Operations"}, ("supply_chain", "operations", "manufacturing")),
}
OTHER_DOMAIN = ({"fr": "Autres métiers", "en": "Other"}, ())
# Latent learning preferences: grasp (theory vs example) and transform (try vs watch).
MODE_LOADINGS = {"CE": (-0.8, 0.0), "AC": (0.8, 0.0), "RO": (0.0, -0.8), "AE": (0.0, 0.8),
                 "EXP_PRINCIPLE": (0.5, 0.0), "EXP_DEMO": (-0.5, 0.0)}
HOPES = (
    "Mieux comprendre les usages numériques de mes équipes.",
    "Understand how the business really works.",
    "Gagner en aisance avec les outils collaboratifs.",
    "Build a network outside my department.",
    "Découvrir la stratégie du groupe de l'intérieur.",
)


def synth_cohort(
    mentors: int,
    mentees: int,
    seed: int,
    questionnaires: dict[str, Questionnaire],
    questionnaires_dir: str = "../questionnaires",
    capacity: int | None = None,
) -> tuple[dict[str, Any], dict[str, Any]]:
    """(program document, responses document) for a cohort; same arguments, same output."""
    rng = random.Random(seed)
    background = questionnaires.get("background")
    subsidiaries = _option_ids(background, "subsidiary") or DEFAULT_SUBSIDIARIES
    families = _option_ids(background, "job_family") or DEFAULT_FAMILIES
    languages = _option_ids(background, "languages") or ["fr", "en"]
    people = build_org(rng, mentors, mentees, subsidiaries, families, languages)
    roster = [_roster_entry(rng, p) for p in people]
    order = [q for q in PREFERRED_ORDER if q in questionnaires] + sorted(set(questionnaires) - set(PREFERRED_ORDER))
    per_role = {role: [q for q in order if role in questionnaires[q].applies_to] for role in ("mentor", "mentee")}
    program: dict[str, Any] = {
        "id": f"synth-{seed}",
        "name": f"Synthetic cohort — {mentors} mentors, {mentees} mentees (seed {seed})",
        "languages": ["fr", "en"],
        "questionnaires_dir": questionnaires_dir,
        "questionnaires": per_role,
        "roster": roster,
        "taxonomy": _taxonomy(background, families),
    }
    intentions = _intentions(rng, questionnaires)
    if intentions:
        program["intentions"] = intentions
    program["criteria"] = {
        "learning_fit": {"weight": 1, "mode": "similar"}, "intentions": {"weight": 3},
        "job_family": {"weight": 2}, "seniority_gap": {"weight": 1, "min_years": 5, "max_years": 20},
        "subsidiary": {"weight": 1, "mode": "prefer_same"}, "preference": {"weight": 1},
    }
    program["rules"] = {
        "reporting_line_depth": 2, "forbid_same_team": True, "require_shared_language": True,
        "honour_rather_not": True, "vetoes": _vetoes(rng, people),
    }
    program["capacity"] = _capacity(rng, people, mentors, mentees, capacity)
    program["objective"] = "total"
    program["kiosk"] = {"idle_seconds": 120, "self_registration": False, "show_profile": True}
    answers = _responses(rng, people, roster, questionnaires, per_role)
    return program, {"responses": answers}


def _option_ids(q: Questionnaire | None, item_id: str) -> list[str]:
    if q is None or item_id not in q.item_ids():
        return []
    return [o.id for o in q.item(item_id).options]


def _roster_entry(rng: random.Random, p: Person) -> dict[str, Any]:
    """What the HR export shows: a few fields are missing, for the background questionnaire to fill."""
    entry: dict[str, Any] = {"id": p.id, "name": p.name, "email": p.email, "role": p.role}
    for key, value, p_missing in (
        ("job_family", p.job_family, 0.08), ("subsidiary", p.subsidiary, 0.03), ("team", p.team, 0.05),
        ("manager", p.manager, 0.05), ("start_date", p.start_date, 0.05), ("languages", p.languages, 0.06),
    ):
        if value and rng.random() >= p_missing:
            entry[key] = value
    return entry


def _taxonomy(background: Questionnaire | None, families: list[str]) -> dict[str, Any]:
    names: dict[str, dict[str, str]] = {}
    if background is not None and "job_family" in background.item_ids():
        names = {o.id: dict(o.text) for o in background.item("job_family").options}
    taxonomy: dict[str, Any] = {}
    for family in families:
        domain = next((d for d, (_, members) in DOMAINS.items() if family in members), "other")
        title = DOMAINS.get(domain, OTHER_DOMAIN)[0]
        entry = taxonomy.setdefault(domain, {"name": dict(title), "families": {}})
        label = family.replace("_", " ").capitalize()
        entry["families"][family] = names.get(family) or {"fr": label, "en": label}
    return taxonomy


def _intentions_item(questionnaires: dict[str, Questionnaire]) -> tuple[str, Item] | None:
    """The choice item whose options are role-specific intentions (`expectations.intentions` if present)."""
    candidates = []
    for qid, q in questionnaires.items():
        for item in q.items:
            if item.kind in ("single", "multi") and any(o.roles for o in item.options):
                candidates.append((0 if item.id == "intentions" else 1, qid, item))
    if not candidates:
        return None
    _, qid, item = min(candidates, key=lambda c: (c[0], c[1], c[2].id))
    return f"{qid}.{item.id}", item


def _intentions(rng: random.Random, questionnaires: dict[str, Questionnaire]) -> dict[str, Any] | None:
    found = _intentions_item(questionnaires)
    if found is None:
        return None
    ref, item = found
    mentee_opts = [o.id for o in item.options_for("mentee")]
    mentor_opts = [o.id for o in item.options_for("mentor")]
    matrix: dict[str, dict[str, float]] = {}
    for mentee_int in mentee_opts:
        row = {m: round(rng.choice((0.2, 0.4, 0.5, 0.6, 0.8, 1.0)), 1) for m in mentor_opts}
        best = rng.choice(mentor_opts) if mentor_opts else None
        if best:
            row[best] = 1.0  # every mentee intention has a natural counterpart
        matrix[mentee_int] = row
    return {"item": ref, "matrix": matrix}


def _vetoes(rng: random.Random, people: list[Person]) -> list[dict[str, str]]:
    mentors = [p for p in people if p.role == "mentor"]
    mentees = [p for p in people if p.role == "mentee"]
    if not mentors or not mentees:
        return []
    count = min(3, len(mentors), len(mentees))
    return [
        {"mentor": m.id, "mentee": e.id, "reason": "already work together"}
        for m, e in zip(rng.sample(mentors, count), rng.sample(mentees, count), strict=True)
    ]


def _capacity(rng: random.Random, people: list[Person], mentors: int, mentees: int, default: int | None) -> dict[str, Any]:
    spec: dict[str, Any] = {"default": default or 1}
    if default is None and mentees > mentors > 0:  # a few mentors take two mentees
        chosen = rng.sample([p.id for p in people if p.role == "mentor"], min(mentors, max(1, (mentees - mentors) // 2)))
        spec["per_mentor"] = {pid: 2 for pid in sorted(chosen)}
    return spec


def _responses(
    rng: random.Random, people: list[Person], roster: list[dict[str, Any]],
    questionnaires: dict[str, Questionnaire], per_role: dict[str, list[str]],
) -> dict[str, Any]:
    by_id = {p.id: p for p in people}
    # candidates for roster picks, by role ("any" for both) and subsidiary
    by_role: dict[tuple[str, str | None], list[str]] = {}
    for p in people:
        for key in ((p.role, None), ("any", None), (p.role, p.subsidiary), ("any", p.subsidiary)):
            by_role.setdefault(key, []).append(p.id)
    team_of: dict[str, list[str]] = {}
    for p in people:
        team_of.setdefault(p.team, []).append(p.id)
    out: dict[str, Any] = {}
    for entry in roster:
        person = by_id[entry["id"]]
        listed = Participant.from_dict(entry)
        latent = _latent(rng)
        incomplete = rng.random() < 0.05
        answers: dict[str, Any] = {}
        for qid in per_role[person.role]:
            items = questionnaires[qid].items_for(person.role, listed)
            if incomplete and qid == per_role[person.role][-1] and rng.random() < 0.5:
                continue  # left before the last questionnaire
            got: dict[str, Any] = {}
            subscale_of = {i: s for s in questionnaires[qid].subscales for i in s.items}
            reverse = {i for s in questionnaires[qid].subscales for i in s.reverse}
            for item in items:
                if incomplete and rng.random() < 0.3:
                    continue  # skipped an item
                value = _answer(rng, item, person, latent, subscale_of, reverse, by_role, team_of, by_id)
                if value not in (None, "", []):
                    got[item.id] = value
            if got:
                answers[qid] = got
        if answers:
            out[person.id] = answers
    return out


def _latent(rng: random.Random) -> dict[str, float]:
    grasp, transform = rng.gauss(0, 1), rng.gauss(0, 1)
    acquiescence = rng.gauss(0, 0.3)
    latent = {name: a * grasp + b * transform + rng.gauss(0, 0.6) + acquiescence for name, (a, b) in MODE_LOADINGS.items()}
    latent["_other"] = acquiescence
    return latent


def _answer(
    rng: random.Random, item: Item, p: Person, latent: dict[str, float], subscale_of: dict[str, Any],
    reverse: set[str], by_role: dict[tuple[str, str | None], list[str]], team_of: dict[str, list[str]], by_id: dict[str, Person],
) -> Any:
    kind = item.kind
    if kind == "scale" and item.scale is not None:
        points = item.scale.points
        sub = subscale_of.get(item.id)
        level = latent.get(sub.name, rng.gauss(0, 0.8)) if sub is not None else latent["_other"]
        if item.id in reverse:
            level = -level
        mean = (points + 1) / 2 + level * (points - 1) / 4 + rng.gauss(0, 0.7)
        return max(1, min(points, round(mean)))
    if kind == "single":
        ids = [o.id for o in item.options_for(p.role)]
        truth = getattr(p, item.field, None) if item.field else None
        if truth in ids:
            return truth
        return _popular(rng, ids, 1)[0] if ids else None
    if kind == "multi":
        ids = [o.id for o in item.options_for(p.role)]
        if item.field == "languages":
            picked = [x for x in p.languages if x in ids]
            return picked or ids[:1]
        most = min(item.max_picks or len(ids), len(ids))
        count = max(item.min_picks, min(most, rng.choice((most, most, most - 1, 1))))
        return _popular(rng, ids, count)
    if kind == "text":
        if item.field == "team":
            return p.team[: item.max_length]
        if item.required or rng.random() < 0.4:
            return rng.choice(HOPES)[: item.max_length]
        return None
    if kind == "number":
        lo = item.min if item.min is not None else 0
        hi = item.max if item.max is not None else lo + 100
        value = p.years if item.field == "years_in_company" else rng.uniform(lo, hi)
        value = max(lo, min(hi, value))
        return int(round(value)) if item.integer else round(value, 2)
    if kind == "date":
        if item.field == "start_date":
            return p.start_date
        return item.max_date or item.min_date or "2025-01-01"
    if kind == "roster":
        return _roster_answer(rng, item, p, by_role, team_of, by_id)
    return None


def _popular(rng: random.Random, ids: list[str], count: int) -> list[str]:
    """`count` distinct ids, earlier options more popular (as in real intentions data)."""
    weights = [1.0 / (i + 1) ** 0.7 for i in range(len(ids))]
    pool, chosen = list(zip(ids, weights, strict=True)), []
    for _ in range(min(count, len(pool))):
        pick = rng.choices(range(len(pool)), [w for _, w in pool])[0]
        chosen.append(pool.pop(pick)[0])
    return chosen


def _roster_answer(
    rng: random.Random, item: Item, p: Person, by_role: dict[tuple[str, str | None], list[str]],
    team_of: dict[str, list[str]], by_id: dict[str, Person],
) -> list[str] | None:
    most = item.max_picks or 3
    if item.field == "manager":
        return [p.manager] if p.manager else None
    if "close" in item.id:  # people I already work with: my team and my manager
        near = [x for x in team_of.get(p.team, []) if x != p.id] + ([p.manager] if p.manager else [])
        near = list(dict.fromkeys(near))
        return rng.sample(near, min(len(near), most, rng.randint(0, 3))) or None
    chance = 0.04 if "rather" in item.id else 0.3  # "rather not" picks are rare
    if not item.required and rng.random() >= chance:
        return None
    role = {"other_role": "mentee" if p.role == "mentor" else "mentor", "mentor": "mentor", "mentee": "mentee"}
    key = role.get(item.pick_from, "any")
    pool = by_role.get((key, p.subsidiary)) or by_role.get((key, None), [])
    count = max(item.min_picks, min(most, rng.randint(1, 2)))
    picks = [x for x in rng.sample(pool, min(len(pool), count + 1)) if x != p.id][:count]
    return picks or None
