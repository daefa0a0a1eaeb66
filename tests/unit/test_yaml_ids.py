"""Participant ids that YAML would read as numbers or true/false stay the text written.

`010` is an octal 8, `0x1F` 31, `1_000` 1000, `yes`/`on` true, `3.10` 3.1 for a YAML 1.1 reader:
as ids (roster, managers, vetoes, capacities, responses, picks, check-ins) they must stay
"010", "0x1F"... everywhere, or two people merge and answers land on the wrong person.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from rm_tui.core.followup_parse import parse_followup_yaml
from rm_tui.services.loaders import load_program, load_responses
from rm_tui.storage import Database
from rm_tui.yaml_io import parse_yaml
from tests.cli.helpers import rm_tui

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
RENAME = {"boss": "010", "m1": "0x1F", "j1": "1_000", "j2": "yes"}
EXTRA = ["1e3", "no", "on", "off", "3.0", "3.10", "0o17", "0b11", "1.0e3"]


def write_cohort(folder: Path) -> tuple[Path, Path]:
    """The fixture program and responses with ids a YAML reader would turn into numbers."""
    shutil.copytree(FIXTURES / "questionnaires", folder / "questionnaires")
    (folder / "programs").mkdir()
    pattern = re.compile(r"\b(" + "|".join(RENAME) + r")\b")
    program = pattern.sub(lambda m: RENAME[m.group(1)], (FIXTURES / "programs" / "demo.yaml").read_text())
    extra = "".join(f"  - {{id: {pid}, name: \"Person {n}\", role: mentee, languages: [fr]}}\n"
                    for n, pid in enumerate(EXTRA))
    program = program.replace("taxonomy:\n", extra + "taxonomy:\n", 1)
    responses = pattern.sub(lambda m: RENAME[m.group(1)],
                            (FIXTURES / "programs" / "demo.responses.yaml").read_text())
    (folder / "programs" / "p.yaml").write_text(program, encoding="utf-8")
    (folder / "programs" / "r.yaml").write_text(responses, encoding="utf-8")
    return folder / "programs" / "p.yaml", folder / "programs" / "r.yaml"


def test_roster_managers_vetoes_and_capacities_keep_the_ids_as_written(tmp_path: Path) -> None:
    program = load_program(write_cohort(tmp_path)[0])
    assert [p.id for p in program.roster] == ["010", "0x1F", "1_000", "yes", *EXTRA]
    assert program.participant("0x1F").manager == "010"
    assert program.participant("1_000").manager == "0x1F"
    assert [(v.mentor, v.mentee) for v in program.rules.vetoes] == [("yes", "010")]
    assert program.capacity == {"1_000": 2}


def test_responses_keep_ids_as_keys_and_as_roster_picks(tmp_path: Path) -> None:
    program_path, responses_path = write_cohort(tmp_path)
    answers = load_responses(responses_path, load_program(program_path))
    assert set(answers) >= {"1_000", "010"}
    assert answers["1_000"]["expectations"]["would_like"] == ["0x1F"]


@pytest.mark.parametrize("written", ["010", "0x1F", "1e3", "1_000", "yes", "no", "on", "off", "3.0", "3.10"])
def test_a_checkin_file_keeps_the_ids(written: str) -> None:
    text = (f"checkins:\n  - {{mentor: {written}, mentee: {written}, respondent: mentor, "
            "date: 2026-02-03, met: no}\noutcomes:\n"
            f"  - {{mentor: {written}, mentee: e1, quality_mentor: 4, would_pair_again: yes}}\n")
    found = parse_followup_yaml(*parse_yaml(text, "f.yaml"))
    assert (found.checkins[0].mentor, found.checkins[0].mentee, found.outcomes[0].mentor) == (written,) * 3
    assert found.outcomes[0].would_pair_again is True  # a yes/no field still reads yes as true


def test_keys_are_text_and_other_numbers_stay_numbers() -> None:
    data, _ = parse_yaml("010: {capacity: 2, weight: 0.5, on: true, 3.0: x}\n", "f.yaml")
    assert data == {"010": {"capacity": 2, "weight": 0.5, "on": True, "3.0": "x"}}


def test_import_and_status_show_the_ids_as_written(tmp_path: Path) -> None:
    program, responses = write_cohort(tmp_path)
    db = tmp_path / "p.db.json"
    out = rm_tui("import", program, responses, "--db", db)
    assert out.returncode == 0, out.stderr
    status = rm_tui("status", program, "--db", db, "--json")
    assert status.returncode == 0, status.stderr
    waiting = {p["id"] for p in json.loads(status.stdout)["not_finished"]}
    assert waiting == {"010", "0x1F", "yes", *EXTRA}  # 1_000 has finished
    with Database(db) as opened:
        answers = opened.all_answers()
    assert set(answers) == {"1_000", "010"}
    assert answers["1_000"]["expectations"]["would_like"] == ["0x1F"]
    erase = rm_tui("erase", program, "010", "--db", db, "--dry-run", "--lang", "en")  # an id on the command line
    assert erase.returncode == 0 and "would erase 010" in erase.stdout, erase.stderr
