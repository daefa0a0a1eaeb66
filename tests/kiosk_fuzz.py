"""Random input in sequences at the kiosk, as a paste, a laggy link, key mashing or a restless
mouse would send it.

Shared by the Pilot fuzz test (tests/pilot/kiosk/test_kiosk_fuzz.py) and the longer run in
benchmarks/bench_kiosk_fuzz.py. A sequence (keys, a pasted word, clicks at random cells, wheel
turns) is posted to the app at once, like one read from a terminal; then the test waits, without
sleeping, until the kiosk has handled each input and everything it started has settled.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from textual import events
from textual.pilot import Pilot

from rm_tui.tui.kiosk import KioskApp
from rm_tui.tui.kiosk.key_queue import key_for, settled
from rm_tui.tui.kiosk.pin import PinScreen
from tests.kiosk_support import FakeClock, make_app

# named keys a participant can reach (F12 left out: a lucky PIN would end the run)
NAMED = ["enter", "enter", "enter", "tab", "shift+tab", "up", "down", "left", "right", "pageup",
         "pagedown", "backspace", "space", "escape", "home", "end", "delete", "ctrl+c", "ctrl+q"]
TEXT = "abcdefghijklmnopqrstuvwxyzéè0123456789,./-@ "
WORDS = ["noah", "camille", "hel", "jer", "moreau", "7.5", "3,5", "abc", "01/10/2026", "x\r",
         "4\r", "Zoé Durand\r", "zoe@example.com\r"]
LENGTHS = [1, 1, 1, 1, 1, 2, 2, 2, 3, 4, 8]  # mostly a key or two, now and then a rush
MOUSE = ["click", "click", "click", "scroll_up", "scroll_down"]

# one thing a participant does: a key ("x", "enter") or a mouse action at a cell
Action = str | tuple[str, int, int]


def key_event(key: str) -> events.Key:
    """A key as the terminal driver posts it: a character ("x", "/", "\\r") or a name ("enter")."""
    if len(key) == 1:
        return key_for(key)
    chars = {"enter": "\r", "space": " ", "tab": "\t", "backspace": "\x7f", "escape": "\x1b"}
    return events.Key(key, chars.get(key))


def mouse_events(kind: str, x: int, y: int) -> list[events.Event]:
    """What the terminal driver posts for a click (down, up: the app makes the Click) or a
    turn of the wheel at a cell."""
    def make(cls: type[events.MouseEvent], button: int = 1) -> events.MouseEvent:
        return cls(None, x, y, 0, 0, button, False, False, False, screen_x=x, screen_y=y)

    if kind == "click":
        return [make(events.MouseDown), make(events.MouseUp)]
    return [make(events.MouseScrollUp if kind == "scroll_up" else events.MouseScrollDown, 0)]


def post(app: KioskApp, actions: list[Action]) -> None:
    """Every action of a sequence posted at once, as one read from the terminal."""
    for action in actions:
        if isinstance(action, str):
            app.post_message(key_event(action))
        else:
            for event in mouse_events(*action):
                app.post_message(event)


async def drain(app: KioskApp) -> None:
    """Until the kiosk has taken everything posted so far, one input at a time, and each has
    settled. Nothing sleeps (no wait for the CPU to look idle): the screen is painted by its
    own timer while the next sequence arrives, as in a real terminal."""
    await settled(app)  # the app has queued the input...
    await app.keys.wait_idle()  # ...and handled it one by one


async def burst(pilot: Pilot, keys: list[str]) -> None:
    """Every key posted at once, as one read from a terminal holding them all, then a wait
    until the kiosk has handled each of them and the screen is painted."""
    post(pilot.app, list(keys))  # type: ignore[arg-type]
    await drain(pilot.app)  # type: ignore[arg-type]
    await pilot.pause()


def random_sequence(rng: random.Random, size: tuple[int, int]) -> list[Action]:
    actions: list[Action] = []
    for _ in range(rng.choice(LENGTHS)):
        roll = rng.random()
        if roll < 0.3:
            actions.append(rng.choice(NAMED))
        elif roll < 0.8:
            actions.append(rng.choice(TEXT))
        elif roll < 0.84:
            actions.extend(rng.choice(WORDS))
        else:
            actions.append((rng.choice(MOUSE), rng.randrange(size[0]), rng.randrange(size[1])))
    return actions


@dataclass
class FuzzReport:
    sequences: int = 0
    keys: int = 0
    mouse: int = 0
    rounds: int = 0  # a jump to some screen, then sequences
    screens: dict[str, int] = field(default_factory=dict)  # sequences that started there
    item_kinds: set[str] = field(default_factory=set)
    languages: set[str] = field(default_factory=set)
    checked_people: int = 0
    question_visits: int = 0
    overdue: int = 0  # inputs let through before the previous one settled (should stay 0)


def jump(app: KioskApp, rng: random.Random, report: FuzzReport) -> None:
    """Start a round on any screen, so every screen and item kind gets its share of keys."""
    flow, session = app.flow, app.session
    assert flow is not None
    session.lang = rng.choice(session.languages)
    people = session.program().roster
    person = rng.choice(people)
    places = ["welcome", "question", "identify", "question", "confirm", "question", "register",
              "question", "review", "question", "sealed", "question", "thanks", "question"]
    where = places[report.rounds % len(places)]
    if where == "welcome":
        flow.go_welcome()
    elif where == "identify":
        flow.go_identify()
    elif where == "confirm":
        flow.go_confirm(person)
    elif where == "register":
        flow.go_register()
    elif where in ("sealed", "thanks"):
        intake = session.start_intake(person)
        (flow.go_sealed if where == "sealed" else flow.go_thanks)(intake)
    else:
        intake = session.start_intake(person)
        if where == "question" and intake.steps:
            # a step with an item kind not seen yet, else every step in turn
            unseen = [i for i, step in enumerate(intake.steps)
                      if any(item.kind not in report.item_kinds for item in step.items)]
            intake.go_to(unseen[0] if unseen else report.question_visits % len(intake.steps))
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


async def fuzz(app: KioskApp, seed: int, sequences: int, per_round: int = 25) -> FuzzReport:
    """`sequences` random input sequences, each posted at once; a jump to another screen every
    `per_round`, then a check that what the screen's participant answered is stored."""
    rng = random.Random(seed)
    report = FuzzReport()
    clock = app.session.clock
    size = (app.size.width, app.size.height)
    while report.sequences < sequences:
        jump(app, rng, report)
        await drain(app)
        for _ in range(min(per_round, sequences - report.sequences)):
            actions = random_sequence(rng, size)
            name = type(app.screen).__name__
            report.screens[name] = report.screens.get(name, 0) + 1
            report.languages.add(app.session.lang)
            step = getattr(app.screen, "_shown_step", lambda: None)()
            if step is not None:
                report.item_kinds.update(item.kind for item in step.items)
            post(app, actions)
            await drain(app)
            report.sequences += 1
            report.keys += sum(isinstance(a, str) for a in actions)
            report.mouse += sum(not isinstance(a, str) for a in actions)
            if rng.random() < 0.02 and isinstance(clock, FakeClock):
                clock.advance(rng.choice([1, 5, app.session.idle_seconds]))  # idle or not
                assert app.flow is not None
                app.flow.tick()
            assert app.is_running, f"seed {seed}: the kiosk ended after {report.sequences} sequences"
            screen = app.screen
            assert not isinstance(screen, PinScreen) or screen.unlock, \
                f"seed {seed}: {actions} opened the facilitator's exit"
        report.rounds += 1
        mismatch = answers_match(app)
        assert mismatch is None, f"seed {seed}: stored answers differ from acknowledged: {mismatch}"
        report.checked_people += 1
    report.overdue = app.keys.overdue
    return report


