"""Console drafts stored as what changed since the last whole draft.

The console stores the whole plan as a draft at every edit (a restart opens on it, the CLI sees
it): about 90 KB at 1,000 pairs, so a session of 300 edits would grow the file by 27 MB and
every later save (each kiosk autosave too) would write and fsync all of it. A draft is stored
instead as `plan_delta` = the top-level keys that differ from the latest whole draft, and for its
lists the runs of items replaced, inserted or removed (difflib's opcodes over each item's JSON
text, so removing one pair does not shift every later one into the delta). A draft whose difference is more than an eighth of the
plan is stored whole and becomes the next base, so reading any draft is one step from a whole
one. Only the storage sees deltas: `Database.plan`, `plans` and `latest_plan` hand out whole
plans, as before. Nothing is lost: `expand(base, shrink(base, plan)) == plan`.
"""

from __future__ import annotations

from difflib import SequenceMatcher
from typing import Any

from rm_tui.storage.kept import dumps as _dumps

DELTA = "plan_delta"
DELTA_SCHEMA = 2  # the database schema that introduced it
MIN_WORTH = 8  # below this many items, a whole plan is small anyway


def _items(plan: dict[str, Any]) -> int:
    return len(plan) + sum(len(v) for v in plan.values() if isinstance(v, list))


def shrink(base: dict[str, Any], plan: dict[str, Any], base_id: int,
           texts: dict[str, list[str]] | None = None) -> dict[str, Any] | None:
    """The delta from `base` (stored as document `base_id`) to `plan`, or None when storing
    `plan` whole is about as small. Values are compared by their JSON text (`==` takes true for
    1 and 1.0 for 1), so `expand` gives back exactly `plan`. `texts`: a memo of the JSON text of
    each item of `base`'s lists (filled here), kept by the caller while `base` is the base."""
    texts = {} if texts is None else texts
    changed: dict[str, Any] = {}
    lists: dict[str, Any] = {}
    count = 0
    for key, value in plan.items():
        old = base.get(key)
        if isinstance(value, list) and isinstance(old, list):
            if key not in texts:
                texts[key] = [_dumps(x) for x in old]
            ops = _list_ops(texts[key], old, value)
            if ops:
                lists[key] = ops
                count += sum(len(items) + 1 for _, _, items in ops)
        elif key not in base or _dumps(old) != _dumps(value):
            changed[key] = value
            count += 1 + (len(value) if isinstance(value, list) else 0)
    dropped = [key for key in base if key not in plan]
    if count + len(dropped) > max(MIN_WORTH, _items(plan) // 8):
        return None
    if [k for k in base if k in plan] + [k for k in plan if k not in base] != list(plan):
        return None  # keys in another order: `expand` would not give back the same text
    return {"of": base_id, "set": changed, "lists": lists, "drop": dropped}


def expand(base: dict[str, Any], delta: dict[str, Any]) -> dict[str, Any]:
    """The plan `delta` describes; `base` is not changed (the result shares no list with it,
    but may share items: copy it before handing it out)."""
    plan = {key: value for key, value in base.items() if key not in delta.get("drop", ())}
    plan.update(delta.get("set", {}))
    for key, ops in delta.get("lists", {}).items():
        old = base.get(key)
        old = old if isinstance(old, list) else []
        items: list[Any] = []
        at = 0
        for start, end, new in ops:  # old[start:end] became `new`
            items += old[at:start]
            items += new
            at = end
        items += old[at:]
        plan[key] = items
    return plan


def _list_ops(a: list[str], old: list[Any], new: list[Any]) -> list[list[Any]]:
    """[start, end, items]: old[start:end] replaced by items, in order (`a`: old's texts)."""
    b = [_dumps(x) for x in new]
    if a == b:
        return []
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    return [[i1, i2, new[j1:j2]] for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal"]


def problems(delta: Any) -> list[str]:
    """What is wrong with a stored `plan_delta` (the schema check)."""
    if not isinstance(delta, dict):
        return [f"field '{DELTA}': expected a mapping"]
    found = []
    if not (isinstance(delta.get("of"), int) and not isinstance(delta.get("of"), bool)):
        found.append(f"field '{DELTA}': 'of' must be the id of a stored plan")
    if not isinstance(delta.get("set", {}), dict) or not isinstance(delta.get("drop", []), list):
        found.append(f"field '{DELTA}': 'set' must be a mapping and 'drop' a list")
    lists = delta.get("lists", {})
    if not isinstance(lists, dict) or not all(_ops_ok(ops) for ops in lists.values()):
        found.append(f"field '{DELTA}': 'lists' must map a key to [start, end, items] runs")
    return found


def _ops_ok(ops: Any) -> bool:
    at = 0
    for op in ops if isinstance(ops, list) else [None]:
        if not (isinstance(op, list) and len(op) == 3 and all(
                isinstance(x, int) and not isinstance(x, bool) for x in op[:2])
                and at <= op[0] <= op[1] and isinstance(op[2], list)):
            return False
        at = op[1]
    return True
