"""The write and re-read shortcuts (#16) never change what is stored: whole tables reused, one
changed line found by comparison, inserts added in place, counts kept per document.

Two `Database` instances (two kiosks, a console) take turns on one file with random
operations; after each, the file must equal what the plain JSON parser reads, a fresh instance
must read the same, and `_meta.counts` must equal the counts computed from scratch.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rm_tui.core.decisions import Decision
from rm_tui.core.errors import InputError
from rm_tui.core.participant import Participant
from rm_tui.storage import Database
from rm_tui.storage.backups import content_counts
from rm_tui.storage.jsonvalue import storable_copy

PEOPLE = [f"p{i}" for i in range(6)]

operations = st.one_of(
    st.tuples(st.just("answer"), st.sampled_from(PEOPLE), st.sampled_from(["a", "b", "c"]),
              st.one_of(st.none(), st.integers(0, 5), st.text(max_size=3))),
    st.tuples(st.just("submit"), st.sampled_from(PEOPLE), st.booleans()),
    st.tuples(st.just("checkin"), st.sampled_from(PEOPLE), st.integers(0, 9)),
    st.tuples(st.just("decision"), st.sampled_from(PEOPLE), st.sampled_from(["lock", "forbid"])),
    st.tuples(st.just("plan"), st.sampled_from(["draft", "confirmed"]), st.integers(0, 3)),
    st.tuples(st.just("exclude"), st.sampled_from(PEOPLE), st.booleans()),
    st.tuples(st.just("log"), st.text(max_size=4)),
)


def apply(db: Database, op: tuple[Any, ...]) -> None:
    kind = op[0]
    if kind == "answer":
        db.save_answer(op[1], "q", op[2], op[3])
    elif kind == "submit":
        db.mark_submitted(op[1], "q", op[2])
    elif kind == "checkin":
        db.add_checkin({"mentor": op[1], "mentee": "p0", "n": op[2]})
    elif kind == "decision":
        db.add_constraint(op[2], op[1], "p0", reason="why")
    elif kind == "plan":
        pairs = [{"mentor": p, "mentee": "p0", "score": 1.5} for p in PEOPLE[:op[2]]]
        decision = Decision("confirm" if op[1] == "confirmed" else "draft", "", "note", "me")
        db.record_decisions([decision], plan={"pairs": pairs}, plan_kind=op[1])
    elif kind == "exclude":
        db.set_excluded(op[1], op[2])
    else:
        db.log("note", reason=op[1])


def check(path: Path, instances: list[Database]) -> None:
    plain = json.loads(path.read_bytes())
    meta = plain["_meta"]["1"]
    assert meta["counts"] == content_counts(plain)
    with Database(path) as fresh:
        assert fresh.all_answers() == {d["participant_id"]: d["answers"]
                                       for d in plain.get("responses", {}).values()}
    for db in instances:  # each instance, reading lock-free, sees the same file
        with db._store.transaction(write=False) as txn:
            assert txn.data == plain


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(0, 1), operations), min_size=1, max_size=25))
def test_instances_taking_turns_always_store_and_read_the_same_state(tmp_path_factory: Any,
                                                                     steps: list[Any]) -> None:
    path = tmp_path_factory.mktemp("db") / "t.db.json"
    first = Database(path)
    first.upsert_participants(Participant(p, p.upper(), "mentor" if i % 2 else "mentee")
                              for i, p in enumerate(PEOPLE))
    instances = [first, Database(path)]
    for who, op in steps:
        apply(instances[who], op)
        check(path, instances)


def test_storable_copy_is_a_deep_copy_and_names_what_json_cannot_hold(tmp_path: Path) -> None:
    value = {"pairs": [{"a": 1, "b": [1.5, None, True]}], "t": (1, 2)}
    copy = storable_copy(value, "plan", tmp_path)
    assert copy == {"pairs": [{"a": 1, "b": [1.5, None, True]}], "t": [1, 2]}
    copy["pairs"][0]["a"] = 2
    assert value["pairs"][0]["a"] == 1
    for bad, named in [({"x": math.nan}, "plan.x"), ({1: "a"}, "key 1"), ({"s": {1, 2}}, "plan.s"),
                       ({"1": 0, 1: 0}, "key 1")]:
        with pytest.raises(InputError, match=named):
            storable_copy(bad, "plan", tmp_path)
