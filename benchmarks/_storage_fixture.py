"""Realistic database contents shared by the storage benchmarks."""

from __future__ import annotations

import random
from pathlib import Path

from rm_tui.core.participant import Participant
from rm_tui.storage import Database

FAMILIES = ["data", "finance", "marketing", "hr", "sales", "legal", "it-ops", "product"]
WORDS = ["apprendre", "partager", "équipe", "client", "données", "projet", "confiance", "rythme", "curiosité", "métier"]


def person(i: int, rng: random.Random) -> Participant:
    return Participant(
        id=f"p{i:05d}",
        name=f"Prénom{i} Nom{i}",
        email=f"prenom{i}.nom{i}@example.com",
        role="mentor" if i % 2 else "mentee",
        job_family=rng.choice(FAMILIES),
        subsidiary=rng.choice(["azur-fr", "azur-de", "azur-uk"]),
        team=f"team-{rng.randrange(200)}",
        start_date=f"{rng.randrange(1990, 2024)}-0{rng.randrange(1, 10)}-1{rng.randrange(10)}",
        languages=("fr", "en"),
    )


def answers(rng: random.Random, people: int) -> dict[str, dict[str, object]]:
    """~40 answers over three questionnaires: scales, choices, roster picks and free text."""
    return {
        "learner_profile": {f"lp{k}": rng.randint(1, 5) for k in range(24)},
        "expectations": {
            **{f"ex{k}": rng.randint(1, 5) for k in range(8)},
            "intentions": rng.sample(["understand_business", "progress_in_job", "network",
                                      "digital_skills", "help_junior_advance"], 2),
            "picks": [f"p{rng.randrange(people):05d}" for _ in range(2)],
            "free": " ".join(rng.choice(WORDS) for _ in range(25)),
        },
        "background": {"job_family": rng.choice(FAMILIES), "years": rng.randint(0, 40),
                       "languages": ["fr", "en"], "site": "Paris", "remote": "hybrid"},
    }


def build(path: Path, people: int, seed: int = 7) -> Database:
    rng = random.Random(seed)
    db = Database(path)
    db.upsert_participants(person(i, rng) for i in range(people))
    with db._store.transaction(write=True):  # one write for the whole fill (benchmark setup)
        for i in range(people):
            for qid, values in answers(rng, people).items():
                db.save_answers(f"p{i:05d}", qid, values)
            db.mark_submitted(f"p{i:05d}", "learner_profile")
        for k in range(200):
            db.log("note", actor="facilitator", reason=f"setup {k}")
    return db
