"""Consistency of the shipped questionnaires and the demo program, read as plain YAML.

These checks do not go through the application's loaders (tested on their own): they guard the
content itself, e.g. that every Kolb mode keeps one reverse-keyed item and that the demo's
built-in cases (reporting lines, the contested mentor) stay true when someone edits the files.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
QDIR = ROOT / "questionnaires"
PROGRAM = ROOT / "sample_programs" / "kickoff_demo.yaml"
RESPONSES = ROOT / "sample_programs" / "kickoff_demo.responses.yaml"


def load(path: Path) -> Any:
    with path.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@pytest.fixture(scope="module")
def questionnaires() -> dict[str, dict[str, Any]]:
    return {p.stem: load(p) for p in sorted(QDIR.glob("*.yaml"))}


@pytest.fixture(scope="module")
def program() -> dict[str, Any]:
    return load(PROGRAM)


@pytest.fixture(scope="module")
def responses() -> dict[str, Any]:
    return load(RESPONSES)["responses"]


def bilingual_texts(item: dict[str, Any]) -> list[dict[str, str]]:
    texts = [item["text"], *item.get("text_by_role", {}).values()]
    if "help" in item:
        texts.append(item["help"])
    texts += [opt["text"] for opt in item.get("options", [])]
    return texts


def test_questionnaire_ids_match_file_names_and_items_are_bilingual(questionnaires):
    assert {"learner_profile", "expectations", "background"} <= set(questionnaires)
    for stem, q in questionnaires.items():
        assert q["id"] == stem
        ids = [item["id"] for item in q["items"]]
        assert len(ids) == len(set(ids)), stem
        for item in q["items"]:
            for text in bilingual_texts(item):
                assert set(text) == {"fr", "en"} and all(text.values()), (stem, item["id"])


def test_learner_profile_modes_have_three_items_and_one_reverse(questionnaires):
    q = questionnaires["learner_profile"]
    item_ids = {item["id"] for item in q["items"]}
    subscales = q["scoring"]["subscales"]
    for mode in ("CE", "RO", "AC", "AE"):
        sub = subscales[mode]
        assert len(sub["items"]) >= 3
        assert len(sub.get("reverse", [])) == 1
        assert set(sub["reverse"]) <= set(sub["items"]) <= item_ids
    for axis in q["scoring"]["axes"].values():
        assert axis["plus"] in subscales and axis["minus"] in subscales
    # an item belongs to exactly one subscale
    used = [i for sub in subscales.values() for i in sub["items"]]
    assert len(used) == len(set(used))


def test_groups_are_consecutive(questionnaires):
    for q in questionnaires.values():
        groups = [item.get("group") for item in q["items"]]
        seen: set[str] = set()
        for prev, cur in zip([None, *groups], groups, strict=False):
            if cur is not None and cur != prev:
                assert cur not in seen, (q["id"], cur)
                seen.add(cur)


def test_background_options_match_demo_taxonomy(questionnaires, program):
    families = {f for domain in program["taxonomy"].values() for f in domain["families"]}
    items = {item["id"]: item for item in questionnaires["background"]["items"]}
    assert {o["id"] for o in items["job_family"]["options"]} == families
    subsidiaries = {p.get("subsidiary") for p in program["roster"]} - {None}
    assert subsidiaries <= {o["id"] for o in items["subsidiary"]["options"]}


def test_intentions_matrix_covers_every_pair(questionnaires, program):
    qid, item_id = program["intentions"]["item"].split(".")
    item = next(i for i in questionnaires[qid]["items"] if i["id"] == item_id)
    mentee = {o["id"] for o in item["options"] if "mentee" in o["roles"]}
    mentor = {o["id"] for o in item["options"] if "mentor" in o["roles"]}
    matrix = program["intentions"]["matrix"]
    assert set(matrix) == mentee
    for row in matrix.values():
        assert set(row) == mentor
        assert all(0 <= v <= 1 for v in row.values())


def roster_with_answers(program, responses) -> dict[str, dict[str, Any]]:
    roster = {p["id"]: dict(p) for p in program["roster"]}
    for pid, answers in responses.items():
        for key, value in answers.get("background", {}).items():
            roster[pid].setdefault(key, value[0] if key == "manager" else value)
    return roster


def test_responses_reference_known_people_items_and_options(questionnaires, program, responses):
    roster = {p["id"]: p for p in program["roster"]}
    for pid, answers in responses.items():
        role = roster[pid]["role"]
        for qid, values in answers.items():
            assert qid in program["questionnaires"][role]
            items = {i["id"]: i for i in questionnaires[qid]["items"]}
            for item_id, value in values.items():
                item = items[item_id]
                if item.get("field"):  # background answers only where the roster lacks it
                    assert not roster[pid].get(item["field"]), (pid, item_id)
                if item["kind"] == "scale":
                    assert 1 <= value <= 5
                elif item["kind"] in ("single", "multi"):
                    allowed = {o["id"] for o in item["options"] if role in o.get("roles", [role])}
                    picked = [value] if item["kind"] == "single" else value
                    assert set(picked) <= allowed, (pid, item_id)
                    assert len(picked) <= item.get("max_picks", len(allowed))
                elif item["kind"] == "roster":
                    assert len(value) <= item.get("max_picks", 3)
                    for other in value:
                        assert other in roster and other != pid
                        if item["pick_from"] == "other_role":
                            assert roster[other]["role"] != role


def test_demo_has_four_people_left_for_the_kiosk(program, responses):
    missing = {p["id"]: p["role"] for p in program["roster"] if p["id"] not in responses}
    assert sorted(missing.values()) == ["mentee", "mentee", "mentor", "mentor"]


def feasible_mentors(program, responses, mentee: str) -> set[str]:
    """Mentors left for a mentee once the hard rules apply (language, team, line, picks, vetoes)."""
    people = roster_with_answers(program, responses)

    def line(pid: str, depth: int) -> list[str]:
        out, cur = [], people[pid].get("manager")
        while cur and len(out) < depth:
            out.append(cur)
            cur = people[cur].get("manager")
        return out

    depth = program["rules"]["reporting_line_depth"]
    vetoes = {(v["mentor"], v["mentee"]) for v in program["rules"]["vetoes"]}
    rather_not = {p: set(a["expectations"].get("rather_not", [])) for p, a in responses.items()}
    ok = set()
    for m, p in people.items():
        if p["role"] != "mentor":
            continue
        s = people[mentee]
        blocked = (
            not set(p.get("languages", [])) & set(s.get("languages", []))
            or (p.get("team") is not None and p.get("team") == s.get("team"))
            or mentee in line(m, depth)
            or m in line(mentee, depth)
            or m in rather_not.get(mentee, set())
            or mentee in rather_not.get(m, set())
            or (m, mentee) in vetoes
        )
        if not blocked:
            ok.add(m)
    return ok


def test_demo_built_in_cases(program, responses):
    people = roster_with_answers(program, responses)
    assert people["p05"]["manager"] == "p18"  # direct manager
    assert people["p10"]["manager"] == "p09" and people["p09"]["manager"] == "p19"  # skip-level
    assert people["p10"]["team"] != people["p19"]["team"]  # only the skip-level rule blocks it
    assert "p10" not in feasible_mentors(program, responses, "p19")
    assert "p05" not in feasible_mentors(program, responses, "p18")
    # the contested mentor: two mentees whose only possible mentor is p06
    assert feasible_mentors(program, responses, "p25") == {"p06"}
    assert feasible_mentors(program, responses, "p26") == {"p06"}
    assert program["capacity"]["per_mentor"].get("p06", program["capacity"]["default"]) == 1
