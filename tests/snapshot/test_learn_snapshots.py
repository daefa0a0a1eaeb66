"""Snapshots of the analytics screen (explicit terminal size; no time-dependent content)."""

from __future__ import annotations

from tests.snapshot.learn_apps import AnalyticsApp, demo_report


def test_analytics_screen(snap_compare) -> None:
    assert snap_compare(AnalyticsApp(demo_report()), terminal_size=(120, 40))


def test_analytics_screen_on_the_hypothesis_row(snap_compare) -> None:
    assert snap_compare(AnalyticsApp(demo_report()), press=["down", "down", "down"], terminal_size=(120, 40))


def test_analytics_screen_with_too_few_pairs(snap_compare) -> None:
    assert snap_compare(AnalyticsApp(demo_report(n=7)), terminal_size=(120, 40))
