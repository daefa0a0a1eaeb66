"""The one definition of confirmed, ended and needing attention (`core/followup.py`)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from rm_tui.core.followup import ACTIVE, ATTENTION, ENDED, overview


def plan(*pairs: tuple[str, str], at: str = "2026-01-15T09:00:00+00:00", version: int = 1) -> dict:
    return {"kind": "confirmed", "version": version,
            "plan": {"confirmed_at": at, "pairs": [{"mentor": m, "mentee": e} for m, e in pairs]}}


def low(mentor: str, mentee: str, date: str, who: str = "mentee", met: str = "yes") -> dict:
    ratings = {"useful": 1, "openness": 4, "explains_well": 3, "progress": 2} if met == "yes" else {}
    return {"mentor": mentor, "mentee": mentee, "respondent": who, "date": date, "met": met, **ratings}


LOW_TWICE = [low("m1", "e1", "2026-02-03"), low("m1", "e1", "2026-03-03", "mentor")]


def test_states_counts_and_order() -> None:
    plans = [plan(("m1", "e1"), ("m2", "e2"), ("m3", "e3")),
             plan(("m1", "e1"), ("m2", "e3"), at="2026-04-01T10:00:00+00:00", version=2)]
    checkins = [*LOW_TWICE, low("m2", "e3", "2026-04-20", met="no"), low("m2", "e3", "2026-05-20", met="no")]
    outcomes = [{"mentor": "m2", "mentee": "e2", "ended_early": True, "reason": "availability"}]
    found = overview(plans, outcomes, checkins)
    states = {p.key: p for p in found.pairs}
    assert [(p.key, p.status) for p in found.pairs] == [
        (("m1", "e1"), ATTENTION), (("m2", "e3"), ATTENTION), (("m2", "e2"), ENDED), (("m3", "e3"), ENDED)]
    assert states[("m2", "e3")].since == "2026-04-01" and states[("m1", "e1")].since == "2026-01-15"
    assert states[("m2", "e3")].missed == 2 and "missed 2 meetings" in states[("m2", "e3")].attention_reasons[0]
    assert states[("m1", "e1")].checkins == {"mentor": 1, "mentee": 1}
    assert states[("m1", "e1")].last_checkin == "2026-03-03"
    assert states[("m2", "e2")].ended_reason == "availability" and states[("m3", "e3")].ended_reason == "split"
    assert found.counts() == {"pairs": 4, "confirmed": 2, "active": 0, "attention": 2, "ended": 2,
                              "outcomes": 1, "checkins": 4}
    assert found.summary().startswith("2 confirmed pairs (+2 split) · 0 active · 2 needing attention")


def test_json_row_has_exactly_the_public_keys() -> None:
    found = overview([plan(("m1", "e1"))], [], LOW_TWICE)
    row = found.to_dict({"m1": "Lina Haddad"})["pairs"][0]
    assert list(row) == ["mentor", "mentee", "mentor_name", "mentee_name", "since", "status", "checkins",
                         "last_checkin", "missed", "attention_reasons", "outcome"]
    assert (row["mentor_name"], row["mentee_name"], row["status"]) == ("Lina Haddad", None, "attention")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(1, 12), st.sampled_from(["mentor", "mentee"]),
                          st.sampled_from(["yes", "no", "cancelled"]), st.integers(1, 5)), max_size=20),
       st.booleans(), st.booleans())
def test_a_pair_with_an_outcome_never_needs_attention(
        rounds: list[tuple[int, str, str, int]], early: bool, in_plan: bool) -> None:
    checkins = [{**low("m1", "e1", f"2026-{month:02d}-05", who, met),
                 **({"useful": rating} if met == "yes" else {})} for month, who, met, rating in rounds]
    outcome = {"mentor": "m1", "mentee": "e1", "quality_mentor": 2, "ended_early": early}
    plans = [plan(("m1", "e1"), ("m2", "e2"))] + ([] if in_plan else [plan(("m2", "e2"), version=2)])
    with_outcome = overview(plans, [outcome], checkins).get("m1", "e1")
    without = overview(plans, [], checkins).get("m1", "e1")
    assert with_outcome is not None and without is not None
    assert with_outcome.status == ENDED and with_outcome.attention_reasons == ()
    assert without.status in ((ACTIVE, ATTENTION) if in_plan else (ENDED,))
