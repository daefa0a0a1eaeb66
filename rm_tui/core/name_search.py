"""Finding people by name the way someone types it: accents, case and word order ignored."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from rm_tui.core.participant import Participant


def fold(text: str) -> str:
    """Lower-case ASCII-ish form: 'Hélène' -> 'helene', 'Lefèvre' -> 'lefevre'."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped.casefold().replace("œ", "oe").replace("æ", "ae").replace("ß", "ss")


def words(text: str) -> list[str]:
    return [w for w in re.split(r"[^0-9a-z]+", fold(text)) if w]


def name_matches(query: str, name: str) -> bool:
    """Every typed word starts some word of the name ('cam mar' finds 'Camille Martin')."""
    wanted = words(query)
    if not wanted:
        return False
    have = words(name)
    return all(any(h.startswith(w) for h in have) for w in wanted)


def search_people(people: Iterable[Participant], query: str, limit: int = 8) -> list[Participant]:
    """Matches, best first: names starting with the query, then alphabetical."""
    folded = " ".join(words(query))
    found = [p for p in people if name_matches(query, p.name)]
    found.sort(key=lambda p: (not " ".join(words(p.name)).startswith(folded), fold(p.name)))
    return found[:limit]


def canonical(text: str) -> str:
    """What two spellings of one value share: 'Azur France' and 'azur-france' -> 'azur-france'."""
    return "-".join(words(text)) or text.casefold()


def slug(text: str) -> str:
    """An id-safe form of a name: 'Hélène Dubois' -> 'helene-dubois'."""
    return "-".join(words(text)) or "person"
