"""Shared CLI fixtures: the demo program and a database populated with its answers.

The database is built once per test session (roster upserted, every answer of
kickoff_demo.responses.yaml saved) and copied for each module or test that writes to it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "sample_programs" / "kickoff_demo.yaml"
DEMO_RESPONSES = ROOT / "sample_programs" / "kickoff_demo.responses.yaml"


def populate_demo_db(path: Path) -> Path:
    """Fill `path` with the demo roster and answers (what `rm-tui import` does)."""
    from rm_tui.services.loaders import load_program, load_responses
    from rm_tui.storage import Database

    program = load_program(DEMO)
    answers = load_responses(DEMO_RESPONSES, program)
    with Database(path) as db:
        db.upsert_participants(program.roster)
        db.import_answers(answers)  # what `rm-tui import` does, in one transaction
    return path


@pytest.fixture(scope="session")
def demo_db_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return populate_demo_db(tmp_path_factory.mktemp("demo-db") / "template.db.json")


@pytest.fixture(scope="module")
def module_db(demo_db_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A populated database shared by one test module (read-only uses)."""
    target = tmp_path_factory.mktemp("module-db") / "demo.db.json"
    shutil.copy(demo_db_template, target)
    return target


@pytest.fixture
def fresh_db(demo_db_template: Path, tmp_path: Path) -> Path:
    """A populated database for one test that writes to it."""
    target = tmp_path / "demo.db.json"
    shutil.copy(demo_db_template, target)
    return target


Run = Callable[..., subprocess.CompletedProcess]


def run_cli(*args: str | Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "rm_tui", *map(str, args)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip


@pytest.fixture
def cli() -> Run:
    return run_cli


def cli_json(*args: str | Path) -> dict:
    """Run a command with --json; it must succeed."""
    out = run_cli(*args, "--json")
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


@pytest.fixture(scope="module")
def plan(module_db: Path) -> dict:
    """`rm-tui match --json --include-unfinished` on the demo cohort (everyone, so the
    demo's built-in conflicts show), once per module."""
    return cli_json("match", DEMO, "--db", module_db, "--include-unfinished")


@pytest.fixture(scope="module")
def scores(module_db: Path) -> dict:
    """`rm-tui scores --json --include-unfinished` on the demo cohort, once per module."""
    return cli_json("scores", DEMO, "--db", module_db, "--include-unfinished")
