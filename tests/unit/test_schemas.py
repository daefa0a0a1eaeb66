"""The JSON Schemas shipped for editors agree with what the parsers accept, so they cannot drift."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

import pytest

from rm_tui.core import program_parse as pp
from rm_tui.core import questionnaire_parse as qp
from rm_tui.core.participant import BACKGROUND_FIELDS, ROLES
from rm_tui.core.program import CRITERIA_MODES, CRITERIA_PARAMS, OBJECTIVES
from rm_tui.core.program_intro import FACILITATOR_KEYS, INTRODUCTIONS_KEYS
from rm_tui.core.questionnaire import ITEM_KINDS, PICK_FROM
from rm_tui.core.questionnaire_matrix import RECOMMENDED_KEYS
from rm_tui.yaml_io import load_yaml

ROOT = Path(__file__).resolve().parents[2]
SCHEMAS = ROOT / "schemas"
FIXTURES = ROOT / "tests" / "fixtures"


def schema(name: str) -> dict[str, Any]:
    return json.loads((SCHEMAS / f"{name}.schema.json").read_text(encoding="utf-8"))


def props(node: dict[str, Any]) -> set[str]:
    return set(node["properties"])


@pytest.fixture(scope="module")
def qs() -> dict[str, Any]:
    return schema("questionnaire")


@pytest.fixture(scope="module")
def ps() -> dict[str, Any]:
    return schema("program")


@pytest.mark.parametrize("name", ["questionnaire", "program"])
def test_schema_is_draft_2020_12_json_with_descriptions(name: str) -> None:
    data = schema(name)
    assert data["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert data["type"] == "object" and data["additionalProperties"] is False
    missing = [k for k, v in data["properties"].items() if "description" not in v and "$ref" not in v]
    assert missing == []


def test_questionnaire_schema_keys_match_the_parser(qs: dict[str, Any]) -> None:
    defs = qs["$defs"]
    assert props(qs) == qp.TOP_KEYS
    all_item_keys = qp.COMMON_ITEM_KEYS.union(*qp.KIND_KEYS.values())
    assert props(defs["item"]) == all_item_keys
    assert props(defs["scale"]) == qp.SCALE_KEYS
    assert props(defs["option"]) == qp.OPTION_KEYS
    assert props(defs["scoring"]) == qp.SCORING_KEYS
    assert props(qs["properties"]["recommended_intentions"]) == RECOMMENDED_KEYS
    assert props(defs["scoring"]["properties"]["subscales"]["additionalProperties"]) == qp.SUBSCALE_KEYS
    assert props(defs["scoring"]["properties"]["axes"]["additionalProperties"]) == qp.AXIS_KEYS
    item = defs["item"]["properties"]
    assert tuple(item["kind"]["enum"]) == ITEM_KINDS
    assert tuple(item["pick_from"]["enum"]) == PICK_FROM
    assert tuple(item["field"]["enum"]) == BACKGROUND_FIELDS
    assert tuple(defs["role"]["enum"]) == ROLES


def test_questionnaire_schema_restricts_keys_per_kind_like_the_parser(qs: dict[str, Any]) -> None:
    per_kind = {}
    for rule in qs["$defs"]["item"]["allOf"]:
        kind = rule["if"]["properties"]["kind"]["const"]
        per_kind[kind] = set(rule["then"]["propertyNames"]["enum"])
    assert per_kind == {kind: qp.COMMON_ITEM_KEYS | extra for kind, extra in qp.KIND_KEYS.items()}


def test_program_schema_keys_match_the_parser(ps: dict[str, Any]) -> None:
    top = ps["properties"]
    assert props(ps) == pp.TOP_KEYS
    assert props(ps["$defs"]["participant"]) == pp.PARTICIPANT_KEYS
    assert props(top["rules"]) == pp.RULES_KEYS
    assert props(top["rules"]["properties"]["vetoes"]["items"]) == pp.VETO_KEYS
    assert props(top["kiosk"]) == pp.KIOSK_KEYS
    assert props(top["facilitator"]) == FACILITATOR_KEYS
    assert props(top["introductions"]) == INTRODUCTIONS_KEYS
    assert props(top["intentions"]) == pp.INTENTIONS_KEYS
    assert props(top["taxonomy"]["additionalProperties"]) == pp.DOMAIN_KEYS
    capacity_object = next(s for s in top["capacity"]["oneOf"] if s.get("type") == "object")
    assert props(capacity_object) == pp.CAPACITY_KEYS
    assert props(top["questionnaires"]) == set(ROLES)
    assert tuple(top["objective"]["enum"]) == OBJECTIVES
    assert tuple(top["languages"]["items"]["enum"]) == pp.LANGUAGES
    criteria = top["criteria"]["properties"]
    assert set(criteria) == set(CRITERIA_MODES)
    for name, modes in CRITERIA_MODES.items():
        expected = {"weight"} | ({"mode"} if modes else set()) | set(CRITERIA_PARAMS.get(name, {}))
        assert props(criteria[name]) == expected, name
        if modes:
            assert tuple(criteria[name]["properties"]["mode"]["enum"]) == modes


def shipped_yaml() -> list[tuple[str, Path]]:
    found = [("questionnaire", p) for p in sorted((ROOT / "questionnaires").glob("*.yaml"))]
    found += [("questionnaire", p) for p in sorted((FIXTURES / "questionnaires").glob("*.yaml"))]
    for folder in (ROOT / "sample_programs", FIXTURES / "programs"):
        found += [("program", p) for p in sorted(folder.glob("*.yaml")) if ".responses" not in p.name]
    return found


@pytest.mark.parametrize(("kind", "path"), shipped_yaml(), ids=lambda v: getattr(v, "name", v))
def test_shipped_files_reference_their_schema(kind: str, path: Path) -> None:
    first = path.read_text(encoding="utf-8").splitlines()[0]
    prefix = "# yaml-language-server: $schema="
    assert first.startswith(prefix)
    target = (path.parent / first[len(prefix):].strip()).resolve()
    assert target == (SCHEMAS / f"{kind}.schema.json").resolve()


@pytest.mark.skipif(importlib.util.find_spec("jsonschema") is None, reason="jsonschema not installed")
@pytest.mark.parametrize(("kind", "path"), shipped_yaml(), ids=lambda v: getattr(v, "name", v))
def test_shipped_files_validate_against_their_schema(kind: str, path: Path) -> None:  # pragma: no cover
    import jsonschema

    data, _ = load_yaml(path)
    jsonschema.Draft202012Validator(schema(kind)).validate(data)
