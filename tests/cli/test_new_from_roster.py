"""`rm-tui new --roster`: a company's own program, built from its roster, with defaults that work."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from rm_tui import bundled
from rm_tui.core.scoring import score_program
from rm_tui.prompts.wizard import run_new, slug
from rm_tui.services.loaders import load_program
from tests.cli.prompt_driver import ENTER, scripted
from tests.cli.test_new import validate

ROOT = Path(__file__).resolve().parents[2]
ROSTER = ROOT / "tests" / "fixtures" / "rosters" / "nordlicht.csv"
NAME = "Cohorte Été 2027 — Nordlicht"
# name, id, languages, roster names as they are (subsidiaries, job families, teams), questionnaires (all,
# this order, same for mentees), recommended criteria, recommended matrix, rules, no veto,
# capacity, objective, write
ENTER_ALL_THE_WAY = NAME + ENTER * 6 + ENTER + "y" + "y" + "y" + ENTER + "y" + "n" + ENTER + ENTER + "y"


def wizard(folder: Path, keys: str = ENTER_ALL_THE_WAY) -> tuple[int, str, Path]:
    path = folder / "program.yaml"
    with scripted(keys) as (prompter, stream):
        status = run_new(prompter, path, bundled.questionnaires_dir(), roster=ROSTER)
    return status, stream.getvalue(), path


def test_ids_are_transliterated() -> None:
    assert slug("Cohorte Été 2027 — Groupe Azur") == "cohorte-ete-2027-groupe-azur"
    assert slug("Œuvre sociale: Straße") == "oeuvre-sociale-strasse"


def test_enter_all_the_way_makes_a_program_of_the_company_own(tmp_path: Path) -> None:
    status, out, path = wizard(tmp_path)
    assert status == 0, out
    result = validate(path)
    assert result.returncode == 0 and result.stderr == "", result.stderr  # no warning either
    program = load_program(path)
    assert program.id == "cohorte-ete-2027-nordlicht"
    # the bundled questionnaires are copied next to the program, not referenced from the package
    own = tmp_path / "questionnaires"
    assert sorted(p.name for p in own.iterdir()) == ["background.yaml", "expectations.yaml",
                                                     "learner_profile.yaml"]  # fmt: skip
    assert all(Path(q.path).parent == own for q in program.questionnaires.values())
    for file in [path, *own.iterdir()]:
        assert "Azur" not in file.read_text(encoding="utf-8"), file  # no demo company anywhere
    # the intentions matrix Enter keeps tells pairs apart
    cells = {v for row in program.intention_matrix.values() for v in row.values()}
    assert program.criteria["intentions"].weight > 0 and len(cells) > 1


def test_the_kiosk_offers_the_roster_subsidiaries(tmp_path: Path) -> None:
    status, out, path = wizard(tmp_path)
    assert status == 0, out
    program = load_program(path)
    claire = next(p for p in program.roster if p.name == "Claire Martin")  # no subsidiary on the roster
    background = program.questionnaires["background"]
    asked = {item.id: item for item in background.items_for("mentee", claire)}
    assert [o.text["fr"] for o in asked["subsidiary"].options] == ["Nordlicht GmbH", "Nordlicht France"]
    assert "job_family" not in asked  # the roster has hers
    team = background.item("team")  # a pick from the roster's teams, not free text
    assert team.kind == "single" and len(team.options) == 6 and team.options[0].text["en"] == "Plattform"
    # her answer (an option id) is the same subsidiary as the roster's spelling for Anna
    answers = {"n05": {"background": {"subsidiary": "nordlicht-gmbh"}}}
    scores = score_program(program, answers)
    i = [p.id for p in scores.mentors].index("n01")
    j = [p.id for p in scores.mentees].index("n05")
    assert scores.parts["subsidiary"][i, j] == 1.0
    k = [p.id for p in scores.mentors].index("n02")  # Nordlicht France
    assert scores.parts["subsidiary"][k, j] == 0.0
    assert not np.isnan(scores.parts["job_family"][i, j])


def test_labels_can_be_translated(tmp_path: Path) -> None:
    keys = (NAME + ENTER * 3  # name, id, languages
            + "n" + "Nordlicht Allemagne" + ENTER + "Nordlicht Germany" + ENTER
            + ENTER + ENTER  # "Nordlicht France" kept as it is in both languages
            + ENTER + ENTER  # job families and teams as they are
            + ENTER + "y" + "y" + "y" + ENTER + "y" + "n" + ENTER + ENTER + "y")  # fmt: skip
    status, out, path = wizard(tmp_path, keys)
    assert status == 0, out
    options = load_program(path).questionnaires["background"].item("subsidiary").options
    assert [(o.id, o.text["fr"], o.text["en"]) for o in options] == [
        ("nordlicht-gmbh", "Nordlicht Allemagne", "Nordlicht Germany"),
        ("nordlicht-france", "Nordlicht France", "Nordlicht France")]
