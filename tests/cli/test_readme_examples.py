"""The README and docs tell the truth: every example marked `<!-- checked -->` is run.

Mark a code block by putting `<!-- checked -->` on the line just before its opening fence. In
it, a line starting with `$ rm-tui ` is a command (a line ending in a backslash continues it);
the lines up to the next `$` are its expected output (standard output and error, interleaved).
A line `...` stands for any number of lines. Before comparing, ISO timestamps become `<TIME>`,
the scratch folder's path becomes `.`, and trailing spaces are dropped.

The checked blocks of one file run in order, in ONE fresh copy of the bundled demo (folders
`sample_programs/`, `questionnaires/`, `schemas/`), so a worked example may build on the
commands before it. Commands run in-process with today's date fixed to DOC_DATE, the day the
outputs were written, because seniority (and so scores) depends on the date.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import glob
import io
import re
import shlex
import types
from dataclasses import dataclass
from pathlib import Path

import pytest

from rm_tui import bundled
from rm_tui.cli.main import main

ROOT = Path(__file__).resolve().parents[2]
DOCUMENTS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
MARKER = "<!-- checked -->"
DOC_DATE = dt.date(2026, 11, 29)
TIMESTAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:[+-]\d\d:\d\d|Z)?")


@dataclass
class Example:
    line: int  # of the command in the document, for messages
    command: str
    expected: list[str]


def checked_examples(text: str) -> list[Example]:
    lines = text.splitlines()
    examples: list[Example] = []
    n = 0
    while n < len(lines):
        if lines[n].strip() != MARKER:
            n += 1
            continue
        assert lines[n + 1].startswith("```"), f"line {n + 1}: {MARKER} must precede a code block"
        n += 2
        current: Example | None = None
        while not lines[n].startswith("```"):
            line = lines[n]
            if line.startswith("$ "):
                command, start = line[2:], n + 1
                while command.endswith("\\"):
                    n += 1
                    command = command[:-1] + " " + lines[n].strip()
                current = Example(start, command, [])
                examples.append(current)
            elif current is not None:
                current.expected.append(line)
            n += 1
        n += 1
    return examples


def normalise(text: str, folder: Path) -> list[str]:
    text = TIMESTAMP.sub("<TIME>", text.replace(str(folder) + "/", "").replace(str(folder), "."))
    out = [line.rstrip() for line in text.splitlines()]
    while out and not out[-1]:
        out.pop()
    return out


def matches(expected: list[str], actual: list[str]) -> bool:
    pattern = "".join("(?:[^\n]*\n)*?" if line == "..." else re.escape(line) + "\n"
                      for line in expected)
    return re.fullmatch(pattern, "".join(line + "\n" for line in actual)) is not None


class _Today(dt.date):
    @classmethod
    def today(cls) -> _Today:
        return cls(DOC_DATE.year, DOC_DATE.month, DOC_DATE.day)


def freeze_today(monkeypatch: pytest.MonkeyPatch) -> None:
    import rm_tui.core.participant
    import rm_tui.core.scoring

    frozen = types.SimpleNamespace(**{**vars(dt), "date": _Today})
    for module in (rm_tui.core.participant, rm_tui.core.scoring):
        monkeypatch.setattr(module, "dt", frozen)


def run(command: str, folder: Path) -> list[str]:
    words = shlex.split(command, comments=True)
    assert words[0] == "rm-tui", f"checked examples run rm-tui only, not {words[0]!r}"
    argv = []
    for word in words[1:]:  # the shell's globbing, relative to the scratch folder
        found = sorted(glob.glob(word, root_dir=folder)) if any(c in word for c in "*?[") else []
        argv.extend(found or [word])
    terminal = io.StringIO()  # stdout and stderr interleaved, as a terminal shows them
    with contextlib.redirect_stdout(terminal), contextlib.redirect_stderr(terminal), \
            contextlib.suppress(SystemExit):  # a usage error: its message is the output
        main(argv)
    return normalise(terminal.getvalue(), folder)


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda p: p.name)
def test_checked_examples_print_what_the_document_says(
    document: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    examples = checked_examples(document.read_text(encoding="utf-8"))
    if not examples:
        pytest.skip(f"no checked example in {document.name}")
    bundled.copy_demo(tmp_path)
    monkeypatch.chdir(tmp_path)
    freeze_today(monkeypatch)
    for example in examples:
        actual = run(example.command, tmp_path)
        expected = normalise("\n".join(example.expected), tmp_path)
        assert matches(expected, actual), (
            f"{document.name}:{example.line}: `$ {example.command}` printed:\n"
            + "\n".join(actual) + "\n\nthe document says:\n" + "\n".join(expected)
        )


def test_the_readme_has_checked_examples() -> None:
    assert len(checked_examples((ROOT / "README.md").read_text(encoding="utf-8"))) >= 5


def test_parser_and_matcher() -> None:
    doc = f"x\n{MARKER}\n```sh\n$ rm-tui a \\\n    --b\nout 1\n...\nlast\n$ rm-tui c\n```\n"
    examples = checked_examples(doc)
    assert [(e.command, e.expected) for e in examples] == [
        ("rm-tui a  --b", ["out 1", "...", "last"]), ("rm-tui c", [])]
    assert matches(["out 1", "...", "last"], ["out 1", "x", "y", "last"])
    assert matches(["out 1", "...", "last"], ["out 1", "last"])
    assert not matches(["out 1", "last"], ["out 1", "x", "last"])
