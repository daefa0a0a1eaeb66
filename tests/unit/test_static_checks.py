"""Repository hygiene the suite enforces, so a landing cannot skip it: no merge-conflict markers
in any tracked text file, every `# type: ignore` says why, mypy and import-linter pass."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
OPEN, MIDDLE, CLOSE = "<" * 7, "=" * 7, ">" * 7  # spelled out, not written, in this file


def tracked_text_files() -> list[Path]:
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=False)
    if listed.returncode != 0:  # not a git checkout (an sdist): every file
        return [p for p in ROOT.rglob("*") if p.is_file() and ".git" not in p.parts]
    return [ROOT / name for name in listed.stdout.decode().split("\0") if name]


def conflict_lines(text: str) -> list[int]:
    lines = text.splitlines()
    opened = any(line.startswith(OPEN + " ") or line == OPEN for line in lines)
    return [n for n, line in enumerate(lines, 1)
            if line.startswith((OPEN + " ", CLOSE + " ")) or line in (OPEN, CLOSE)
            or (opened and line == MIDDLE)]


def test_no_tracked_file_holds_merge_conflict_markers() -> None:
    found = {}
    for path in tracked_text_files():
        try:
            text = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue  # binary or unreadable: not text
        if lines := conflict_lines(text):
            found[str(path.relative_to(ROOT))] = lines
    assert found == {}, f"merge-conflict markers (file: lines): {found}"


def test_conflict_marker_check_finds_a_conflict() -> None:
    text = f"a\n{OPEN} HEAD\nb\n{MIDDLE}\nc\n{CLOSE} main\nd\n"
    assert conflict_lines(text) == [2, 4, 6]
    assert conflict_lines("Title\n=======\n") == []  # a Markdown heading underline is not one


def test_every_type_ignore_names_its_code_and_says_why() -> None:
    pattern = re.compile(r"#\s*type:\s*ignore(?P<rest>.*)$")
    bad = []
    for path in sorted((ROOT / "rm_tui").rglob("*.py")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            match = pattern.search(line)
            if match and not re.match(r"\[[a-z-]+(, *[a-z-]+)*\]\s+#\s*\S", match["rest"]):
                bad.append(f"{path.relative_to(ROOT)}:{n}")
    assert bad == [], "write `# type: ignore[code]  # why` on: " + ", ".join(bad)


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (pip install -e '.[test]')")
    return found


def test_import_linter_contracts_are_kept() -> None:
    done = subprocess.run([_tool("lint-imports")], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr


def test_mypy_passes() -> None:
    done = subprocess.run([_tool("mypy")], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
