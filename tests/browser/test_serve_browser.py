"""`rm-tui serve` in a real browser (headless Chromium as a 390x844 touch-screen phone, taps): the
participant's whole way through by tapping, the token, personal links and the room limit."""

from __future__ import annotations

import json
import os
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from rm_tui.storage import Database
from tests.browser.conftest import SEATS, db_of, links_of
from tests.browser.driver import (
    Served,
    click_text,
    open_terminal,
    screen_text,
    session_processes,
    wait_answer,
    wait_text,
)


def status(code_of: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(code_of, timeout=30) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8")


def live_sessions(db: Path) -> int:
    data = json.loads(db.with_name(db.name + ".serve.json").read_text(encoding="utf-8"))
    return int(data["sessions"])


def test_no_token_or_a_wrong_one_gets_403_and_starts_nothing(served: Served) -> None:
    before = session_processes(db_of(served))
    for path in ("/", "/?t=", "/?t=wrong-token", "/ws/wrong-token", "/ws/",
                 "/static/wrong-token/js/textual.js", "/download/x", "/anything"):
        code, body = status(served.base + path)
        assert code == 403, path
        assert "not valid" in body
    token = served.join.split("t=", 1)[1]
    assert status(f"{served.base}/?t={token[:-1]}")[0] == 403  # one character short
    assert session_processes(db_of(served)) == before


def test_join_link_name_search_tap_through_and_submit(served: Served, new_page) -> None:  # noqa: ANN001
    page = new_page()
    open_terminal(page, served.join)
    click_text(page, "English")  # the language, by tapping
    click_text(page, "Start")
    wait_text(page, "Who are you?")
    page.keyboard.type("helen")  # typo-tolerant search, then tap the match
    click_text(page, "Hélène D.")
    click_text(page, "Yes, that's me")
    wait_text(page, "Question 1 of 3")
    db = db_of(served)
    click_text(page, "Agree")
    wait_answer(db, "p02", "quick", "ex", 4)
    click_text(page, "Next")
    wait_text(page, "Question 2 of 3")
    click_text(page, "Strongly disagree")
    wait_answer(db, "p02", "quick", "pr", 1)
    click_text(page, "Next")
    wait_text(page, "Question 3 of 3")
    click_text(page, "Remote")
    wait_answer(db, "p02", "quick", "format", "remote")
    click_text(page, "Review")
    wait_text(page, "Remote")
    click_text(page, "Submit")
    wait_text(page, "Thank you")
    with Database(db_of(served)) as db:
        assert db.answers("p02") == {"quick": {"ex": 4, "pr": 1, "format": "remote"}}
        assert set(db.submitted("p02")) == {"quick"}
        assert db.answers("p01") == {}


def test_personal_link_opens_that_persons_questionnaire(served: Served, new_page) -> None:  # noqa: ANN001
    page = new_page()
    open_terminal(page, links_of(served)["p03"]["url"])
    click_text(page, "Commencer")
    wait_text(page, "Question 1 sur 3")  # no name search, no one else to choose
    assert "Qui êtes-vous" not in screen_text(page)
    click_text(page, "Tout à fait d'accord")
    wait_answer(db_of(served), "p03", "quick", "ex", 5)
    click_text(page, "Suivant")
    wait_text(page, "Question 2 sur 3")
    with Database(db_of(served)) as db:
        assert db.answers("p03") == {"quick": {"ex": 5}}
        assert db.answers("p04") == {}
    assert links_of(served)["p03"]["name"] == "Jérôme Lefèvre"
    assert len({row["url"] for row in links_of(served).values()}) == 4  # one secret each


@pytest.mark.skipif(not Path("/proc/self/cmdline").exists(), reason="needs /proc")
def test_room_full_beyond_max_sessions_and_closing_a_tab_ends_its_process(
        served: Served, new_page) -> None:  # noqa: ANN001
    db = db_of(served)
    pages = []
    for _ in range(SEATS):
        page = new_page()
        open_terminal(page, served.join)
        wait_text(page, "Commencer")
        pages.append(page)
    assert len(session_processes(db)) == SEATS
    assert live_sessions(db) == SEATS

    extra = new_page()
    response = extra.goto(served.join)
    assert response is not None and response.status == 503
    assert "The room is full" in extra.content() and "retry in a minute" in extra.content()

    pid = session_processes(db)[0]
    pages[0].context.close()  # the tab goes: its process ends, its seat frees
    _wait_gone(pid)
    assert live_sessions(db) == SEATS - 1
    response = extra.goto(served.join)
    assert response is not None and response.status == 200


def _wait_gone(pid: int) -> None:
    import time

    deadline = time.monotonic() + 60  # generous: the condition, not the speed, is tested
    while time.monotonic() < deadline:
        if not os.path.exists(f"/proc/{pid}") or _zombie(pid):
            return
        time.sleep(0.1)
    raise AssertionError(f"session process {pid} still running after its tab closed")


def _zombie(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0] == "Z"
    except OSError:
        return True
