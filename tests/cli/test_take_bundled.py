"""Every item of the shipped questionnaires can be answered through `rm-tui take`'s prompts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from rm_tui import bundled
from rm_tui.core.intake import plan_steps
from rm_tui.core.questionnaire import Item
from rm_tui.prompts.take import run_take
from rm_tui.services.loaders import load_program
from rm_tui.storage.database import Database
from tests.cli.prompt_driver import ENTER, SPACE, scripted

DEMO = bundled.demo_program()


def keys_and_answer(item: Item, role: str) -> tuple[str, Any]:
    """What a participant types for `item`, and the answer that must be stored."""
    if item.kind == "scale":
        return "3" + ENTER, 3
    if item.kind == "single":
        return "1" + ENTER, item.options_for(role)[0].id
    if item.kind == "multi":
        return SPACE + ENTER, [item.options_for(role)[0].id]
    if item.kind == "number":
        value = int(item.min if item.min is not None else 0) + 1
        return str(value) + ENTER, value
    if item.kind == "date":
        value = item.min_date or "2020-01-01"
        return value + ENTER, value
    if item.kind == "text" and item.required:
        return "ok" + ENTER, "ok"
    return ENTER, None  # optional text and roster picks left blank


@pytest.mark.parametrize("pid", ["p02", "p16"])  # a mentor and a mentee, both with roster gaps
def test_every_shipped_item_can_be_answered(pid: str, tmp_path: Path) -> None:
    program = load_program(DEMO)
    person = program.participant(pid)
    assert person is not None
    keys, expected = "", {}
    for step in plan_steps(program, person):
        for item in step.items:
            typed, value = keys_and_answer(item, person.role)
            keys += typed
            if value is not None:
                expected.setdefault(step.questionnaire.id, {})[item.id] = value
    with Database(tmp_path / "db.json") as db, scripted(keys + "1" + ENTER, "en") as (prompter, out):
        status = run_take(program, db, prompter, participant_id=pid)
        assert status == 0, out.getvalue()
        assert db.answers(pid) == expected
        assert set(db.submitted(pid)) == set(program.questionnaire_ids[person.role])
