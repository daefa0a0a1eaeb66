"""`Database.erase_participant`: name variants scrubbed, counts by kind, dry run, tombstones."""

from __future__ import annotations

from pathlib import Path

import pytest

from rm_tui.core.errors import OperationError
from rm_tui.core.intake import Intake
from rm_tui.core.participant import Participant
from rm_tui.services.loaders import load_program
from rm_tui.storage import Database
from rm_tui.storage.scrub import Person, build_matcher, describe_counts

ROOT = Path(__file__).resolve().parents[2]
ISSUE_TEXT = ("Binôme avec MARTIN Camille ou Martin C. (Camille's dashboards); camille@perso.example")


def scrubbed(text: str, name: str = "Camille Martin", others: tuple[str, ...] = ("Zoé Quinn",),
             email: str = "camille.martin@example.com") -> tuple[str, dict[str, int]]:
    matcher = build_matcher(Person("p1", (name,), (email,)), others)
    return matcher.sub(text, "X"), dict(matcher.counts)


def test_the_issue_text_keeps_no_variant() -> None:
    out, counts = scrubbed(ISSUE_TEXT)
    assert out == "Binôme avec X ou X (X's dashboards); X"
    assert counts == {"full_name": 1, "initials": 1, "first_name": 1, "email": 1}


@pytest.mark.parametrize("text", [
    "camille martin", "CAMILLE MARTIN", "Martin, Camille", "Camíllé Mártin", "C. Martin",
    "Camille M.", "Martin C.", "M. Camille", "CAMILLE.MARTIN@EXAMPLE.COM", "martin.c@gmail.com",
    "cmartin@corp.example", "Camille", "Martin", "p1",
])
def test_each_variant_is_replaced(text: str) -> None:
    assert scrubbed(f"<{text}>")[0] == "<X>"


@pytest.mark.parametrize("text", [
    "Martinez", "Camilla", "p10", "p1x", "zoe@x.com", "Zoé Quinn", "MC", "p07.p1",
])
def test_other_words_are_kept(text: str) -> None:
    assert scrubbed(text)[0] == text


def test_shared_first_or_last_name_alone_is_kept() -> None:
    out, _ = scrubbed("Camille and Martin came; Camille Martin too",
                      others=("Camille Roux", "Paul Martin"))
    assert out == "Camille and Martin came; X too"


def test_accents_and_hyphens_in_the_name() -> None:
    out, _ = scrubbed("zelie QUENNEVILLE; Zélie; Jean Marc; jean-marc.q@x.fr",
                      name="Zélie Quenneville")
    assert out.startswith("X; X; Jean Marc; jean-marc.q@x.fr")
    out, _ = scrubbed("Jean Marc Fontaine, jean-marc fontaine, J. Fontaine", name="Jean-Marc Fontaine")
    assert out == "X, X, X"


def test_counts_are_described_without_values() -> None:
    text = describe_counts({"id": 3, "email": 1})
    assert text == "1 email address, 3 ids"
    assert describe_counts({}) == "no mentions"


def _cohort(db: Database) -> None:
    db.upsert_participants([
        Participant("p1", "Camille Martin", "mentor", email="camille.martin@example.com"),
        Participant("p2", "Zoé Quinn", "mentee", manager="p1"),
    ])
    db.save_answer("p2", "exp", "free", ISSUE_TEXT)
    db.save_answer("p2", "prefs", "picks", ["p1"])
    db.save_answer("p1", "exp", "free", "mine")
    db.add_constraint("lock", "p1", "p2", reason="Camille asked")


def test_erase_removes_the_person_everywhere_and_dry_run_changes_nothing(tmp_path: Path) -> None:
    db = Database(tmp_path / "x.db.json")
    _cohort(db)
    before = db.path.read_bytes()
    preview = db.erase_participant("p1", dry_run=True)
    assert db.path.read_bytes() == before and db.participant("p1") is not None
    report = db.erase_participant("p1", actor="dpo")
    assert (preview.marker, preview.removed, preview.replaced) == (
        report.marker, report.removed, report.replaced)
    assert report.removed == {"participants": 1, "responses": 1, "decisions": 1}  # the lock
    assert report.replaced["email"] == 1 and report.replaced["initials"] == 1
    for path in (db.path, db.backup_path):
        raw = path.read_text(encoding="utf-8").lower()
        for needle in ("camille", "martin", '"p1"'):
            assert needle not in raw, (path.name, needle)
    assert db.answers("p2")["prefs"]["picks"] == ["erased-1"]
    assert db.constraints() == []
    assert db.audit_log()[-1]["details"]["replaced"] == dict(report.replaced)


