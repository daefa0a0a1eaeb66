"""From stored plans, outcomes and check-ins to analysis records; the pooling rule."""

from __future__ import annotations

from rm_tui.core.analytics_input import pooling_decision, questionnaire_versions, records_from


def plan(version: int, pairs: list[tuple[str, str, float]], qv: dict | None = None) -> dict:
    body = {"pairs": [{"mentor": m, "mentee": e, "score": 50, "criteria": {"fit": s, "intent": {"score": 1.0}}}
                      for m, e, s in pairs]}
    if qv is not None:
        body["questionnaires"] = qv
    return {"kind": "confirmed", "version": version, "plan": body}


def test_records_use_first_confirmation_latest_outcome_and_mean_explains_well() -> None:
    plans = [plan(1, [("m1", "e1", 0.2), ("m2", "e2", 0.9)]), plan(2, [("m1", "e1", 0.7), ("m3", "e2", 0.4)])]
    outcomes = [
        {"mentor": "m1", "mentee": "e1", "quality_mentor": 2, "quality_mentee": 2},
        {"mentor": "m1", "mentee": "e1", "quality_mentor": 4, "quality_mentee": 5},
        {"mentor": "m2", "mentee": "e2", "ended_early": True},
        {"mentor": "m3", "mentee": "e2", "quality_mentor": 99},  # invalid: ignored
    ]
    checkins = [
        {"mentor": "m1", "mentee": "e1", "respondent": "mentor", "date": "2026-01-05", "met": "yes",
         "useful": 4, "openness": 4, "explains_well": 2, "progress": 3},
        {"mentor": "m1", "mentee": "e1", "respondent": "mentee", "date": "2026-01-06", "met": "yes",
         "useful": 4, "openness": 4, "explains_well": 5, "progress": 3},
    ]
    recs = {(r.mentor, r.mentee): r for r in records_from(plans, outcomes, checkins, cohort="A")}
    assert set(recs) == {("m1", "e1"), ("m2", "e2"), ("m3", "e2")}
    assert recs[("m1", "e1")].criteria == {"fit": 0.2, "intent": 1.0}
    assert recs[("m1", "e1")].quality == 4.5 and recs[("m1", "e1")].explains_well == 3.5
    assert recs[("m2", "e2")].quality is None and recs[("m3", "e2")].quality is None
    assert recs[("m1", "e1")].cohort == "A"


def test_questionnaire_versions_are_read_from_the_plan() -> None:
    assert questionnaire_versions(plan(1, [], {"learner_profile": 1})) == {"learner_profile": 1}
    assert questionnaire_versions(plan(1, [])) is None
    assert questionnaire_versions(None) is None


def test_pooling_needs_identical_recorded_versions() -> None:
    same = pooling_decision([("a.db", {"lp": 1, "bg": 2}), ("b.db", {"lp": 1, "bg": 2})])
    assert same.allowed and "lp v1" in same.note
    differ = pooling_decision([("a.db", {"lp": 1}), ("b.db", {"lp": 2})])
    assert not differ.allowed and "a.db and b.db" in differ.note and "lp: v1 vs v2" in differ.note
    missing = pooling_decision([("a.db", {"lp": 1}), ("b.db", None)])
    assert not missing.allowed and "not recorded in b.db" in missing.note
    assert pooling_decision([("a.db", None)]).allowed


def test_criteria_scored_differently_across_cohorts_are_named() -> None:
    from rm_tui.core.analytics_input import criteria_definitions, definition_note

    def rec(mode: str, weight: float) -> dict:
        return {"plan": {"criteria_settings": {
            "learning_fit": {"weight": weight, "mode": mode, "params": {}},
            "intentions": {"weight": 3.0, "mode": None, "params": {}}}}}

    same = [("a", criteria_definitions(rec("similar", 1.0))), ("b", criteria_definitions(rec("similar", 2.0)))]
    assert definition_note(same) is None  # a different weight does not change what a score means
    differ = [("a", criteria_definitions(rec("similar", 1.0))), ("b", criteria_definitions(rec("complementary", 1.0)))]
    note = definition_note(differ)
    assert note is not None and "learning_fit" in note and "intentions" not in note
    assert criteria_definitions(None) == {} and definition_note(same[:1]) is None
