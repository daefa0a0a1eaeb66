"""The reusable prompt helpers (rm_tui.prompts.items), driven by scripted keys."""

from __future__ import annotations

import pytest

from rm_tui.prompts.items import (
    ask_choice,
    ask_date,
    ask_multi,
    ask_number,
    ask_people,
    ask_rank,
    ask_scale,
    ask_text,
    find_person,
)
from rm_tui.prompts.markers import BACK
from rm_tui.prompts.prompter import Stopped
from tests.cli.prompt_driver import CTRL_C, CTRL_U, DOWN, ENTER, SPACE, run_keys

OPTIONS = [("a", "Alpha"), ("b", "Bravo"), ("c", "Charlie")]


def test_find_person_by_exact_name_or_a_unique_part() -> None:
    labels = {"p1": "Olivier Chevalier (p1)", "p2": "Olivier Chevalier (p2)", "p3": "Inès Haddad"}
    assert find_person("inès haddad", labels) == ("p3", [])
    assert find_person("hadd", labels) == ("p3", [])
    assert find_person("ines", labels) == ("p3", [])  # accents aside
    assert find_person("haddad ines", labels) == ("p3", [])  # any word order
    assert find_person("addad", labels) == (None, [])  # words are matched from their start
    assert find_person("olivier", labels) == (None, ["Olivier Chevalier (p1)", "Olivier Chevalier (p2)"])
    assert find_person("olivier chevalier (p2)", labels) == ("p2", [])
    assert find_person("zed", labels) == (None, [])


def test_scale_shortcut_default_back_and_skip() -> None:
    assert run_keys("3" + ENTER, lambda p: ask_scale(p, "Q", 5, ["a"] * 5)) == 3
    assert run_keys(ENTER, lambda p: ask_scale(p, "Q", 5, default=4)) == 4
    assert run_keys("b" + ENTER, lambda p: ask_scale(p, "Q", 5, back=True)) is BACK
    assert run_keys("n" + ENTER, lambda p: ask_scale(p, "Q", 5, required=False)) is None


def test_a_check_refuses_a_choice_until_another_is_made() -> None:
    def check(value: object) -> str | None:
        return "not that one" if value == "a" else None
    with_check = run_keys("1" + ENTER + "2" + ENTER, lambda p: ask_choice(p, "Q", OPTIONS, check=check))
    assert with_check == "b"


def test_multi_enforces_max_picks_and_ranks() -> None:
    keys = SPACE + DOWN + SPACE + DOWN + SPACE + ENTER + SPACE + ENTER  # 3 refused; untick Charlie
    assert run_keys(keys, lambda p: ask_multi(p, "Q", OPTIONS, max_picks=2)) == ["a", "b"]
    keys = SPACE + DOWN + SPACE + ENTER + "2" + ENTER  # Alpha, Bravo; Bravo ranked first
    assert run_keys(keys, lambda p: ask_multi(p, "Q", OPTIONS, ranked=True)) == ["b", "a"]
    assert run_keys("b", lambda p: ask_multi(p, "Q", OPTIONS, back=True)) is BACK
    assert run_keys(ENTER, lambda p: ask_multi(p, "Q", OPTIONS, required=False)) is None
    keys = ENTER + SPACE + ENTER + DOWN + SPACE + ENTER  # nothing, then one: both refused (at least 2)
    assert run_keys(keys, lambda p: ask_multi(p, "Q", OPTIONS, min_picks=2)) == ["a", "b"]


def test_rank_with_a_custom_question() -> None:
    asked: list[int] = []

    def question(n: int) -> str:
        asked.append(n)
        return f"#{n}?"
    order = run_keys("3" + ENTER + ENTER, lambda p: ask_rank(p, OPTIONS, question=question))
    assert order == ["c", "a", "b"] and asked == [1, 2]


def test_text_number_and_date_refuse_until_valid() -> None:
    assert run_keys("toolong" + ENTER + CTRL_U + "ok" + ENTER, lambda p: ask_text(p, "Q", max_length=5)) == "ok"
    assert run_keys("<" + ENTER, lambda p: ask_text(p, "Q", back=True)) is BACK
    assert run_keys(ENTER, lambda p: ask_text(p, "Q")) is None
    keys = ENTER + "x" + ENTER + CTRL_U + "99" + ENTER + CTRL_U + "1.5" + ENTER + CTRL_U + "7" + ENTER
    assert run_keys(keys, lambda p: ask_number(p, "Q", lo=0, hi=10)) == 7
    keys = "1999-01-01" + ENTER + CTRL_U + "15/06/2020" + ENTER
    assert run_keys(keys, lambda p: ask_date(p, "Q", lo="2000-01-01")) == "2020-06-15"


def test_people_picks_toggle_and_respect_max() -> None:
    people = [("p1", "Camille Martin"), ("p2", "Lucas Bernard"), ("p3", "Inès Haddad")]
    keys = "camille" + ENTER + "lucas" + ENTER + "ines haddad" + ENTER + CTRL_U  # unknown spelling
    keys += "inès" + ENTER + CTRL_U + "camille" + ENTER + "inès" + ENTER + ENTER  # full; drop Camille
    assert run_keys(keys, lambda p: ask_people(p, "Q", people, max_picks=2)) == ["p2", "p3"]


def test_people_required_refuses_an_empty_answer() -> None:
    people = [("p1", "Camille Martin"), ("p2", "Lucas Bernard")]
    keys = ENTER + "lucas" + ENTER + ENTER
    assert run_keys(keys, lambda p: ask_people(p, "Q", people, required=True)) == ["p2"]


def test_people_with_nobody_to_choose_asks_nothing() -> None:
    assert run_keys("", lambda p: ask_people(p, "Q", [])) is None


@pytest.mark.parametrize(("lang", "keys", "expected"), [
    ("fr", "o", True), ("fr", "y", True), ("fr", "n", False), ("fr", ENTER, False), ("en", "y", True),
    ("en", "x" + ENTER, False),  # other keys mean nothing: Enter takes the default
])
def test_confirm_in_the_person_s_language(lang: str, keys: str, expected: bool) -> None:
    assert run_keys(keys, lambda p: p.confirm("Q?", default=False), lang=lang) is expected


def test_ctrl_c_raises_stopped() -> None:
    with pytest.raises(Stopped):
        run_keys(CTRL_C, lambda p: ask_scale(p, "Q", 5))
