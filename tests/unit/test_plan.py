"""Plan operations, diff and undo/redo (no solver involved)."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from rm_tui.core.errors import OperationError
from rm_tui.core.history import History
from rm_tui.core.plan import Pair, Plan, diff
from rm_tui.core.problem import MatchProblem

SCORES = np.array(
    [
        [90.0, 40.0, 70.0],
        [60.0, 80.0, 30.0],
        [50.0, 55.0, 65.0],
    ]
)


def problem(capacity: list[int] | int = 1) -> MatchProblem:
    blocked = np.zeros((3, 3), dtype=bool)
    blocked[2, 0] = True  # rule: m2 may not mentor e0
    return MatchProblem.build(
        ["m0", "m1", "m2"],
        ["e0", "e1", "e2"],
        SCORES,
        blocked,
        capacity,
        block_reasons=lambda i, j: ({"fr": "même équipe", "en": "same team"},),
    )


def base_plan(capacity: list[int] | int = 1) -> Plan:
    pr = problem(capacity)
    pairs = (Pair("m0", "e0", 90.0), Pair("m1", "e1", 80.0), Pair("m2", "e2", 65.0))
    return Plan(pr, pairs)


def test_plan_is_immutable_and_operations_return_new_plans() -> None:
    plan = base_plan()
    locked = plan.lock("m0", "e0")
    assert plan.locks == frozenset() and locked.locks == {("m0", "e0")}
    assert locked.pair_of("m0", "e0").origin == "locked"
    with pytest.raises(dataclasses.FrozenInstanceError):
        plan.objective = "fair"  # type: ignore[misc]
    assert locked.unlock("m0", "e0").pair_of("m0", "e0").origin == "optimizer"
    with pytest.raises(OperationError, match="not locked"):
        plan.unlock("m0", "e0")
    with pytest.raises(OperationError, match="not paired"):
        plan.lock("m0", "e1")


def test_totals_and_unmatched() -> None:
    plan = base_plan().unpair("m2", "e2")
    assert plan.total == 170.0 and plan.worst == 80.0
    assert plan.unmatched_mentors() == ("m2",) and plan.unmatched_mentees() == ("e2",)
    assert Plan(problem()).worst is None


def test_forbid_removes_pair_and_lock_and_records_reason() -> None:
    plan = base_plan().lock("m0", "e0").forbid("m0", "e0", "already work together")
    assert plan.pair_of("m0", "e0") is None and not plan.locks
    assert plan.forbid_reasons == {("m0", "e0"): "already work together"}
    assert plan.is_forbidden("m0", "e0") and plan.is_forbidden("m2", "e0")
    assert not plan.unforbid("m0", "e0").is_forbidden("m0", "e0")
    with pytest.raises(OperationError, match="reason"):
        plan.forbid("m1", "e1", "  ")
    with pytest.raises(OperationError, match="not a mentor"):
        plan.forbid("nobody", "e1", "x")


def test_swap_exchanges_partners_with_their_scores_and_locks_them() -> None:
    plan = base_plan().swap(("m0", "e0"), ("m1", "e1"))
    assert plan.pair_of("m0", "e1") == Pair("m0", "e1", 40.0, "manual")
    assert plan.pair_of("m1", "e0") == Pair("m1", "e0", 60.0, "manual")
    assert plan.locks == {("m0", "e1"), ("m1", "e0")}
    assert plan.total == 40 + 60 + 65


def test_swap_refuses_forbidden_result_and_locked_pairs() -> None:
    plan = base_plan()
    with pytest.raises(OperationError, match="same team"):
        plan.swap(("m0", "e0"), ("m2", "e2"))  # would make m2-e0
    with pytest.raises(OperationError, match="locked"):
        plan.lock("m1", "e1").swap(("m0", "e0"), ("m1", "e1"))
    with pytest.raises(OperationError, match="different"):
        plan.swap(("m0", "e0"), ("m0", "e0"))


def test_assign_releases_mentee_and_respects_capacity() -> None:
    plan = base_plan().unpair("m2", "e2")
    moved = plan.assign("m2", "e1")
    assert moved.pair_of("m1", "e1") is None
    assert moved.pair_of("m2", "e1") == Pair("m2", "e1", 55.0, "manual")
    assert ("m2", "e1") in moved.locks
    assert ("m2", "e1") not in plan.assign("m2", "e1", lock=False).locks
    with pytest.raises(OperationError, match="capacity"):
        plan.assign("m0", "e2")
    assert base_plan([2, 1, 1]).unpair("m2", "e2").assign("m0", "e2").free_places("m0") == 0
    with pytest.raises(OperationError, match="same team"):
        plan.assign("m2", "e0")
    with pytest.raises(OperationError, match="locked"):
        plan.lock("m1", "e1").assign("m2", "e1")


def test_diff_lists_added_and_removed_pairs_and_deltas() -> None:
    before = base_plan()
    after = before.swap(("m0", "e0"), ("m1", "e1"), lock=False)
    d = diff(before, after)
    assert [p.key for p in d.added] == [("m0", "e1"), ("m1", "e0")]
    assert [p.key for p in d.removed] == [("m0", "e0"), ("m1", "e1")]
    assert d.delta_total == pytest.approx(after.total - before.total)
    assert d.delta_worst == pytest.approx(40.0 - 65.0)
    assert d.delta_pairs == 0
    assert diff(before, before).empty


def test_history_undo_redo() -> None:
    plan = base_plan()
    h = History(plan).push(plan.lock("m0", "e0")).push(plan.unpair("m1", "e1"))
    assert not h.can_redo and h.can_undo
    h1 = h.undo()
    assert h1.present == plan.lock("m0", "e0")
    assert h1.undo().present == plan and not h1.undo().can_undo
    assert h1.redo().present == h.present
    branched = h1.push(plan.forbid("m2", "e2", "x"))
    assert not branched.can_redo
    with pytest.raises(OperationError):
        History(plan).undo()
    with pytest.raises(OperationError):
        History(plan).redo()
    assert len(History(plan, limit=2).push(plan).push(plan).push(plan).past) == 2


def test_problem_validation() -> None:
    with pytest.raises(ValueError):
        MatchProblem.build(["a", "a"], ["b"], np.ones((2, 1)))
    with pytest.raises(ValueError):
        MatchProblem.build(["a"], ["a"], np.ones((1, 1)))
    pr = MatchProblem.build(["a"], ["b", "c"], np.array([[np.nan, 5.0]]))
    assert pr.blocked.tolist() == [[True, False]]
    assert pr.rule_reasons("a", "b")[0]["en"] == "no score"
    assert not pr.scores.flags.writeable


def test_plan_round_trips_through_plain_data() -> None:
    import json

    from rm_tui.core.plan import Explore
    from rm_tui.core.plan_io import plan_from_dict, plan_to_dict

    plan = base_plan().lock("m0", "e0").forbid("m1", "e2", "friends").unpair("m2", "e2")
    plan = dataclasses.replace(plan, explore=Explore(0.05, 7, 300.0, 0.01))
    data = json.loads(json.dumps(plan_to_dict(plan)))
    assert data["unmatched"] == {"mentors": ["m2"], "mentees": ["e2"]}
    again = plan_from_dict(data, plan.problem)
    assert again == plan
    data["pairs"][0]["mentor"] = "ghost"
    with pytest.raises(OperationError):
        plan_from_dict(data, plan.problem)
    with pytest.raises(OperationError):
        plan_from_dict({"pairs": [{"mentor": "m0"}]}, plan.problem)
