"""Random keys in bursts at the kiosk, as a paste, a laggy link or key mashing would send them.

Shared by the Pilot fuzz test (tests/pilot/kiosk/test_kiosk_fuzz.py) and the longer run in
benchmarks/bench_kiosk_fuzz.py. A burst posts every key to the app before the app handles any,
like one read from a terminal holding "x\\r"; only then does the test wait for the app to settle.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

from textual import events
from textual.pilot import Pilot

from rm_tui.tui.kiosk import KioskApp
from rm_tui.tui.kiosk.key_queue import key_for, settled

# named keys a participant can reach (F12 left out: a lucky PIN would end the run)
NAMED = ["enter", "enter", "enter", "tab", "shift+tab", "up", "down", "left", "right", "pageup",
         "pagedown", "backspace", "space", "escape", "home", "end", "delete", "ctrl+c", "ctrl+q"]
TEXT = "abcdefghijklmnopqrstuvwxyzéè0123456789,./-@ "
WORDS = ["noah", "camille", "hel", "jer", "moreau", "7.5", "3,5", "abc", "01/10/2026", "x\r",
         "4\r", "Zoé Durand\r", "zoe@example.com\r"]


def key_event(key: str) -> events.Key:
    """A key as the terminal driver posts it: a character ("x", "/", "\\r") or a name ("enter")."""
    if len(key) == 1:
        return key_for(key)
    chars = {"enter": "\r", "space": " ", "tab": "\t", "backspace": "\x7f", "escape": "\x1b"}
    return events.Key(key, chars.get(key))


async def drain(app: KioskApp) -> None:
    """Until the kiosk has taken every key posted so far and each has settled. Unlike
    `pilot.pause()` nothing sleeps (no wait for the CPU to look idle): the screen is painted by
    its own timer while the next burst arrives, as in a real terminal."""
    await settled(app)  # the app has queued the keys...
    await app.keys.wait_idle()  # ...and handled them one by one


async def burst(pilot: Pilot, keys: list[str]) -> None:
    """Every key posted at once, as one read from a terminal holding them all, then a wait
    until the kiosk has handled each of them and the screen is painted."""
    for key in keys:
        pilot.app.post_message(key_event(key))
    await drain(pilot.app)  # type: ignore[arg-type]
    await pilot.pause()


def random_burst(rng: random.Random) -> list[str]:
    keys: list[str] = []
    for _ in range(rng.randint(1, 16)):
        roll = rng.random()
        if roll < 0.35:
            keys.append(rng.choice(NAMED))
        elif roll < 0.9:
            keys.append(rng.choice(TEXT))
        else:
            keys.extend(rng.choice(WORDS))
    return keys


@dataclass
class FuzzReport:
    keys: int = 0
    bursts: int = 0  # rounds: a jump to some screen, then bursts of keys
    screens: dict[str, int] = field(default_factory=dict)
    item_kinds: set[str] = field(default_factory=set)
    checked_people: int = 0
    question_visits: int = 0


def jump(app: KioskApp, rng: random.Random, report: FuzzReport) -> None:
    """Start a round on any screen, so every screen and item kind gets its share of keys."""
    flow, session = app.flow, app.session
    assert flow is not None
    session.lang = rng.choice(session.languages)
    people = session.program().roster
    person = rng.choice(people)
    places = ["welcome", "identify", "confirm", "register", "question", "question", "question",
              "review"]
    where = places[report.bursts % len(places)]
    if where == "welcome":
        flow.go_welcome()
    elif where == "identify":
        flow.go_identify()
    elif where == "confirm":
        flow.go_confirm(person)
    elif where == "register":
        flow.go_register()
    else:
        intake = session.start_intake(person)
        if where == "question" and intake.steps:
            intake.go_to(report.question_visits % len(intake.steps))  # every step in turn
            report.question_visits += 1
        else:
            intake.go_to(len(intake.steps))
        flow.go_questions(intake)


def answers_match(app: KioskApp) -> tuple[str, Any, Any] | None:
    """What the current screen's intake holds must be what the database holds."""
    intake = getattr(app.screen, "intake", None)
    if intake is None:
        return None
    app.session.saver.flush()
    stored = app.session.db.answers(intake.person.id)
    held = {q: a for q, a in intake.answers.items() if a}
    stored = {q: a for q, a in stored.items() if a}
    return None if stored == held else (intake.person.id, held, stored)


async def fuzz(app: KioskApp, pilot: Pilot, seed: int, total_keys: int,
               keys_per_round: int = 40) -> FuzzReport:
    rng = random.Random(seed)
    report = FuzzReport()
    clock = app.session.clock
    while report.keys < total_keys:
        jump(app, rng, report)
        await pilot.pause()
        sent = 0
        while sent < keys_per_round:
            keys = random_burst(rng)
            name = type(app.screen).__name__
            report.screens[name] = report.screens.get(name, 0) + len(keys)
            step = getattr(app.screen, "_shown_step", lambda: None)()
            if step is not None:
                report.item_kinds.update(item.kind for item in step.items)
            for key in keys:
                app.post_message(key_event(key))
            await drain(app)
            sent += len(keys)
            if rng.random() < 0.02 and hasattr(clock, "advance"):
                clock.advance(rng.choice([1, 5, app.session.idle_seconds]))  # idle or not
                assert app.flow is not None
                app.flow.tick()
            assert app.is_running, f"the kiosk ended after {report.keys + sent} keys"
        report.keys += sent
        report.bursts += 1
        await pilot.pause()
        mismatch = answers_match(app)
        assert mismatch is None, f"seed {seed}: stored answers differ from acknowledged: {mismatch}"
        report.checked_people += 1
    return report
