"""`rm-tui introduce`: one mail per pair that names both people and nothing facilitator-only."""

from __future__ import annotations

import email
import shutil
import subprocess
from email import policy
from pathlib import Path

import pytest

from rm_tui.yaml_io import load_yaml
from tests.cli.conftest import DEMO, DEMO_RESPONSES, run_cli

LOCK_REASON = "they asked to work together on the data project"
FORBID_REASON = "already in the same steering committee"


@pytest.fixture(scope="module")
def confirmed(demo_db_template: Path, tmp_path_factory: pytest.TempPathFactory) -> dict:
    folder = tmp_path_factory.mktemp("introduce")
    db = folder / "demo.db.json"
    shutil.copy(demo_db_template, db)
    match = run_cli("match", DEMO, "--db", db, "--lock", "p06:p26", "--reason", LOCK_REASON,
                    "--forbid", "p01:p23", "--reason", FORBID_REASON, "--confirm", "--include-unfinished", "--json")  # fmt: skip
    assert match.returncode == 0, match.stderr
    export = run_cli("export", DEMO, "--db", db, "-o", folder / "pairs.yaml")
    assert export.returncode == 0, export.stderr
    return {"db": db, "folder": folder, "pairs": load_yaml(folder / "pairs.yaml")[0]["pairs"]}


def private_texts() -> list[str]:
    """Free text and roster picks from the demo answers: never in an introduction."""
    answers = load_yaml(DEMO_RESPONSES)[0]["responses"]
    texts = []
    for person in answers.values():
        for section in person.values():
            for key, value in section.items():
                if isinstance(value, str) and len(value) > 12:
                    texts.append(value)
                if key == "rather_not":
                    texts.extend(value if isinstance(value, list) else [value])
    return texts


def test_one_parseable_mail_per_pair_naming_both(confirmed: dict) -> None:
    out = confirmed["folder"] / "eml"
    result = run_cli("introduce", DEMO, "--db", confirmed["db"], "-o", out)
    assert result.returncode == 0, result.stderr
    assert "rien n'a été envoyé" in result.stdout  # told in the French-first demo's language
    files = sorted(out.glob("*.eml"))
    pairs = confirmed["pairs"]
    assert len(files) == len(pairs) == 13
    forbidden = [LOCK_REASON, FORBID_REASON, "score", "rather", *private_texts()]
    for path, pair in zip(files, pairs, strict=True):
        assert path.stat().st_mode & 0o777 == 0o600
        msg = email.message_from_bytes(path.read_bytes(), policy=policy.default)
        to = str(msg["To"])
        assert pair["mentor"]["email"] in to and pair["mentee"]["email"] in to
        assert "claire.dubois@example.com" in str(msg["From"]) and msg["Reply-To"]
        body = msg.get_body().get_content()
        subject = str(msg["Subject"])
        for person in ("mentor", "mentee"):
            assert pair[person]["name"] in body
            assert pair[person]["name"].split()[0] in subject
        assert "claire.dubois@example.com" in body  # the no-fault way out
        for text in forbidden:
            assert text.lower() not in body.lower(), (path.name, text)
        assert str(pair["score"]) not in body


def test_language_follows_the_pair(confirmed: dict) -> None:
    out = confirmed["folder"] / "md"
    result = run_cli("introduce", DEMO, "--db", confirmed["db"], "-o", out, "--format", "md")
    assert result.returncode == 0, result.stderr
    texts = {p.name: p.read_text(encoding="utf-8") for p in out.glob("*.md")}
    # Lotte Peeters (nl, fr, en) and Pieter Claes (nl, en): English, their only shared program language
    lotte = next(t for n, t in texts.items() if "lotte-peeters" in n)
    assert "Why the two of you" in lotte and "Pourquoi" not in lotte
    # Camille Martin and a French-speaking mentee: French, the program's first language
    camille = next(t for n, t in texts.items() if n.startswith("01-"))
    assert "Pourquoi vous deux" in camille and "Why the two" not in camille
    forced = run_cli("introduce", DEMO, "--db", confirmed["db"], "-o", out / "en", "--format", "md",
                     "--lang", "en")  # fmt: skip
    assert forced.returncode == 0
    assert all("Why the two of you" in p.read_text(encoding="utf-8") for p in (out / "en").glob("*.md"))


