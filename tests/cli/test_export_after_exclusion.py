"""A person excluded after the plan was confirmed is still paired in that version: export,
introductions and the console's export say so before anyone shares it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from rm_tui.services.cohort import CohortSource
from rm_tui.services.pairing_session import PairingSession
from rm_tui.storage import Database
from tests.cli.conftest import DEMO, Run


def confirm_and_exclude(cli: Run, db: Path) -> tuple[str, str]:
    """`match --confirm`, then a paired mentee leaves: (their id, their name)."""
    assert cli("match", DEMO, "--db", db, "--confirm").returncode == 0
    with Database(db) as store:
        pair = store.latest_confirmed()["plan"]["pairs"][0]
        person = store.participant(str(pair["mentee"]))
    assert person is not None
    out = cli("constraints", DEMO, "--db", db, "--exclude", person.id, "--reason", "left the company")
    assert out.returncode == 0, out.stderr
    return person.id, person.name


def test_export_warns_about_a_person_excluded_since_the_confirm(cli: Run, fresh_db: Path,
                                                                tmp_path: Path) -> None:  # fmt: skip
    pid, name = confirm_and_exclude(cli, fresh_db)
    out = cli("export", DEMO, "--db", fresh_db, "--output", tmp_path / "pairs.yaml")
    assert out.returncode == 0, out.stderr
    assert f"rm-tui export: warning: {name} ({pid}) was excluded after version 1 was confirmed" in out.stderr
    assert "re-match and confirm a new version" in out.stderr
    assert (tmp_path / "pairs.yaml").exists()  # still written: the facilitator decides


def test_introduce_warns_in_the_programs_language(cli: Run, fresh_db: Path, tmp_path: Path) -> None:
    pid, name = confirm_and_exclude(cli, fresh_db)
    out = cli("introduce", DEMO, "--db", fresh_db, "--output", tmp_path / "intros", "--format", "md")
    assert out.returncode == 0, out.stderr
    assert f"{name} ({pid}) a été exclu(e) depuis la confirmation de la version 1" in out.stderr


def test_no_warning_when_nobody_left(cli: Run, fresh_db: Path, tmp_path: Path) -> None:
    assert cli("match", DEMO, "--db", fresh_db, "--confirm").returncode == 0
    out = cli("export", DEMO, "--db", fresh_db, "--output", tmp_path / "pairs.yaml")
    assert out.returncode == 0 and "warning" not in out.stderr


def test_the_console_session_names_them_too(cli: Run, fresh_db: Path) -> None:
    pid, name = confirm_and_exclude(cli, fresh_db)
    session = PairingSession(CohortSource(DEMO, fresh_db), today=dt.date(2026, 11, 2))
    [warning] = session.export_warnings()
    assert warning.key == "engine.ws.excluded_in_confirmed" and warning.params["id"] == pid
    assert name in str(warning)
