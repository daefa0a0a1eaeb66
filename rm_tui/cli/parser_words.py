"""The language of the command line itself: `--help`, usage and usage errors.

Said before any program is read, so the language comes from the command line or the terminal:
`--lang fr` (or `--lang=fr`) anywhere in the arguments, else the locale (LC_ALL, else
LC_MESSAGES, else LANG: the first one set) when it is French, else English. English is
argparse's and the commands' own text, untouched (nothing is looked up, the catalogue is not
even imported). French words each text by its exact English through the catalogue: argparse's
own words (rm_tui/i18n/cli_parser.py, its gettext messages) and every command's help
(rm_tui/i18n/cli_help*.py); a test checks every help text of every command has its French.
"""

from __future__ import annotations

import argparse
import os

TYPE_CHECKING = False  # `rm-tui --help` stays light: no typing, contextlib or collections.abc
if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from types import TracebackType

_state = {"lang": "en"}
_FRENCH: dict[str, str] = {}  # English text -> French, filled on first French use


def parser_lang(argv: Sequence[str], environ: Mapping[str, str] = os.environ) -> str:
    """'fr' or 'en': the last `--lang` of `argv` (as argparse keeps the last), else the locale."""
    chosen = None
    for i, word in enumerate(argv):
        if word == "--":
            break
        if word == "--lang" and i + 1 < len(argv):
            chosen = argv[i + 1]
        elif word.startswith("--lang="):
            chosen = word.partition("=")[2]
    if chosen is None:
        chosen = next((environ[v] for v in ("LC_ALL", "LC_MESSAGES", "LANG") if environ.get(v)), "")
    return "fr" if chosen.lower().startswith("fr") else "en"


def line_lang(lang: str | None) -> str:
    """The language of a command with no program to read (`synth`, `questionnaires copy`): its
    `--lang` if given, else the locale's, as for its help."""
    return parser_lang(["--lang", lang] if lang else [])


def word(text: str) -> str:
    """`text` in the language being spoken: its French when French and catalogued, else itself."""
    if _state["lang"] != "fr" or not text:
        return text
    if not _FRENCH:
        from rm_tui.i18n import CATALOG

        _FRENCH.update((e["en"], e["fr"]) for k, e in CATALOG.items()
                       if k.startswith(("cli_parser.", "cli_help.")))
    return _FRENCH.get(text, text)


def heading(text: str) -> str:
    """A section heading ("options"): French puts a space before the colon argparse adds."""
    return word(text) + " " if _state["lang"] == "fr" else text


def said(key: str, /, **params: object) -> str:
    """A catalogue text in the language being spoken (for the commands' own usage errors)."""
    from rm_tui.i18n import t

    return t(key, _state["lang"], **params)


def _plural(singular: str, plural: str, n: int) -> str:
    return word(singular if n == 1 else plural)


class speaking:  # noqa: N801 — used as `with speaking(lang):`
    """Build and run the parser in `lang`: argparse's gettext words are worded through the
    catalogue meanwhile (argparse looks them up in its module's globals when it uses them)."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def __enter__(self) -> None:
        words = vars(argparse)  # its gettext functions, as argparse itself finds them
        self.previous = _state["lang"], words["_"], words["ngettext"]
        _state["lang"] = self.lang
        if self.lang == "fr":
            words["_"], words["ngettext"] = word, _plural

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        words = vars(argparse)
        _state["lang"], words["_"], words["ngettext"] = self.previous
