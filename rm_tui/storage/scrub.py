"""Replace every mention of an erased person with a neutral marker (pure, no I/O)."""

from __future__ import annotations

import re
from typing import Any


def mention_pattern(pid: str, names: list[str]) -> re.Pattern[str]:
    """Whole-word, case-insensitive matches of the id, the names and the email.

    Word boundaries matter: erasing `p1` must not touch `p10`, nor erasing "Al" touch "Alice".
    A `.` or `-` followed by a letter continues an id (`p07.b`), otherwise it is punctuation.
    """
    needles = sorted({n for n in [pid, *names] if n and n.strip()}, key=len, reverse=True)
    body = "|".join(re.escape(n) for n in needles)
    return re.compile(rf"(?<!\w)(?<!\w[.-])(?:{body})(?!\w|[.-]\w)", re.IGNORECASE)


def scrub(value: Any, pid: str, pattern: re.Pattern[str], marker: str) -> Any:
    """A copy of `value` with the person's id, names and email replaced by `marker`."""
    if isinstance(value, str):
        return marker if value == pid else pattern.sub(marker, value)
    if isinstance(value, dict):
        return {scrub(k, pid, pattern, marker): scrub(v, pid, pattern, marker) for k, v in value.items()}
    if isinstance(value, list):
        return [scrub(v, pid, pattern, marker) for v in value]
    return value
