"""The repository the rest of rm-tui uses: plain dicts and domain values in, durable on return.

Each public method is one transaction (see backend.py): it holds the cross-process lock over its
whole read-modify-write, so several kiosks, a console and the CLI can share one file.
Tables: participants, responses (one document per participant, saved answer by answer), plans
(drafts, proposals, confirmed versions), audit, decisions (the facilitator's decision log,
storage/decisions.py; older files: constraints), checkins, outcomes, and `_meta` (schema version).
"""

from __future__ import annotations

from collections.abc import Iterable, MutableMapping
from contextlib import AbstractContextManager
from itertools import chain
from pathlib import Path
from typing import Any, Literal

from tinydb import Query
from tinydb.table import Document, Table

from rm_tui.core.decisions import Decision
from rm_tui.core.errors import OperationError, StorageError, message
from rm_tui.core.participant import Participant
from rm_tui.i18n import Said
from rm_tui.storage import erasure as tomb
from rm_tui.storage.backend import AtomicJSONStorage
from rm_tui.storage.backups import BackupPolicy
from rm_tui.storage.decisions import DecisionStore
from rm_tui.storage.erasure import ErasureReport
from rm_tui.storage.followup import FollowupStore
from rm_tui.storage.jsonvalue import (
    check_storable,
    json_copy,
    refuse_read_only,
    storable_copy,
    with_doc_id,
)
from rm_tui.storage.plan_delta import DELTA, expand
from rm_tui.storage.schema import now_iso

PlanKind = Literal["draft", "proposal", "confirmed"]
PLAN_KINDS: tuple[str, ...] = ("draft", "proposal", "confirmed")

_Q = Query()


