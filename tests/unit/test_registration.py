"""The one set of sign-up rules shared by the kiosk, the browser and `take`."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from rm_tui.core.participant import Participant
from rm_tui.core.registration import new_participant, registration_problem

ROSTER = [
    Participant(id="p01", name="Camille Martin", role="mentor", email="camille.martin@example.com"),
    Participant(id="p02", name="Lucas Bernard", role="mentor"),
]


def test_each_problem_in_order() -> None:
    assert registration_problem("Zoé", "zoe@example.com", "mentee", ROSTER) == "kiosk.need_name"
    for email in ("", "zoe", "zoe@example", "zoe @example.com", "zoe@@example.com"):
        assert registration_problem("Zoé Nouvelle", email, "mentee", ROSTER) == "common.bad_email"
    assert registration_problem("Zoé Nouvelle", "zoe@example.com", None, ROSTER) == "kiosk.need_role"
    assert registration_problem("Zoé Nouvelle", " zoe@example.com ", "mentee", ROSTER) is None


def test_someone_listed_already_is_sent_back_to_search() -> None:
    # the same email, whatever the case or the name given
    assert registration_problem("Cam Martin", "CAMILLE.MARTIN@example.com", "mentor", ROSTER) == "kiosk.already_listed"
    # the same name and nothing to tell them apart (no email on the roster)
    assert registration_problem("bernard lucas", "lb@example.com", "mentor", ROSTER) == "kiosk.already_listed"
    # a namesake with another email is someone else
    assert registration_problem("Camille Martin", "camille.m@example.org", "mentee", ROSTER) is None


@given(st.lists(st.sampled_from(["self-zoe-nouvelle", "self-zoe-nouvelle-2", "self-zoe-nouvelle-3",
                                 "p01", "self-zoe"]), unique=True))
def test_new_ids_never_collide(taken: list[str]) -> None:
    person = new_participant("  Zoé   Nouvelle ", "mentee", " zoe@example.com", taken)
    assert person.id not in taken and person.id.startswith("self-zoe-nouvelle")
    assert (person.name, person.email, person.self_registered) == ("Zoé Nouvelle", "zoe@example.com", True)
