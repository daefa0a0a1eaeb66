"""Every reader opens only regular files of bounded size, and says why not otherwise."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from rm_tui.core import input_file
from rm_tui.core.errors import InputError
from rm_tui.core.roster_csv import decode, read_csv
from rm_tui.services.followup_io import read_csv as read_followup_csv
from rm_tui.yaml_io import read_text

READERS: dict[str, Callable[[Path], Any]] = {
    "yaml": read_text, "csv": read_csv, "followup csv": read_followup_csv,
    "check": input_file.check_input_file,
}


def _special(kind: str, tmp_path: Path) -> Path:
    path = tmp_path / f"input-{kind}.csv"
    if kind == "directory":
        path.mkdir()
    elif kind == "fifo":
        os.mkfifo(path)
    elif kind == "loop":
        path.symlink_to(path)
    elif kind == "device":
        return Path("/dev/zero")
    elif kind == "big":
        with open(path, "wb") as handle:  # sparse: no 51 MB written
            handle.truncate(input_file.MAX_INPUT_BYTES + 1)
    elif kind == "missing":
        pass
    return path


EXPECTED = {"directory": "is a directory", "fifo": "named pipe (FIFO)", "loop": "symbolic link loop",
            "device": "is a device", "big": "limited to 50 MB", "missing": "file not found"}


@pytest.mark.parametrize("reader", sorted(READERS))
@pytest.mark.parametrize("kind", sorted(EXPECTED))
def test_non_regular_inputs_are_refused_with_the_reason(tmp_path: Path, kind: str, reader: str) -> None:
    path = _special(kind, tmp_path)
    with pytest.raises(InputError) as info:
        READERS[reader](path)  # a FIFO must not block: it is opened non-blocking
    assert EXPECTED[kind] in str(info.value) and str(path) in str(info.value)


def test_a_regular_file_is_read(tmp_path: Path) -> None:
    path = tmp_path / "ok.csv"
    path.write_bytes(b"id,name,role\n")
    assert input_file.read_input(path) == b"id,name,role\n"
    link = tmp_path / "link.csv"
    link.symlink_to(path)  # a link to a regular file is fine
    assert read_csv(link).header == ["id", "name", "role"]


@pytest.mark.parametrize(("raw", "text", "encoding"), [
    ("Cœur … l’équipe".encode(), "Cœur … l’équipe", "utf-8"),
    (b"\xef\xbb\xbf" + "Zoé".encode(), "Zoé", "utf-8"),
    ("Cœur … l’équipe".encode("cp1252"), "Cœur … l’équipe", "windows-1252"),
    ("Zoé".encode("cp1252"), "Zoé", "windows-1252"),
    (b"Zo\xe9 \x81", "Zoé \x81", "latin-1"),  # 0x81 is not a Windows-1252 character
])
def test_encoding_is_chosen_by_what_decodes(raw: bytes, text: str, encoding: str) -> None:
    assert decode(raw) == (text, encoding)


def test_forced_encoding(tmp_path: Path) -> None:
    assert decode("Cœur".encode("cp1252"), "latin-1") == ("C\x9cur", "latin-1")
    path = tmp_path / "w.csv"
    path.write_bytes("id,name,role\nx1,Cœur Zoé,mentor\n".encode("cp1252"))
    with pytest.raises(InputError, match=r"w.csv:2: error: not valid utf-8 \(byte 0x9c\)"):
        read_csv(path, "utf-8")


def test_a_nel_byte_does_not_split_a_row(tmp_path: Path) -> None:
    path = tmp_path / "w.csv"
    path.write_bytes("id;name;role;team\nx1;Zoé Quinn;mentor;Data… et IA\n".encode("cp1252"))
    table = read_csv(path)
    assert table.encoding == "windows-1252"
    assert table.rows == [(2, ["x1", "Zoé Quinn", "mentor", "Data… et IA"])]
