"""Pair health: low ratings two check-ins in a row, or two missed meetings."""

from __future__ import annotations

from rm_tui.core.checkins import CheckIn
from rm_tui.core.health import pair_health


def ci(date: str, who: str = "mentor", met: str = "yes", useful: int = 4, openness: int = 4,
       pair: tuple[str, str] = ("m1", "e1")) -> CheckIn:
    return CheckIn(pair[0], pair[1], who, date, met, useful, openness, 4, 4)


def test_a_healthy_pair_is_not_flagged() -> None:
    assert pair_health([ci("2026-01-10"), ci("2026-02-10", "mentee"), ci("2026-03-10")]) == []


def test_low_usefulness_two_check_ins_in_a_row_is_flagged_with_the_reason() -> None:
    found = pair_health([ci("2026-01-10"), ci("2026-02-10", useful=2), ci("2026-03-10", useful=1)])
    assert [(a.mentor, a.mentee) for a in found] == [("m1", "e1")]
    assert "low ratings two check-ins in a row" in found[0].reason
    assert "2026-02: mentor useful 2" in found[0].reason and "2026-03: mentor useful 1" in found[0].reason


def test_either_partner_counts_openness_too() -> None:
    found = pair_health([ci("2026-02-10", "mentee", openness=2), ci("2026-03-12", "mentor", openness=1)])
    assert len(found) == 1 and "mentee openness 2" in found[0].reason


def test_low_ratings_not_in_a_row_or_at_three_are_not_flagged() -> None:
    assert pair_health([ci("2026-01-10", useful=2), ci("2026-02-10"), ci("2026-03-10", useful=2)]) == []
    assert pair_health([ci("2026-01-10", useful=3), ci("2026-02-10", openness=3)]) == []


def test_two_missed_meetings_are_flagged() -> None:
    found = pair_health([ci("2026-01-10", met="no"), ci("2026-02-10"), ci("2026-03-10", met="cancelled")])
    assert len(found) == 1 and "missed 2 meetings (2026-01, 2026-03)" in found[0].reason


def test_one_missed_meeting_or_a_partner_saying_yes_is_not_flagged() -> None:
    assert pair_health([ci("2026-01-10", met="no"), ci("2026-02-10")]) == []
    month = [ci("2026-01-10", met="no"), ci("2026-01-11", "mentee", met="yes")]
    again = [ci("2026-02-10", met="cancelled"), ci("2026-02-11", "mentee", met="yes")]
    assert pair_health(month + again) == []


def test_both_reasons_are_given_and_only_current_pairs_are_checked() -> None:
    bad = [ci("2026-01-10", met="no", useful=1), ci("2026-02-10", met="no", useful=2)]
    other = [ci(c.date, met=c.met, useful=c.useful or 4, pair=("m2", "e2")) for c in bad]
    found = pair_health(bad + other)
    assert [a.mentor for a in found] == ["m1", "m2"]
    assert "low ratings" in found[0].reason and "missed 2 meetings" in found[0].reason
    assert [a.mentor for a in pair_health(bad + other, pairs=[("m2", "e2")])] == ["m2"]