def test_a_stale_kiosk_cannot_write_an_erased_person_back(tmp_path: Path) -> None:
    program = load_program(ROOT / "sample_programs" / "kickoff_demo.yaml")
    zoe = Participant("self-zoe-quinn", "Zoé Quinn", "mentee", self_registered=True)
    kiosk_db = Database(tmp_path / "k.db.json")  # the kiosk's process
    kiosk_db.upsert_participant(zoe)
    intake = Intake(program.with_roster([*program.roster, zoe]), zoe,
                    save=kiosk_db.save_answer)
    assert intake.set_answer("learner_profile", "ce1", 4) is None

    with Database(tmp_path / "k.db.json") as dpo:  # another process erases her
        dpo.erase_participant("self-zoe-quinn")

    with pytest.raises(OperationError, match="was erased"):
        intake.set_answer("learner_profile", "ac1", 5)
    for write in (lambda: kiosk_db.upsert_participant(zoe),
                  lambda: kiosk_db.mark_submitted(zoe.id, "learner_profile"),
                  lambda: kiosk_db.save_plan({"pairs": [{"mentor": "p01", "mentee": zoe.id}]}),
                  lambda: kiosk_db.add_constraint("forbid", "p01", zoe.id),
                  lambda: kiosk_db.add_checkin({"mentor": "p01", "mentee": zoe.id})):
        with pytest.raises(OperationError, match="was erased"):
            write()
    assert kiosk_db.upsert_participants([zoe]) == {"added": 0, "updated": 0, "unchanged": 0,
                                                   "erased": 1}
    assert kiosk_db.import_answers({zoe.id: {"q": {"i": 1}}})["erased"] == 1
    kiosk_db.save_answer("p01", "prefs", "picks", [zoe.id])  # a pick made on a stale screen
    assert kiosk_db.answers("p01")["prefs"]["picks"] == ["erased-1"]
    assert kiosk_db.is_erased(zoe.id) and not kiosk_db.is_erased("p01")
    raw = kiosk_db.path.read_text(encoding="utf-8")
    assert "zoe-quinn" not in raw and "Zoé" not in raw


def test_a_numeric_id_is_replaced_as_a_value_never_in_text_or_document_keys(tmp_path: Path) -> None:
    db = Database(tmp_path / "x.db.json")
    db.upsert_participants([Participant("3", "Ann Bee", "mentor"), Participant("4", "Cy Dee", "mentee")])
    db.save_answer("4", "prefs", "picks", ["3"])
    db.save_answer("4", "exp", "free", "3 meetings with Ann Bee")
    db.erase_participant("3")
    again = Database(db.path)  # document keys ("3") were left alone: the file still loads
    assert again.answers("4") == {"prefs": {"picks": ["erased-1"]},
                                  "exp": {"free": "3 meetings with erased-1"}}


def test_an_answer_that_only_reads_like_the_id_is_left_alone(tmp_path: Path) -> None:
    db = Database(tmp_path / "x.db.json")
    db.upsert_participants([Participant("3", "Ann Bee", "mentor"), Participant("4", "Cy Dee", "mentee"),
                            Participant("5", "Di Eff", "mentee", manager="3")])
    db.save_answer("4", "prefs", "picks", ["3"])  # a roster pick: the person
    db.save_answer("4", "prefs", "days", ["1", "3"])  # a multiple choice whose option reads "3"
    db.save_answer("4", "exp", "meetings", "3")  # a free-text answer "3"
    db.save_plan({"pairs": [{"mentor": "3", "mentee": "4", "criteria": {}, "note": "3"}],
                  "unmatched": {"mentors": [], "mentees": ["5"]}}, "confirmed")
    db.erase_participant("3", picks={("prefs", "picks")})
    again = Database(db.path)
    assert again.answers("4") == {"prefs": {"picks": ["erased-1"], "days": ["1", "3"]},
                                  "exp": {"meetings": "3"}}
    (plan,) = again.plans("confirmed")
    assert plan["plan"]["pairs"][0]["mentor"] == "erased-1" and plan["plan"]["pairs"][0]["note"] == "3"
    assert again.participant("5").manager == "erased-1"
    assert "Ann Bee" not in db.path.read_text(encoding="utf-8")


def test_erase_knows_the_programs_roster_picks() -> None:
    from rm_tui.cli.cmd_erase import roster_picks
    from rm_tui.services.loaders import load_program

    program = load_program(Path(__file__).resolve().parents[1] / "fixtures" / "programs" / "demo.yaml")
    picks = roster_picks(program)
    assert ("expectations", "would_like") in picks
    assert all(program.questionnaires[q].item(i).kind == "roster" for q, i in picks)
