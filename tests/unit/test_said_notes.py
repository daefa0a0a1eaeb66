"""The core's statistical notes are codes (`Said`): their English text is what `report` has
always printed and stored, and the analytics screen says them in the program's language."""

from __future__ import annotations

import copy
import json
import pickle

from rm_tui.core.analytics import analyse, chance_note, relate
from rm_tui.core.analytics_input import pooling_decision
from rm_tui.core.errors import OperationError, said
from rm_tui.i18n import Said, in_lang
from tests.unit.test_analytics import _records


def test_a_note_is_its_english_text_and_says_itself_in_french() -> None:
    note = chance_note(3)
    assert note == ("3 relations tested: at the 5% level about 0.2 would look related by chance alone, "
                    "even if none mattered. So p-values are Holm-adjusted across the 3 (family-wise 5%): "
                    "'suggestive' needs an adjusted p below 0.05, i.e. a raw p below 0.0167 for the "
                    "strongest relation.")
    french = in_lang(note, "fr")
    assert french.startswith("3 liens testés : au seuil de 5%") and "ajustées par Holm sur les 3" in french


def test_a_relation_with_too_few_pairs_says_why_in_both_languages() -> None:
    r = relate("intentions", [1.0, 2.0], [3.0, 4.0])
    assert r.note == "2 pairs with data; at least 10 are needed"
    assert in_lang(r.note or "", "fr") == "2 binômes avec des données ; il en faut au moins 10"
    one = relate("intentions", [1.0], [3.0])
    assert in_lang(one.note or "", "fr") == "1 binôme avec des données ; il en faut au moins 10"


def test_every_note_of_a_report_is_said_in_french_and_json_keeps_english() -> None:
    report = analyse(_records(25), permutations=200)
    assert report.notes and all(isinstance(n, Said) for n in report.notes)
    english = json.loads(json.dumps(report.to_dict()))["notes"]
    assert english == [str(n) for n in report.notes]
    for note in report.notes:
        assert in_lang(note, "fr") != note  # every note has its French words


def test_said_survives_copy_and_pickle() -> None:
    note = Said("stats.few_pairs", 3, min=10)
    for again in (copy.deepcopy(note), pickle.loads(pickle.dumps(note))):
        assert again == note and in_lang(again, "fr") == in_lang(note, "fr")


def test_a_pooling_refusal_is_said_in_the_readers_language() -> None:
    refused = pooling_decision([("a.db", {"lp": 1}), ("b.db", None)])
    error = OperationError(refused.note)
    assert str(error).startswith("Pooling refused: the questionnaire versions are not recorded in b.db")
    assert said(error, "fr").startswith("Regroupement refusé : les versions des questionnaires")
