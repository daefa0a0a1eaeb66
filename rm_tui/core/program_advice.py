"""What makes matching meaningless or unfair in a valid program (pure): `validate`'s warnings.

Each warning is `(keys, message)`: the keys locate it in the program file (line and column),
so it prints as `PATH:LINE:COL: warning: ...`. Checks are structural (the roster and the
questionnaires, not answers): they hold before anyone has answered.
"""

from __future__ import annotations

from collections.abc import Sequence

from rm_tui.core.participant import Participant
from rm_tui.core.program import Program
from rm_tui.core.rules import RuleInputs, rule_bits
from rm_tui.i18n import Said

Warning = tuple[tuple[str | int, ...], str]


def _asked(program: Program, field: str) -> bool:
    """Some questionnaire of the program fills this roster field."""
    return any(item.field == field for q in program.questionnaires.values() for item in q.items)


def _item_asked(program: Program, ref: str | None) -> bool:
    if not ref or "." not in ref:
        return False
    qid, item_id = ref.split(".", 1)
    used = {q for ids in program.questionnaire_ids.values() for q in ids}
    return qid in used and qid in program.questionnaires and item_id in program.questionnaires[qid].item_ids()


def _constant(values: Sequence[object]) -> bool:
    known = [v for v in values if v not in (None, "", ())]
    return len(set(known)) <= 1


def criteria_warnings(program: Program) -> list[Warning]:
    """Criteria with weight > 0 that cannot tell pairs apart."""
    out: list[Warning] = []
    weight = {name: c.weight for name, c in program.criteria.items() if c.active}
    people = program.roster
    if weight.get("intentions", 0) > 0:
        cells = [v for row in program.intention_matrix.values() for v in row.values()]
        if not program.intentions_item or not _item_asked(program, program.intentions_item):
            out.append((("criteria", "intentions"), Said("check.advice.intentions_unfed", example="intentions: {item: ...}")))
        elif not cells or len(set(cells)) <= 1:
            value = cells[0] if cells else 0
            out.append((("intentions", "matrix"), Said("check.advice.intentions_flat", value=f"{value:g}",
                                                       weight=f"{weight['intentions']:g}")))
    if weight.get("learning_fit", 0) > 0 and not any(q.axes for q in program.questionnaires.values()):
        out.append((("criteria", "learning_fit"), Said("check.advice.learning_fit")))
    for field in ("job_family", "subsidiary"):
        if (weight.get(field, 0) > 0 and people and not _asked(program, field)
                and _constant([getattr(p, field) for p in people])):
            out.append((("criteria", field), Said(f"check.advice.same_{field}")))
    asked_years = _asked(program, "start_date") or _asked(program, "years_in_company")
    if (weight.get("seniority_gap", 0) > 0 and people and not asked_years
            and all(p.years() is None for p in people)):
        out.append((("criteria", "seniority_gap"), Said("check.advice.seniority")))
    return out


def rule_warnings(program: Program) -> list[Warning]:
    """People whom the hard rules leave with no possible partner on the roster, and too few places."""
    out: list[Warning] = []
    people = [p for p in program.roster if not p.excluded]
    mentors = [p for p in people if p.role == "mentor"]
    mentees = [p for p in people if p.role == "mentee"]
    index = {p.id: k for k, p in enumerate(program.roster)}
    if mentors and mentees:
        vetoes = {(v.mentor, v.mentee): v.reason for v in program.rules.vetoes}
        bits = rule_bits(mentors, mentees, {p.id: p for p in program.roster}, program.rules,
                         RuleInputs(rather_not={}, vetoes=vetoes))  # fmt: skip
        allowed = bits == 0
        for i, person in enumerate(mentors):
            if not allowed[i].any():
                out.append((("roster", index[person.id]), _alone(person, "mentee")))
        for j, person in enumerate(mentees):
            if not allowed[:, j].any():
                out.append((("roster", index[person.id]), _alone(person, "mentor")))
    places = sum(program.capacity_of(p.id) for p in mentors)
    if mentees and places < len(mentees):
        short = len(mentees) - places
        out.append((("capacity",), Said("check.advice.places", places=Said("check.advice.n_places", places),
                                        mentees=len(mentees), left=Said("check.advice.n_left", short))))
    return out


def _alone(person: Participant, other: str) -> str:
    return Said(f"check.advice.alone_{other}", pid=person.id, name=person.name)


def program_warnings(program: Program) -> list[Warning]:
    return criteria_warnings(program) + rule_warnings(program)
