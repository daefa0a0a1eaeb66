"""The `decisions` table: the facilitator's decision log, each entry written with its audit
entry (and, for confirm/draft, its plan; for exclude/include, the person's flag) in ONE
transaction, so a crash leaves a decision whole or absent.

`Database` inherits these methods. Databases written before the log existed kept locks and
forbids in a `constraints` table: those rows are read as the first decisions.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from tinydb import Query

from rm_tui.core.decisions import ACTIONS, Decision, fold
from rm_tui.core.errors import OperationError
from rm_tui.core.participant import Participant
from rm_tui.i18n import Said
from rm_tui.storage.plan_delta import DELTA, DELTA_SCHEMA, shrink
from rm_tui.storage.schema import META_DOC_ID, META_TABLE, meta_of, now_iso

if TYPE_CHECKING:
    from contextlib import AbstractContextManager

    from tinydb.table import Table

    from rm_tui.storage.backend import AtomicJSONStorage

_Q = Query()


class DecisionStore:
    """Mixin over `Database` (uses its transactions and tables)."""

    path: Any
    _store: AtomicJSONStorage
    _delta_texts: tuple[Any, dict[str, list[str]]] | None

    def _read(self) -> AbstractContextManager[Any]:  # Database's transactions and tables
        raise NotImplementedError

    def _write(self) -> AbstractContextManager[Any]:
        raise NotImplementedError

    def _t(self, name: str) -> Table:
        raise NotImplementedError

    def _guard(self, ids: list[Any], value: Any, what: str) -> None:  # Database's checks (#20)
        raise NotImplementedError

    def _guard_copy(self, value: Any, what: str) -> Any:
        raise NotImplementedError

    def _as_delta(self, record: dict[str, Any]) -> None:
        """A draft stored as its difference from the latest whole draft (plan_delta.py), when
        that is much smaller than the plan."""
        table = self._store.read().get("plans", {})
        latest = next(((k, d) for k, d in reversed(table.items()) if d.get("kind") == "draft"),
                      None)
        if latest is None:
            return
        key, doc = latest
        base_id = doc[DELTA]["of"] if DELTA in doc else int(key)
        base = table.get(str(base_id))
        if not isinstance(base, dict) or not isinstance(base.get("plan"), dict):
            return
        memo = getattr(self, "_delta_texts", None)
        if memo is None or memo[0] is not base["plan"]:  # the base's item texts, kept while it is
            memo = (base["plan"], {})
            self._delta_texts = memo
        delta = shrink(base["plan"], record["plan"], base_id, memo[1])
        if delta is not None:
            del record["plan"]
            record[DELTA] = delta
            meta = meta_of(self._store.read())
            if meta.get("schema") != DELTA_SCHEMA:  # an older rm-tui must refuse this file
                meta["schema"] = DELTA_SCHEMA
                self._store.note_changed(META_TABLE, {META_DOC_ID})

    # -- the log ------------------------------------------------------------------------------
    def record_decisions(
        self,
        decisions: Sequence[Decision],
        *,
        plan: dict[str, Any] | None = None,
        plan_kind: str | None = None,
        people: Sequence[Participant] = (),
    ) -> list[Decision]:
        """Append decisions (stamped now unless they carry a time) in one transaction, each
        with its audit entry. With `plan`, the plan record is stored too and the confirm or
        draft decisions point at it (`plan_id`, `version`). Exclude/include set the person's
        flag; `people` are added first if the database does not have them yet (roster-only).
        Returns the decisions as stored (with ids)."""
        for d in decisions:
            if d.action not in ACTIONS:
                raise ValueError(f"unknown decision {d.action!r}")
        stored: list[Decision] = []
        with self._write():
            named = [v for d in decisions for v in (d.mentor, d.mentee, d.participant)]
            self._guard(named + [p.id for p in people], [d.to_dict() for d in decisions],
                        Said("storage.this.decision"))  # no erased person, only JSON values
            plan_id = version = None
            if plan is not None:
                # checked and copied in one C round trip (a 1,000-pair plan: ~1 ms)
                body = self._guard_copy(plan, Said("storage.this.decision"))
                plans = self._t("plans")
                kind = plan_kind or "draft"
                owner = next((d for d in decisions if d.action in ("confirm", "draft")), None)
                record: dict[str, Any] = {"kind": kind, "created": now_iso(),
                                          "actor": owner.actor if owner else None,
                                          "note": owner.reason if owner else None,
                                          "plan": body}  # fmt: skip
                if kind == "confirmed":
                    version = 1 + sum(1 for d in plans.all() if d["kind"] == "confirmed")
                    record["version"] = version
                elif kind == "draft":
                    self._as_delta(record)
                plan_id = plans.insert(record)
            participants = self._t("participants")
            known = {p["id"] for p in participants.all()} if people else set()
            for person in people:
                if person.id not in known:
                    participants.insert(person.to_dict())
                    known.add(person.id)
            table, audit = self._t("decisions"), self._t("audit")
            for d in decisions:
                entry = d.to_dict()
                entry.setdefault("at", now_iso())
                if not entry["at"]:
                    entry["at"] = now_iso()
                if d.action in ("confirm", "draft") and plan_id is not None:
                    entry["plan_id"] = plan_id
                    if version is not None:
                        entry["version"] = version
                if d.action in ("exclude", "include"):
                    flag = d.action == "exclude"
                    if not participants.update({"excluded": flag}, _Q.id == d.participant):
                        raise OperationError.coded("storage.no_participant_in", pid=repr(d.participant),
                                                   path=self.path)
                did = table.insert(entry)
                details = {k: v for k, v in entry.items() if k not in ("at", "action", "actor",
                                                                       "reason")}  # fmt: skip
                audit.insert({"at": entry["at"], "action": d.action, "actor": d.actor,
                              "reason": d.reason, "details": {**details, "decision_id": did}})  # fmt: skip
                stored.append(Decision.from_dict({**entry, "id": did}))
        return stored

    def decisions(self) -> list[Decision]:
        """The whole log, oldest first (legacy `constraints` rows first)."""
        with self._read():
            legacy = self._t("constraints").all()
            docs = self._t("decisions").all()
        out = [Decision(str(c.get("kind")), str(c.get("at") or ""), c.get("reason"), c.get("actor"),
                        mentor=str(c.get("mentor")), mentee=str(c.get("mentee")))
               for c in sorted(legacy, key=lambda d: d.doc_id)
               if c.get("kind") in ("lock", "forbid")]  # fmt: skip
        out += [Decision.from_dict({**dict(d), "id": d.doc_id})
                for d in sorted(docs, key=lambda d: d.doc_id)]  # fmt: skip
        return out

    # -- locks and forbids, as the console and older callers knew them ---------------------------
    def add_constraint(self, kind: str, mentor: str, mentee: str, *,
                       actor: str | None = None, reason: str | None = None) -> int:  # fmt: skip
        """Record a lock or forbid decision; returns its decision id."""
        if kind not in ("lock", "forbid"):
            raise ValueError(f"unknown constraint kind {kind!r}")
        d = Decision(kind, "", reason, actor, mentor=mentor, mentee=mentee)
        return self.record_decisions([d])[0].id or 0

    def remove_constraint(self, cid: int, *, actor: str | None = None,
                          reason: str | None = None) -> None:  # fmt: skip
        """Lift the lock or forbid recorded as decision `cid` (if it is still in force)."""
        row = next((c for c in self.constraints() if c["id"] == cid), None)
        if row is None:
            raise OperationError.coded("storage.no_constraint", cid=cid, path=self.path)
        self.record_decisions([Decision("lift", "", reason, actor, mentor=row["mentor"],
                                        mentee=row["mentee"])])  # fmt: skip

    def constraints(self) -> list[dict[str, Any]]:
        """The locks and forbids in force: {id, kind, mentor, mentee, reason, at}."""
        log = self.decisions()
        state = fold(log)
        ids = {(d.action, d.mentor, d.mentee): d.id for d in log}
        rows = [("lock", d) for d in state.locks] + [("forbid", d) for d in state.forbids]
        return [{"id": ids.get((kind, d.mentor, d.mentee)), "kind": kind, "mentor": d.mentor,
                 "mentee": d.mentee, "reason": d.reason, "at": d.at} for kind, d in rows]  # fmt: skip
