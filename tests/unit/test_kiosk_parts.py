"""The kiosk's pure parts: PIN lockout, typed answers, labels, gentle messages, ordered autosave."""

from __future__ import annotations

import threading

from rm_tui.core.dates import parse_date, show_date
from rm_tui.core.name_search import distinct_labels
from rm_tui.core.participant import Participant
from rm_tui.core.questionnaire import Item
from rm_tui.tui.kiosk.pin import LOCK_SECONDS, MAX_TRIES, PinGuard
from rm_tui.tui.kiosk.saver import AnswerSaver
from rm_tui.tui.widgets.fields import parse_number


class Clock:
    now = 0.0

    def __call__(self) -> float:
        return self.now


def test_pin_locks_after_five_wrong_tries_and_unlocks_after_a_minute() -> None:
    clock = Clock()
    guard = PinGuard("1357", clock)
    for _ in range(MAX_TRIES - 1):
        assert not guard.attempt("0000")
    assert guard.locked_for() == 0 and guard.tries_left() == 1
    assert not guard.attempt("0000")
    assert guard.locked_for() == LOCK_SECONDS
    assert not guard.attempt("1357")
    clock.now += LOCK_SECONDS
    assert guard.locked_for() == 0
    assert guard.attempt("1357")


def test_a_right_pin_resets_the_count_of_wrong_ones() -> None:
    guard = PinGuard("1357", Clock())
    for _ in range(MAX_TRIES - 1):
        guard.attempt("0000")
    assert guard.attempt("1357")
    assert guard.tries_left() == MAX_TRIES


def test_dates_are_read_the_french_way_or_iso() -> None:
    assert parse_date("1/10/2026") == "2026-10-01"
    assert parse_date("15.09.2026") == "2026-09-15"
    assert parse_date("2026-09-15") == "2026-09-15"
    assert parse_date("31/02/2026") is None
    assert parse_date("soon") is None
    assert show_date("2026-10-01") == "01/10/2026"


def test_numbers_accept_a_decimal_comma_and_refuse_fractions_when_whole() -> None:
    assert parse_number("7", integer=True) == 7
    assert parse_number("2,5", integer=False) == 2.5
    assert parse_number("2,5", integer=True) is None
    assert parse_number("abc", integer=True) is None


def test_two_people_who_would_read_the_same_are_told_apart_by_words_not_ids() -> None:
    a = Participant(id="p1", name="Camille Martin", role="mentor", team="data-platform")
    b = Participant(id="p2", name="Camille Moreau", role="mentee", team="finance")
    c = Participant(id="p3", name="Noah Bernard", role="mentor")
    same_role = [a, Participant(id="p4", name="Camille Muller", role="mentor", team="data-platform")]

    def describe(p: Participant) -> list[str | None]:
        return [None, p.role.title(), p.team.replace("-", " ").title() if p.team else None]

    labels = distinct_labels([a, b, c], describe)
    assert labels == {"p1": "Camille M. (Mentor)", "p2": "Camille M. (Mentee)", "p3": "Noah B."}
    assert distinct_labels(same_role, describe) == {"p1": "Camille Ma.", "p4": "Camille Mu."}


def test_messages_are_translated_and_name_the_limit() -> None:
    item = Item(id="x", kind="multi", text={"fr": "x", "en": "x"}, required=True, max_picks=2, min_picks=1)
    too_many = item.check_answer(["a", "b", "c"])
    assert too_many is not None and too_many.code == "max_picks"
    assert too_many.to_participant("en") == "At most 2 choices: remove one first."
    assert too_many.to_participant("fr") == "Au plus 2 choix : retirez-en un d'abord."
    missing = item.check_answer(None)
    assert missing is not None and missing.to_participant("fr") != missing.to_participant("en")


def test_autosave_keeps_the_order_of_answers() -> None:
    written: list[int] = []
    gate = threading.Event()
    saver = AnswerSaver()
    saver.put(gate.wait)  # hold the writer so later writes queue up
    for n in range(50):
        saver.put(lambda n=n: written.append(n))
    gate.set()
    saver.flush()
    assert written == list(range(50))
    saver.close()


def test_autosave_reports_a_failed_write_and_keeps_going() -> None:
    errors: list[BaseException] = []
    saver = AnswerSaver(on_error=errors.append)
    done: list[str] = []
    saver.put(lambda: 1 / 0)
    saver.put(lambda: done.append("next"))
    saver.flush()
    assert len(errors) == 1 and done == ["next"]
    saver.close()
