"""The domain core stays pure: no UI, storage or prompt library, and each boundary has one owner."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "rm_tui"
FORBIDDEN_IN_CORE = {"textual", "tinydb", "questionary", "munkres", "yaml", "rich", "prompt_toolkit", "jinja2"}
OWNERS = {"tinydb": {"storage"}, "munkres": {"solver"}, "yaml": {"yaml_io"}, "questionary": {"prompts"},
          "jinja2": {"templating"}}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_core_imports_no_ui_storage_or_prompt_library() -> None:
    offenders = {
        str(path.relative_to(ROOT)): sorted(imported_modules(path) & FORBIDDEN_IN_CORE)
        for path in (PACKAGE / "core").rglob("*.py")
        if imported_modules(path) & FORBIDDEN_IN_CORE
    }
    assert offenders == {}


def test_each_boundary_library_is_imported_by_its_owner_only() -> None:
    for library, owners in OWNERS.items():
        importers = set()
        for path in PACKAGE.rglob("*.py"):
            if library in imported_modules(path):
                rel = path.relative_to(PACKAGE).with_suffix("")
                importers.add(rel.parts[0])
        assert importers <= owners, f"{library} imported outside {owners}: {importers - owners}"


def test_importing_the_core_loads_no_ui_library() -> None:
    code = (
        "import sys, pkgutil, importlib, rm_tui.core as core\n"
        "for m in pkgutil.walk_packages(core.__path__, 'rm_tui.core.'): importlib.import_module(m.name)\n"
        "bad = sorted(n for n in ('textual', 'tinydb', 'questionary', 'munkres') if n in sys.modules)\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
