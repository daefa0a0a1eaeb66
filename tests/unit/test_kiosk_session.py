"""The kiosk session without a screen: roster merging, registration ids, submission."""

from __future__ import annotations

from pathlib import Path

from rm_tui.storage import Database
from rm_tui.tui.kiosk.session import KioskSession
from tests.kiosk_support import FakeClock, fixture_program


def make_session(tmp_path: Path) -> KioskSession:
    return KioskSession(fixture_program(), Database(tmp_path / "s.db.json"), "2468", clock=FakeClock())


def test_registered_people_join_the_roster_with_unique_ids(tmp_path: Path) -> None:
    session = make_session(tmp_path)
    first = session.register("Zoé  Petit", "mentee", "zoe@example.com")
    second = session.register("Zoe Petit", "mentor", "zoe2@example.com")
    assert (first.id, second.id) == ("self-zoe-petit", "self-zoe-petit-2")
    assert first.name == "Zoé Petit" and first.self_registered
    roster_ids = [p.id for p in session.program().roster]
    assert roster_ids[-2:] == ["self-zoe-petit", "self-zoe-petit-2"]
    assert len(roster_ids) == len(fixture_program().roster) + 2
    session.close()


def test_submitting_marks_every_questionnaire_and_fills_a_newcomers_background(tmp_path: Path) -> None:
    session = make_session(tmp_path)
    person = session.register("Zoé Petit", "mentee", "zoe@example.com")
    intake = session.start_intake(person)
    assert intake.set_answer("about", "family", "data") is None
    session.submit(intake)
    assert set(session.db.submitted(person.id)) == {"style", "about"}
    stored = session.db.participant(person.id)
    assert stored is not None and stored.job_family == "data"
    session.close()


def test_idle_is_measured_from_the_last_activity(tmp_path: Path) -> None:
    clock = FakeClock()
    session = KioskSession(fixture_program(), Database(tmp_path / "s.db.json"), "2468", clock=clock,
                           idle_seconds=30)
    clock.advance(29)
    assert not session.idle_expired()
    session.touch()
    clock.advance(29)
    assert not session.idle_expired()
    clock.advance(1)
    assert session.idle_expired()
    session.close()


def test_a_failed_autosave_is_written_again_on_submit(tmp_path: Path) -> None:
    session = make_session(tmp_path)
    person = session.program().participant("p04")
    assert person is not None
    intake = session.start_intake(person)
    real_save = session.db.save_answer

    def broken(*args: object) -> None:
        raise OSError("disk full")

    session.db.save_answer = broken  # type: ignore[method-assign]
    assert intake.set_answer("style", "ce1", 4) is None
    session.saver.flush()
    assert len(session.saver.errors) == 1 and session.db.answers("p04") == {}
    session.db.save_answer = real_save  # type: ignore[method-assign]
    session.submit(intake)
    assert session.db.answers("p04") == {"style": {"ce1": 4}}
    assert session.saver.errors == []
    session.close()
