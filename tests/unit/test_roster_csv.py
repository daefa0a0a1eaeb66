"""Roster CSV parsing: dialects, header languages, bad rows with line numbers."""

from __future__ import annotations

from pathlib import Path

import pytest

from rm_tui.core.errors import InputError
from rm_tui.core.roster_csv import parse_roster_csv

ENGLISH = (
    "id,name,email,role,job_family,subsidiary,team,manager,start_date,languages\n"
    "p1,Camille Martin,camille@example.com,mentor,data,azur-fr,data-platform,p2,2022-09-01,\"fr, en\"\n"
    "p2,Zoé Durand,zoe@example.com,mentee,finance,azur-fr,fin,,01/03/1999,fr\n"
)
FRENCH = (
    "Identifiant;Nom complet;Courriel;Rôle;Métier;Filiale;Équipe;Responsable;Date d’entrée;Langues\n"
    "p1;Camille Martin;camille@example.com;mentor;data;azur-fr;data-platform;p2;2022-09-01;fr|en\n"
    "p2;Zoé Durand;zoe@example.com;Mentoré;finance;azur-fr;fin;;01/03/1999;fr\n"
)


def write(tmp_path: Path, text: str, encoding: str = "utf-8", name: str = "roster.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def errors(path: Path, **kwargs: object) -> list[str]:
    with pytest.raises(InputError) as err:
        parse_roster_csv(path, **kwargs)  # type: ignore[arg-type]
    return [str(p) for p in err.value.problems]


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (ENGLISH, "utf-8"),
        (ENGLISH, "utf-8-sig"),
        (ENGLISH.replace("\n", "\r\n"), "utf-8"),
        (FRENCH, "utf-8"),
        (FRENCH, "utf-8-sig"),
        (FRENCH.replace("’", "'"), "latin-1"),
        (FRENCH.split("\n", 1)[0].upper() + "\n" + FRENCH.split("\n", 1)[1], "utf-8"),
    ],
    ids=["en-comma-utf8", "en-bom", "en-crlf", "fr-semicolon-utf8", "fr-bom", "fr-latin1", "fr-upper"],
)
def test_dialects_and_header_languages_give_the_same_people(tmp_path: Path, text: str, encoding: str) -> None:
    people = parse_roster_csv(write(tmp_path, text, encoding))
    assert [p.id for p in people] == ["p1", "p2"]
    p1, p2 = people
    assert p1.role == "mentor" and p2.role == "mentee"
    assert p1.languages == ("fr", "en") and p2.languages == ("fr",)
    assert p1.manager == "p2" and p2.manager is None
    assert p2.start_date == "1999-03-01"
    assert p2.name == "Zoé Durand"
    assert p1.email == "camille@example.com" and p1.team == "data-platform"
    assert (p1.job_family, p1.subsidiary) == ("data", "azur-fr")


def test_extra_columns_are_ignored_and_blank_lines_skipped(tmp_path: Path) -> None:
    path = write(tmp_path, "phone,id,name,role\n0600,p1,Ann Lee,mentor\n\n,p2,Bo Li,mentee\n")
    assert [(p.id, p.name) for p in parse_roster_csv(path)] == [("p1", "Ann Lee"), ("p2", "Bo Li")]


def test_every_bad_row_is_reported_with_its_line(tmp_path: Path) -> None:
    text = (
        "id,name,email,role,start_date,manager\n"
        'p1,"Ann\nLee",ann@example.com,mentor,,\n'  # a quoted line break: the next row is on line 4
        "p2,,bo@example.com,mentee,,\n"
        "p1,Cy Ro,cy@example.com,boss,2020-13-01,\n"
        "p 4,Di Ka,not-an-email,mentor,,p99\n"
        "p5,Ed Fu,,mentor,,,extra\n"
    )
    assert errors(write(tmp_path, text)) == [
        f"{tmp_path}/roster.csv:4: error: participant 'p2': missing name",
        f"{tmp_path}/roster.csv:5: error: duplicate id 'p1' (first on line 2)",
        f"{tmp_path}/roster.csv:5: error: participant 'p1': role 'boss' is not one of mentor, mentee (or mentoré)",
        f"{tmp_path}/roster.csv:5: error: participant 'p1': start date '2020-13-01' is not YYYY-MM-DD or DD/MM/YYYY",
        f"{tmp_path}/roster.csv:6: error: id 'p 4' is not valid (letters, digits, '_', '.', '-'; starting with a letter or digit)",
        f"{tmp_path}/roster.csv:6: error: participant 'p 4': email 'not-an-email' is not an email address",
        f"{tmp_path}/roster.csv:6: error: participant 'p 4': manager 'p99' is not on the roster",
        f"{tmp_path}/roster.csv:7: error: 7 fields but the header has 6",
    ]


def test_manager_may_be_someone_known_elsewhere(tmp_path: Path) -> None:
    path = write(tmp_path, "id,name,role,manager\np1,Ann Lee,mentor,p9\n")
    assert "manager 'p9'" in errors(path)[0]
    assert parse_roster_csv(path, known_ids={"p9"})[0].manager == "p9"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "the file is empty"),
        ("id,name,role\n", "no participants"),
        ("identifiant,email,role\np1,a@b.c,mentor\n", "no name column (accepted headers: 'name', 'nom'"),
        ("id,nom,name,role\np1,A,B,mentor\n", "columns 'nom' and 'name' both give name"),
    ],
)
def test_header_problems(tmp_path: Path, text: str, message: str) -> None:
    found = errors(write(tmp_path, text))
    assert any(message in e for e in found), found
    assert all(":1: error:" in e for e in found)


def test_missing_file_is_an_input_error(tmp_path: Path) -> None:
    assert "file not found" in errors(tmp_path / "nope.csv")[0]


def test_job_families_are_checked_against_a_taxonomy_when_given(tmp_path: Path) -> None:
    path = write(tmp_path, "id,name,role,job_family\np1,Ann Lee,mentor,data\np2,Bo Li,mentee,astrology\n")
    assert len(parse_roster_csv(path)) == 2
    found = errors(path, families={"data", "finance"})
    assert found == [f"{path}:3: error: participant 'p2': job family 'astrology' is not in the "
                     "program's taxonomy (data, finance)"]
