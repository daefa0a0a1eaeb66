"""File, argument and storage problems are codes: each site names a catalogue key and exactly the
values its wording uses (in both languages), `Problem.text` says the line in the reader's language
with the place untouched, and the English line is what the CLI always printed."""

from __future__ import annotations

import ast
import string
from collections.abc import Iterator
from pathlib import Path

import pytest

from rm_tui.core.errors import InputError, OperationError, Problem, StorageError, said
from rm_tui.i18n import CATALOG, Lines, Said, in_lang

ROOT = Path(__file__).resolve().parents[2] / "rm_tui"
# The areas of the problems: every key of these is checked against the sites that name it.
AREAS = ("input.", "args.", "storage.", "file.", "check.")


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def _sites() -> Iterator[tuple[str, str, set[str], bool]]:
    """(where, key, keyword names, counted) for each `Said(key, ...)` / `X.coded(key, ...)` naming
    a key of the problem areas with a literal."""
    for path in sorted(ROOT.rglob("*.py")):
        if "i18n" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and node.args):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            first = node.args[0]
            if name in ("Said", "coded") and isinstance(first, ast.Constant) and isinstance(first.value, str) \
                    and first.value.startswith(AREAS):
                names = {k.arg for k in node.keywords if k.arg}
                counted = name == "Said" and len(node.args) > 1
                yield f"{path.relative_to(ROOT.parent)}:{node.lineno}", first.value, names, counted


SITES = list(_sites())


def test_the_scan_sees_the_sites() -> None:
    assert len(SITES) > 60


@pytest.mark.parametrize(("where", "key", "names", "counted"), SITES, ids=[s[0] for s in SITES])
def test_each_site_gives_exactly_the_values_its_wording_names(where: str, key: str, names: set[str],
                                                             counted: bool) -> None:
    keys = [f"{key}.one", f"{key}.other"] if counted else [key]
    for k in keys:
        assert k in CATALOG, f"{where}: {k}"
        for lang in ("fr", "en"):
            wanted = _fields(CATALOG[k][lang]) - ({"n"} if counted else set())
            assert wanted == names, f"{where}: {k} ({lang}) names {sorted(wanted)}, given {sorted(names)}"


@pytest.mark.parametrize("key", sorted(k for k in CATALOG if k.startswith(AREAS)))
def test_every_problem_key_has_both_languages_with_the_same_values(key: str) -> None:
    entry = CATALOG[key]
    assert set(entry) == {"fr", "en"} and entry["fr"].strip() and entry["en"].strip()
    assert _fields(entry["fr"]) == _fields(entry["en"])


def test_a_located_problem_keeps_its_place_and_says_its_tag_and_message() -> None:
    problem = Problem("roster.csv", Said("args.pair.excluded", pid="p01"), 3, 7)
    assert str(problem) == "roster.csv:3:7: error: 'p01' is excluded from matching"
    assert problem.text("en") == str(problem)
    assert problem.text("fr") == "roster.csv:3:7 : erreur : 'p01' est exclu de l'appariement"
    warning = Problem("p.yaml", "as written", 2, severity="warning")
    assert warning.text("fr") == "p.yaml:2 : avertissement : as written" and str(warning) == "p.yaml:2: warning: as written"


def test_an_input_error_is_said_problem_by_problem() -> None:
    error = InputError([Problem("a.csv", Said("args.import_kind")), Problem("--limit", "plain", 1)])
    assert str(error) == ("a.csv: error: expected a roster .csv, or a responses .yaml or .csv file\n"
                          "--limit:1: error: plain")
    assert said(error, "fr").splitlines() == [
        "a.csv : erreur : une liste de participants .csv, ou un fichier de réponses .yaml ou .csv est attendu",
        "--limit:1 : erreur : plain"]


def test_a_coded_storage_error_nests_its_parts_in_the_same_language() -> None:
    todo = Said("storage.what_to_do", bak="x.db.json.bak", path="x.db.json")
    error = StorageError.coded("storage.corrupt", path="x.db.json", where=Said("storage.json_at", line=1, col=2),
                               todo=todo)
    assert str(error).startswith("x.db.json: corrupt database, not valid JSON at line 1, column 2. The file was")
    french = said(error, "fr")
    assert french.startswith("x.db.json : base de données abîmée, ce n'est pas du JSON valide (ligne 1, colonne 2).")
    assert "Le fichier n'a pas été modifié" in french and "The file" not in french


def test_lines_are_said_one_a_line() -> None:
    lines = Said("storage.lines", lines=Lines((Said("storage.missing.none"), "x")))
    assert str(lines) == "None of them is a usable database.\nx"
    assert in_lang(lines, "fr") == "Aucune n'est une base utilisable.\nx"
    assert str(Said("storage.lines", lines=("a", "b"))) == "a; b"  # a plain tuple: one line


