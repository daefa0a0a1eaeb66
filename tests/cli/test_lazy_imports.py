"""`rm-tui --help` and every `rm-tui CMD --help` stay light: no Textual, questionary or numpy.

Run in a fresh interpreter (a subprocess), where sys.modules shows exactly what the help pulled in.
`python -X importtime -m rm_tui CMD --help` shows where a heavy import comes from.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from rm_tui.cli.main import COMMANDS

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("textual", "questionary", "numpy", "munkres", "scipy")

PROBE = f"""
import json, sys
from rm_tui.cli.main import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
heavy = sorted(m for m in sys.modules if m.split('.')[0] in {set(HEAVY)!r})
commands = sorted(m for m in sys.modules if m.startswith('rm_tui.cli.cmd_'))
print(json.dumps({{'heavy': sorted({{m.split('.')[0] for m in heavy}}), 'commands': commands}}), file=sys.stderr)
"""


def _loaded(*argv: str) -> dict[str, list[str]]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", PROBE, *argv], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)
    return json.loads(done.stderr.strip().splitlines()[-1])


def test_top_level_help_imports_no_command_module_and_nothing_heavy() -> None:
    loaded = _loaded("--help")
    assert loaded == {"heavy": [], "commands": []}


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_command_help_imports_only_its_module_and_nothing_heavy(command: str) -> None:
    loaded = _loaded(command, "--help")
    assert loaded["heavy"] == [], f"`rm-tui {command} --help` imports {loaded['heavy']}"
    assert loaded["commands"] == [f"rm_tui.cli.{COMMANDS[command][0]}"]


def test_top_level_help_does_not_even_load_typing_or_dataclasses() -> None:
    """`rm-tui --help` should start like a small tool: the error classes (dataclasses, and
    through it inspect/ast) and typing come in only when a command runs."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    probe = ("import sys\nfrom rm_tui.cli.main import main\ntry:\n    main(['--help'])\n"
             "except SystemExit:\n    pass\nprint(sorted({'typing', 'dataclasses'} & set(sys.modules)),"
             " file=sys.stderr)")
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=60)
    assert done.stderr.strip().splitlines()[-1] == "[]"


def test_scoring_without_solving_does_not_import_the_solver_library(tmp_path: Path) -> None:
    """munkres loads ~40 submodules: only a command that solves pays for them."""
    demo = ROOT / "sample_programs" / "kickoff_demo.yaml"
    loaded = _loaded("scores", str(demo), "--db", str(tmp_path / "none.db.json"), "--json")
    assert "numpy" in loaded["heavy"] and "munkres" not in loaded["heavy"]
