"""The house rules (docs/ARCHITECTURE.md): a pure core, one owner per boundary library, no import
cycle, packages that say what they hold, no file over 400 lines, flows that belong to screens."""

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


# -- the house rules of docs/ARCHITECTURE.md ---------------------------------------------------

BOUNDARY_MODULES = {"__init__", "__main__", "atomic_file", "bundled", "templating", "yaml_io"}
MAX_LINES = 400


def project_graph() -> dict[str, set[str]]:
    """module -> project modules it imports at run time (TYPE_CHECKING-only imports aside; a
    module importing its own package's __init__ is structure, not a cycle)."""
    import grimp

    sys.path.insert(0, str(ROOT))
    try:
        graph = grimp.build_graph("rm_tui", exclude_type_checking_imports=True, cache_dir=None)
    finally:
        sys.path.remove(str(ROOT))
    return {m: {d for d in graph.find_modules_directly_imported_by(m)
                if d in graph.modules and not m.startswith(d + ".")}
            for m in graph.modules}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (iterative Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_the_cycle_finder_finds_a_cycle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": set()}
    assert cycles(graph) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_no_import_cycle_among_the_projects_modules() -> None:
    assert cycles(project_graph()) == []


def test_the_top_level_holds_packages_and_boundary_modules_only() -> None:
    loose = {p.stem for p in PACKAGE.glob("*.py")}
    assert loose <= BOUNDARY_MODULES, f"move into a package: {sorted(loose - BOUNDARY_MODULES)}"


def test_every_package_says_what_lives_there() -> None:
    silent = [str(init.relative_to(ROOT)) for init in PACKAGE.rglob("__init__.py")
              if "__pycache__" not in init.parts and not ast.get_docstring(ast.parse(init.read_text(encoding="utf-8")))]
    assert silent == []


def test_no_file_over_400_lines() -> None:
    long = {str(p.relative_to(ROOT)): n for p in sorted(PACKAGE.rglob("*.py"))
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert long == {}


def module_level_workers(path: Path) -> list[str]:
    """Functions decorated with Textual's @work outside a class (a flow belongs to its screen)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = []
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            for deco in node.decorator_list:
                target = deco.func if isinstance(deco, ast.Call) else deco
                name = target.attr if isinstance(target, ast.Attribute) else getattr(target, "id", "")
                if name == "work":
                    out.append(node.name)
    return out


def test_the_worker_finder_finds_a_module_level_worker(tmp_path: Path) -> None:
    sample = tmp_path / "flows.py"
    sample.write_text("from textual import work\n\n@work\nasync def flow(app):\n    pass\n\n"
                      "class S:\n    @work(exclusive=True)\n    async def ok(self):\n        pass\n")
    assert module_level_workers(sample) == ["flow"]


def test_no_module_level_worker_in_the_tui() -> None:
    found = {str(p.relative_to(ROOT)): names for p in sorted((PACKAGE / "tui").rglob("*.py"))
             if (names := module_level_workers(p))}
    assert found == {}
