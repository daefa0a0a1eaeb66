"""Errors shared by the whole application.

`InputError` means the user gave us something invalid (a file, an argument): the CLI prints
each problem as ``PATH:LINE:COL: error: message`` (`Problem.text`, in the reader's language when
its message is `Said`) and exits with status 2.
`OperationError` means a valid request could not be carried out: exit status 1.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from rm_tui.i18n import Said, in_lang, t

E = TypeVar("E", bound="RmTuiError")


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input, located as precisely as we can.

    A `Said` message (a catalogue key and its values) is said in the reader's language by `text`;
    `str()` is the English line scripts and tests read.
    """

    path: str
    message: str
    line: int | None = None  # 1-based
    col: int | None = None  # 1-based
    severity: str = "error"  # "error" or "warning" (validate's advice; exit 0 unless --strict)

    def where(self) -> str:
        """`PATH`, `PATH:LINE` or `PATH:LINE:COL`."""
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
            if self.col is not None:
                where += f":{self.col}"
        return where

    def text(self, lang: str = "en") -> str:
        """`PATH:LINE:COL: error: message` in `lang` (the place is never translated)."""
        return t(f"input.line.{self.severity}", lang, where=self.where(), message=in_lang(self.message, lang))

    def __str__(self) -> str:
        return self.text("en")


class RmTuiError(Exception):
    """Base class: every error the CLI knows how to report without a traceback.

    A coded error (`coded`) carries a catalogue key and its parameters: its English text is its
    message (what logs and tests read), and `said(exc, lang)` words it in the reader's language.
    """

    exit_status = 1
    key: str | None = None
    params: Mapping[str, Any] = {}

    @classmethod
    def coded(cls: type[E], key: str, /, **params: Any) -> E:
        error = cls(Said(key, **params))  # its English text, keeping its code
        error.key, error.params = key, params
        return error


class InputError(RmTuiError):
    """Invalid input (file contents, CLI arguments). Exit status 2."""

    exit_status = 2

    def __init__(self, problems: list[Problem] | Problem | str) -> None:
        if isinstance(problems, str):
            problems = [Problem("rm-tui", problems)]
        elif isinstance(problems, Problem):
            problems = [problems]
        self.problems: list[Problem] = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class OperationError(RmTuiError):
    """A valid request that cannot be carried out (nothing confirmed, database locked...). Exit 1."""

    exit_status = 1


class StorageError(RmTuiError):
    """The database file cannot be used as it is (corrupt, newer version, not ours). Exit 2.

    The message names the file and says what to do; the file is never modified.
    """

    exit_status = 2


class FileAccessError(StorageError):
    """The system refused to read or write the database (permissions, a read-only file or disk,
    a full disk): the request cannot be carried out, the file is fine. Exit status 1."""

    exit_status = 1


def message(exc: BaseException) -> str:
    """The error's message as given: a `Said` stays one (so it can still be said in any language)."""
    return exc.args[0] if len(exc.args) == 1 and isinstance(exc.args[0], str) else str(exc)


def said(exc: BaseException, lang: str) -> str:
    """An error in `lang`: a coded error in the catalogue's words (an input error: each of its
    problems, one a line), any other as it is."""
    if isinstance(exc, InputError):
        return "\n".join(problem.text(lang) for problem in exc.problems)
    key = getattr(exc, "key", None)
    return in_lang(Said(key, **getattr(exc, "params", {})) if key else message(exc), lang)
