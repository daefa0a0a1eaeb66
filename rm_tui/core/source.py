"""Where things are in an input file, so that every problem names a line and a column."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from rm_tui.core.errors import Problem

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
    """Collects problems while walking a document, instead of stopping at the first one."""

    def __init__(self, source: SourceMap) -> None:
        self.source = source
        self.problems: list[Problem] = []

    def error(self, keys: KeyPath, message: str) -> None:
        self.problems.append(self.source.problem(keys, message))

    def mapping(self, value: Any, keys: KeyPath, what: str) -> dict[str, Any]:
        if isinstance(value, dict):
            return value
        self.error(keys, f"{what} must be a mapping (key: value), got {type_name(value)}")
        return {}

    def sequence(self, value: Any, keys: KeyPath, what: str) -> list[Any]:
        if isinstance(value, list):
            return value
        self.error(keys, f"{what} must be a list, got {type_name(value)}")
        return []

    def unknown_keys(self, mapping: dict[str, Any], allowed: set[str], keys: KeyPath, what: str) -> None:
        for key in mapping:
            if key not in allowed:
                expected = ", ".join(sorted(allowed))
                self.error(keys + (key,), f"unknown key '{key}' in {what} (expected one of: {expected})")

    def required(self, mapping: dict[str, Any], key: str, keys: KeyPath, what: str) -> bool:
        if key in mapping and mapping[key] is not None:
            return True
        self.error(keys, f"{what} is missing the required key '{key}'")
        return False

    def string(self, value: Any, keys: KeyPath, what: str) -> str | None:
        if isinstance(value, str) and value.strip():
            return value
        self.error(keys, f"{what} must be a non-empty text, got {type_name(value)}")
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
        self.error(
            keys,
            f"{what} must be an id (letters, digits, '_', '-', '.'), got {_show(value)}",
        )
        return None

    def number(
        self, value: Any, keys: KeyPath, what: str, lo: float | None = None, hi: float | None = None,
        integer: bool = False,
    ) -> float | None:
        ok_type = int if integer else (int, float)
        if isinstance(value, bool) or not isinstance(value, ok_type):
            kind = "a whole number" if integer else "a number"
            self.error(keys, f"{what} must be {kind}, got {_show(value)}")
            return None
        if (lo is not None and value < lo) or (hi is not None and value > hi):
            self.error(keys, f"{what} must be between {lo} and {hi}, got {value}")
            return None
        return value

    def boolean(self, value: Any, keys: KeyPath, what: str) -> bool | None:
        if isinstance(value, bool):
            return value
        self.error(keys, f"{what} must be true or false, got {_show(value)}")
        return None

    def choice(self, value: Any, options: tuple[str, ...], keys: KeyPath, what: str) -> str | None:
        if value in options:
            return str(value)
        self.error(keys, f"{what} must be one of {', '.join(options)}, got {_show(value)}")
        return None

    def bilingual(self, value: Any, keys: KeyPath, what: str) -> dict[str, str]:
        """A `{fr: ..., en: ...}` text; both languages required."""
        if not isinstance(value, dict):
            self.error(keys, f"{what} must be a bilingual text {{fr: ..., en: ...}}, got {type_name(value)}")
            return {"fr": "", "en": ""}
        out: dict[str, str] = {}
        for lang in ("fr", "en"):
            text = value.get(lang)
            if not isinstance(text, str) or not text.strip():
                self.error(keys, f"{what} is missing its '{lang}' text (both fr and en are required)")
                out[lang] = ""
            else:
                out[lang] = text
        for lang in value:
            if lang not in ("fr", "en"):
                self.error(keys + (lang,), f"{what}: unknown language '{lang}' (expected fr and en)")
        return out


def _is_ident(value: str) -> bool:
    return value[0].isalnum() and all(c.isalnum() or c in "_.-" for c in value)


def _show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def type_name(value: Any) -> str:
    if value is None:
        return "nothing"
    return {
        dict: "a mapping", list: "a list", str: "a text", int: "a number", float: "a number",
        bool: "true/false",
    }.get(type(value), type(value).__name__)
