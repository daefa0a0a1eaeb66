"""A synthetic organisation for `synth`: subsidiaries, reporting lines, teams, job families.

Mentees are senior managers arranged in one tree per subsidiary (head, directors, managers);
most mentors are juniors reporting to one of those managers, so reporting-line and skip-level
conflicts really occur, as in a real cohort.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

REFERENCE_DATE = dt.date(2026, 1, 1)  # fixed, so that a seed always gives the same file

FIRST_NAMES_FR = (
    "Camille", "Léa", "Manon", "Chloé", "Inès", "Sarah", "Julie", "Emma", "Claire", "Hélène", "Nathalie",
    "Sophie", "Amélie", "Louise", "Lucas", "Hugo", "Thomas", "Nicolas", "Julien", "Antoine", "Maxime",
    "Pierre", "Olivier", "Laurent", "Karim", "Mehdi", "Yanis", "Mathieu", "François", "Bruno", "Éric",
)
FIRST_NAMES_EN = (
    "Emily", "Olivia", "Grace", "Hannah", "Megan", "Priya", "James", "Oliver", "Daniel", "Ryan", "Liam",
    "Noah", "Ethan", "Aisha", "Wei", "Ravi",
)
LAST_NAMES = (
    "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau",
    "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier",
    "Morel", "Girard", "André", "Mercier", "Dupont", "Lambert", "Bonnet", "François", "Martinez", "Benali",
    "Nguyen", "Smith", "Brown", "Taylor", "Wilson", "Tremblay", "Gagnon", "Peeters", "Janssens", "Haddad",
)
TEAM_WORDS = ("platform", "ops", "core", "growth", "projects", "delivery", "insights", "excellence")


@dataclass
class Person:
    """Everything true about a person; the roster shows part of it, answers reveal the rest."""

    id: str
    role: str
    name: str
    email: str
    subsidiary: str
    job_family: str
    team: str
    start_date: str
    years: int
    languages: list[str]
    manager: str | None = None
    level: int = 0  # depth in the org chart: 0 = head of a subsidiary
    reports: list[str] = field(default_factory=list)


def build_org(
    rng: random.Random, mentors: int, mentees: int, subsidiaries: list[str], families: list[str],
    languages: list[str],
) -> list[Person]:
    """Mentees (ids `sr0001`...) then mentors (`jr0001`...), with reporting lines and teams."""
    emails: set[str] = set()
    people: list[Person] = []
    weights = [0.6] + [0.4 / max(1, len(subsidiaries) - 1)] * (len(subsidiaries) - 1)
    by_sub: dict[str, list[Person]] = {s: [] for s in subsidiaries}
    open_boss = dict.fromkeys(subsidiaries, 0)  # index in the tree of the first senior with room
    span: dict[str, int] = {}
    for i in range(mentees):
        sub = subsidiaries[i] if i < len(subsidiaries) else rng.choices(subsidiaries, weights)[0]
        tree = by_sub[sub]
        boss = None
        if tree:  # filled breadth-first, 3 to 7 senior reports each: a realistic, shallow pyramid
            while len(tree[open_boss[sub]].reports) >= span[tree[open_boss[sub]].id]:
                open_boss[sub] += 1
            boss = tree[open_boss[sub]]
        level = boss.level + 1 if boss else 0
        family = boss.job_family if boss and rng.random() < 0.5 else rng.choice(families)
        years = rng.randint(8, 32)
        person = _person(rng, f"sr{i + 1:04d}", "mentee", sub, family, years, languages, emails)
        person.level = level
        person.team = f"{sub}-exec" if level == 0 else f"{sub}-{family}-{rng.choice(TEAM_WORDS)}-{i + 1}"
        if boss:
            person.manager = boss.id
            boss.reports.append(person.id)
        span[person.id] = rng.randint(3, 7)
        tree.append(person)
        people.append(person)
    managers = [p for p in people if p.level >= 1] or people
    managers_in = {s: [m for m in managers if m.subsidiary == s] for s in subsidiaries}
    for i in range(mentors):
        years = min(rng.randint(0, 7), rng.randint(0, 9))
        sub = rng.choices(subsidiaries, weights)[0]
        person = _person(rng, f"jr{i + 1:04d}", "mentor", sub, rng.choice(families), years, languages, emails)
        local = managers_in[sub]
        if local and rng.random() < 0.7:  # reports to a participating senior: a real conflict source
            boss = rng.choice(local)
            person.manager, person.team, person.level = boss.id, boss.team, boss.level + 1
            person.job_family = boss.job_family if rng.random() < 0.8 else person.job_family
            boss.reports.append(person.id)
        else:
            person.team = f"{sub}-{person.job_family}-{rng.choice(TEAM_WORDS)}"
        people.append(person)
    return people


def _person(
    rng: random.Random, pid: str, role: str, sub: str, family: str, years: int, languages: list[str],
    emails: set[str],
) -> Person:
    english = rng.random() < 0.15
    first = rng.choice(FIRST_NAMES_EN if english else FIRST_NAMES_FR)
    last = rng.choice(LAST_NAMES)
    email = _email(first, last, emails)
    start = REFERENCE_DATE - dt.timedelta(days=int(years * 365.25) + rng.randint(0, 300))
    return Person(
        id=pid, role=role, name=f"{first} {last}", email=email, subsidiary=sub, job_family=family,
        team="", start_date=start.isoformat(), years=years,
        languages=_languages(rng, english, languages),
    )


def _languages(rng: random.Random, english: bool, offered: list[str]) -> list[str]:
    """Most people French only, some English only, a few both (and a rare third language)."""
    roll = rng.random()
    if english:
        langs = ["en"] if roll < 0.6 else ["en", "fr"]
    else:
        langs = ["fr"] if roll < 0.7 else (["fr", "en"] if roll < 0.97 else ["en"])
    extra = [x for x in offered if x not in ("fr", "en")]
    if extra and rng.random() < 0.05:
        langs.append(rng.choice(extra))
    return [x for x in langs if not offered or x in offered] or langs[:1]


def _email(first: str, last: str, used: set[str]) -> str:
    base = f"{_ascii(first)}.{_ascii(last)}"
    email, n = f"{base}@azur.example", 1
    while email in used:
        n += 1
        email = f"{base}{n}@azur.example"
    used.add(email)
    return email


def _ascii(text: str) -> str:
    table = str.maketrans("éèêëàâîïôöûüçÉ", "eeeeaaiioouucE")
    return "".join(c for c in text.translate(table).lower() if c.isalnum())
