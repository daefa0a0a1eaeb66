"""Where the console meets the engine: one place that calls its workspace, record and
export builders. No scoring, matching or export logic lives here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from rm_tui.core.decisions import Decision
from rm_tui.core.export import FORMAT, confirmed_record, export_document, override
from rm_tui.core.participant import Participant
from rm_tui.core.plan import Plan
from rm_tui.core.plan_io import plan_to_dict
from rm_tui.core.program import Program
from rm_tui.services.workspace import Constraint, Workspace, assemble
from rm_tui.storage import now_iso
from rm_tui.yaml_io import write_yaml

SOURCE = "console"


def workspace(program: Program, people: Iterable[Participant], answers: dict[str, Any],
              decisions: Iterable[Decision], db_path: Path, today: dt.date | None, *,
              include_unfinished: bool = False, keep: Iterable[str] = ()) -> Workspace:
    """Program + the database's people, answers and decision log, scored (the engine's
    `workspace.assemble`, shared with the CLI): people who have not finished are left out
    unless `include_unfinished` (or in `keep`: paired in a stored plan being reloaded)."""
    return assemble(program, people, answers, decisions, db_path=db_path, db_exists=True,
                    today=today, include_unfinished=include_unfinished, keep=keep)


def overrides(plan: Plan, stored: Iterable[Constraint] = ()) -> list[dict[str, Any]]:
    """The facilitator's locks and forbids behind a plan, as the export records them (with
    when they were made, from the database's constraints)."""
    when = {(c.action, c.mentor, c.mentee): c.at for c in stored}
    out = [override("lock", m, e, None, when.get(("lock", m, e)), SOURCE)
           for m, e in sorted(plan.locks)]
    out += [override("forbid", m, e, r, when.get(("forbid", m, e)), SOURCE)
            for (m, e), r in plan.forbids]
    return out


def plan_record(plan: Plan, program: Program, stored: Iterable[Constraint] = (),
                basis: str | None = None) -> dict[str, Any]:
    """The full record of a plan (what `match --confirm` stores); `basis`: the fingerprint
    of the cohort and decisions it was solved on (a later restart can tell it is stale)."""
    record = confirmed_record(plan, program, confirmed_at=now_iso(),
                              overrides=overrides(plan, stored))
    record["basis"] = basis
    return record


def draft_record(plan: Plan, ws: Workspace, basis: str | None) -> dict[str, Any]:
    """A light record of a plan being worked on (restart opens on it): pairs with their
    origins, locks, forbids, objective, weights."""
    record = plan_to_dict(plan)
    record["weights"] = {n: c.weight for n, c in ws.program.criteria.items() if c.active}
    record["basis"] = basis
    return record


def write_export(record: dict[str, Any], people: dict[str, Participant], path: Path,
                 version: int | None, lang: str = "en", note: str | None = None) -> dict[str, Any]:
    """Write the `rm-tui/pairs@1` YAML of a confirmed record; returns the document."""
    doc = export_document(record, people, lang=lang, version=version, note=note)
    header = (f"# rm-tui confirmed pairs ({FORMAT}); program {doc['program']['id']}, "
              f"confirmed {doc['confirmed_at']}\n")
    write_yaml(path, doc, header=header, mode=0o600)  # names and emails: personal data
    return doc
