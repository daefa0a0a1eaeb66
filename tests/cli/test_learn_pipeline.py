"""Test-and-learn end to end through the commands: synth, import, match --confirm, outcomes
planted on one criterion, import, report. (Many seeds in process: test_calibration_synth.py.)"""

from __future__ import annotations

import json
from pathlib import Path

from rm_tui.storage import Database
from rm_tui.yaml_io import write_yaml
from tests.cli.helpers import rm_tui
from tests.outcome_synth import planted_outcomes


def test_a_planted_criterion_is_found_through_the_commands(tmp_path: Path) -> None:
    folder = tmp_path / "cohort"
    assert rm_tui("synth", folder, "--mentors", "60", "--mentees", "62", "--seed", "3").returncode == 0
    program = folder / "program.yaml"
    assert rm_tui("import", program, folder / "responses.yaml").returncode == 0
    out = rm_tui("match", program, "--confirm", "--include-unfinished")
    assert out.returncode == 0, out.stderr
    with Database(folder / "program.db.json") as db:
        pairs = db.latest_confirmed()["plan"]["pairs"]
    write_yaml(folder / "outcomes.yaml", {"outcomes": planted_outcomes(pairs, "intentions", seed=3)})
    out = rm_tui("import", program, folder / "outcomes.yaml")
    assert out.returncode == 0, out.stderr
    report = json.loads(rm_tui("report", program, "--json").stdout)
    assert report["n_pairs"] == len(pairs) >= 60
    verdicts = {c["name"]: c["verdict"] for c in report["criteria"]}
    assert verdicts["intentions"] == "suggestive"
    assert any("relations tested" in note for note in report["notes"])
