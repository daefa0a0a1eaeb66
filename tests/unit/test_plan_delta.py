"""Console drafts stored as deltas (storage/plan_delta.py): nothing is lost, readers only ever
see whole plans, and the file stops growing by a whole plan per edit."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rm_tui.core.decisions import Decision
from rm_tui.core.errors import StorageError
from rm_tui.storage import Database
from rm_tui.storage.kept import dumps
from rm_tui.storage.plan_delta import expand, shrink

scalars = st.one_of(st.none(), st.booleans(), st.integers(-3, 3), st.floats(-2, 2), st.text(max_size=3))
items = st.one_of(scalars, st.dictionaries(st.sampled_from("abc"), scalars, max_size=3))
plans = st.dictionaries(st.sampled_from(["pairs", "forbids", "total", "basis", "x"]),
                        st.one_of(scalars, st.lists(items, max_size=40)), max_size=5)


@settings(max_examples=300, deadline=None)
@given(plans, plans)
def test_a_delta_gives_back_exactly_the_plan(base: dict[str, Any], plan: dict[str, Any]) -> None:
    delta = shrink(base, plan, 1)
    if delta is not None:  # same JSON text: 1 is not true, 1.0 is not 1, key order kept
        assert dumps(expand(base, delta)) == dumps(plan)
        assert json.loads(dumps(delta)) == delta


def pairs_plan(rng: random.Random, n: int) -> dict[str, Any]:
    return {"objective": "total", "total": rng.random(),
            "pairs": [{"mentor": f"m{i}", "mentee": f"e{(i * 7) % n}", "score": round(rng.random(), 6),
                       "origin": "optimizer", "locked": False} for i in range(n)],
            "forbids": [], "basis": "b0"}


def edit(plan: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    new = json.loads(json.dumps(plan))
    for _ in range(rng.randint(1, 3)):
        p = new["pairs"][rng.randrange(len(new["pairs"]))]
        p["score"], p["locked"] = round(rng.random(), 6), rng.random() < 0.5
    if rng.random() < 0.3:
        new["forbids"].append({"mentor": "m1", "mentee": f"e{rng.randrange(9)}"})
    new["total"], new["basis"] = rng.random(), f"b{rng.randrange(99)}"
    return new


def draft(db: Database, plan: dict[str, Any]) -> None:
    db.record_decisions([Decision("draft", "", "edit", "facilitator")], plan=plan, plan_kind="draft")


def test_a_console_session_stores_deltas_and_reads_whole_plans(tmp_path: Path) -> None:
    rng = random.Random(3)
    path = tmp_path / "t.db.json"
    db = Database(path)
    plan = pairs_plan(rng, 300)
    stored = []
    for k in range(60):
        draft(db, plan)
        stored.append(plan)
        if k == 30:  # a confirmed version in between stays whole
            db.record_decisions([Decision("confirm", "", "ok", "facilitator")], plan=plan,
                                plan_kind="confirmed")
        plan = edit(plan, rng)
    raw = json.loads(path.read_bytes())["plans"]
    assert sum("plan_delta" in d for d in raw.values()) > 40  # most drafts were small deltas
    assert path.stat().st_size < 15 * len(dumps(plan))  # not 61 whole plans
    for reader in (db, Database(path)):  # this instance and a fresh one
        drafts = [r["plan"] for r in reader.plans("draft")]
        assert [dumps(p) for p in drafts] == [dumps(p) for p in stored]
        assert dumps(reader.latest_plan()["plan"]) == dumps(stored[-1])  # type: ignore[index]
        assert reader.latest_confirmed()["plan"] == stored[30]  # type: ignore[index]
        assert all("plan_delta" not in r for r in reader.plans())
    # a handed-out plan is a copy: changing it changes nothing stored
    db.latest_plan()["plan"]["pairs"][0]["mentor"] = "zz"  # type: ignore[index]
    assert db.latest_plan()["plan"]["pairs"][0]["mentor"] == "m0"  # type: ignore[index]


def test_a_delta_without_its_base_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    rng = random.Random(1)
    path = tmp_path / "t.db.json"
    db = Database(path)
    plan = pairs_plan(rng, 300)
    draft(db, plan)
    draft(db, edit(plan, rng))
    data = json.loads(path.read_bytes())
    base_id = next(d["plan_delta"]["of"] for d in data["plans"].values() if "plan_delta" in d)
    del data["plans"][str(base_id)]  # a hand edit, say
    path.write_text(json.dumps(data))
    with pytest.raises(StorageError, match=f"change to plan {base_id}, which is missing"):
        Database(path).latest_plan()


def test_a_stored_delta_of_the_wrong_shape_is_refused_at_open(tmp_path: Path) -> None:
    path = tmp_path / "t.db.json"
    Database(path).add_checkin({"k": 1})
    data = json.loads(path.read_bytes())
    data["plans"] = {"1": {"kind": "confirmed", "version": 1, "plan_delta": {"of": "x"}}}
    path.write_text(json.dumps(data))
    with pytest.raises(StorageError, match="only a draft may be stored as 'plan_delta'"):
        Database(path)


def test_a_schema_1_file_is_read_untouched_and_marked_2_by_its_first_delta(tmp_path: Path) -> None:
    rng = random.Random(2)
    path = tmp_path / "t.db.json"
    db = Database(path)
    plan = pairs_plan(rng, 300)
    draft(db, plan)
    data = json.loads(path.read_bytes())
    data["_meta"]["1"]["schema"] = 1  # as written before deltas existed
    path.write_text(json.dumps(data))
    before = path.read_bytes()
    assert Database(path).latest_plan()["plan"] == plan  # type: ignore[index]
    assert path.read_bytes() == before  # opening did not rewrite it (an archived file stays as is)
    draft(Database(path), edit(plan, rng))
    stored = json.loads(path.read_bytes())
    assert stored["_meta"]["1"]["schema"] == 2 and any("plan_delta" in d for d in stored["plans"].values())
