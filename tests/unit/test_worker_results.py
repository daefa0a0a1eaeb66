"""A worker's result comes back one way (docs/ARCHITECTURE.md): the worker posts a message
(`post_message` is thread-safe) and its screen handles it on the UI thread. No
`call_from_thread` anywhere in the interfaces, so nobody has to know two ways."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TUI = ROOT / "rm_tui" / "tui"


def calls_from_thread(path: Path) -> list[int]:
    """Lines that use `call_from_thread` (called or passed along)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return sorted(node.lineno for node in ast.walk(tree)
                  if isinstance(node, ast.Attribute) and node.attr == "call_from_thread")


def test_the_finder_finds_call_from_thread(tmp_path: Path) -> None:
    sample = tmp_path / "screen.py"
    sample.write_text("class S:\n    def worker(self):\n        self.post_message(Done())\n"
                      "        self.app.call_from_thread(self.show, 1)\n"
                      "        later = self.app.call_from_thread\n")
    assert calls_from_thread(sample) == [4, 5]


def test_workers_post_messages_and_never_call_from_thread() -> None:
    found = {str(p.relative_to(ROOT)): lines for p in sorted(TUI.rglob("*.py"))
             if (lines := calls_from_thread(p))}
    assert found == {}