class Database(DecisionStore, FollowupStore):
    """An rm-tui database file. Opening checks it, migrates it and removes stale temp files."""

    def __init__(self, path: str | Path, lock_timeout: float = 15.0,
                 backups: BackupPolicy | None = None) -> None:
        self._store = AtomicJSONStorage(path, lock_timeout, backups)
        self.path = self._store.path
        self.backup_path = self._store.backup_path
        self.lock_path = self._store.lock.path
        self._response_ids: dict[str, int] = {}  # participant -> doc id guess, always verified
        self._store.open_checks()  # refuses a lost file, creates or migrates, cleans temp files

    def close(self) -> None:
        self._store.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def revision(self) -> tuple[bytes, int, int, int]:
        """Changes whenever any process writes: poll it to know when to reload."""
        return self._store.revision()

    def batch(self) -> AbstractContextManager[object]:
        """Group several writes into one transaction: one durable write, all or nothing
        (e.g. importing 2,000 check-ins, or a re-pairing with its outcomes and log entries)."""
        return self._write()

    def _read(self) -> AbstractContextManager[object]:
        return self._store.transaction(write=False)

    def _write(self) -> AbstractContextManager[object]:
        refuse_read_only(self.path)
        return self._store.transaction(write=True)

    def _t(self, name: str) -> Table:
        return self._store.table(name)

    def _docs(self, name: str) -> Iterable[dict[str, Any]]:
        """A table's stored documents, in id order, inside a transaction: only for reads that
        copy what they hand out (TinyDB's all() would copy each document first)."""
        table = self._store.read().get(name, {})
        return table.values() if isinstance(table, dict) else ()

    # -- participants ------------------------------------------------------------------------
    def upsert_participants(self, people: Iterable[Participant], keep_flags: bool = False) -> dict[str, int]:
        """Add or update by id in one transaction; returns counts added/updated/unchanged.
        `keep_flags`: an update keeps the stored `excluded` and `self_registered` flags (a roster
        re-import must not undo the facilitator's exclusions). Erased people are skipped and
        counted as `erased` (a roster that still lists them must not bring them back)."""
        counts = {"added": 0, "updated": 0, "unchanged": 0}
        with self._write():
            table = self._t("participants")
            by_id: dict[str, Document] = {doc["id"]: doc for doc in table.all()}
            data = self._store.read()
            records = [(person.id, person.to_dict()) for person in people]
            for pid, new in records:
                check_storable(new, f"participant {pid}", self.path)
            added: dict[str, dict[str, Any]] = {}  # inserted at once: one insert copies the table
            for pid, new in records:
                if tomb.erased_marker(data, pid) is not None:
                    counts["erased"] = counts.get("erased", 0) + 1
                    continue
                if pid in added:  # the same id twice: the last row wins
                    counts["updated" if added[pid] != new else "unchanged"] += 1
                    added[pid] = new
                    continue
                old = by_id.get(pid)
                if old is not None and keep_flags:
                    new.update(excluded=old.get("excluded", False),
                               self_registered=old.get("self_registered", False))
                if old is None:
                    added[pid] = new
                    counts["added"] += 1
                elif dict(old) != new:
                    table.update(new, doc_ids=[old.doc_id])
                    by_id[pid] = Document(new, old.doc_id)
                    counts["updated"] += 1
                else:
                    counts["unchanged"] += 1
            if added:
                table.insert_multiple(added.values())
        return counts

    def upsert_participant(self, person: Participant) -> str:
        with self._write():
            tomb.refuse_erased(self._store.read(), [person.id], Said("storage.this.participant_record"))
            counts = self.upsert_participants([person])
        return next(k for k, v in counts.items() if v)

    def participant(self, pid: str) -> Participant | None:
        with self._read():
            doc = self._t("participants").get(_Q.id == pid)
        return Participant.from_dict(doc) if doc else None

    def participants(self, role: str | None = None, include_excluded: bool = True) -> list[Participant]:
        with self._read():
            # no copy at all: from_dict keeps only checked scalars and makes the languages a tuple
            people = [Participant.from_dict(d) for d in self._docs("participants")]
        return [
            p for p in people
            if (role is None or p.role == role) and (include_excluded or not p.excluded)
        ]

    def set_excluded(self, pid: str, excluded: bool, *, actor: str | None = None,
                     reason: str | None = None) -> None:
        """Record an exclude or include decision (the flag and the log in one write)."""
        action = "exclude" if excluded else "include"
        self.record_decisions([Decision(action, "", reason, actor, participant=pid)])

    # -- responses ---------------------------------------------------------------------------
    def _response_doc(self, table: Any, pid: str) -> Any:
        """The person's responses document: found by a remembered id when it still holds their
        answers (another process may have changed the table), else by a scan."""
        guess = self._response_ids.get(pid)
        if guess is not None:
            doc = table.get(doc_id=guess)
            if doc is not None and doc.get("participant_id") == pid:
                return doc
        doc = table.get(_Q.participant_id == pid)
        if doc is not None:
            self._response_ids[pid] = doc.doc_id
        return doc

    def _guard(self, ids: list[Any], value: Any, what: str) -> None:
        """Inside a write: refuse a write naming an erased person, or a value JSON cannot hold."""
        data = self._store.read()
        tomb.refuse_erased(data, chain(ids, tomb.strings_in(value)), what)  # walked if any erased
        check_storable(value, what.removeprefix("this "), self.path)

    def _guard_copy(self, value: Any, what: str) -> Any:
        """`_guard` for a value that names people anywhere (a plan); returns the copy to store."""
        copy = storable_copy(value, what.removeprefix("this "), self.path)
        tomb.refuse_erased(self._store.read(), tomb.strings_in(copy), what)
        return copy

    def is_erased(self, pid: str) -> bool:
        with self._read():
            return tomb.erased_marker(self._store.read(), pid) is not None

    def _update_response(self, pid: str, change: Any) -> None:
        tomb.refuse_erased(self._store.read(), [pid], Said("storage.this.answer"))
        table = self._t("responses")
        doc = self._response_doc(table, pid)
        if doc is None:
            record = {"participant_id": pid, "answers": {}, "submitted": {}, "updated": now_iso()}
            change(record)
            table.insert(record)
        else:
            def apply(stored: MutableMapping[str, Any]) -> None:
                change(stored)
                stored["updated"] = now_iso()
            table.update(apply, doc_ids=[doc.doc_id])

    def save_answers(self, pid: str, qid: str, values: dict[str, Any]) -> None:
        """Store several answers of one questionnaire, durably; None clears an answer."""
        def change(record: dict[str, Any]) -> None:
            stored = record["answers"].setdefault(qid, {})
            for item_id, value in values.items():
                if value is None:
                    stored.pop(item_id, None)
                else:
                    stored[item_id] = tomb.replace_erased_ids(data, json_copy(value))
        check_storable(values, f"answers of {pid} to {qid}", self.path)
        with self._write():
            data = self._store.read()
            self._update_response(pid, change)

    def save_answer(self, pid: str, qid: str, item_id: str, value: Any) -> None:
        """Autosave one answer; durable (fsynced) when this returns. None clears it, so this
        method can be given to `rm_tui.core.intake.Intake` as its `save` callback."""
        self.save_answers(pid, qid, {item_id: value})

    def import_answers(self, answers: dict[str, dict[str, dict[str, Any]]]) -> dict[str, int]:
        """Merge many people's answers in one transaction (a re-import updates). Counts
        participants added/updated/unchanged/erased (skipped)."""
        check_storable(answers, "answers", self.path)
        counts = {"added": 0, "updated": 0, "unchanged": 0}
        with self._write():
            table = self._t("responses")
            existing = {doc["participant_id"]: doc for doc in table.all()}
            data = self._store.read()
            new_docs: list[dict[str, Any]] = []  # inserted at once: one insert copies the table
            for pid, per_q in answers.items():
                if tomb.erased_marker(data, pid) is not None:
                    counts["erased"] = counts.get("erased", 0) + 1
                    continue
                per_q = tomb.replace_erased_ids(data, per_q)
                doc = existing.get(pid)
                # answers from a file were submitted elsewhere (a form): marked so, like a kiosk
                # submission, so a kiosk seals them and `status` counts them as finished
                if doc is None:
                    new_docs.append({"participant_id": pid, "answers": json_copy(per_q),
                                     "submitted": {qid: now_iso() for qid in per_q},
                                     "updated": now_iso()})
                    counts["added"] += 1
                    continue
                merged = json_copy(doc.get("answers", {}))
                for qid, values in per_q.items():
                    merged.setdefault(qid, {}).update(json_copy(values))
                marks = {**{qid: now_iso() for qid in per_q}, **json_copy(doc.get("submitted", {}))}
                if merged == doc.get("answers") and marks.keys() == doc.get("submitted", {}).keys():
                    counts["unchanged"] += 1
                    continue
                table.update({"answers": merged, "submitted": marks, "updated": now_iso()},
                             doc_ids=[doc.doc_id])
                counts["updated"] += 1
            if new_docs:
                table.insert_multiple(new_docs)
        return counts

    def clear_answer(self, pid: str, qid: str, item_id: str) -> None:
        def change(record: dict[str, Any]) -> None:
            record["answers"].get(qid, {}).pop(item_id, None)
        with self._write():
            self._update_response(pid, change)

    def mark_submitted(self, pid: str, qid: str, submitted: bool = True) -> None:
        def change(record: dict[str, Any]) -> None:
            if submitted:
                record["submitted"][qid] = now_iso()
            else:
                record["submitted"].pop(qid, None)
        with self._write():
            self._update_response(pid, change)

    def answers(self, pid: str) -> dict[str, dict[str, Any]]:
        with self._read():
            doc = self._response_doc(self._t("responses"), pid)
            return json_copy(doc["answers"]) if doc else {}

    def submitted(self, pid: str) -> dict[str, str]:
        """Questionnaire id -> submission time, for the questionnaires this person finished."""
        with self._read():
            doc = self._response_doc(self._t("responses"), pid)
            return json_copy(doc["submitted"]) if doc else {}

    def all_answers(self, *, shared: bool = False) -> dict[str, dict[str, dict[str, Any]]]:
        """Person -> questionnaire -> item -> answer. `shared=True` hands over the loaded
        documents themselves instead of copies (2,000 people: ~10 ms): only for a caller
        that closes this Database right after reading and never writes through it."""
        with self._read():
            if shared:
                return {d["participant_id"]: d.get("answers", {}) for d in self._docs("responses")}
            return {d["participant_id"]: json_copy(d.get("answers", {}))
                    for d in self._docs("responses")}

    def all_submitted(self) -> dict[str, dict[str, str]]:
        """Person -> questionnaire id -> submission time (status: finished means submitted)."""
        with self._read():
            return {d["participant_id"]: json_copy(d.get("submitted", {}))
                    for d in self._docs("responses")}

    # -- pairing plans -----------------------------------------------------------------------
    def save_plan(self, plan: dict[str, Any], kind: PlanKind = "draft", *,
                  actor: str | None = None, note: str | None = None) -> int:
        """Store a new plan record and return its id. Records are never modified afterwards;
        a confirmed plan gets the next confirmed `version` number."""
        if kind not in PLAN_KINDS:
            raise ValueError(f"unknown plan kind {kind!r}")
        check_storable({"plan": plan, "note": note, "actor": actor}, "", self.path)
        with self._write():
            tomb.refuse_erased(self._store.read(), tomb.strings_in(plan), Said("storage.this.plan"))
            table = self._t("plans")
            record: dict[str, Any] = {"kind": kind, "created": now_iso(), "actor": actor,
                                      "note": note, "plan": json_copy(plan)}
            if kind == "confirmed":
                record["version"] = 1 + sum(1 for d in table.all() if d["kind"] == "confirmed")
            plan_id = table.insert(record)
            self.log(f"plan_{kind}", actor=actor, reason=note, plan_id=plan_id,
                     version=record.get("version"))
        return plan_id

    def _whole(self, doc: Any) -> dict[str, Any]:
        """A plan record as handed out (a copy, with its id), a draft stored as a delta
        (plan_delta.py) made whole again. Inside a read transaction."""
        out = with_doc_id(doc)
        delta = out.pop(DELTA, None)
        if delta is not None:
            base = self._store.read().get("plans", {}).get(str(delta["of"]))
            if not isinstance(base, dict) or not isinstance(base.get("plan"), dict):
                raise StorageError.coded("storage.plan_delta_base", path=self.path, plan=doc.doc_id,
                                         base=delta["of"], bak=f"{self.path.name}.bak")
            out["plan"] = json_copy(expand(base["plan"], delta))
        return out

    def plan(self, plan_id: int) -> dict[str, Any] | None:
        with self._read():
            doc = self._t("plans").get(doc_id=plan_id)
            return self._whole(doc) if doc else None

    def plans(self, kind: PlanKind | None = None) -> list[dict[str, Any]]:
        """Plan records, oldest first, each with its `id`."""
        with self._read():
            docs = [d for d in self._t("plans").all() if kind is None or d["kind"] == kind]
            return [self._whole(d) for d in sorted(docs, key=lambda d: d.doc_id)]

    def latest_plan(self, kind: PlanKind | None = None) -> dict[str, Any] | None:
        """The newest plan record (of `kind`); only it is copied (a console session stores a
        draft of the whole plan at every edit)."""
        with self._read():
            docs = [d for d in self._t("plans").all() if kind is None or d["kind"] == kind]
            return self._whole(max(docs, key=lambda d: d.doc_id)) if docs else None

    def latest_confirmed(self) -> dict[str, Any] | None:
        return self.latest_plan("confirmed")

    # -- audit log ---------------------------------------------------------------------------
    def log(self, action: str, *, actor: str | None = None, reason: str | None = None,
            **details: Any) -> int:
        """Append to the audit log (timestamp, action, actor, reason, details)."""
        entry = {"at": now_iso(), "action": action, "actor": actor, "reason": reason,
                 "details": json_copy(details)}
        check_storable(entry, "audit entry", self.path)
        with self._write():
            entry["details"] = tomb.replace_erased_ids(self._store.read(), entry["details"])
            return self._t("audit").insert(entry)

    def audit_log(self) -> list[dict[str, Any]]:
        with self._read():
            docs = self._t("audit").all()
        return [with_doc_id(d) for d in sorted(docs, key=lambda d: d.doc_id)]

    # -- data-protection erasure -------------------------------------------------------------
    def erase_participant(self, pid: str, *, known_as: Participant | None = None,
                          cohort_names: Iterable[str] = (), actor: str | None = None,
                          dry_run: bool = False,
                          picks: Iterable[tuple[str, str]] | None = None) -> ErasureReport:
        """Remove the person and every mention of them, leave a tombstone (erasure.py); the
        `.bak` gets the erased state. `known_as`: the person on the program's roster;
        `cohort_names`: other roster names (is a first name alone unique?); `picks`: the
        (questionnaire, item) answered by picking people, whose values are ids."""
        with self._read() if dry_run else self._write():
            try:
                new, report = tomb.erase(self._store.read(), pid, known_as, cohort_names, picks)
            except OperationError as exc:
                raise OperationError.coded("storage.in_file", path=self.path, why=message(exc)) from None
            if dry_run:
                return report
            self._store.write(new)
            self._store.mark_dirty(backup_new=True)
            self._t("audit").insert({"at": now_iso(), "action": "erase_participant",
                                     "actor": actor, "reason": "data-protection request",
                                     "details": {"participant": report.marker,
                                                 "replaced": dict(report.replaced)}})
        self._response_ids.clear()
        return report
