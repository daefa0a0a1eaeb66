"""`rm-tui synth`: writes a program and responses that `validate` accepts, the same for a seed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from rm_tui import bundled
from rm_tui.yaml_io import load_yaml

ROOT = Path(__file__).resolve().parents[2]


def rm_tui(*args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "rm_tui", *map(str, args)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def test_synth_writes_a_cohort_that_validates(tmp_path: Path) -> None:
    out = tmp_path / "cohort"
    made = rm_tui("synth", out, "--mentors", "60", "--mentees", "60", "--seed", "5")
    assert made.returncode == 0, made.stderr
    assert "60 mentors, 60 mentees" in made.stdout
    checked = rm_tui("validate", out / "program.yaml", out / "responses.yaml")
    assert checked.returncode == 0, checked.stderr
    assert checked.stdout.strip() == "ok: 2 files valid (1 program, 1 responses)"
    program, _ = load_yaml(out / "program.yaml")
    assert (out / program["questionnaires_dir"]).resolve() == bundled.questionnaires_dir().resolve()
    first = (out / "program.yaml").read_text(encoding="utf-8").splitlines()[0]
    schema = first.split("$schema=")[1]
    assert (out / schema).resolve() == (ROOT / "schemas" / "program.schema.json").resolve()


def test_same_seed_writes_identical_files(tmp_path: Path) -> None:
    for name, seed in (("a", "9"), ("b", "9"), ("c", "10")):
        assert rm_tui("synth", tmp_path / name, "--mentors", "20", "--mentees", "25", "--seed", seed).returncode == 0
    for file in ("program.yaml", "responses.yaml"):
        a, b, c = ((tmp_path / d / file).read_bytes() for d in "abc")
        assert a == b
        assert a != c


def test_capacity_flag(tmp_path: Path) -> None:
    assert rm_tui("synth", tmp_path, "--mentors", "5", "--mentees", "12", "--capacity", "3").returncode == 0
    program, _ = load_yaml(tmp_path / "program.yaml")
    assert program["capacity"] == {"default": 3}


def test_bad_arguments_exit_2_without_traceback(tmp_path: Path) -> None:
    a_file = tmp_path / "file.txt"
    a_file.write_text("x", encoding="utf-8")
    cases = [
        (["synth", tmp_path / "x", "--mentors", "-3", "--mentees", "2"], "--mentors"),
        (["synth", tmp_path / "x", "--mentors", "3"], "--mentees"),
        (["synth", tmp_path / "x", "--mentors", "0", "--mentees", "0"], "cannot both be 0"),
        (["synth", tmp_path / "x", "--mentors", "2", "--mentees", "2", "--capacity", "0"], "--capacity"),
        (["synth", a_file, "--mentors", "2", "--mentees", "2"], "is not a folder"),
        (["synth", a_file / "sub", "--mentors", "2", "--mentees", "2"], "cannot create the folder"),
        (["synth", tmp_path / "x", "--mentors", "2", "--mentees", "2", "--questionnaires", tmp_path / "none"],
         "questionnaire folder not found"),
    ]
    for args, phrase in cases:
        out = rm_tui(*args)
        assert out.returncode == 2, args
        assert phrase in out.stderr and "Traceback" not in out.stderr, out.stderr
