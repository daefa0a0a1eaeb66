"""An extension of the no-words scan (test_no_words_outside_catalog.py) for the CLI: a command
never says a catalogue text in a fixed language (`t(key, "en")`), which would leave it English
in a French program or terminal; its language comes from the program, `--lang` or the locale."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

CLI = Path(__file__).resolve().parents[2] / "rm_tui" / "cli"


def fixed_language_calls(source: str, filename: str = "<source>") -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("t", "tn")
                and len(node.args) >= 2):
            lang = node.args[1] if node.func.id == "t" else node.args[2] if len(node.args) > 2 else None
            if isinstance(lang, ast.Constant) and isinstance(lang.value, str):
                found.append(f"{filename}:{node.lineno}: {ast.unparse(node)}")
    return found


@pytest.mark.parametrize("path", sorted(CLI.glob("*.py")), ids=lambda p: p.name)
def test_no_command_speaks_a_fixed_language(path: Path) -> None:
    assert fixed_language_calls(path.read_text(encoding="utf-8"), path.name) == []


def test_the_scan_catches_a_fixed_language() -> None:
    assert fixed_language_calls('print(t("cli.wrote", "en", path=p))') != []
    assert fixed_language_calls('print(tn("cli.n", n, "fr"))') != []
    assert fixed_language_calls('print(t("cli.wrote", lang, path=p), tn("cli.n", n, lang))') == []
