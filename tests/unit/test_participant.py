from rm_tui.core.participant import Participant


def test_years_in_company_is_not_missing_when_start_date_is_known() -> None:
    person = Participant("p1", "Camille Martin", "mentor", start_date="2020-01-01")
    assert not person.missing("years_in_company")
    assert Participant("p2", "Alex Doe", "mentee").missing("years_in_company")


def test_background_answers_fill_only_missing_fields_and_unwrap_single_picks() -> None:
    person = Participant("p1", "Camille Martin", "mentor", team="data")
    filled = person.with_background({"manager": ["p9"], "team": "other", "languages": ["fr", "en"]})
    assert filled.manager == "p9"
    assert filled.team == "data"
    assert filled.languages == ("fr", "en")


def test_identity_shows_first_name_and_initial_only() -> None:
    assert Participant("p1", "Camille Martin-Durand", "mentor").first_name_initial == "Camille M."
