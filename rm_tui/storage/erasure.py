"""Erasing a person (data-protection request) and the tombstones that keep them erased.

Works on the raw database dict inside a transaction (no I/O here). The tombstone is a salted hash
of the erased id in `_meta.erased` (hash -> marker): every writer looks an id up there, so a
process that still holds the person (a kiosk that had them open, a console with an old plan)
can never write them back, yet the file does not name them.
"""

from __future__ import annotations

import hashlib
import secrets
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from rm_tui.core.errors import OperationError
from rm_tui.core.participant import Participant
from rm_tui.storage.schema import META_DOC_ID, META_TABLE
from rm_tui.storage.scrub import Person, build_matcher, scrub, scrub_answers

ERASED_PREFIX = "erased-"
# documents that only exist for the person: removed whole rather than scrubbed
_OWN_FIELDS = {"participants": ("id",), "responses": ("participant_id",),
               "constraints": ("mentor", "mentee"),
               "decisions": ("mentor", "mentee", "participant")}  # locks, forbids, exclusions


@dataclass
class ErasureReport:
    marker: str
    removed: dict[str, int]  # table -> documents removed
    replaced: Counter[str] = field(default_factory=Counter)  # kind -> mentions replaced
    changed: dict[str, int] = field(default_factory=dict)  # table -> documents rewritten


def _key(meta: dict[str, Any], pid: str) -> str:
    return hashlib.sha256(f"{meta.get('erase_salt', '')}\0{pid}".encode()).hexdigest()[:32]


def tombstones(data: dict[str, Any]) -> tuple[dict[str, Any], dict[str, str]]:
    meta = data[META_TABLE][META_DOC_ID]
    erased = meta.get("erased")
    return meta, (erased if isinstance(erased, dict) else {})


def erased_marker(data: dict[str, Any], pid: str) -> str | None:
    """The marker that replaced `pid`, if that id was erased."""
    meta, erased = tombstones(data)
    return erased.get(_key(meta, pid)) if erased else None


def refuse_erased(data: dict[str, Any], ids: Iterable[Any], what: str) -> None:
    """OperationError if any of `ids` was erased: the write would bring the person back.
    `ids` is only iterated when someone was erased (pass a generator: a plan's strings), and
    each distinct string is hashed once."""
    meta, erased = tombstones(data)
    if not erased:
        return
    for pid in dict.fromkeys(ids):
        if isinstance(pid, str) and _key(meta, pid) in erased:
            raise OperationError.coded("storage.erased_ref", what=what, pid=repr(pid))


def strings_in(value: Any) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from strings_in(k)
            yield from strings_in(v)
    elif isinstance(value, list | tuple):
        for v in value:
            yield from strings_in(v)


def replace_erased_ids(data: dict[str, Any], value: Any) -> Any:
    """`value` with every string that is an erased id replaced by its marker (a roster pick of
    an erased person made in a kiosk that still listed them)."""
    meta, erased = tombstones(data)
    if not erased:
        return value
    if isinstance(value, str):
        return erased.get(_key(meta, value), value)
    if isinstance(value, dict):
        return {replace_erased_ids(data, k): replace_erased_ids(data, v) for k, v in value.items()}
    if isinstance(value, list):
        return [replace_erased_ids(data, v) for v in value]
    return value


def erase(data: dict[str, Any], pid: str, known_as: Participant | None,
          cohort_names: Iterable[str] = (),
          picks: Iterable[tuple[str, str]] | None = None) -> tuple[dict[str, Any], ErasureReport]:
    """The database without `pid` (a new dict; `data` is not changed) and what was done.
    `picks`: the (questionnaire, item) that pick people from the roster, when known."""
    roster_items = None if picks is None else frozenset(picks)
    if erased_marker(data, pid) is not None:
        raise OperationError.coded("storage.already_erased", pid=repr(pid))
    people = data.get("participants", {})
    record = next((d for d in people.values() if isinstance(d, dict) and d.get("id") == pid), None)
    if record is None and known_as is None:
        raise OperationError.coded("storage.no_participant", pid=repr(pid))
    found = [p for p in (Participant.from_dict(record) if record else None, known_as) if p]
    person = Person(pid, tuple(p.name for p in found), tuple(p.email for p in found if p.email))
    others = [d.get("name", "") for d in people.values()
              if isinstance(d, dict) and d.get("id") != pid and isinstance(d.get("name"), str)]
    matcher = build_matcher(person, [*others, *(n for n in cohort_names if n not in person.names)])

    meta = dict(data[META_TABLE][META_DOC_ID])
    count = int(meta.get("erased_count", 0)) + 1
    marker = f"{ERASED_PREFIX}{count}"
    meta.setdefault("erase_salt", secrets.token_hex(16))
    meta["erased_count"] = count
    meta["erased"] = {**tombstones(data)[1], _key(meta, pid): marker}
    report = ErasureReport(marker, removed={})
    out: dict[str, Any] = {}
    for name, table in data.items():
        if name == META_TABLE:
            out[name] = {**table, META_DOC_ID: meta}
            continue
        own = _OWN_FIELDS.get(name, ())
        kept: dict[str, Any] = {}
        for doc_id, doc in table.items():
            if isinstance(doc, dict) and any(doc.get(f) == pid for f in own):
                report.removed[name] = report.removed.get(name, 0) + 1
                continue
            if name == "responses" and isinstance(doc, dict) and "answers" in doc:
                new = {**scrub({k: v for k, v in doc.items() if k != "answers"}, matcher, marker),
                       "answers": scrub_answers(doc["answers"], matcher, marker, roster_items)}
            else:
                new = scrub(doc, matcher, marker)
            if new != doc:
                report.changed[name] = report.changed.get(name, 0) + 1
            kept[doc_id] = new
        out[name] = kept
    report.replaced = matcher.counts
    return out, report
