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


docs_st = st.dictionaries(st.sampled_from(["a", "b", "c"]),
                          st.one_of(st.integers(), st.text(max_size=4), st.lists(st.integers(), max_size=3)),
                          max_size=3)
edits = st.lists(st.tuples(st.sampled_from(["set", "add", "drop"]), st.integers(0, 30), docs_st),
                 max_size=4)


@settings(max_examples=150, deadline=None)
@given(st.lists(docs_st, max_size=12), st.lists(docs_st, max_size=3), edits)
def test_a_reader_patching_lines_reads_exactly_what_was_written(first: list[Any], other: list[Any],
                                                                changes: list[Any]) -> None:
    from rm_tui.storage.layout import LineCodec

    writer, reader = LineCodec(), LineCodec()
    data = {"_meta": {"1": {"n": 0}}, "t": {str(i + 1): d for i, d in enumerate(first)},
            "u": {str(i + 1): d for i, d in enumerate(other)}}
    assert reader.decode(writer.encode(data)) == data
    new = json.loads(json.dumps(data))
    for kind, at, doc in changes:
        ids = list(new["t"])
        if kind == "set" and ids:
            new["t"][ids[at % len(ids)]] = doc
        elif kind == "add":
            new["t"][str(100 + at)] = doc
        elif kind == "drop" and ids:
            del new["t"][ids[at % len(ids)]]
    text = LineCodec().encode(new)
    assert reader.decode(text) == new == json.loads(text)
    assert json.loads(reader.encode(new)) == new


def test_one_changed_line_is_read_by_patching_and_the_rest_is_shared() -> None:
    from rm_tui.storage.layout import LineCodec

    writer, reader = LineCodec(), LineCodec()
    data = {"t": {str(i): {"i": i} for i in range(1, 50)}, "u": {"1": {}}}
    first = reader.decode(writer.encode(data))
    data["t"]["17"]["i"] = "changed"
    second = reader.decode(writer.encode(data, {"t": {"17"}}))
    assert second == data
    assert reader.derived == {"t": (first["t"], {"17"})}  # found without splitting the table
    assert second["u"] is first["u"] and second["t"]["16"] is first["t"]["16"]


@settings(max_examples=150, deadline=None)
@given(st.lists(docs_st, min_size=1, max_size=12), st.lists(st.tuples(st.integers(0, 30), docs_st,
                                                                       st.booleans()), max_size=8))
def test_autosaves_patching_one_line_write_what_a_full_encode_writes(first: list[Any],
                                                                    saves: list[Any]) -> None:
    """Two kiosks taking turns: each save changes one document in place and re-encodes only it
    (its line swapped into the kept text); the bytes are always those of a full encode."""
    from rm_tui.storage.layout import LineCodec

    mine, theirs = LineCodec(), LineCodec()
    data = {"_meta": {"1": {"n": 0}}, "t": {str(i + 1): d for i, d in enumerate(first)}}
    text = mine.encode(data)
    for at, doc, other_kiosk in saves:
        codec = theirs if other_kiosk else mine
        current = codec.decode(text)  # the other kiosk's write, read by patching when it can
        doc_id = list(current["t"])[at % len(current["t"])]
        current["t"][doc_id].clear()
        current["t"][doc_id].update(doc)
        text = codec.encode(current, {"t": {doc_id}})
        assert text == LineCodec().encode(json.loads(text)) and json.loads(text) == current
