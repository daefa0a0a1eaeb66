"""Coded errors: the English message is unchanged (the CLI prints it), `said` words it in the
reader's language, and every code the engine raises has both wordings."""

from __future__ import annotations

import pytest

from rm_tui.core.errors import InputError, OperationError, said
from rm_tui.core.history import History
from rm_tui.i18n import CATALOG


def test_a_coded_error_reads_english_and_is_said_in_french() -> None:
    error = OperationError.coded("engine.not_paired", mentor="m1", mentee="e1")
    assert str(error) == "m1 and e1 are not paired" and error.exit_status == 1
    assert said(error, "fr") == "m1 et e1 ne sont pas en binôme"
    assert said(error, "en") == str(error)


def test_a_parameter_worded_per_language_is_said_in_that_language() -> None:
    error = OperationError.coded("engine.not_allowed", mentor="m1", mentee="e1",
                                 reasons={"en": "same team", "fr": "même équipe"})
    assert str(error).endswith("may not be paired: same team")
    assert said(error, "fr").endswith(": même équipe")


def test_an_error_without_a_code_is_said_as_it_is() -> None:
    assert said(OperationError("bad file"), "fr") == "bad file"
    assert said(ValueError("boom"), "fr") == "boom"


def test_an_input_error_says_each_problem_with_its_tag_in_the_language() -> None:
    """The place is never translated; the tag is; an uncoded message stays as written."""
    error = InputError("bad file")
    assert said(error, "en") == str(error) == "rm-tui: error: bad file"
    assert said(error, "fr") == "rm-tui : erreur : bad file"


def test_the_engines_refusal_is_coded() -> None:
    with pytest.raises(OperationError) as caught:
        History(1).redo()
    assert str(caught.value) == "nothing to redo"
    assert said(caught.value, "fr") == "rien à rétablir"


def test_every_engine_code_has_both_wordings() -> None:
    engine = [k for k in CATALOG if k.startswith("engine.")]
    assert engine and all(CATALOG[k]["fr"] and CATALOG[k]["en"] for k in engine)


def test_a_bad_field_value_in_the_console_is_said_in_french() -> None:
    from rm_tui.core.participant import Participant
    from rm_tui.services.cohort import with_field

    person = Participant("p1", "Ana", "mentor")
    for field, value, french in (("start_date", "demain", "'demain' n'est pas une date (JJ/MM/AAAA)"),
                                 ("years_in_company", "dix", "'dix' n'est pas un nombre")):
        with pytest.raises(ValueError) as caught:
            with_field(person, field, value)
        assert said(caught.value, "fr") == french
    with pytest.raises(ValueError, match="is not a date"):
        with_field(person, "start_date", "demain")
