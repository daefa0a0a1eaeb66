"""`rm-tui status`: the JSON and text views of `core.completion.CohortStatus` (pure)."""

from __future__ import annotations

from typing import Any

from rm_tui.core.completion import Answers, CohortStatus, Submitted
from rm_tui.core.completion import cohort_status as completion_of
from rm_tui.core.participant import ROLES, Participant
from rm_tui.core.program import Program
from rm_tui.i18n import t


def merged_roster(program: Program, stored: list[Participant]) -> list[Participant]:
    """The program's roster plus people only in the database; the database's copy wins
    (it holds imports, self-registrations and exclusions)."""
    by_id = {p.id: p for p in program.roster}
    by_id.update({p.id: p for p in stored})
    return sorted(by_id.values(), key=lambda p: p.id)


def cohort_status(program: Program, people: list[Participant], answers: Answers,
                  submitted: Submitted | None = None) -> dict[str, Any]:
    """The JSON shape documented in README (`rm-tui status --json`). Excluded people are
    counted apart and left out of completion; finished means submitted too."""
    return status_dict(program, completion_of(program, people, answers, submitted))


def status_dict(program: Program, status: CohortStatus) -> dict[str, Any]:
    counts: dict[str, int] = {role: status.by_role(role).total for role in ROLES}
    counts["excluded"] = len(status.people) - len(status.counted())
    questionnaires: dict[str, dict[str, Any]] = {}
    for role in ROLES:
        for q in program.questionnaires_for(role):
            questionnaires.setdefault(q.id, {"roles": [], "complete": 0, "total": 0})["roles"].append(role)
    for qid, entry in questionnaires.items():
        tally = status.by_questionnaire(qid)
        entry["complete"], entry["total"] = tally.done, tally.total
    not_finished = [
        {"id": p.person.id, "name": p.person.name, "role": p.person.role, "started": bool(p.answered),
         "missing": [q for q in p.expected if q not in p.done]}
        for p in sorted(status.not_finished(), key=lambda p: p.person.id)
    ]
    finished = sum(p.finished for p in status.counted())
    return {"program": program.id, "participants": counts, "finished": finished,
            "questionnaires": questionnaires, "not_finished": not_finished}


def status_lines(status: dict[str, Any], lang: str = "en") -> list[str]:
    """The human-readable report, in `lang`."""
    c = status["participants"]

    def role(name: str) -> str:
        return t(f"cli.role.{name}", lang)

    lines = [t("cli.status.program", lang, program=status["program"], mentors=c["mentor"], mentees=c["mentee"])
             + (t("cli.status.excluded", lang, n=c["excluded"]) if c["excluded"] else ""),
             t("cli.status.finished", lang, n=status["finished"], total=c["mentor"] + c["mentee"]), "",
             t("cli.status.header", lang)]
    for qid, q in status["questionnaires"].items():
        lines.append(f"{qid:<21} {', '.join(map(role, q['roles'])):<16} {q['complete']:>4} / {q['total']}")
    if status["not_finished"]:
        lines += ["", t("cli.status.not_finished", lang)]
        for p in status["not_finished"]:
            who = f"  {p['id']:<8} {p['name']:<28} {role(p['role']):<7} "
            if not p["missing"]:  # every answer given, still on the Review page
                lines.append(who + t("cli.status.not_submitted", lang))
                continue
            state = "cli.status.missing" if p["started"] else "cli.status.not_started"
            lines.append(who + t(state, lang, missing=", ".join(p["missing"])))
    return lines
