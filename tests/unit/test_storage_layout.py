"""The one-document-per-line file layout: always valid JSON, reuse never hides a change."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rm_tui.storage.layout import LineCodec

scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text()
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4)
                      | st.dictionaries(st.text(max_size=5), inner, max_size=4), max_leaves=12)
docs = st.dictionaries(st.text(max_size=6), values, max_size=4)
tables = st.dictionaries(st.text(max_size=8), docs, max_size=4)
databases = st.dictionaries(st.text(max_size=8), tables, max_size=4)


@settings(max_examples=60, deadline=None)
@given(databases, databases)
def test_encode_is_json_and_decode_round_trips(first: dict, second: dict) -> None:
    codec = LineCodec()
    text = codec.encode(first)
    assert json.loads(text) == first
    assert codec.decode(text) == first
    # another writer's file, read by a codec that holds the first state
    other = LineCodec().encode(second)
    assert codec.decode(other) == second
    assert json.loads(codec.encode(second)) == second


def test_in_place_changes_are_written() -> None:
    codec = LineCodec()
    data = {"t": {"1": {"a": [1, {"b": "x"}]}, "2": {"n": 1}}, "u": {}}
    codec.encode(data)
    data["t"]["1"]["a"][1]["b"] = "y\nz"  # nested in-place change with a newline inside a string
    data["t"]["2"]["n"] = 2
    data["u"]["9"] = {"new": True}
    text = codec.encode(data)
    assert json.loads(text) == data
    assert codec.decode(text) == data


def test_unchanged_lines_reuse_documents_and_changed_lines_are_parsed() -> None:
    reader, writer = LineCodec(), LineCodec()
    data = {"t": {str(i): {"i": i} for i in range(5)}}
    first = reader.decode(writer.encode(data))
    data["t"]["3"] = {"i": 33}
    second = reader.decode(writer.encode(data))
    assert second["t"]["0"] is first["t"]["0"]  # reused
    assert second["t"]["3"] == {"i": 33} and second["t"]["3"] is not first["t"]["3"]


def test_reuse_is_dropped_when_objects_may_have_changed() -> None:
    reader, writer = LineCodec(), LineCodec()
    data = {"t": {"1": {"i": 1}}}
    text = writer.encode(data)
    loaded = reader.decode(text)
    loaded["t"]["1"]["i"] = "tampered"  # e.g. a transaction that failed half-way
    reader.forget_live()
    assert reader.decode(text) == data


@pytest.mark.parametrize("text", [
    '{"t":{"1":{}}}',                       # compact JSON: another layout
    '{\n"t":{\n"1":{"a":1}\n}\n}',           # our layout written by hand: fine
    '{\n"t":{\n"1":{"a":1},\n}\n}',          # trailing comma: not JSON
    '{\n"t":{\n"1":{"a":1}\n},\n}',          # comma after the last table
    '{\n"t":{\n"1":{"a":1\n}\n}',            # broken document
    '{\n"t":{\n"1":{"a":1}\n"2":{}\n}\n}',   # missing comma between documents
    '{\n"t":{\n}\n}',                        # an empty table
    '{\n"t":{\n},\n"u":{\n"1":{"s":",\\n}"}\n}\n}',  # escaped comma-newline inside a string
    '{\n"t":{\n"1":{},\n"2":{}\n}',          # the file's closing brace is missing
    '{\n"t":{\n"1":{}\n}\n}\n',              # a trailing newline
    '{\n"t":{\n"1":{},\n\n"2":{}\n}\n}',      # a blank line
    '{\n"t":{\n"1":{}\n}\n"u":{\n}\n}',       # no comma between tables
    '{\n"t":{\n"1":{}\n},\n"t":{\n"2":{}\n}\n}',  # the same table twice: refused
    '{\n"t":{\n"1":{},\n"1":{"a":1}\n}\n}',  # the same document id twice: refused
])
def test_decode_agrees_with_json(text: str) -> None:
    """Like `json.loads`, except that a repeated key is an error (JSON would silently keep
    the last one, and the next write would lose the other)."""
    raw = text.encode()

    def unique(pairs: list) -> dict:
        if len({k for k, _ in pairs}) != len(pairs):
            raise ValueError("repeated key")
        return dict(pairs)

    try:
        expected = json.loads(text, object_pairs_hook=unique)
    except ValueError:
        with pytest.raises(ValueError):
            LineCodec().decode(raw)
        return
    assert LineCodec().decode(raw) == expected
    codec = LineCodec()
    codec.decode(raw)
    assert codec.decode(bytes(bytearray(raw))) == expected  # a second read reuses lines


def test_invalid_utf8_is_a_value_error() -> None:
    codec = LineCodec()
    good = codec.encode({"t": {"1": {"name": "Zoé"}}})
    with pytest.raises(ValueError):
        codec.decode(good.replace("é".encode(), b"\xe9"))


def test_after_writing_a_reader_reuses_what_it_wrote() -> None:
    mine, other = LineCodec(), LineCodec()
    data = {"t": {str(i): {"i": i} for i in range(4)}}
    mine.encode(data)
    changed = {"t": {**{str(i): {"i": i} for i in range(4)}, "2": {"i": 22}}}
    loaded = mine.decode(other.encode(changed))
    assert loaded == changed
    assert loaded["t"]["0"] is data["t"]["0"] and loaded["t"]["2"] is not data["t"]["2"]
    mine.encode(data)
    data["t"]["1"]["i"] = "changed in a failed transaction"
    mine.forget_live()
    assert mine.decode(other.encode(changed)) == changed


def test_ids_with_quotes_colons_and_escapes_are_reused_only_when_their_line_matches() -> None:
    reader, writer = LineCodec(), LineCodec()
    ids = ['a":b', "a\\", "\\", 'é":', '"', ":", "1"]  # "a\\" is the id guessed for 'a":b'
    data = {"t": {k: {"k": k} for k in ids}}
    first = reader.decode(writer.encode(data))
    assert first == data
    data["t"]['a":b'] = {"k": "changed"}
    second = reader.decode(writer.encode(data))
    assert second == data
    assert second["t"]["1"] is first["t"]["1"]
    assert second["t"]["a\\"] == {"k": "a\\"}
