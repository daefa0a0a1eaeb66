"""The confirmed plan as stored, and the export document built from it (pure).

`confirmed_record` is what `match --confirm` (and the console) stores with
`Database.save_plan(kind="confirmed")`: `plan_io.plan_to_dict` plus everything export and
test-and-learn need later (program, weights, questionnaire versions, per-pair criteria,
overrides, time of confirmation), so that a later change of the program file does not
change what was confirmed. `export_document` turns a record into the `rm-tui/pairs@1`
document (docs/FORMATS.md, "Pairs export").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from rm_tui.core.participant import Participant
from rm_tui.core.plan import Plan
from rm_tui.core.plan_io import plan_to_dict
from rm_tui.core.program import Program
from rm_tui.core.report import measured, pair_reasons, text, unmatched_list, unmatched_reason

FORMAT = "rm-tui/pairs@1"
RECORD_FORMAT = "rm-tui/confirmed-plan@1"


def override(action: str, mentor: str, mentee: str, reason: str | None, at: str | None,
             source: str) -> dict[str, Any]:  # fmt: skip
    """One facilitator decision that shaped the plan (`action`: lock | forbid)."""
    return {"action": action, "mentor": mentor, "mentee": mentee, "reason": reason, "at": at,
            "source": source}  # fmt: skip


def confirmed_record(
    plan: Plan,
    program: Program,
    *,
    confirmed_at: str,
    overrides: Sequence[Mapping[str, Any]] = (),
    notes: Mapping[tuple[str, str], str] | None = None,
) -> dict[str, Any]:
    """Everything about a confirmed plan, as plain data (a superset of `plan_to_dict`)."""
    record = plan_to_dict(plan)
    record["total"] = plan.total  # stored exactly: the export's summary is summed from pairs
    record["worst"] = plan.worst
    for entry, pair in zip(record["pairs"], plan.pairs, strict=True):
        bd = plan.problem.pair_breakdown(pair.mentor, pair.mentee)
        entry["score"] = pair.score
        entry["criteria"] = measured(bd)  # None where imputed: no data for this pair
        entry["reasons"] = [dict(r) for r in pair_reasons(bd)]
        entry["note"] = (notes or {}).get(pair.key)
    record["unmatched_reasons"] = [
        {"id": pid, "role": role, "kind": x.kind, "reason": dict(unmatched_reason(x, role))}
        for pid, role, x in unmatched_list(plan)
    ]
    active = {n: c for n, c in program.criteria.items() if c.active}
    record.update(
        {
            "format": RECORD_FORMAT,
            "program": program.describe(),
            "confirmed_at": confirmed_at,
            "weights": {n: c.weight for n, c in active.items()},
            "criteria_settings": {n: {"weight": c.weight, "mode": c.mode, "params": dict(c.params)}
                                  for n, c in active.items()},  # fmt: skip
            "questionnaire_versions": program.questionnaire_versions(),
            "overrides": [dict(o) for o in overrides],
        }
    )
    return record


def _round(value: Any, digits: int) -> Any:
    """Scores as people read them (0.1 for pair scores, 0.01 for criteria); None stays None."""
    return None if value is None else round(float(value), digits)


def _person(pid: str, people: Mapping[str, Participant]) -> dict[str, Any]:
    p = people.get(pid)
    return {"id": pid, "name": p.name if p else None, "email": p.email if p else None}


def export_document(
    record: Mapping[str, Any],
    people: Mapping[str, Participant],
    *,
    lang: str = "en",
    answers: Mapping[str, Any] | None = None,
    version: int | None = None,
    note: str | None = None,
) -> dict[str, Any]:
    """The `rm-tui/pairs@1` document for a confirmed plan record (stable key order).

    Scores are rounded for reading (pair 0.1, criteria 0.01); `note` is what the facilitator
    wrote when confirming. Raw answers and free text appear only when `answers` is given (an
    `answers:` block per paired or unmatched person)."""
    pairs = list(record.get("pairs", []))
    scores = [float(p["score"]) for p in pairs]
    reasons = {u["id"]: u for u in record.get("unmatched_reasons", [])}
    unmatched_ids = [("mentor", m) for m in record.get("unmatched", {}).get("mentors", [])]
    unmatched_ids += [("mentee", m) for m in record.get("unmatched", {}).get("mentees", [])]
    program = record.get("program", {})
    doc: dict[str, Any] = {
        "format": FORMAT,
        "program": {"id": program.get("id"), "name": program.get("name")},
        "confirmed_at": record.get("confirmed_at"),
        "confirmation_note": note,
        "objective": record.get("objective"),
        "weights": dict(record.get("weights", {})),
        "summary": {
            "pairs": len(pairs),
            "unmatched": len(unmatched_ids),
            "total_score": _round(sum(scores), 1),
            "mean_score": _round(sum(scores) / len(scores), 1) if scores else None,
            "worst_pair_score": _round(min(scores), 1) if scores else None,
        },
        "pairs": [
            {
                "mentor": _person(p["mentor"], people),
                "mentee": _person(p["mentee"], people),
                "score": _round(p["score"], 1),
                "origin": p.get("origin", "optimizer"),
                "criteria": {k: _round(v, 2) for k, v in p.get("criteria", {}).items()},
                "reasons": [text(r, lang) for r in p.get("reasons", [])],
                "note": p.get("note"),
            }
            for p in pairs
        ],
        "unmatched": [
            {"id": pid, "name": _person(pid, people)["name"], "role": role,
             "reason": text(reasons[pid]["reason"], lang) if pid in reasons else None}
            for role, pid in unmatched_ids
        ],  # fmt: skip
        "overrides": [
            {k: o.get(k) for k in ("action", "mentor", "mentee", "reason", "at")}
            for o in record.get("overrides", [])
        ],
        "plan_version": version,
        "questionnaire_versions": dict(record.get("questionnaire_versions", {})),
    }
    if record.get("explore"):
        doc["explore"] = dict(record["explore"])
    if answers is not None:
        ids = [p["mentor"] for p in pairs] + [p["mentee"] for p in pairs]
        ids += [pid for _, pid in unmatched_ids]
        doc["answers"] = {pid: answers.get(pid, {}) for pid in ids}
    return doc


CSV_COLUMNS = (
    "mentor_id", "mentor_name", "mentor_email", "mentor_subsidiary",
    "mentee_id", "mentee_name", "mentee_email", "mentee_subsidiary", "score", "origin",
)


def csv_rows(doc: Mapping[str, Any], people: Mapping[str, Participant]) -> list[dict[str, Any]]:
    """One row per pair for HR (columns `CSV_COLUMNS`), from an export document."""
    rows = []
    for pair in doc["pairs"]:
        row: dict[str, Any] = {}
        for role in ("mentor", "mentee"):
            person = pair[role]
            p = people.get(person["id"])
            row.update({f"{role}_id": person["id"], f"{role}_name": person["name"] or "",
                        f"{role}_email": person["email"] or "",
                        f"{role}_subsidiary": (p.subsidiary if p else None) or ""})
        row["score"] = "" if pair["score"] is None else f"{pair['score']:.1f}"
        row["origin"] = pair["origin"]
        rows.append(row)
    return rows