def test_an_operation_error_about_a_copy_counts_its_plans_per_language() -> None:
    copy = Said("storage.copy", name="x.bak", participants=3, answers=2, plans=Said("storage.copy_plans", 0),
                when="2026-01-01 10:00 UTC")
    assert str(copy) == "x.bak (3 participants, 2 answers, 0 confirmed plans; saved 2026-01-01 10:00 UTC)"
    assert in_lang(copy, "fr") == "x.bak (3 participants, 2 réponses, 0 plan confirmé ; enregistré le 2026-01-01 10:00 UTC)"
    error = OperationError.coded("storage.usable", path="x", copy=copy, name="x", source="x.bak")
    assert "0 plan confirmé" in said(error, "fr") and "0 confirmed plans" in str(error)


@pytest.mark.parametrize("key", sorted(k for k in CATALOG if k.startswith(AREAS)))
def test_a_text_said_without_values_has_no_doubled_braces(key: str) -> None:
    """`t()` formats only when given values: a text without any keeps `{{` as written."""
    for text in CATALOG[key].values():
        if not _fields(text):
            assert "{{" not in text and "}}" not in text, key


def test_a_check_in_refusal_keeps_its_code_and_is_said_in_french() -> None:
    from rm_tui.core.checkins import CheckIn, CheckInError
    from rm_tui.core.errors import message

    with pytest.raises(CheckInError) as caught:
        CheckIn.from_dict({"mentor": "m", "mentee": "e", "date": "2026-01-01", "respondent": "boss"})
    assert str(caught.value) == "'respondent' must be mentor or mentee, got 'boss'"
    assert in_lang(message(caught.value), "fr") == "'respondent' doit être mentor ou mentee, reçu 'boss'"


def test_a_shape_problem_names_its_place_in_the_readers_language() -> None:
    from rm_tui.core.source import Checker, SourceMap

    check = Checker(SourceMap("p.yaml", {(): (1, 1)}))
    check.mapping([1], (), Said("check.what.veto"))
    check.required({}, "name", (), "'facilitator'")
    assert [str(p) for p in check.problems] == ["p.yaml:1:1: error: a veto must be a mapping (key: value), got a list",
                                                "p.yaml:1:1: error: 'facilitator' is missing the required key 'name'"]
    assert [p.text("fr") for p in check.problems] == [
        "p.yaml:1:1 : erreur : un veto doit être un dictionnaire (clé: valeur), reçu une liste",
        "p.yaml:1:1 : erreur : 'facilitator' : la clé obligatoire 'name' manque"]


def test_an_invalid_check_in_value_is_detailed_in_the_forms_language() -> None:
    from rm_tui.core.checkins import CheckIn, CheckInError
    from rm_tui.services.followup_words import plain_error

    with pytest.raises(CheckInError) as caught:
        CheckIn.from_dict({"mentor": "m", "mentee": "e", "date": "2026-01-01", "respondent": "mentor",
                           "met": "no", "comment": "x", "useful": None, "extra_flag": None, "progress": "x"})
    assert caught.value.code == "range"
    with pytest.raises(CheckInError) as bad_bool:
        from rm_tui.core.checkins import parse_bool

        parse_bool("ended_early", "peut-être")
    french = plain_error(bad_bool.value, "fr")
    assert "doit être true ou false (yes/no), reçu 'peut-être'" in french and "must be" not in french


def test_a_stored_lock_that_no_longer_fits_is_warned_in_french_with_its_reason(tmp_path: Path) -> None:
    """The console shows the workspace's warnings in the program's language: the check_pair reason
    inside them too."""
    from rm_tui.services.loaders import load_program, load_responses
    from rm_tui.services.workspace import open_workspace
    from rm_tui.storage import Database

    demo = ROOT.parent / "sample_programs" / "kickoff_demo.yaml"
    program = load_program(demo)
    db_path = tmp_path / "demo.db.json"
    with Database(db_path) as db:
        db.upsert_participants(program.roster)
        db.import_answers(load_responses(demo.with_name("kickoff_demo.responses.yaml"), program))
        db.add_constraint("lock", "p01", "zz", reason="x")  # not on the roster
    ws = open_workspace(demo, db_path, include_unfinished=True)
    _plan, _kept, warnings = ws.start_plan()
    assert [str(w) for w in warnings] == [
        "stored lock p01:zz ignored: unknown participant 'zz' (not on the roster of kickoff-demo)"]
    assert in_lang(warnings[0], "fr") == ("lock enregistré p01:zz ignoré : participant inconnu 'zz' (absent de la "
                                          "liste des participants de kickoff-demo)")
