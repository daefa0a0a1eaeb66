"""Who has answered what: the numbers behind `rm-tui status` (pure)."""

from __future__ import annotations

from typing import Any

from rm_tui.core.participant import ROLES, Participant
from rm_tui.core.program import Program
from rm_tui.core.questionnaire import is_complete

Answers = dict[str, dict[str, dict[str, Any]]]


def merged_roster(program: Program, stored: list[Participant]) -> list[Participant]:
    """The program's roster plus people only in the database; the database's copy wins
    (it holds imports, self-registrations and exclusions)."""
    by_id = {p.id: p for p in program.roster}
    by_id.update({p.id: p for p in stored})
    return sorted(by_id.values(), key=lambda p: p.id)


def cohort_status(program: Program, people: list[Participant], answers: Answers) -> dict[str, Any]:
    """The JSON shape documented in README (`rm-tui status --json`). Excluded people are
    counted apart and left out of completion."""
    active = [p for p in people if not p.excluded]
    counts: dict[str, int] = {role: sum(1 for p in active if p.role == role) for role in ROLES}
    counts["excluded"] = len(people) - len(active)
    questionnaires: dict[str, dict[str, Any]] = {}
    for role in ROLES:
        for q in program.questionnaires_for(role):
            entry = questionnaires.setdefault(q.id, {"roles": [], "complete": 0, "total": 0})
            entry["roles"].append(role)
    not_finished: list[dict[str, Any]] = []
    finished = 0
    for person in active:
        mine = answers.get(person.id, {})
        missing = []
        for q in program.questionnaires_for(person.role):
            entry = questionnaires[q.id]
            entry["total"] += 1
            background = person.with_background(mine.get(q.id, {}))
            if is_complete(q, person.role, mine.get(q.id, {}), background):
                entry["complete"] += 1
            else:
                missing.append(q.id)
        if missing:
            not_finished.append({"id": person.id, "name": person.name, "role": person.role,
                                 "started": any(mine.values()), "missing": missing})
        else:
            finished += 1
    return {"program": program.id, "participants": counts, "finished": finished,
            "questionnaires": questionnaires, "not_finished": not_finished}


def status_lines(status: dict[str, Any]) -> list[str]:
    """The human-readable report."""
    c = status["participants"]
    lines = [f"program {status['program']}: {c['mentor']} mentors, {c['mentee']} mentees"
             + (f" ({c['excluded']} excluded)" if c["excluded"] else ""),
             f"finished: {status['finished']} of {c['mentor'] + c['mentee']}", "",
             "questionnaire         roles            complete"]
    for qid, q in status["questionnaires"].items():
        lines.append(f"{qid:<21} {', '.join(q['roles']):<16} {q['complete']:>4} / {q['total']}")
    if status["not_finished"]:
        lines += ["", "not finished:"]
        for p in status["not_finished"]:
            state = "missing" if p["started"] else "not started, missing"
            lines.append(f"  {p['id']:<8} {p['name']:<28} {p['role']:<7} {state}: {', '.join(p['missing'])}")
    return lines
