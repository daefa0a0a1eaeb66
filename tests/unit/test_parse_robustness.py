"""Whatever a file contains, the parsers answer with located problems, never another exception.

Each example takes a valid fixture, replaces one node (anywhere in the tree) with arbitrary
YAML-like data or deletes it, and parses the result.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rm_tui.core.errors import InputError
from rm_tui.core.program_parse import parse_program
from rm_tui.core.questionnaire_parse import parse_questionnaire
from rm_tui.core.responses import parse_responses
from rm_tui.services.loaders import load_program, load_questionnaire_dir
from rm_tui.yaml_io import load_yaml, parse_yaml

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
QUESTIONNAIRES = load_questionnaire_dir(FIXTURES / "questionnaires")
PROGRAM = load_program(FIXTURES / "programs" / "demo.yaml")
DOCS = {
    "questionnaire": load_yaml(FIXTURES / "questionnaires" / "learner_profile.yaml"),
    "expectations": load_yaml(FIXTURES / "questionnaires" / "expectations.yaml"),
    "program": load_yaml(FIXTURES / "programs" / "demo.yaml"),
    "responses": load_yaml(FIXTURES / "programs" / "demo.responses.yaml"),
}

scalars = st.one_of(
    st.none(), st.booleans(), st.integers(-5, 30), st.floats(-2, 200, allow_nan=False),
    st.sampled_from(["", "x", "mentor", "mentee", "fr", "ce1", "j1", "boss", "agree5", "2020-13-45",
                     "expectations.intentions", "data", "scale", "multi"]),
)
values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.dictionaries(st.one_of(st.sampled_from(["fr", "en", "id", "kind", "items", "j1"]), st.integers(0, 3)),
                        inner, max_size=3),
    ),
    max_leaves=6,
)


def paths(node: Any, prefix: tuple = ()) -> list[tuple]:
    out = [prefix]
    if isinstance(node, dict):
        for key, value in node.items():
            out += paths(value, prefix + (key,))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            out += paths(value, prefix + (index,))
    return out


def mutate(doc: Any, path: tuple, value: Any, delete: bool) -> Any:
    if not path:
        return value
    doc = copy.deepcopy(doc)
    parent = doc
    for key in path[:-1]:
        parent = parent[key]
    if delete:
        del parent[path[-1]]
    else:
        parent[path[-1]] = value
    return doc


def parse(kind: str, data: Any, source: Any) -> None:
    if kind in ("questionnaire", "expectations"):
        parse_questionnaire(data, source)
    elif kind == "program":
        parse_program(data, source, QUESTIONNAIRES)
    else:
        parse_responses(data, source, PROGRAM)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(kind=st.sampled_from(sorted(DOCS)), data=st.data(), value=values, delete=st.booleans())
def test_any_single_node_change_gives_located_problems_or_a_value(kind: str, data: st.DataObject, value: Any, delete: bool) -> None:
    doc, source = DOCS[kind]
    path = data.draw(st.sampled_from(paths(doc)))
    broken = mutate(doc, path, value, delete and bool(path))
    try:
        parse(kind, broken, source)
    except InputError as exc:
        assert exc.problems
        assert all(p.line is not None and p.line >= 1 for p in exc.problems)


@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet=st.sampled_from(list("ab:-[]{}&*!|>'\"#,? \n\t%@`")), max_size=60))
def test_arbitrary_text_is_yaml_or_a_located_syntax_error(text: str) -> None:
    try:
        data, source = parse_yaml(text, "x.yaml")
    except InputError as exc:
        assert all(p.path == "x.yaml" and p.line is not None for p in exc.problems)
        return
    for kind in DOCS:
        try:
            parse(kind, data, source)
        except InputError as exc:
            assert exc.problems


def test_recursive_and_exponential_aliases_are_read_quickly() -> None:
    text = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join([f'*{chr(97 + i)}'] * 9)}]\n" for i in range(9)
    )
    data, source = parse_yaml(text, "lol.yaml")
    assert len(data["j"]) == 9
    try:
        parse_yaml("a: &a [*a]\n", "rec.yaml")
    except InputError as exc:  # PyYAML may refuse a recursive structure; it must say so with a line
        assert exc.problems[0].line is not None


def test_positions_are_found_lazily_and_duplicates_still_name_their_line() -> None:
    from rm_tui.core.errors import InputError
    from rm_tui.yaml_io import parse_yaml

    data, source = parse_yaml("a: 1\nb:\n  c: [1, 2]\n", "f.yaml")
    assert data == {"a": 1, "b": {"c": [1, 2]}}
    assert source.locate(("b", "c", 1)) == (3, 10)  # computed on first use
    try:
        parse_yaml("a: 1\nb: 2\na: 3\n", "f.yaml")
    except InputError as bad:
        assert "duplicate key 'a'" in str(bad.problems[0].message)
        assert bad.problems[0].line == 3
    else:
        raise AssertionError("duplicate key accepted")
