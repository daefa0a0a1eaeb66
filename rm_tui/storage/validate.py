"""The database's own schema: the type of every table and record, checked on every load.

A valid JSON file can still hold `participants` as a list, a document id "abc" or a plan without
`kind`; reading code would then fail deep inside with a traceback. The file is checked here
instead and refused like a corrupt file, naming the table, the document and the field. Tables
this version does not know are allowed (a newer feature's table) but must hold documents.

Documents the codec reused from the previous load (the same objects) are not checked again, so
an autosave's reload costs nothing here: only new or changed lines are checked.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from rm_tui.core.errors import StorageError
from rm_tui.i18n import Said
from rm_tui.storage.plan_delta import DELTA
from rm_tui.storage.plan_delta import problems as plan_delta_problems

Check = Callable[[Any], bool]
Field = tuple[str, Check, bool]  # what is expected (for the message), the check, required


def _text(v: Any) -> bool:
    return isinstance(v, str)


def _opt_text(v: Any) -> bool:
    return v is None or isinstance(v, str)


def _flag(v: Any) -> bool:
    return isinstance(v, bool)


def _int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _opt_number(v: Any) -> bool:
    return v is None or (isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v))


def _mapping(v: Any) -> bool:
    return isinstance(v, dict)


def _texts(v: Any) -> bool:
    return isinstance(v, list) and all(isinstance(x, str) for x in v)


def _text_map(v: Any) -> bool:
    return isinstance(v, dict) and all(isinstance(x, str) for x in v.values())


def _answers(v: Any) -> bool:
    return isinstance(v, dict) and all(isinstance(x, dict) for x in v.values())


def _one_of(*values: str) -> Field:
    return (" or ".join(values), lambda v: v in values, True)


TEXT: Field = ("text", _text, True)
OPT_TEXT: Field = ("text or null", _opt_text, False)
OPT_FLAG: Field = ("true or false", _flag, False)
OPT_DICT: Field = ("a mapping", _mapping, False)

RECORDS: dict[str, dict[str, Field]] = {
    "participants": {
        "id": ("a non-empty id", lambda v: isinstance(v, str) and bool(v.strip()), True),
        "name": TEXT, "role": _one_of("mentor", "mentee"),
        "email": OPT_TEXT, "job_family": OPT_TEXT, "subsidiary": OPT_TEXT, "team": OPT_TEXT,
        "manager": OPT_TEXT, "start_date": OPT_TEXT,
        "years_in_company": ("a number or null", _opt_number, False),
        "languages": ("a list of language codes", lambda v: v is None or _texts(v), False),
        "excluded": OPT_FLAG, "self_registered": OPT_FLAG,
    },
    "responses": {
        "participant_id": TEXT,
        "answers": ("questionnaire id -> {item id: answer}", _answers, True),
        "submitted": ("questionnaire id -> time", _text_map, True),
        "updated": OPT_TEXT,
    },
    "plans": {
        "kind": _one_of("draft", "proposal", "confirmed"), "plan": ("a mapping", _mapping, False),
        "created": OPT_TEXT, "actor": OPT_TEXT, "note": OPT_TEXT,
        "version": ("a whole number", _int, False),
    },
    "audit": {"action": TEXT, "at": OPT_TEXT, "actor": OPT_TEXT, "reason": OPT_TEXT,
              "details": OPT_DICT},
    "constraints": {"kind": _one_of("lock", "forbid"), "mentor": TEXT, "mentee": TEXT,
                    "actor": OPT_TEXT, "reason": OPT_TEXT, "at": OPT_TEXT},
    "decisions": {"action": TEXT, "at": OPT_TEXT, "reason": OPT_TEXT, "actor": OPT_TEXT,
                  "mentor": OPT_TEXT, "mentee": OPT_TEXT, "participant": OPT_TEXT, "name": OPT_TEXT,
                  "weight": ("a number or null", _opt_number, False), "objective": OPT_TEXT,
                  "plan_id": ("a whole number", _int, False), "version": ("a whole number", _int, False)},
    "checkins": {"mentor": ("text", _text, False), "mentee": ("text", _text, False)},
    "outcomes": {"mentor": ("text", _text, False), "mentee": ("text", _text, False)},
    "_meta": {"erased_count": ("a whole number", _int, False),
              "erased": ("hash -> marker", _text_map, False), "erase_salt": OPT_TEXT},
}


def _show(value: Any) -> str:
    text = repr(value) if not isinstance(value, dict | list) else type(value).__name__
    return text if len(text) <= 40 else text[:37] + "..."


def record_problems(table: str, doc: Any) -> list[str]:
    """What is wrong with one document of `table` (empty when it is fine)."""
    if not isinstance(doc, dict):
        return [f"expected a mapping, got {type(doc).__name__}"]
    problems: list[str] = []
    for name, (expected, check, required) in RECORDS.get(table, {}).items():
        if name not in doc:
            if required:
                problems.append(f"field '{name}' is missing (expected {expected})")
        elif not (check(doc[name]) or (not required and doc[name] is None)):
            problems.append(f"field '{name}': expected {expected}, got {_show(doc[name])}")
    if table == "plans" and doc.get("kind") == "confirmed" and not _int(doc.get("version")):
        problems.append("a confirmed plan needs a whole-number 'version'")
    if table == "plans":  # the plan whole, or (a draft) as a change to a whole one
        if DELTA in doc:
            problems += plan_delta_problems(doc[DELTA])
            if "plan" in doc or doc.get("kind") != "draft":
                problems.append(f"only a draft may be stored as '{DELTA}', and not with 'plan'")
        elif doc.get("plan") is None:
            problems.append("field 'plan' is missing (expected a mapping)")
    return problems


class Validator:
    """Checks loaded databases, remembering the tables and document objects already checked."""

    def __init__(self) -> None:
        # table -> (the table's dict when checked, id(document) -> document (kept alive))
        self._checked: dict[str, tuple[Any, dict[int, Any]]] = {}

    def forget(self) -> None:
        self._checked = {}

    def check(self, data: dict[str, Any], path: Path,
              derived: dict[str, tuple[dict[str, Any], set[str]]] | None = None) -> None:
        """`derived`: table -> (the dict it was made from, ids of the documents that differ),
        from the codec: then only those documents are looked at."""
        problems: list[str] = []
        checked: dict[str, tuple[Any, dict[int, Any]]] = {}
        for table, docs in data.items():
            if not isinstance(docs, dict):
                problems.append(f"table '{table}': expected a mapping of documents, "
                                f"got {type(docs).__name__}")
                continue
            before = self._checked.get(table)
            if before is not None and before[0] is docs and len(before[1]) == len(docs):
                checked[table] = before  # the codec handed back the very table checked
                continue
            seen = before[1] if before is not None else {}
            source = (derived or {}).get(table)
            items: Iterable[tuple[Any, Any]] = docs.items()
            ok: dict[int, Any] = {}
            if before is not None and source is not None and source[0] is before[0]:
                ok = dict(seen)  # the checked table with a few documents replaced
                for doc_id in source[1]:
                    old = source[0].get(doc_id)
                    if old is not None:
                        ok.pop(id(old), None)
                items = [(doc_id, docs[doc_id]) for doc_id in source[1] if doc_id in docs]
            for doc_id, doc in items:
                if seen.get(id(doc)) is doc:
                    ok[id(doc)] = doc
                    continue
                if not (isinstance(doc_id, str) and doc_id.isdigit() and doc_id.isascii()
                        and int(doc_id) > 0):
                    problems.append(f"table '{table}': document id {doc_id!r} is not a positive "
                                    "whole number")
                    continue
                found = record_problems(table, doc)
                problems.extend(f"table '{table}', document {doc_id}: {p}" for p in found)
                if not found:
                    ok[id(doc)] = doc
            checked[table] = (docs, ok)
            if len(problems) >= 5:
                break
        if problems:
            self.forget()
            more = Said("storage.structure_more", n=len(problems) - 5) if len(problems) > 5 else ""
            # the details name tables and fields: technical, as written
            raise StorageError.coded("storage.structure", path=path, details="; ".join(problems[:5]),
                                     more=more, bak=f"{path.name}.bak")
        self._checked = checked
