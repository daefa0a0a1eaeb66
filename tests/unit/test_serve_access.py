"""Browser-mode access tokens, personal links, the console's status sidecar and the QR text."""

from __future__ import annotations

import csv
import io
import os
import stat
from pathlib import Path

import segno

from rm_tui.core.participant import Participant
from rm_tui.serve.access import Access, Grant, join_url, links_csv, write_links
from rm_tui.serve.qr import qr_text
from rm_tui.serve.status import ServeStatus, read_status, status_path, write_status

PEOPLE = [Participant(id="p1", name="Camille Martin", role="mentor"),
          Participant(id="p2", name="Dubois, Hélène", role="mentee")]


def test_shared_token_has_at_least_128_random_bits_and_changes_every_run() -> None:
    tokens = {Access().shared for _ in range(50)}
    assert len(tokens) == 50
    for token in tokens:
        assert len(token) * 6 >= 128 and token.replace("-", "").replace("_", "").isalnum()


def test_check_accepts_only_the_shared_or_a_personal_token() -> None:
    access = Access()
    tokens = access.add_people(PEOPLE)
    assert access.check(access.shared) == Grant(None)
    assert access.check(tokens["p1"]) == Grant("p1")
    assert access.check(tokens["p2"]) == Grant("p2")
    for wrong in (None, "", "p1", access.shared[:-1], access.shared + "x", tokens["p1"].upper()):
        assert access.check(wrong) is None


def test_personal_tokens_are_secret_per_person_and_per_run() -> None:
    first, second = Access(), Access()
    a, b = first.add_people(PEOPLE), second.add_people(PEOPLE)
    assert a["p1"] != a["p2"]
    assert a["p1"] != b["p1"]  # a link from an earlier run opens nothing
    assert second.check(a["p1"]) is None
    assert len(a["p1"]) * 4 >= 128


def test_links_csv_has_id_name_url_rows_and_is_owner_only(tmp_path: Path) -> None:
    access = Access()
    tokens = access.add_people(PEOPLE)
    text = links_csv(PEOPLE, tokens, "http://10.0.0.5:8080")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [r["id"] for r in rows] == ["p1", "p2"]
    assert rows[1]["name"] == "Dubois, Hélène"  # quoted, not split
    assert rows[0]["url"] == join_url("http://10.0.0.5:8080", tokens["p1"])
    target = tmp_path / "links.csv"
    write_links(target, text)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert target.read_text(encoding="utf-8") == text


def test_status_round_trip_and_stale_or_broken_files_read_as_none(tmp_path: Path) -> None:
    db = tmp_path / "room.db.json"
    assert read_status(db) is None
    status = ServeStatus("http://127.0.0.1:8080/?t=abc", 3, 40, os.getpid())
    write_status(db, status)
    assert read_status(db) == status
    assert stat.S_IMODE(status_path(db).stat().st_mode) == 0o600  # it holds the join link
    write_status(db, ServeStatus("http://x/?t=abc", 3, 40, 2**22 + 12345))  # no such process
    assert read_status(db) is None
    status_path(db).write_text("{not json", encoding="utf-8")
    assert read_status(db) is None


def test_qr_text_draws_exactly_segnos_modules() -> None:
    url = "http://192.168.1.20:8080/?t=" + "x" * 24
    lines = qr_text(url).splitlines()
    code = segno.make(url, error="m", micro=False)
    expected = [[bool(v) for v in row] for row in code.matrix_iter(scale=1, border=2)]
    top = {"█": False, "▄": True, "▀": False, " ": True}  # True = dark module
    bottom = {"█": False, "▄": False, "▀": True, " ": True}
    drawn = []
    for line in lines:
        drawn.append([top[c] for c in line])
        drawn.append([bottom[c] for c in line])
    assert drawn[: len(expected)] == expected
    assert all(len(line) == len(expected[0]) for line in lines)
