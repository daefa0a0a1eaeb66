"""The files shipped with rm-tui: questionnaires, the demo program, the JSON Schemas and the
Textual stylesheets.

The one place that knows where they are. The repository keeps them in top-level folders
(`questionnaires/`, `sample_programs/`, `schemas/`); the wheel carries them as package data
under `rm_tui/data/` (setup.py copies them there at build time), in the same relative layout,
so the `../schemas/...` references inside the files hold in both. Found with
`importlib.resources` when installed, next to the package in a checkout or editable install.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from rm_tui.core.errors import OperationError

#: The data folders, by name; the same names in the repository and under rm_tui/data/.
FOLDERS = ("questionnaires", "sample_programs", "schemas")


def folder(name: str) -> Path:
    """The bundled folder `name` (one of FOLDERS), as a real directory on disk."""
    if name not in FOLDERS:
        raise ValueError(f"not a bundled folder: {name!r}")
    from importlib.resources import files

    packaged = files("rm_tui").joinpath("data", name)
    if isinstance(packaged, Path) and packaged.is_dir():  # installed from a wheel or sdist
        return packaged
    checkout = Path(__file__).resolve().parent.parent / name  # a checkout or editable install
    if checkout.is_dir():
        return checkout
    raise OperationError.coded("args.bundled_missing", name=name, packaged=packaged, checkout=checkout)


def stylesheet(package: str, name: str) -> Path:
    """The Textual stylesheet `name` shipped inside `package` (package data, pyproject.toml), for
    an App's CSS_PATH: `stylesheet("rm_tui.tui.kiosk", "kiosk.tcss")`."""
    module = sys.modules.get(package)  # imported already (its app is being defined): its folder
    where = getattr(module, "__file__", None)  # is known without importlib.resources (~4 ms)
    found: object = Path(where).parent / name if where else None
    if not isinstance(found, Path) or not found.is_file():
        from importlib.resources import files

        found = files(package).joinpath(name)
    if not isinstance(found, Path) or not found.is_file():
        raise OperationError.coded("args.stylesheet_missing", name=name, package=package)
    return found


def questionnaires_dir() -> Path:
    return folder("questionnaires")


def demo_program() -> Path:
    return folder("sample_programs") / "kickoff_demo.yaml"


def demo_responses() -> Path:
    return folder("sample_programs") / "kickoff_demo.responses.yaml"


def schema(name: str) -> Path:
    """`schema("program")` -> the path of program.schema.json."""
    return folder("schemas") / f"{name}.schema.json"


def copy_questionnaires(destination: Path, *, overwrite: bool = False) -> list[Path]:
    """Copy the bundled questionnaires (and the schema they refer to) into `destination`.

    Writes DEST/<name>.yaml for each questionnaire; never replaces an existing file unless
    `overwrite` (OperationError naming the files instead, nothing written). The files'
    `$schema` comment points at the bundled questionnaire schema, rewritten to an absolute path
    so editors still find it. Returns the files written.
    """
    source = questionnaires_dir()
    names = sorted(p.name for p in source.iterdir() if p.suffix in (".yaml", ".yml"))
    if destination.exists() and not destination.is_dir():
        raise OperationError.coded("args.dest_not_folder", path=destination)
    clashes = [destination / n for n in names if (destination / n).exists()]
    if clashes and not overwrite:
        listed = ", ".join(str(p) for p in clashes)
        raise OperationError.coded("args.would_replace", listed=listed)
    destination.mkdir(parents=True, exist_ok=True)
    schema_ref = "$schema=../schemas/questionnaire.schema.json"
    written = []
    for name in names:
        text = (source / name).read_text(encoding="utf-8")
        text = text.replace(schema_ref, f"$schema={schema('questionnaire').as_uri()}", 1)
        target = destination / name
        target.write_text(text, encoding="utf-8")
        written.append(target)
    return written


def copy_demo(destination: Path) -> Path:
    """Copy the demo program and its responses into `destination` (a fresh folder), with the
    questionnaires beside them so the copy is self-contained. Returns the program's path."""
    programs = destination / "sample_programs"
    shutil.copytree(folder("sample_programs"), programs, ignore=shutil.ignore_patterns("*.db.json*"))
    shutil.copytree(questionnaires_dir(), destination / "questionnaires")
    shutil.copytree(folder("schemas"), destination / "schemas")
    return programs / "kickoff_demo.yaml"
