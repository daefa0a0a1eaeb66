"""A synthetic cohort built on the demo program, for benchmarks (until `rm-tui synth` lands).

Every participant gets random background fields, a manager chain, full learner-profile
answers, ranked intentions and a few 'would like' / 'rather not' picks.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

import numpy as np

from rm_tui.core.participant import Participant
from rm_tui.core.program import Program
from rm_tui.services.loaders import load_program

ROOT = Path(__file__).resolve().parents[1]
SUBSIDIARIES = ("azur-fr", "azur-be", "azur-ca")
LANGS = ("fr", "en", "nl", "de", "es")


def synth(n_mentors: int, n_mentees: int, seed: int = 0) -> tuple[Program, dict[str, Any]]:
    base = load_program(ROOT / "sample_programs" / "kickoff_demo.yaml")
    rng = np.random.default_rng(seed)
    families = sorted(base.family_ids())
    teams = [f"team{k}" for k in range(max(4, (n_mentors + n_mentees) // 8))]
    lp = base.questionnaires["learner_profile"]
    intent = base.questionnaires["expectations"].item("intentions")
    opts = {role: [o.id for o in intent.options_for(role)] for role in ("mentor", "mentee")}

    people: list[Participant] = []
    for role, count, years in (("mentor", n_mentors, (0, 6)), ("mentee", n_mentees, (8, 35))):
        for k in range(count):
            pid = f"{'r' if role == 'mentor' else 'e'}{k:05d}"
            start = dt.date(2026, 1, 1) - dt.timedelta(days=int(rng.uniform(*years) * 365.25))
            langs = tuple(sorted({"fr", *rng.choice(LANGS, size=rng.integers(0, 3))}))
            people.append(Participant(
                id=pid, name=f"Person {pid}", role=role,  # type: ignore[arg-type]
                job_family=str(rng.choice(families)), subsidiary=str(rng.choice(SUBSIDIARIES)),
                team=str(rng.choice(teams)), start_date=start.isoformat(), languages=langs,
            ))  # fmt: skip
    mentees = [p for p in people if p.role == "mentee"]
    # managers: each person reports to a random mentee (or nobody)
    people = [
        dataclasses.replace(p, manager=str(rng.choice(mentees).id))
        if rng.random() < 0.7 and mentees else p
        for p in people
    ]  # fmt: skip
    people = [dataclasses.replace(p, manager=None) if p.manager == p.id else p for p in people]
    ids = {
        "mentor": [p.id for p in people if p.role == "mentor"],
        "mentee": [p.id for p in mentees],
    }

    answers: dict[str, Any] = {}
    for p in people:
        other = ids["mentee" if p.role == "mentor" else "mentor"]
        lp_answers = {i.id: int(rng.integers(1, 6)) for i in lp.items if i.kind == "scale"}
        picks = [str(x) for x in rng.choice(opts[p.role], size=3, replace=False)]
        chosen = [str(x) for x in rng.choice(other, size=min(4, len(other)), replace=False)]
        answers[p.id] = {
            "learner_profile": lp_answers,
            "expectations": {
                "intentions": picks,
                "would_like": chosen[:2],
                "rather_not": chosen[3:],
            },
        }
    program = dataclasses.replace(base.with_roster(people), capacity={}, rules=dataclasses.replace(
        base.rules, vetoes=()))  # fmt: skip
    return program, answers
