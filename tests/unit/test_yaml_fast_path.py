"""The fast YAML path (memoised resolver + lean builder) reads every document exactly as the
plain loader does, and leaves what it does not handle to PyYAML or to the slow path."""

from __future__ import annotations

from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from rm_tui.core.errors import InputError
from rm_tui.yaml_io import _Loader, dump_yaml, parse_yaml

scalars = st.one_of(
    st.none(), st.booleans(), st.integers(-10**12, 10**12),
    st.floats(allow_nan=False), st.text(max_size=12),
    st.sampled_from(["yes", "No", "on", "OFF", "010", "0x1F", "1_000", "1e3", "~", "null", "",
                     "2026-11-30", "12:30:00", ".inf", "-.nan", "0o17", "+1", "-", "<<", "="]),
)
# Keys are kept as written (ids like 010 stay text): two keys that read the same, like `true`
# and `'true'`, are a duplicate there, so keys are generated as text, number-like ones included.
keys = st.one_of(st.text(max_size=8), st.sampled_from(["010", "yes", "~", "1.5", "3", "true"]))
documents = st.recursive(scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(keys, inner, max_size=4)), max_leaves=25)


def plain(text: str) -> Any:
    return yaml.load(text, Loader=_Loader)


def same(a: Any, b: Any) -> bool:
    """Equal, and of the same types all the way down (1 == 1.0 == True in Python)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(same(k, k2) for k, k2 in zip(a, b, strict=True)) and all(
            same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b or (a != a and b != b))  # NaN


@settings(max_examples=300, deadline=None)
@given(doc=documents, flow=st.booleans())
def test_fast_path_reads_what_the_plain_loader_reads(doc: Any, flow: bool) -> None:
    text = yaml.safe_dump({"doc": doc}, default_flow_style=flow, allow_unicode=True)
    data, _source = parse_yaml(text, "t.yaml")
    assert same(data, plain(text))


@pytest.mark.parametrize("text", [
    "a: 010\nb: yes\nc: '010'\nd: ~\ne: 2026-11-30\nf: 1_000\ng: 0x1F\nh: .inf\n",
    "base: &b {x: 1, y: [1, 2]}\nother: *b\nlist: [*b, *b]\n",       # aliases: one object
    "base: &b {x: 1}\nmerged:\n  <<: *b\n  y: 2\n",                   # merge key: PyYAML's
    "a: !!str 12\nb: !!int '7'\nc: !!float '1'\nd: !!binary aGk=\n",  # explicit tags
    "? [1, 2]\n: complex key\n",
    "? {a: 1}\n: complex key\n",
])
def test_unusual_documents_read_as_the_plain_loader_reads_them(text: str) -> None:
    try:
        expected: Any = plain(text)
    except yaml.YAMLError:
        with pytest.raises(InputError):
            parse_yaml(text, "t.yaml")
        return
    data, _source = parse_yaml(text, "t.yaml")
    assert same(data, expected)
    if "other: *b" in text:
        assert data["other"] is data["base"]


def test_duplicate_keys_still_name_their_line() -> None:
    with pytest.raises(InputError) as err:
        parse_yaml("a: 1\nb:\n  c: 2\n  c: 3\n", "dup.yaml")
    assert "duplicate key 'c'" in str(err.value) and ":4:" in str(err.value)


def test_what_we_write_reads_back() -> None:
    doc = {"roster": [{"id": "010", "name": "Hélène", "languages": ["fr"], "n": 3}], "x": None}
    assert parse_yaml(dump_yaml(doc), "w.yaml")[0] == doc
