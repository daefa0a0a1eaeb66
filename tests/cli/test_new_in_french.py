"""`rm-tui new --lang fr`: the same wizard, every line it says in French."""

from __future__ import annotations

from pathlib import Path

from rm_tui.prompts.wizard import run_new
from rm_tui.services.loaders import load_program
from tests.cli.prompt_driver import scripted
from tests.cli.test_new import DEFAULTS, QUESTIONNAIRES

ENGLISH = ("Matching criteria", "Hard rules", "Wrote ", "Next:", "No roster yet", "Not asked here",
           "reporting line:", "never pair", "Which intentions", "the rest get 0")


def test_enter_all_the_way_in_french_writes_the_same_program(tmp_path: Path) -> None:
    written = {}
    for lang in ("en", "fr"):
        path = tmp_path / lang / "cohort.yaml"
        path.parent.mkdir()
        with scripted(DEFAULTS, lang) as (prompter, stream):  # "y" answers yes in French too
            status = run_new(prompter, path, QUESTIONNAIRES)
        out = stream.getvalue()
        assert status == 0, out
        written[lang] = load_program(path)
        if lang == "fr":
            assert "Critères d'appariement" in out and "Règles strictes" in out
            assert "ligne hiérarchique : jamais avec son responsable" in out
            assert f"{path} écrit (Test cohort : 0 participants)." in out
            assert f"Ensuite : rm-tui validate {path}" in out
            assert not [words for words in ENGLISH if words in out], out
    en, fr = written["en"], written["fr"]
    assert (fr.criteria, fr.rules, fr.questionnaire_ids) == (en.criteria, en.rules, en.questionnaire_ids)
