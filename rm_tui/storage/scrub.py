"""Replace every mention of an erased person with a neutral marker (pure, no I/O)."""

from __future__ import annotations

import re
from typing import Any

_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)?")


def mention_pattern(pid: str, names: list[str]) -> re.Pattern[str]:
    """Whole-word, case-insensitive matches of the id, the names and the email.

    Word boundaries matter: erasing `p1` must not touch `p10`, nor erasing "Al" touch "Alice".
    A `.` or `-` followed by a letter continues an id (`p07.b`), otherwise it is punctuation.
    """
    # A number-like id (a staff number: 3, 1042, 01, -1) is replaced where a value *is* the id,
    # never inside free text, where "3" is far more likely a number than this person.
    in_text = [] if _NUMBER.fullmatch(pid.strip()) else [pid]
    needles = sorted({n for n in [*in_text, *names] if n and n.strip()}, key=len, reverse=True)
    if not needles:
        return re.compile(r"(?!x)x")  # matches nothing
    body = "|".join(re.escape(n) for n in needles)
    return re.compile(rf"(?<!\w)(?<!\w[.-])(?:{body})(?!\w|[.-]\w)", re.IGNORECASE)


def scrub(value: Any, pid: str, pattern: re.Pattern[str], marker: str) -> Any:
    """A copy of `value` (a document, never a whole table: document keys are the storage's) with
    the person's id, names and email replaced by `marker`. Inside a document a key is replaced
    only when it is exactly the id (a mapping by participant); free text is searched in values."""
    if isinstance(value, str):
        return marker if value == pid else pattern.sub(marker, value)
    if isinstance(value, dict):
        return {(marker if k == pid else k): scrub(v, pid, pattern, marker) for k, v in value.items()}
    if isinstance(value, list):
        return [scrub(v, pid, pattern, marker) for v in value]
    return value
