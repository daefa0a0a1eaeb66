"""The CLI's operational messages speak the program's first language (the demo is French
first), `--lang en` gives the English ones byte for byte, and `--json` never changes."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.conftest import DEMO, DEMO_RESPONSES, run_cli


def test_import_status_log_and_constraints_speak_french(tmp_path: Path) -> None:
    db = tmp_path / "demo.db.json"
    out = run_cli("import", DEMO, DEMO_RESPONSES, "--db", db)
    assert out.returncode == 0, out.stderr
    assert f"{DEMO_RESPONSES} (réponses) importé dans {db} : ajoutés 22" in out.stdout
    status = run_cli("status", DEMO, "--db", db).stdout
    assert status.startswith("programme kickoff-demo : 12 mentors, 14 mentorés\nterminé : ")
    assert "questionnaire         rôles            complets" in status and "pas terminé :" in status
    assert f"aucune décision enregistrée pour l'instant dans {db}" in run_cli("log", DEMO, "--db", db).stdout
    made = run_cli("constraints", DEMO, "--db", db, "--forbid", "p01:p14", "--reason", "même équipe")
    assert made.returncode == 0, made.stderr
    assert "enregistré : forbid p01:p14 — même équipe" in made.stdout and "interdits : 1" in made.stdout


def test_english_on_request_is_what_the_cli_always_printed(tmp_path: Path) -> None:
    db = tmp_path / "demo.db.json"
    out = run_cli("import", DEMO, DEMO_RESPONSES, "--db", db, "--lang", "en")
    assert out.stdout == (f"imported {DEMO_RESPONSES} (responses) into {db}: 22 added, 0 updated, "
                          "0 skipped (unchanged) participants' answers\n")
    status = run_cli("status", DEMO, "--db", db, "--lang", "en").stdout
    assert status.startswith("program kickoff-demo: 12 mentors, 14 mentees\nfinished: ")
    assert "\nquestionnaire         roles            complete\n" in status and "\nnot finished:\n" in status


def test_json_is_the_same_in_every_language(tmp_path: Path) -> None:
    db = tmp_path / "demo.db.json"
    run_cli("import", DEMO, DEMO_RESPONSES, "--db", db)
    french = run_cli("status", DEMO, "--db", db, "--json", "--lang", "fr").stdout
    assert json.loads(french) == json.loads(run_cli("status", DEMO, "--db", db, "--json", "--lang", "en").stdout)


def test_erase_and_its_refusal_speak_french(tmp_path: Path) -> None:
    db = tmp_path / "demo.db.json"
    nothing = run_cli("erase", DEMO, "p01", "--db", db)
    assert nothing.returncode == 1
    assert nothing.stderr == f"rm-tui erase : erreur : pas de base de données à {db} : rien à effacer\n"
    english = run_cli("erase", DEMO, "p01", "--db", db, "--lang", "en")
    assert english.stderr == f"rm-tui erase: error: no database at {db}: nothing to erase\n"
    run_cli("import", DEMO, DEMO_RESPONSES, "--db", db)
    dry = run_cli("erase", DEMO, "p01", "--db", db, "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert dry.stdout.startswith(f"effacerait p01 de {db}\n  documents supprimés : ")
    assert dry.stdout.endswith("  rien n'a été modifié (--dry-run)\n")


def test_validate_says_english_unless_asked(tmp_path: Path) -> None:
    english = run_cli("validate", DEMO)
    assert english.returncode == 0 and english.stdout == "ok: 1 file valid (1 program), 1 warning\n"
    french = run_cli("validate", DEMO, "--lang", "fr")
    assert french.stdout == "ok : 1 fichier valide (1 programme), 1 avertissement\n"


def test_warnings_and_refusals_of_the_workspace_speak_the_commands_language(tmp_path: Path) -> None:
    db = tmp_path / "none.db.json"
    french = run_cli("constraints", DEMO, "--db", db)
    assert french.stderr.startswith(f"rm-tui constraints : avertissement : pas encore de base de données à {db} : ")
    english = run_cli("export", DEMO, "--db", db, "-o", tmp_path / "p.yaml")  # export: English by default
    assert english.returncode == 1
    assert f"rm-tui export: error: nothing confirmed yet in {db}: run `rm-tui match" in english.stderr
    asked = run_cli("export", DEMO, "--db", db, "-o", tmp_path / "p.yaml", "--lang", "fr")
    assert f"rm-tui export : erreur : rien de confirmé pour l'instant dans {db} : lancez" in asked.stderr


def test_explain_and_scores_in_french_on_request(module_db: Path) -> None:
    french = run_cli("explain", DEMO, "p01", "p14", "--db", module_db, "--alternatives", "3", "--lang", "fr")
    assert french.returncode == 0, french.stderr
    assert "autres partenaires pour Camille Martin (p01), actuellement avec" in french.stdout
    assert "total du plan" in french.stdout and "plan total" not in french.stdout
    english = run_cli("explain", DEMO, "p01", "p14", "--db", module_db, "--alternatives", "3")
    assert "other partners for Camille Martin (p01), now with" in english.stdout
    scores = run_cli("scores", DEMO, "--db", module_db, "--lang", "fr").stdout
    assert "12 mentors x 14 mentorés ; " in scores and "binômes interdits sur 168 (--) :" in scores


def test_the_log_says_actions_and_the_consoles_reasons_in_french(fresh_db: Path) -> None:
    made = run_cli("constraints", DEMO, "--db", fresh_db, "--lock", "p02:p19", "--reason", "à garder")
    assert made.returncode == 0, made.stderr
    french = run_cli("log", DEMO, "--db", fresh_db).stdout
    assert "  verrou    Lucas Bernard (p02) + Olivier Chevalier (p19) — à garder" in french
    english = run_cli("log", DEMO, "--db", fresh_db, "--lang", "en").stdout
    assert "  lock      Lucas Bernard (p02) + Olivier Chevalier (p19) — à garder" in english