# The suite's 10,000 sequences: 4 sessions x 2,500, French and English first, the smallest
# supported terminal and the usual one (the language also switches at every jump and on
# clicks). Two test files of two sessions each, so that two test workers share them.
SESSIONS = {1: ("fr", (60, 15)), 2: ("en", (80, 24)), 3: ("en", (60, 15)), 4: ("fr", (80, 24))}
SESSION_SEQUENCES = 2_500
SCREENS = {"WelcomeScreen", "IdentifyScreen", "ConfirmScreen", "RegisterScreen", "QuestionScreen",
           "ReviewScreen", "SealedScreen", "ThanksScreen"}
KINDS = {"scale", "single", "multi", "number", "date", "roster", "text"}


async def fuzz_session(db_path: Path, seed: int) -> FuzzReport:
    """One session of the suite's fuzz, checked: the kiosk never ended, every screen and item
    kind and both languages had their share, no input waited past MAX_WAIT."""
    lang, size = SESSIONS[seed]
    app = make_app(db_path, FakeClock(), lang=lang)
    async with app.run_test(size=size) as pilot:
        report = await fuzz(app, seed, SESSION_SEQUENCES, per_round=100)
        assert app.is_running
        await pilot.pause()
    assert report.sequences == SESSION_SEQUENCES
    assert report.mouse > SESSION_SEQUENCES // 10 and report.keys > SESSION_SEQUENCES
    assert set(report.screens) >= SCREENS, report.screens
    assert report.item_kinds >= KINDS, report.item_kinds
    assert report.languages == {"fr", "en"}
    assert report.overdue == 0, "an input waited for the previous one longer than MAX_WAIT"
    return report
