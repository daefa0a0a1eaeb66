"""Where things are in an input file, so that every problem names a line and a column."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from rm_tui.core.errors import Problem
from rm_tui.i18n import Said

KeyPath = tuple[Any, ...]


@dataclass
class SourceMap:
    """Line/column (1-based) of each node of a parsed document, by key path."""

    path: str
    marks: dict[KeyPath, tuple[int, int | None]] = field(default_factory=dict)  # CSV: no columns
    # YAML: the text as written of each scalar read as a number, true/false or null (`010`, `yes`)
    texts: dict[KeyPath, str] = field(default_factory=dict)

    def text(self, keys: KeyPath) -> str | None:
        """The text as written of the scalar at `keys`, when it was read as something else."""
        return self.texts.get(tuple(keys))

    def locate(self, keys: KeyPath) -> tuple[int | None, int | None]:
        """The position of `keys`, or of its nearest existing parent."""
        keys = tuple(keys)
        while True:
            if keys in self.marks:
                return self.marks[keys]
            if not keys:
                return (1, 1) if self.marks else (None, None)
            keys = keys[:-1]

    def problem(self, keys: KeyPath, message: str) -> Problem:
        line, col = self.locate(keys)
        return Problem(self.path, message, line, col)


class Checker:
    """Collects problems while walking a document, instead of stopping at the first one.

    Messages are codes (`Said`, "check.*"); `what` names the place: a quoted key as written
    ("'intentions'"), or a `Said` phrase ("a roster entry") so it is said in the reader's language.
    """

    def __init__(self, source: SourceMap) -> None:
        self.source = source
        self.problems: list[Problem] = []

    def error(self, keys: KeyPath, message: str) -> None:
        self.problems.append(self.source.problem(keys, message))

    def mapping(self, value: Any, keys: KeyPath, what: str) -> dict[str, Any]:
        if isinstance(value, dict):
            return value
        self.error(keys, Said("check.mapping", what=what, got=type_name(value)))
        return {}

    def sequence(self, value: Any, keys: KeyPath, what: str) -> list[Any]:
        if isinstance(value, list):
            return value
        self.error(keys, Said("check.list", what=what, got=type_name(value)))
        return []

    def unknown_keys(self, mapping: dict[str, Any], allowed: set[str], keys: KeyPath, what: str) -> None:
        for key in mapping:
            if key not in allowed:
                expected = ", ".join(sorted(allowed))
                self.error(keys + (key,), Said("check.unknown_key", key=key, what=what, expected=expected))

    def required(self, mapping: dict[str, Any], key: str, keys: KeyPath, what: str) -> bool:
        if key in mapping and mapping[key] is not None:
            return True
        self.error(keys, Said("check.required", what=what, key=key))
        return False

    def string(self, value: Any, keys: KeyPath, what: str) -> str | None:
        if isinstance(value, str) and value.strip():
            return value
        self.error(keys, Said("check.text", what=what, got=type_name(value)))
        return None

    def as_written(self, value: Any, keys: KeyPath) -> Any:
        """An id or a choice read as a number or true/false (`010`, `0x1F`, `1_000`, `yes`,
        `3.10`) as its text in the file: ids are texts, and `010` is not `8`."""
        if isinstance(value, bool | int | float):
            written = self.source.text(keys)
            if written is not None:
                return written
            if not isinstance(value, bool):
                return str(value)
        return value

    def ident(self, value: Any, keys: KeyPath, what: str) -> str | None:
        value = self.as_written(value, keys)
        if isinstance(value, str) and value and _is_ident(value):
            return value
        self.error(keys, Said("check.ident", what=what, got=_show(value)))
        return None

    def number(
        self, value: Any, keys: KeyPath, what: str, lo: float | None = None, hi: float | None = None,
        integer: bool = False,
    ) -> float | None:
        ok_type = int if integer else (int, float)
        if isinstance(value, bool) or not isinstance(value, ok_type):
            self.error(keys, Said("check.whole" if integer else "check.number", what=what, got=_show(value)))
            return None
        if (lo is not None and value < lo) or (hi is not None and value > hi):
            self.error(keys, Said("check.between", what=what, lo=lo, hi=hi, got=value))
            return None
        return value

    def boolean(self, value: Any, keys: KeyPath, what: str) -> bool | None:
        if isinstance(value, bool):
            return value
        self.error(keys, Said("check.boolean", what=what, got=_show(value)))
        return None

    def choice(self, value: Any, options: tuple[str, ...], keys: KeyPath, what: str) -> str | None:
        if value in options:
            return str(value)
        self.error(keys, Said("check.choice", what=what, options=", ".join(options), got=_show(value)))
        return None

    def bilingual(self, value: Any, keys: KeyPath, what: str) -> dict[str, str]:
        """A `{fr: ..., en: ...}` text; both languages required."""
        if not isinstance(value, dict):
            self.error(keys, Said("check.bilingual", what=what, got=type_name(value)))
            return {"fr": "", "en": ""}
        out: dict[str, str] = {}
        for lang in ("fr", "en"):
            text = value.get(lang)
            if not isinstance(text, str) or not text.strip():
                self.error(keys, Said("check.missing_lang", what=what, lang=lang))
                out[lang] = ""
            else:
                out[lang] = text
        for lang in value:
            if lang not in ("fr", "en"):
                self.error(keys + (lang,), Said("check.unknown_lang", what=what, lang=lang))
        return out


def _is_ident(value: str) -> bool:
    return value[0].isalnum() and all(c.isalnum() or c in "_.-" for c in value)


def _show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def type_name(value: Any) -> str:
    """What a value is, as a code (`Said`) for the types a YAML file holds."""
    if value is None:
        return Said("check.type.nothing")
    kind = {dict: "mapping", list: "list", str: "text", int: "number", float: "number", bool: "boolean"}.get(type(value))
    return Said(f"check.type.{kind}") if kind else type(value).__name__
