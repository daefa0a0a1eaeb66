"""What `constraints`, `synth` and `questionnaires copy` print speaks the command's language:
`constraints` the program's (the demo is French first; its "recorded:" line names the action in
it), `synth` and `questionnaires copy` — which read no program — `--lang`, else the locale.
English is what they always printed, byte for byte."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.conftest import DEMO, ROOT, run_cli

NEUTRAL = {k: v for k, v in os.environ.items() if k not in ("LANG", "LC_ALL", "LC_MESSAGES")}


def rm_tui(*args: str | Path, **locale: str) -> subprocess.CompletedProcess[str]:
    env = {**NEUTRAL, "PYTHONPATH": str(ROOT), **locale}
    return subprocess.run([sys.executable, "-m", "rm_tui", *map(str, args)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)


def test_constraints_records_in_the_programs_language(fresh_db: Path) -> None:
    made = run_cli("constraints", DEMO, "--db", fresh_db, "--forbid", "p01:p14", "--reason", "même équipe",
                   "--weight", "job_family=0", "--exclude", "p03", "--reason", "congé", "--objective", "fair")
    assert made.returncode == 0, made.stderr
    assert made.stdout.startswith("enregistré : interdit p01:p14 — même équipe\n"
                                  "enregistré : poids job_family=0\n"
                                  "enregistré : exclusion p03 — congé\n"
                                  "enregistré : objectif fair\n")
    english = run_cli("constraints", DEMO, "--db", fresh_db, "--lift", "p01:p14", "--reason", "done",
                      "--include", "p03", "--lang", "en")
    assert english.stdout.startswith("recorded: lift p01:p14 — done\nrecorded: include p03\n")


@pytest.mark.parametrize(("how", "locale"), [(["--lang", "fr"], {}), ([], {"LANG": "fr_FR.UTF-8"})])
def test_synth_and_questionnaires_copy_speak_french_when_asked(tmp_path: Path, how: list[str],
                                                              locale: dict[str, str]) -> None:
    out = tmp_path / "cohort"
    made = rm_tui("synth", out, "--mentors", "3", "--mentees", "3", *how, **locale)
    assert made.returncode == 0, made.stderr
    assert made.stdout == (f"{out / 'program.yaml'} écrit (3 mentors, 3 mentorés) et "
                           f"{out / 'responses.yaml'} (6 personnes ont répondu)\n")
    copied = rm_tui("questionnaires", "copy", tmp_path / "q", *how, **locale)
    assert copied.returncode == 0, copied.stderr
    assert copied.stdout.splitlines()[0] == f"{tmp_path / 'q' / 'background.yaml'} écrit"


def test_synth_and_questionnaires_copy_in_english_by_default(tmp_path: Path) -> None:
    out = tmp_path / "cohort"
    made = rm_tui("synth", out, "--mentors", "3", "--mentees", "3", LANG="C.UTF-8")
    assert made.stdout == (f"wrote {out / 'program.yaml'} (3 mentors, 3 mentees) and "
                           f"{out / 'responses.yaml'} (6 people answered)\n")
    copied = rm_tui("questionnaires", "copy", tmp_path / "q", "--lang", "en", LANG="fr_FR.UTF-8")
    assert copied.stdout.splitlines() == [f"wrote {tmp_path / 'q' / name}.yaml"
                                          for name in ("background", "expectations", "learner_profile")]
