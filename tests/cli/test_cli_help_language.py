"""The command line's own words (--help, usage, usage errors) speak French when asked: `--lang fr`
on the command line, else a French locale (LC_ALL, else LC_MESSAGES, else LANG). English stays
argparse's and the commands' text, byte for byte."""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from rm_tui.cli import main as cli_main
from rm_tui.cli.parser_words import parser_lang, speaking, word
from rm_tui.i18n import CATALOG

ROOT = Path(__file__).resolve().parents[2]
NEUTRAL = {k: v for k, v in os.environ.items() if k not in ("LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE")}


def rm_tui(*args: str, **locale: str) -> subprocess.CompletedProcess[str]:
    env = {**NEUTRAL, "PYTHONPATH": str(ROOT), "COLUMNS": "100", **locale}
    return subprocess.run([sys.executable, "-m", "rm_tui", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)


@pytest.mark.parametrize(("args", "locale", "french"), [
    (["match", "--help"], {"LANG": "C.UTF-8"}, False),
    (["match", "--help"], {}, False),
    (["match", "--help", "--lang", "fr"], {"LANG": "C.UTF-8"}, True),
    (["match", "--lang=fr", "--help"], {}, True),
    (["match", "--help"], {"LANG": "fr_FR.UTF-8"}, True),
    (["match", "--help"], {"LC_MESSAGES": "fr_CA.UTF-8", "LANG": "en_US.UTF-8"}, True),
    (["match", "--help"], {"LC_ALL": "C.UTF-8", "LANG": "fr_FR.UTF-8"}, False),
    (["match", "--help", "--lang", "en"], {"LANG": "fr_FR.UTF-8"}, False),  # the command line wins
])
def test_help_speaks_the_asked_language(args: list[str], locale: dict[str, str], french: bool) -> None:
    done = rm_tui(*args, **locale)
    assert done.returncode == 0, done.stderr
    if french:
        assert done.stdout.startswith("usage : rm-tui match [-h]")
        assert "afficher cette aide et quitter" in done.stdout
        assert "\noptions :\n" in done.stdout
        assert "garder ce binôme (répétable)" in done.stdout
        assert "show this help" not in done.stdout
    else:
        assert done.stdout.startswith("usage: rm-tui match [-h]")
        assert "  -h, --help            show this help message and exit\n" in done.stdout
        assert "\noptions:\n" in done.stdout
        assert "keep this pair (repeatable)" in done.stdout


def test_the_command_list_in_french() -> None:
    done = rm_tui("--help", LANG="fr_FR.UTF-8")
    assert done.returncode == 0
    assert "Former, expliquer, ajuster et suivre des binômes de mentorat inversé." in done.stdout
    assert "afficher la version du programme et quitter" in done.stdout
    assert "former les meilleurs binômes mentor-mentoré" in done.stdout


@pytest.mark.parametrize(("args", "english", "french"), [
    (["match"], "rm-tui match: error: the following arguments are required: PROGRAM\n",
     "rm-tui match : erreur : arguments obligatoires manquants : PROGRAM\n"),
    (["matc"], "rm-tui: error: argument COMMAND: invalid choice: 'matc' (choose from ",
     "rm-tui : erreur : argument COMMAND : choix invalide : 'matc' (au choix : "),
    (["explain", "p", "a", "b", "--objective", "best"],
     "rm-tui explain: error: argument --objective: invalid choice: 'best' (choose from 'total', 'fair')\n",
     "rm-tui explain : erreur : argument --objective : choix invalide : 'best' (au choix : 'total', 'fair')\n"),
    (["synth", "out", "--mentors", "many", "--mentees", "3"],
     "rm-tui synth: error: argument --mentors: expected a whole number from 0 to 100000, got 'many'\n",
     "rm-tui synth : erreur : argument --mentors : nombre entier de 0 à 100000 attendu, reçu 'many'\n"),
    (["match", "p.yaml", "--reason", "why"],
     "rm-tui match: error: --reason must follow a --lock or --forbid (one reason each)\n",
     "rm-tui match : erreur : --reason doit suivre un --lock ou un --forbid (une raison chacun)\n"),
    (["import", "p.yaml", "f.csv", "--encoding", "klingon"],
     "rm-tui import: error: argument --encoding: unknown encoding 'klingon' (use one of utf-8, windows-1252, latin-1)\n",
     "rm-tui import : erreur : argument --encoding : encodage inconnu 'klingon' (au choix : utf-8, windows-1252, latin-1)\n"),
    (["status", "p.yaml", "--colour"], "rm-tui: error: unrecognized arguments: --colour\n",
     "rm-tui : erreur : arguments non reconnus : --colour\n"),
])
def test_usage_errors_in_both_languages(args: list[str], english: str, french: str) -> None:
    en = rm_tui(*args, LANG="en_GB.UTF-8")
    fr = rm_tui(*args, LANG="fr_FR.UTF-8")
    assert en.returncode == fr.returncode == 2
    assert en.stderr.startswith("usage: rm-tui") and fr.stderr.startswith("usage : rm-tui")
    assert english in en.stderr, en.stderr
    assert french in fr.stderr, fr.stderr
    assert rm_tui(*args, "--lang", "fr").stderr.startswith("usage : rm-tui")


@pytest.mark.parametrize(("argv", "environ", "lang"), [
    ([], {}, "en"),
    (["--lang", "fr"], {}, "fr"),
    (["--lang", "fr", "--lang", "en"], {"LANG": "fr_FR"}, "en"),  # the last one, as argparse
    (["--", "--lang", "fr"], {}, "en"),  # after `--` it is an argument, not the option
    (["--lang"], {"LANG": "fr_BE.UTF-8"}, "fr"),
    ([], {"LANG": "fr"}, "fr"),
    ([], {"LANG": "fr_FR.UTF-8", "LC_MESSAGES": "de_DE.UTF-8"}, "en"),
    ([], {"LC_ALL": "fr_FR.UTF-8", "LANG": "C"}, "fr"),
    ([], {"LC_ALL": "", "LANG": "fr_FR.UTF-8"}, "fr"),  # an empty variable is not set
])
def test_the_language_of_the_command_line(argv: list[str], environ: dict[str, str], lang: str) -> None:
    assert parser_lang(argv, environ) == lang


def _parsers(parser: argparse.ArgumentParser) -> Iterator[argparse.ArgumentParser]:
    yield parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                yield from _parsers(sub)


def _texts(parser: argparse.ArgumentParser) -> Iterator[str]:
    for text in (parser.description, parser.epilog):
        if text:
            yield text
    for group in parser._action_groups:
        yield group.title or ""
    for action in parser._actions:
        if action.help and action.help is not argparse.SUPPRESS:
            yield action.help
        if isinstance(action, argparse._SubParsersAction):
            yield from (choice.help or "" for choice in action._choices_actions)


def test_every_help_text_of_every_command_has_its_french() -> None:
    known = {e["en"] for k, e in CATALOG.items() if k.startswith(("cli_help.", "cli_parser."))}
    parser = cli_main.build_parser(load_all=True)  # English: its texts are what French looks up
    missing = sorted({text for p in _parsers(parser) for text in _texts(p) if text and text not in known})
    assert not missing, missing
    with speaking("fr"):
        for p in _parsers(cli_main.build_parser(load_all=True)):
            shown = p.format_help()  # the French formats (its % placeholders are argparse's)
            assert "show this help message" not in shown and "options :" in shown, p.prog


def test_english_help_is_argparses_own() -> None:
    """In English the translating formatter changes nothing: every command's help is what a plain
    argparse formatter (same width) prints."""

    class Plain(argparse.HelpFormatter):
        def __init__(self, prog: str) -> None:
            super().__init__(prog, width=cli_main._columns() - 2)

    with speaking("en"):
        for p in _parsers(cli_main.build_parser(load_all=True)):
            p.formatter_class = cli_main._Formatter
            ours = p.format_help()
            p.formatter_class = Plain
            assert ours == p.format_help(), p.prog
            assert word("options") == "options" and "erreur" not in ours


PLACEHOLDER = re.compile(r"%(?:\(\w+\))?[sdr%]")


@pytest.mark.parametrize("key", sorted(k for k in CATALOG if k.startswith(("cli_help.", "cli_parser."))))
def test_french_keeps_argparses_placeholders(key: str) -> None:
    entry = CATALOG[key]
    assert sorted(PLACEHOLDER.findall(entry["fr"])) == sorted(PLACEHOLDER.findall(entry["en"])), key
