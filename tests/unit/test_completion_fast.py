"""`cohort_status` walks each role's items once; its counts are those of the per-person
definition (`items_for` + `is_complete`), on random cohorts with answers removed or blanked."""

from __future__ import annotations

import dataclasses
import random

from hypothesis import given, settings
from hypothesis import strategies as st

from rm_tui.core.completion import cohort_status
from rm_tui.core.questionnaire import is_complete
from tests.synthetic import synthetic_cohort


@settings(max_examples=40, deadline=None)
@given(size=st.integers(1, 12), seed=st.integers(0, 10_000))
def test_counts_follow_the_per_person_definition(size: int, seed: int) -> None:
    program, answers = synthetic_cohort(size, size + 1, seed=seed % 40)
    rng = random.Random(seed)
    damaged = {pid: {qid: {k: (rng.choice([None, "", [], v]) if rng.random() < 0.2 else v)
                           for k, v in given_q.items() if rng.random() > 0.1}
                     for qid, given_q in per_q.items()}
               for pid, per_q in answers.items() if rng.random() > 0.1}  # fmt: skip
    roster = [dataclasses.replace(p, job_family=None, languages=()) if rng.random() < 0.2 else p
              for p in program.roster]  # fmt: skip
    status = cohort_status(program, roster, damaged)
    assert sorted(r.person.id for r in status.people) == sorted(p.id for p in roster)
    for row in status.people:
        person, mine = row.person, damaged.get(row.person.id, {})
        qs = program.questionnaires_for(person.role)
        assert row.expected == tuple(q.id for q in qs)
        assert row.asked == sum(len(q.items_for(person.role, person)) for q in qs)
        assert row.answered == sum(
            1 for q in qs for item in q.items_for(person.role, person)
            if mine.get(q.id, {}).get(item.id) not in (None, "", []))
        done = tuple(q.id for q in qs if is_complete(q, person.role, mine.get(q.id, {}), person))
        assert row.done == done
