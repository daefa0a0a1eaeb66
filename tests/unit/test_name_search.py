from __future__ import annotations

from rm_tui.core.name_search import fold, name_matches, search_people, slug
from rm_tui.core.participant import Participant

PEOPLE = [
    Participant(id="p1", name="Hélène Dubois", role="mentee"),
    Participant(id="p2", name="Jérôme Lefèvre", role="mentee"),
    Participant(id="p3", name="Camille Martin", role="mentor"),
    Participant(id="p4", name="Noah Camus", role="mentor"),
]


def test_accents_and_case_are_ignored() -> None:
    assert fold("HÉLÈNE Œuvre") == "helene oeuvre"
    assert name_matches("helene", "Hélène Dubois")
    assert name_matches("LEFEVRE", "Jérôme Lefèvre")


def test_every_typed_word_must_start_a_word_of_the_name() -> None:
    assert name_matches("cam mar", "Camille Martin")
    assert name_matches("mar cam", "Camille Martin")
    assert not name_matches("amille", "Camille Martin")
    assert not name_matches("cam dub", "Camille Martin")
    assert not name_matches("   ", "Camille Martin")


def test_names_starting_with_the_query_come_first() -> None:
    assert [p.id for p in search_people(PEOPLE, "cam")] == ["p3", "p4"]
    assert [p.id for p in search_people(PEOPLE, "camus")] == ["p4"]
    assert len(search_people(PEOPLE, "e", limit=2)) <= 2


def test_slug_is_an_id() -> None:
    assert slug("Zoé  Petit-Martin") == "zoe-petit-martin"
    assert slug("!!!") == "person"


TYPO_PEOPLE = [
    Participant(id="t1", name="Camille Martin", role="mentor"),
    Participant(id="t2", name="Karim Haddad", role="mentee"),
    Participant(id="t3", name="Siobhan O'Brien", role="mentee"),
    Participant(id="t4", name="Jean Dupont", role="mentor"),
    Participant(id="t5", name="Manon Leroy", role="mentee"),
]


def test_a_typo_or_two_is_forgiven_accents_and_case_aside() -> None:
    def ids(query: str) -> list[str]:
        return [p.id for p in search_people(TYPO_PEOPLE, query)]

    assert ids("camile") == ["t1"]
    assert ids("Hadad") == ["t2"]
    assert ids("obrien") == ["t3"]
    assert ids("CAMLLIE MARTNI") == ["t1"]        # a swap and a slip in each word
    assert ids("dupond") == ["t4"]
    assert ids("xyz") == [] and ids("cam dub") == []  # short words must be typed right


def test_exact_matches_come_before_typo_matches() -> None:
    people = [Participant(id="a", name="Marin Bloch", role="mentor"),
              Participant(id="b", name="Martin Roux", role="mentor")]
    assert [p.id for p in search_people(people, "marin")] == ["a", "b"]


def test_roster_pickers_find_letters_inside_a_name() -> None:
    assert {p.id for p in search_people(TYPO_PEOPLE, "an", inside=True)} == {"t3", "t4", "t5"}
    assert search_people(TYPO_PEOPLE, "an") == []  # the name search at the kiosk: word starts only