def test_printable_cards_render_in_chromium(confirmed: dict, tmp_path: Path) -> None:
    out = confirmed["folder"] / "html"
    result = run_cli("introduce", DEMO, "--db", confirmed["db"], "-o", out, "--format", "html")
    assert result.returncode == 0, result.stderr
    page = (out / "pairs.html").read_text(encoding="utf-8")
    assert page.count('class="card"') == 13
    assert "<link" not in page and "<script" not in page and "src=" not in page  # no external assets
    assert LOCK_REASON not in page and "score" not in page.lower()
    browser = shutil.which("chromium")
    if browser is None:
        pytest.skip("chromium not installed (.ci/run installs it)")
    shot = tmp_path / "cards.png"
    subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1240,1754",
                    f"--screenshot={shot}", (out / "pairs.html").as_uri()],
                   capture_output=True, timeout=120, check=False)  # fmt: skip
    assert shot.is_file() and shot.stat().st_size > 20_000  # a rendered page, not a blank one


def test_mail_needs_the_facilitator_address(confirmed: dict, tmp_path: Path) -> None:
    program = tmp_path / "demo.yaml"
    text = DEMO.read_text(encoding="utf-8").replace("questionnaires_dir: ../questionnaires",
                                                    f"questionnaires_dir: {DEMO.parent.parent / 'questionnaires'}")
    program.write_text("\n".join(x for x in text.splitlines() if not x.startswith("facilitator:")),
                       encoding="utf-8")  # fmt: skip
    result = run_cli("introduce", program, "--db", confirmed["db"], "-o", tmp_path / "eml")
    assert result.returncode == 2 and "facilitator" in result.stderr
    md = run_cli("introduce", program, "--db", confirmed["db"], "-o", tmp_path / "md", "--format", "md")
    assert md.returncode == 0, md.stderr


def test_nothing_confirmed_exits_1(demo_db_template: Path, tmp_path: Path) -> None:
    db = tmp_path / "demo.db.json"
    shutil.copy(demo_db_template, db)
    result = run_cli("introduce", DEMO, "--db", db, "-o", tmp_path / "out", "--lang", "en")
    assert result.returncode == 1 and "nothing confirmed" in result.stderr
    french = run_cli("introduce", DEMO, "--db", db, "-o", tmp_path / "out")
    assert french.returncode == 1 and "rien de confirmé" in french.stderr


def test_program_templates_override_the_defaults(confirmed: dict, tmp_path: Path) -> None:
    program = tmp_path / "demo.yaml"
    text = DEMO.read_text(encoding="utf-8").replace("questionnaires_dir: ../questionnaires",
                                                    f"questionnaires_dir: {DEMO.parent.parent / 'questionnaires'}")
    program.write_text(text + "\nintroductions: {templates: mine}\n", encoding="utf-8")
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "subject.fr.txt").write_text("Binôme : {{ mentor.name }} + {{ mentee.name }}\n",
                                                       encoding="utf-8")  # fmt: skip
    result = run_cli("introduce", program, "--db", confirmed["db"], "-o", tmp_path / "md", "--format", "md")
    assert result.returncode == 0, result.stderr
    first = sorted((tmp_path / "md").glob("01-*.md"))[0].read_text(encoding="utf-8")
    assert first.startswith("# Binôme : ") and "Pourquoi vous deux" in first  # body: the default
    (tmp_path / "mine" / "body.fr.md").write_text("Hello {% if %}\n", encoding="utf-8")
    broken = run_cli("validate", program)
    assert broken.returncode == 2 and "body.fr.md:1" in broken.stderr and "template" in broken.stderr
