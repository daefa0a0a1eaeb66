"""`rm-tui new`: the program wizard, driven by scripted keys; its output must pass `rm-tui validate`."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from rm_tui.core.errors import OperationError
from rm_tui.prompts.wizard import run_new
from rm_tui.services.loaders import load_program
from tests.cli.prompt_driver import CTRL_C, CTRL_U, DOWN, ENTER, SPACE, scripted

ROOT = Path(__file__).resolve().parents[2]
QUESTIONNAIRES = ROOT / "tests" / "fixtures" / "take" / "questionnaires"
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}

NAME = "Test cohort" + ENTER + ENTER  # name, then the suggested id
QUESTIONNAIRES_KEYS = ENTER + "y" + "y"  # all for mentors, in the listed order; same for mentees
NO_ROSTER = "n" + "y"  # no CSV now; self-registration on
DEFAULT_INTENTIONS = ENTER + ENTER + ENTER  # the first candidate item; matrix rows as suggested
DEFAULTS = (
    NO_ROSTER + NAME + ENTER + QUESTIONNAIRES_KEYS + "y" + DEFAULT_INTENTIONS + "y" + ENTER + ENTER + "y"
)


def new(keys: str, path: Path | None) -> tuple[int, str]:
    with scripted(keys) as (prompter, stream):
        status = run_new(prompter, path, QUESTIONNAIRES)
    return status, stream.getvalue()


def validate(path: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "rm_tui", "validate", str(path)], cwd=ROOT, env=ENV,
                          capture_output=True, text=True, timeout=60)


def test_enter_all_the_way_writes_a_program_that_validates(tmp_path: Path) -> None:
    path = tmp_path / "cohort.yaml"
    status, out = new(DEFAULTS, path)
    assert status == 0, out
    result = validate(path)
    assert result.returncode == 0, result.stderr
    text = path.read_text(encoding="utf-8")
    schema_ref = text.splitlines()[0].removeprefix("# yaml-language-server: $schema=")
    schema_path = (path.parent / schema_ref).resolve()
    assert schema_path == ROOT / "schemas" / "program.schema.json" and schema_path.is_file()
    if importlib.util.find_spec("jsonschema") is not None:  # editors check the file with it
        import jsonschema

        from rm_tui.yaml_io import load_yaml

        jsonschema.Draft202012Validator(json.loads(schema_path.read_text())).validate(load_yaml(path)[0])
    program = load_program(path)
    assert (program.id, program.name, program.languages) == ("test-cohort", "Test cohort", ("fr", "en"))
    assert program.questionnaire_ids == {"mentor": ("extras", "style"), "mentee": ("extras", "style")}
    assert {n: (c.weight, c.mode) for n, c in program.criteria.items()} == {
        "learning_fit": (1.0, "similar"), "intentions": (3.0, None), "job_family": (2.0, None),
        "seniority_gap": (1.0, None), "subsidiary": (1.0, "prefer_same"), "preference": (1.0, None),
    }
    assert program.intentions_item == "extras.goal"
    assert program.intention_matrix["learn"] == {"learn": 1.0, "teach": 0.0, "network": 0.0}
    assert program.rules.reporting_line_depth == 2 and program.rules.forbid_same_team
    assert (program.capacity_default, program.objective, program.kiosk.self_registration) == (1, "total", True)
    assert program.roster == ()


def test_custom_answers_end_up_in_the_file(tmp_path: Path) -> None:
    path = tmp_path / "custom.yaml"
    keys = (
        NO_ROSTER
        + "Cohorte été" + ENTER + "bad id!" + ENTER + CTRL_U + "ete-2027" + ENTER
        + "4" + ENTER  # English only
        + ENTER + "n" + "2" + ENTER  # reorder: style first
        + "n" + SPACE + ENTER  # mentees: not the same; untick extras
        + "n"  # custom criteria
        + "-1" + ENTER + CTRL_U + "2.5" + ENTER + "2" + ENTER  # learning_fit 2.5, complementary
        + "0" + ENTER  # intentions off
        + ENTER  # job_family 2
        + ENTER + "3" + ENTER + "2" + ENTER + CTRL_U + "12" + ENTER  # gap 3..12 (2 < 3 refused)
        + "0" + ENTER  # subsidiary off
        + ENTER  # preference 1
        + "n" + "2" + ENTER + "n" + "y" + "y"  # rules: depth 1, same team allowed
        + "2" + ENTER + "2" + ENTER  # capacity 2, objective fair
        + "y"
    )
    status, out = new(keys, path)
    assert status == 0, out
    assert validate(path).returncode == 0
    program = load_program(path)
    assert (program.id, program.name, program.languages) == ("ete-2027", "Cohorte été", ("en",))
    assert program.questionnaire_ids == {"mentor": ("style", "extras"), "mentee": ("style",)}
    criteria = program.criteria
    assert (criteria["learning_fit"].weight, criteria["learning_fit"].mode) == (2.5, "complementary")
    assert criteria["intentions"].weight == 0 and program.intentions_item is None
    assert criteria["seniority_gap"].params == {"min_years": 3.0, "max_years": 12.0}
    assert criteria["subsidiary"].weight == 0
    assert program.rules.reporting_line_depth == 1 and not program.rules.forbid_same_team
    assert program.rules.require_shared_language and program.rules.honour_rather_not
    assert (program.capacity_default, program.objective) == (2, "fair")


def test_an_existing_file_is_replaced_only_when_asked(tmp_path: Path) -> None:
    existing = tmp_path / "taken.yaml"
    existing.write_text("keep me\n", encoding="utf-8")
    other = tmp_path / "other.yaml"
    status, out = new("n" + str(other) + ENTER + DEFAULTS, existing)
    assert status == 0, out
    assert existing.read_text(encoding="utf-8") == "keep me\n"
    assert load_program(other).name == "Test cohort"

    status, _out = new("y" + DEFAULTS, existing)  # "Replace it?" yes
    assert status == 0
    assert load_program(existing).name == "Test cohort"


def test_ctrl_c_or_declining_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "never.yaml"
    status, out = new(NO_ROSTER + NAME + ENTER + CTRL_C, path)
    assert status == 130 and "nothing was written" in out
    status, _out = new(DEFAULTS[:-1] + "n", path)  # "Write ...?" no
    assert status == 1
    assert not path.exists()
    assert list(tmp_path.iterdir()) == []  # no temp file left behind


def test_the_questionnaires_dir_is_written_relative_to_the_program(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    path = tmp_path / "sub" / "p.yaml"
    status, _out = new(DEFAULTS, path)
    assert status == 0
    program_dir = Path(os.path.relpath(QUESTIONNAIRES, path.parent))
    assert f"questionnaires_dir: {program_dir.as_posix()}" in path.read_text(encoding="utf-8")


def test_the_suggested_capacity_gives_every_mentee_a_place() -> None:
    from rm_tui.core.participant import Participant
    from rm_tui.prompts.wizard import capacity_needed

    def people(mentors: int, mentees: int) -> list[Participant]:
        return ([Participant(f"r{i}", "R", "mentor") for i in range(mentors)]
                + [Participant(f"e{i}", "E", "mentee") for i in range(mentees)])
    assert [capacity_needed(people(*n)) for n in [(0, 0), (0, 3), (4, 3), (4, 4), (4, 5), (3, 7)]] == [1, 1, 1, 1, 2, 3]


def test_new_without_a_terminal_exits_2(tmp_path: Path) -> None:
    out = subprocess.run([sys.executable, "-m", "rm_tui", "new", str(tmp_path / "x.yaml")], cwd=ROOT,
                         env=ENV, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=60)
    assert out.returncode == 2 and "interactive terminal" in out.stderr
    assert not (tmp_path / "x.yaml").exists()


def test_down_key_is_usable_in_lists(tmp_path: Path) -> None:
    path = tmp_path / "d.yaml"
    keys = NO_ROSTER + NAME + DOWN + ENTER + QUESTIONNAIRES_KEYS + "y" + DEFAULT_INTENTIONS + "y" + ENTER + ENTER + "y"
    status, _out = new(keys, path)
    assert status == 0
    assert load_program(path).languages == ("en", "fr")


def test_a_roster_csv_is_checked_then_attached_relative_to_the_program(tmp_path: Path) -> None:
    fixtures = ROOT / "tests" / "fixtures" / "take"
    path = tmp_path / "with_roster.yaml"
    roster_keys = "y" + str(fixtures / "roster_bad.csv") + ENTER + "y" + str(fixtures / "roster.csv") + ENTER
    vetoes = "y" + "lucas" + ENTER + ENTER + "nathalie" + ENTER + ENTER + "same team last year" + ENTER + "n"
    keys = roster_keys + NAME + ENTER + QUESTIONNAIRES_KEYS + "y" + DEFAULT_INTENTIONS + "y" + vetoes
    keys += ENTER + ENTER + "y"
    status, out = new(keys, path)
    assert status == 0, out
    assert "roster_bad.csv:1: error: no role column" in out
    assert "3 participants (mentors: 2, mentees: 1)" in out
    assert f"roster: {Path(os.path.relpath(fixtures / 'roster.csv', tmp_path)).as_posix()}" in path.read_text(encoding="utf-8")
    assert validate(path).returncode == 0
    program = load_program(path)
    assert [p.id for p in program.roster] == ["p01", "p02", "p03"]
    assert not program.kiosk.self_registration
    assert [(v.mentor, v.mentee, v.reason) for v in program.rules.vetoes] == [("p03", "p02", "same team last year")]


def test_plain_mode_enter_all_the_way(tmp_path: Path) -> None:
    path = tmp_path / "plain.yaml"
    with scripted(ENTER + ENTER + "Plain cohort" + ENTER * 30) as (prompter, stream):  # no roster yet
        prompter.plain = True
        status = run_new(prompter, path, QUESTIONNAIRES)
    assert status == 0, stream.getvalue()
    assert "   1) [x] The rest (extras, 6 items)" in stream.getvalue()
    program = load_program(path)
    assert program.name == "Plain cohort" and program.questionnaire_ids["mentee"] == ("extras", "style")
    assert program.kiosk.self_registration and program.roster == ()


def test_a_name_without_yaml_suffix_gets_one(tmp_path: Path) -> None:
    status, _out = new(DEFAULTS, tmp_path / "cohort.2027")
    assert status == 0 and (tmp_path / "cohort.2027.yaml").is_file()


def test_a_failed_write_is_an_operation_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("rm_tui.prompts.wizard.write_yaml", refuse)
    with pytest.raises(OperationError, match="cannot write .*Permission denied"):
        new(DEFAULTS, tmp_path / "p.yaml")
