"""The decision model: folding the log into the state every command matches with."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from rm_tui.core.decisions import (
    Decision,
    DecisionState,
    PairDecision,
    changes_between,
    fold,
    log_entry,
    state_json,
)


def d(action: str, m: str = "", e: str = "", **kw: object) -> Decision:
    return Decision(action, at="2026-11-30T10:00:00", mentor=m or None, mentee=e or None, **kw)  # type: ignore[arg-type]


def test_lock_forbid_lift_split_and_the_latest_wins() -> None:
    state = fold([d("lock", "m1", "e1", reason="asked"), d("forbid", "m2", "e2", reason="cousins"),
                  d("split", "m3", "e3", reason="no_fault"), d("lock", "m4", "e1")])
    assert [x.key for x in state.locks] == [("m4", "e1")]  # a mentee has one mentor
    assert state.forbid_of(("m2", "e2")).reason == "cousins"  # type: ignore[union-attr]
    assert [x.key for x in state.never_again] == [("m3", "e3")]
    after = fold([d("forbid", "m1", "e1", reason="r"), d("lock", "m1", "e1")])
    assert after.forbids == () and [x.key for x in after.locks] == [("m1", "e1")]
    lifted = fold([d("split", "m3", "e3"), d("forbid", "m3", "e3", reason="x"), d("lift", "m3", "e3")])
    assert lifted.never_again == () and lifted.forbids == ()


def test_weights_objective_exclusions_and_the_json_shape() -> None:
    state = fold([d("weight", name="job_family", weight=0.0), d("weight", name="nope", weight=2.0),
                  d("objective", objective="fair"), d("exclude", participant="p1", reason="left"),
                  d("exclude", participant="p2", reason="leave"), d("include", participant="p2"),
                  d("confirm", reason="ok", plan_id=3, version=1)])
    assert state.weights({"job_family": 3.0, "intentions": 3.0}) == {"job_family": 0.0,
                                                                     "intentions": 3.0}
    out = state_json(state, {"job_family": 3.0}, "total")
    assert list(out) == ["locks", "forbids", "never_again", "excluded", "weights", "objective"]
    assert out["excluded"] == [{"id": "p1", "reason": "left", "at": "2026-11-30T10:00:00"}]
    assert out["objective"] == "fair" and out["weights"] == {"job_family": 0.0}
    assert state.last_confirm is not None and state.last_confirm.version == 1
    entry = log_entry(d("lock", "m1", "e1", reason="asked"))
    assert list(entry)[:3] == ["at", "action", "reason"] and entry["mentor"] == "m1"


def test_round_trip_through_plain_data() -> None:
    one = d("weight", name="x", weight=1.5, reason="why", actor="me")
    assert Decision.from_dict({**one.to_dict(), "unknown": 1}) == one
    assert "id" not in Decision.from_dict({**one.to_dict(), "id": 4}).to_dict()


KEYS = st.tuples(st.sampled_from(["m1", "m2", "m3"]), st.sampled_from(["e1", "e2", "e3"]))
PAIR_DECISIONS = st.builds(lambda a, k: d(a, *k, reason="r"),
                           st.sampled_from(["lock", "forbid", "lift", "split"]), KEYS)


@given(st.lists(PAIR_DECISIONS, max_size=30))
def test_the_state_is_always_coherent(log: list[Decision]) -> None:
    state = fold(log)
    locks = {x.key for x in state.locks}
    assert not locks & {x.key for x in state.forbids}
    assert not locks & {x.key for x in state.never_again}
    mentees = [k[1] for k in locks]
    assert len(mentees) == len(set(mentees))
    for key in locks | {x.key for x in state.forbids} | {x.key for x in state.never_again}:
        last = [x for x in log if x.key == key][-1]  # the latest decision on a pair decides
        assert last.action != "lift"


@given(st.lists(PAIR_DECISIONS, max_size=15), st.lists(PAIR_DECISIONS, max_size=15))
def test_changes_between_two_states_replay_to_the_second(a: list[Decision], b: list[Decision]) -> None:
    def plain(log: list[Decision]) -> DecisionState:  # what a plan holds: locks and forbids
        s = fold([x for x in log if x.action != "split"])
        locks = tuple(PairDecision(*x.key, x.reason, x.at) for x in s.locks)
        return DecisionState(locks, tuple(PairDecision(*x.key, x.reason, x.at) for x in s.forbids))

    before, after = plain(a), plain(b)
    replayed = fold([*[d("lock", *x.key) for x in before.locks],
                     *[d("forbid", *x.key, reason=x.reason) for x in before.forbids],
                     *changes_between(before, after, "2026-11-30")])
    assert {x.key for x in replayed.locks} == {x.key for x in after.locks}
    assert {x.key for x in replayed.forbids} == {x.key for x in after.forbids}
