"""`rm-tui validate`: valid files pass with a summary; each broken file gets a located message, exit 2."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FIX = "tests/fixtures"
B = f"{FIX}/broken"
PROGRAM = f"{FIX}/programs/demo.yaml"

# (files given to validate, expected "PATH:LINE:COL" or "PATH" of one message, a phrase of that message)
BROKEN: list[tuple[list[str], str, str]] = [
    # wrong types
    ([f"{B}/q_wrong_type.yaml"], f"{B}/q_wrong_type.yaml:2:10", "'version' must be a whole number, got 'one'"),
    ([f"{B}/q_wrong_type.yaml"], f"{B}/q_wrong_type.yaml:6:61", "'required' must be true or false"),
    ([f"{B}/q_items_not_list.yaml"], f"{B}/q_items_not_list.yaml:6:3", "'items' must be a list, got a mapping"),
    ([f"{B}/p_wrong_types.yaml"], f"{B}/p_wrong_types.yaml:11:21", "'forbid_same_team' must be true or false"),
    ([f"{B}/p_wrong_types.yaml"], f"{B}/p_wrong_types.yaml:12:25", "'reporting_line_depth' must be a whole number"),
    ([f"{B}/p_wrong_types.yaml"], f"{B}/p_wrong_types.yaml:14:24", "'intentions' weight must be a number"),
    ([f"{B}/p_questionnaires_dir_type.yaml"], f"{B}/p_questionnaires_dir_type.yaml:3:21", "'questionnaires_dir' (a folder path) must be a non-empty text"),
    ([f"{B}/q_unknown_kind.yaml"], f"{B}/q_unknown_kind.yaml:6:19", "'kind' must be one of scale, single"),
    ([f"{B}/q_bad_role.yaml"], f"{B}/q_bad_role.yaml:4:22", "must be one of mentor, mentee, got 'coach'"),
    ([f"{B}/p_bad_participant_role.yaml"], f"{B}/p_bad_participant_role.yaml:7:41", "participant 'role' must be one of mentor, mentee"),
    # unknown keys
    ([f"{B}/q_unknown_key.yaml"], f"{B}/q_unknown_key.yaml:9:13", "unknown key 'colour' in item 'a'"),
    ([f"{B}/p_unknown_key.yaml"], f"{B}/p_unknown_key.yaml:12:16", "unknown key 'screensaver' in 'kiosk'"),
    # missing language
    ([f"{B}/q_missing_language.yaml"], f"{B}/q_missing_language.yaml:8:11", "missing its 'en' text"),
    ([f"{B}/p_missing_language.yaml"], f"{B}/p_missing_language.yaml:12:11", "domain 'digital' 'name' is missing its 'en' text"),
    # dangling references
    ([f"{B}/q_scoring_unknown_item.yaml"], f"{B}/q_scoring_unknown_item.yaml:11:23", "names item 'ce9', which is not defined"),
    ([f"{B}/q_axis_unknown_subscale.yaml"], f"{B}/q_axis_unknown_subscale.yaml:13:19", "axis 'grasp' needs 'plus' naming a subscale"),
    ([f"{B}/q_undefined_scale.yaml"], f"{B}/q_undefined_scale.yaml:8:33", "needs 'scale' naming one of the questionnaire's scales"),
    ([f"{B}/p_unknown_questionnaire.yaml"], f"{B}/p_unknown_questionnaire.yaml:5:29", "questionnaire 'expectaitons' not found"),
    ([f"{B}/p_intentions_unknown_mentee.yaml"], f"{B}/p_intentions_unknown_mentee.yaml:14:20", "mentee intention 'become_famous' is not an option"),
    ([f"{B}/p_intentions_unknown_mentor.yaml"], f"{B}/p_intentions_unknown_mentor.yaml:13:65", "mentor intention 'help_junior' is not an option"),
    ([f"{B}/p_intentions_unknown_item.yaml"], f"{B}/p_intentions_unknown_item.yaml:11:9", "has no item 'wishes'"),
    ([f"{B}/p_manager_missing.yaml"], f"{B}/p_manager_missing.yaml:9:15", "manager 'ghost' is not on the roster"),
    ([f"{B}/p_veto_unknown.yaml"], f"{B}/p_veto_unknown.yaml:13:28", "veto: mentee 'nobody' is not on the roster"),
    ([f"{B}/p_veto_wrong_role.yaml"], f"{B}/p_veto_wrong_role.yaml:12:16", "veto: 'm1' is a mentee, not a mentor"),
    ([f"{B}/p_capacity_unknown.yaml"], f"{B}/p_capacity_unknown.yaml:12:27", "capacity: 'j9' is not on the roster"),
    ([f"{B}/p_taxonomy_family.yaml"], f"{B}/p_taxonomy_family.yaml:8:60", "job family 'astrology' is not in the taxonomy"),
    ([f"{B}/p_roster_positions.yaml"], f"{B}/p_roster_positions.yaml:7:5", "the roster entry is missing the required key 'name'"),
    ([f"{B}/p_roster_positions.yaml"], f"{B}/p_roster_positions.yaml:9:57", "manager 'nobody' is not on the roster"),
    ([f"{B}/p_taxonomy_misses_family.yaml"], f"{B}/p_taxonomy_misses_family.yaml:10:3", "job family 'finance' offered by 'background.job_family' not in the taxonomy"),
    ([f"{B}/p_reporting_loop.yaml"], f"{B}/p_reporting_loop.yaml:7:52", "reporting lines form a loop: a -> c -> b -> a"),
    # duplicates
    ([f"{B}/p_reporting_loop.yaml"], f"{B}/p_reporting_loop.yaml:5:43", "questionnaire 'learner_profile' is listed twice for mentees"),
    ([f"{B}/q_duplicate_item.yaml"], f"{B}/q_duplicate_item.yaml:7:10", "duplicate item id 'a'"),
    ([f"{B}/q_duplicate_option.yaml"], f"{B}/q_duplicate_option.yaml:11:14", "duplicate option id 'x'"),
    ([f"{B}/p_duplicate_participant.yaml"], f"{B}/p_duplicate_participant.yaml:9:10", "duplicate participant id 'j1'"),
    ([f"{B}/q_duplicate_key.yaml"], f"{B}/q_duplicate_key.yaml:9:5", "duplicate key 'kind'"),
    # YAML syntax, empty, junk, encoding, not a file
    ([f"{B}/q_yaml_syntax.yaml"], f"{B}/q_yaml_syntax.yaml:4:1", "expected ',' or '}'"),
    ([f"{B}/p_yaml_tab.yaml"], f"{B}/p_yaml_tab.yaml:4:1", "YAML syntax error: a tab character here; YAML is indented with spaces"),
    ([f"{B}/empty.yaml"], f"{B}/empty.yaml:1:1", "the file is empty"),
    ([f"{B}/binary_junk.yaml"], f"{B}/binary_junk.yaml:1:1", "is a binary file"),
    ([f"{B}/latin1.yaml"], f"{B}/latin1.yaml:3:1", "is not valid UTF-8 text"),
    ([B], B, "is a directory, expected a file"),
    ([f"{B}/does_not_exist.yaml"], f"{B}/does_not_exist.yaml", "file not found"),
    # responses, checked against the program given with them
    ([PROGRAM, f"{B}/r_unknown_participant.responses.yaml"], f"{B}/r_unknown_participant.responses.yaml:5:5", "participant 'zed' is not on the program's roster"),
    ([PROGRAM, f"{B}/r_unknown_item.responses.yaml"], f"{B}/r_unknown_item.responses.yaml:5:12", "has no item 'ce7'"),
    ([PROGRAM, f"{B}/r_unknown_questionnaire.responses.yaml"], f"{B}/r_unknown_questionnaire.responses.yaml:3:15", "'feedback' is not one the program gives to mentors"),
    ([PROGRAM, f"{B}/r_bad_value.responses.yaml"], f"{B}/r_bad_value.responses.yaml:4:12", "expected a whole number from 1 to 5, got 7"),
    ([PROGRAM, f"{B}/r_bad_value.responses.yaml"], f"{B}/r_bad_value.responses.yaml:6:19", "unknown choice 'understand_digital'"),
    ([PROGRAM, f"{B}/r_bad_value.responses.yaml"], f"{B}/r_bad_value.responses.yaml:8:25", "'background.years': expected a whole number"),
    ([PROGRAM, f"{B}/r_roster_pick.responses.yaml"], f"{B}/r_roster_pick.responses.yaml:4:19", "'stranger' is not on the roster"),
    ([PROGRAM, f"{B}/r_roster_pick.responses.yaml"], f"{B}/r_roster_pick.responses.yaml:5:13", "expected one of: bad, good, got 'great'"),
    ([PROGRAM, f"{B}/r_wrong_person.responses.yaml"], f"{B}/r_wrong_person.responses.yaml:4:20", "this item is asked only to mentors"),
    ([PROGRAM, f"{B}/r_wrong_person.responses.yaml"], f"{B}/r_wrong_person.responses.yaml:7:19", "'j2' is a mentor; this item picks mentees"),
    ([PROGRAM, f"{B}/r_wrong_person.responses.yaml"], f"{B}/r_wrong_person.responses.yaml:10:19", "a person cannot pick themselves"),
    ([f"{B}/r_no_responses_key.responses.yaml"], f"{B}/r_no_responses_key.responses.yaml:1:1", "needs the top-level key 'responses'"),
]
VALID = [f"{FIX}/questionnaires/{n}.yaml" for n in ("learner_profile", "expectations", "background")] + [
    PROGRAM, f"{FIX}/programs/demo.responses.yaml",
]


def run_validate(args: list[str]) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "rm_tui", "validate", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)


@pytest.fixture(scope="module")
def results() -> dict[tuple[str, ...], subprocess.CompletedProcess[str]]:
    """Run every distinct command once, in parallel: the table stays fast."""
    commands = sorted({tuple(args) for args, _, _ in BROKEN} | {tuple(VALID)})
    with ThreadPoolExecutor(max_workers=8) as pool:
        return dict(zip(commands, pool.map(lambda a: run_validate(list(a)), commands), strict=True))


def test_valid_files_pass_with_a_one_line_summary(results: dict) -> None:
    out = results[tuple(VALID)]
    assert out.returncode == 0, out.stderr
    # the fixture's tiny roster leaves two people with no allowed partner: advice, not errors
    assert out.stdout.splitlines() == [
        "ok: 5 files valid (3 questionnaires, 1 program, 1 responses), 2 warnings"]
    assert [line.split(": warning: ")[0] for line in out.stderr.splitlines()] == [
        f"{PROGRAM}:9:5", f"{PROGRAM}:11:5"]  # located, in file order


def test_an_all_zero_intentions_matrix_is_a_warning(tmp_path: Path) -> None:
    demo = ROOT / "sample_programs" / "kickoff_demo.yaml"
    text = demo.read_text(encoding="utf-8").replace(
        "questionnaires_dir: ../questionnaires", f"questionnaires_dir: {ROOT / 'questionnaires'}")
    text = re.sub(r"(\n      [a-z_]+: )[01]\.[0-9]", r"\g<1>0.0", text)  # every matrix cell 0
    text = text.replace("default: 1", "default: 2")  # enough places: the matrix is the only warning
    program = tmp_path / "zero.yaml"
    program.write_text(text, encoding="utf-8")
    out = run_validate([str(program)])
    assert out.returncode == 0, out.stderr
    assert out.stdout.endswith("1 warning\n")
    line = out.stderr.strip()
    assert re.match(rf"{re.escape(str(program))}:\d+:\d+: warning: every cell of the intentions matrix is 0", line)
    strict = run_validate(["--strict", str(program)])
    assert strict.returncode == 2 and "intentions matrix" in strict.stderr


@pytest.mark.parametrize(("args", "where", "phrase"), BROKEN, ids=[f"{w.split('/')[-1]}~{p[:24]}" for _, w, p in BROKEN])
def test_broken_file_gets_a_located_message_and_exit_2(results: dict, args: list[str], where: str, phrase: str) -> None:
    out = results[tuple(args)]
    assert out.returncode == 2
    assert "Traceback" not in out.stderr
    assert out.stdout == ""
    matching = [line for line in out.stderr.splitlines() if line.startswith(f"{where}: error: ")]
    assert matching, out.stderr
    assert any(phrase in line for line in matching), out.stderr


def test_every_broken_fixture_is_in_the_table() -> None:
    covered = {Path(a).name for args, _, _ in BROKEN for a in args}
    fixtures = sorted(p.name for p in (ROOT / B).iterdir() if p.suffix != ".csv")  # CSV: below
    assert fixtures == sorted(covered - {"demo.yaml", "broken", "does_not_exist.yaml"})


def test_problems_of_a_file_are_listed_in_line_order(results: dict) -> None:
    lines = [line for line in results[(f"{B}/p_wrong_types.yaml",)].stderr.splitlines() if "error:" in line]
    positions = [tuple(int(n) for n in line.split(":")[1:3]) for line in lines]
    assert len(positions) == 3 and positions == sorted(positions)


def test_every_file_is_checked_even_after_a_broken_one() -> None:
    out = run_validate([f"{B}/empty.yaml", f"{B}/q_duplicate_item.yaml", *VALID])
    assert out.returncode == 2
    reported = {line.split(":")[0] for line in out.stderr.splitlines() if ": error: " in line}
    assert reported == {f"{B}/empty.yaml", f"{B}/q_duplicate_item.yaml"}




def test_roster_csv_files_are_checked() -> None:
    ok = run_validate([f"{FIX}/rosters/latin1_semicolon.csv"])
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout.strip() == "ok: 1 file valid (1 roster)"
    bad = run_validate([f"{B}/roster_unknown_manager.csv"])
    assert bad.returncode == 2 and "Traceback" not in bad.stderr
    assert bad.stderr.startswith(f"{B}/roster_unknown_manager.csv:3")
    assert "manager 'ghost' is not on the roster" in bad.stderr
