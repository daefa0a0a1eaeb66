"""File, argument and database problems in a French program (the demo is French first) are said
in French — tags included, the place (`PATH:LINE:COL`, an option's name) untouched — and
`--lang en` prints what the CLI always printed, byte for byte."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.cli.conftest import DEMO, DEMO_RESPONSES, run_cli


def _db(tmp_path: Path, template: Path) -> Path:
    db = tmp_path / "demo.db.json"
    shutil.copy(template, db)
    return db


def test_a_corrupt_database_is_said_in_the_programs_language(tmp_path: Path) -> None:
    bad = tmp_path / "bad.db.json"
    bad.write_bytes(b"{bad")
    french = run_cli("status", DEMO, "--db", bad)
    assert french.returncode == 2
    assert french.stderr == (
        f"rm-tui status : erreur : {bad} : base de données abîmée, ce n'est pas du JSON valide (ligne 1, "
        f"colonne 2). Le fichier n'a pas été modifié. Restaurez la dernière bonne copie (bad.db.json.bak) "
        f"s'il y en a une avec `rm-tui restore PROGRAMME --db {bad}` (ce fichier est mis de côté), ou "
        "indiquez un autre fichier avec --db.\n")
    english = run_cli("status", DEMO, "--db", bad, "--lang", "en")
    assert english.returncode == 2
    assert english.stderr == (
        f"rm-tui status: error: {bad}: corrupt database, not valid JSON at line 1, column 2. The file was "
        f"not modified. Restore the last good copy (bad.db.json.bak) if there is one with `rm-tui restore "
        f"PROGRAM --db {bad}` (this file is kept aside), or point --db at another file.\n")
    assert bad.read_bytes() == b"{bad"
    # match speaks English unless asked
    assert run_cli("match", DEMO, "--db", bad).stderr.startswith(f"rm-tui match: error: {bad}: corrupt database")
    assert run_cli("match", DEMO, "--db", bad, "--lang", "fr").stderr.startswith(
        f"rm-tui match : erreur : {bad} : base de données abîmée")


def test_a_foreign_file_is_refused_in_french(tmp_path: Path) -> None:
    other = tmp_path / "other.db.json"
    other.write_bytes(b'{"_default": {}}')
    out = run_cli("import", DEMO, DEMO_RESPONSES, "--db", other)
    assert out.returncode == 2
    assert out.stderr.startswith(f"rm-tui import : erreur : {other} : ce n'est pas une base de données rm-tui")
    assert other.read_bytes() == b'{"_default": {}}'


def test_pairs_named_on_the_command_line_are_checked_in_french(tmp_path: Path, demo_db_template: Path) -> None:
    db = _db(tmp_path, demo_db_template)
    wrong_way = run_cli("constraints", DEMO, "--db", db, "--lock", "p14:p01", "--reason", "x")
    assert wrong_way.returncode == 2
    assert wrong_way.stderr == ("--lock p14:p01 : erreur : 'p14' est mentoré, un mentor est attendu "
                                "(en premier dans MENTOR:MENTORÉ)\n")
    unknown = run_cli("constraints", DEMO, "--db", db, "--forbid", "p01:zz", "--reason", "x", "--lang", "en")
    assert unknown.stderr == "--forbid p01:zz: error: unknown participant 'zz' (not on the roster of kickoff-demo)\n"
    nothing = run_cli("constraints", DEMO, "--db", db, "--lift", "p01:p14", "--reason", "x")
    assert nothing.stderr == "--lift p01:p14 : erreur : rien à lever : p01:p14 n'est ni verrouillé, ni interdit, ni séparé\n"
    bad_pair = run_cli("match", DEMO, "--db", db, "--lock", "p01", "--lang", "fr")
    assert bad_pair.returncode == 2
    assert bad_pair.stderr == "--lock : erreur : MENTOR:MENTORÉ attendu (deux identifiants), reçu 'p01'\n"
    english = run_cli("match", DEMO, "--db", db, "--lock", "p01")
    assert english.stderr == "--lock: error: expected MENTOR:MENTEE (two ids), got 'p01'\n"


def test_a_stored_lock_that_no_longer_fits_is_a_french_warning(tmp_path: Path, demo_db_template: Path) -> None:
    db = _db(tmp_path, demo_db_template)
    made = run_cli("constraints", DEMO, "--db", db, "--exclude", "p01", "--reason", "parti")
    assert made.returncode == 0, made.stderr
    from rm_tui.storage import Database

    with Database(db) as stored:  # a lock recorded before p01 left (the CLI refuses it now)
        stored.add_constraint("lock", "p01", "p14", reason="même équipe")
    out = run_cli("match", DEMO, "--db", db, "--include-unfinished", "--lang", "fr")
    assert out.returncode == 0, out.stderr
    assert "rm-tui match : avertissement : lock enregistré p01:p14 ignoré : 'p01' est exclu de l'appariement" \
        in out.stderr
    english = run_cli("match", DEMO, "--db", db, "--include-unfinished")
    assert "rm-tui match: warning: stored lock p01:p14 ignored: 'p01' is excluded from matching\n" in english.stderr


def test_restore_and_erase_refusals_speak_french(tmp_path: Path, demo_db_template: Path) -> None:
    db = _db(tmp_path, demo_db_template)
    itself = run_cli("restore", DEMO, "--db", db, "--from", db)
    assert itself.returncode == 1
    assert itself.stderr == f"rm-tui restore : erreur : {db} est la base elle-même ; indiquez une copie avec --from\n"
    broken = tmp_path / "copy.db.json"
    broken.write_bytes(b"[]")
    out = run_cli("restore", DEMO, "--db", db, "--from", broken)
    assert out.stderr.startswith(f"rm-tui restore : erreur : {broken} : pas une base rm-tui utilisable, "
                                 f"rien n'a été restauré. {broken} : ")
    copy = tmp_path / "good.db.json"
    shutil.copy(demo_db_template, copy)
    usable = run_cli("restore", DEMO, "--db", db, "--from", copy)
    assert usable.returncode == 1
    assert f"{db} est une base utilisable : demo.db.json (" in usable.stderr and " réponses, 0 plan confirmé ; " \
        "enregistré le " in usable.stderr and "Ajoutez --force" in usable.stderr
    english = run_cli("restore", DEMO, "--db", db, "--from", copy, "--lang", "en")
    assert f"{db} is a usable database: demo.db.json (" in english.stderr and " answers, 0 confirmed plans; saved " \
        in english.stderr
    unknown = run_cli("erase", DEMO, "nobody", "--db", db)
    assert unknown.returncode == 1
    assert unknown.stderr == f"rm-tui erase : erreur : {db} : pas de participant 'nobody' dans la base\n"


def test_erase_counts_its_mentions_in_french(tmp_path: Path, demo_db_template: Path) -> None:
    db = _db(tmp_path, demo_db_template)
    dry = run_cli("erase", DEMO, "p01", "--db", db, "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "identifiant" in dry.stdout and " ids" not in dry.stdout
    english = run_cli("erase", DEMO, "p01", "--db", db, "--dry-run", "--lang", "en")
    assert " ids" in english.stdout or " id," in english.stdout or " id " in english.stdout


BROKEN = DEMO.parents[1] / "tests" / "fixtures" / "broken"


def test_validate_says_file_problems_in_french_on_request() -> None:
    out = run_cli("validate", BROKEN / "p_veto_wrong_role.yaml", "--lang", "fr")
    assert out.returncode == 2
    assert out.stderr.endswith(":12:16 : erreur : veto : 'm1' est mentoré, pas mentor\n")
    english = run_cli("validate", BROKEN / "p_veto_wrong_role.yaml")
    assert english.stderr.endswith(":12:16: error: veto: 'm1' is a mentee, not a mentor\n")
    shape = run_cli("validate", BROKEN / "q_missing_language.yaml", "--lang", "fr").stderr
    assert shape.endswith(" : erreur : 'text' de l'item 'a' : le texte 'en' manque (fr et en sont tous deux obligatoires)\n")
    tab = run_cli("validate", BROKEN / "p_yaml_tab.yaml", "--lang", "fr").stderr
    assert "erreur de syntaxe YAML : une tabulation ici" in tab


def test_importing_a_bad_roster_into_a_french_program_is_said_in_french(tmp_path: Path) -> None:
    roster = tmp_path / "bad.csv"
    roster.write_text("id,name,role,email,phone\nn1,Ok,mentor,x,1\nn2,,boss,,\n", encoding="utf-8")
    db = tmp_path / "demo.db.json"
    out = run_cli("import", DEMO, roster, "--db", db)
    assert out.returncode == 2 and not db.exists()
    assert out.stderr.splitlines() == [
        f"rm-tui import : avertissement : {roster} : la colonne 'phone' n'est pas une colonne de liste de "
        "participants et n'est pas importée (voir docs/FORMATS.md, 'Roster CSV')",
        f"{roster}:2 : erreur : participant 'n1' : l'e-mail 'x' n'est pas une adresse e-mail",
        f"{roster}:3 : erreur : participant 'n2' : nom manquant",
        f"{roster}:3 : erreur : participant 'n2' : le rôle 'boss' n'est ni mentor, ni mentee (ou mentoré)",
    ]
    english = run_cli("import", DEMO, roster, "--db", db, "--lang", "en")
    assert english.stderr.splitlines()[1:] == [
        f"{roster}:2: error: participant 'n1': email 'x' is not an email address",
        f"{roster}:3: error: participant 'n2': missing name",
        f"{roster}:3: error: participant 'n2': role 'boss' is not one of mentor, mentee (or mentoré)",
    ]


def test_a_refused_answer_is_said_in_french(tmp_path: Path) -> None:
    answers = tmp_path / "a.responses.yaml"
    answers.write_text("responses:\n  p01:\n    learner_profile:\n      ce1: 9\n", encoding="utf-8")
    out = run_cli("import", DEMO, answers, "--db", tmp_path / "demo.db.json")
    assert out.stderr == (f"{answers}:4:12 : erreur : réponse à 'learner_profile.ce1' : un nombre entier de 1 à 5 "
                          "est attendu, reçu 9\n")


def test_a_missing_file_and_a_folder_are_said_in_french(tmp_path: Path) -> None:
    missing = run_cli("import", DEMO, tmp_path / "nothere.csv", "--db", tmp_path / "d.db.json")
    assert missing.returncode == 2 and missing.stderr == f"{tmp_path / 'nothere.csv'} : erreur : fichier introuvable\n"
    folder = run_cli("import", DEMO, tmp_path, "--db", tmp_path / "d.db.json", "--lang", "en")
    assert folder.stderr == f"{tmp_path}: error: is a directory, expected a file\n"


def test_a_french_program_that_does_not_load_is_told_its_problems_in_french(tmp_path: Path) -> None:
    """The program's own problems: said in the language it is written for (`languages:`)."""
    text = DEMO.read_text(encoding="utf-8").replace("questionnaires_dir: ../questionnaires",
                                                    f"questionnaires_dir: {DEMO.parents[1] / 'questionnaires'}")
    program = tmp_path / "prog.yaml"
    program.write_text(text.replace("objective: total", "objective: best"), encoding="utf-8")
    out = run_cli("status", program, "--db", tmp_path / "p.db.json")
    assert out.returncode == 2
    assert out.stderr.endswith(" : erreur : 'objective' doit être une de ces valeurs : total, fair, reçu 'best'\n")
    english = run_cli("status", program, "--db", tmp_path / "p.db.json", "--lang", "en")
    assert english.stderr.endswith(": error: 'objective' must be one of total, fair, got 'best'\n")
    program.write_text(text.replace("languages: [fr, en]", "languages: [en, fr]").replace("objective: total",
                                                                                           "objective: best"))
    assert run_cli("status", program, "--db", tmp_path / "p.db.json").stderr.endswith(", got 'best'\n")


def test_a_lost_database_is_explained_line_by_line_in_french(tmp_path: Path, demo_db_template: Path) -> None:
    db = _db(tmp_path, demo_db_template)
    assert run_cli("constraints", DEMO, "--db", db, "--exclude", "p01", "--reason", "x").returncode == 0
    db.unlink()  # its .bak is still there
    out = run_cli("status", DEMO, "--db", db)
    assert out.returncode == 1
    lines = out.stderr.splitlines()
    assert lines[0] == f"rm-tui status : erreur : pas de base de données à {db}, mais il en reste des traces :"
    assert lines[1].startswith("  demo.db.json.bak (26 participants, ") and " ; enregistré le " in lines[1]
    assert "Refus de créer une base vide par-dessus (rien n'a été modifié)." in lines
    assert lines[-1] == "Pour vraiment créer une nouvelle base, déplacez d'abord ces fichiers dans un autre dossier."
    english = run_cli("status", DEMO, "--db", db, "--lang", "en").stderr.splitlines()
    assert english[0] == f"rm-tui status: error: no database at {db}, but traces of it exist:"
