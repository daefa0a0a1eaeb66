"""The bundled questionnaires, demo and schemas: found through rm_tui.bundled only, and
`rm-tui questionnaires copy DIR` writes editable, valid copies without clobbering files."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from rm_tui import bundled
from rm_tui.core.errors import OperationError
from rm_tui.services.loaders import load_program, load_questionnaire_dir
from tests.cli.helpers import rm_tui

ROOT = Path(__file__).resolve().parents[2]


def test_every_bundled_folder_is_found_and_holds_its_files() -> None:
    assert sorted(p.name for p in bundled.questionnaires_dir().glob("*.yaml")) == [
        "background.yaml", "expectations.yaml", "learner_profile.yaml"]
    assert bundled.demo_program().is_file() and bundled.demo_responses().is_file()
    assert bundled.schema("program").is_file() and bundled.schema("questionnaire").is_file()
    assert load_program(bundled.demo_program()).roster


def test_only_the_bundled_module_locates_files_relative_to_the_package() -> None:
    """Data found through a path next to the code breaks in a wheel: one module does it."""
    offenders = [str(p.relative_to(ROOT)) for p in (ROOT / "rm_tui").rglob("*.py")
                 if re.search(r"__file__|REPO_ROOT", p.read_text(encoding="utf-8"))]
    assert offenders == ["rm_tui/bundled.py"]


def test_setup_copies_every_bundled_folder_into_the_wheel() -> None:
    setup = (ROOT / "setup.py").read_text(encoding="utf-8")
    for name in bundled.FOLDERS:
        assert f'"{name}"' in setup, f"setup.py does not put {name}/ into the wheel"


def test_copy_writes_valid_questionnaires_and_refuses_to_replace(tmp_path: Path) -> None:
    dest = tmp_path / "mine"
    written = bundled.copy_questionnaires(dest)
    assert sorted(p.name for p in written) == sorted(
        p.name for p in bundled.questionnaires_dir().glob("*.yaml"))
    assert set(load_questionnaire_dir(dest)) == set(load_questionnaire_dir(bundled.questionnaires_dir()))
    first_line = written[0].read_text(encoding="utf-8").splitlines()[0]
    assert first_line.endswith(bundled.schema("questionnaire").as_uri())
    written[0].write_text("# edited\n", encoding="utf-8")
    with pytest.raises(OperationError, match="use --force"):
        bundled.copy_questionnaires(dest)
    assert written[0].read_text(encoding="utf-8") == "# edited\n"


def test_questionnaires_copy_command(tmp_path: Path) -> None:
    dest = tmp_path / "q"
    done = rm_tui("questionnaires", "copy", dest)
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("wrote ") == 3
    again = rm_tui("questionnaires", "copy", dest)
    assert again.returncode == 1 and "use --force" in again.stderr and "Traceback" not in again.stderr
    assert rm_tui("questionnaires", "copy", dest, "--force").returncode == 0
    (tmp_path / "file").write_text("x")
    not_a_folder = rm_tui("questionnaires", "copy", tmp_path / "file")
    assert not_a_folder.returncode == 1 and "not a folder" in not_a_folder.stderr


def test_questionnaires_path_prints_the_bundled_folder() -> None:
    done = rm_tui("questionnaires", "path")
    assert done.returncode == 0
    assert Path(done.stdout.strip()) == bundled.questionnaires_dir()
