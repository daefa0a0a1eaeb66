"""Console text helpers (presentation only)."""

from __future__ import annotations

from rm_tui.tui.console.render import name_people, signed


def test_engine_messages_name_people_not_ids() -> None:
    names = {"p1": "Ana", "p10": "Bo"}
    out = name_people("p10 and p1 are locked: unlock first", list(names), names.__getitem__)
    assert out == "Bo and Ana are locked: unlock first"
    assert name_people("p100 stays", list(names), names.__getitem__) == "p100 stays"


def test_signed_shows_direction_and_zero() -> None:
    assert signed(2.345) == "+2.3" and signed(-0.04) == "±0.0" and signed(None) == "—"


def test_profile_summary_reads_the_axes_as_preferences() -> None:
    from rm_tui import bundled
    from rm_tui.services.loaders import load_program, load_responses
    from rm_tui.tui.console.render import profile_summary

    program = load_program(bundled.demo_program())
    answers = load_responses(bundled.demo_responses(), program)
    qs = program.questionnaires_for("mentor")
    assert profile_summary(qs, {}) == "no learning profile yet"
    said = profile_summary(qs, answers["p01"])
    assert said.count(" · ") == 2 and "explains" in said
