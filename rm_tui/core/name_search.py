"""Finding people by name the way someone types it: accents, case and word order ignored."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable

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


def slug(text: str) -> str:
    """An id-safe form of a name: 'Hélène Dubois' -> 'helene-dubois'."""
    return "-".join(words(text)) or "person"


def distinct_labels(people: Iterable[Participant],
                    describe: Callable[[Participant], list[str | None]]) -> dict[str, str]:
    """What a list shows of each person: 'Camille M.'. People who would read the same get the
    first word of `describe` (job family, role, team... as the participant knows them, never an
    id) that tells them all apart, else more of the last name, else a number."""
    people = list(people)
    labels = {p.id: p.first_name_initial for p in people}
    groups: dict[str, list[Participant]] = {}
    for person in people:
        groups.setdefault(labels[person.id], []).append(person)
    for short, group in groups.items():
        if len(group) < 2:
            continue
        described = [describe(p) for p in group]
        for k in range(max(len(d) for d in described)):
            values = [d[k] if k < len(d) else None for d in described]
            if all(values) and len(set(values)) == len(values):
                for person, value in zip(group, values, strict=True):
                    labels[person.id] = f"{short} ({value})"
                break
        else:
            for person, label in zip(group, _longer_last_names(group), strict=True):
                labels[person.id] = label
    return labels


def _longer_last_names(group: list[Participant]) -> list[str]:
    names = [p.name.split() for p in group]
    longest = max(len(n[-1]) for n in names)
    for n in range(2, longest + 1):
        labels = [f"{w[0]} {w[-1][:n]}." if len(w[-1]) > n else " ".join((w[0], w[-1])) for w in names]
        if len(set(labels)) == len(labels):
            return labels
    return [f"{p.first_name_initial} ({i})" for i, p in enumerate(group, 1)]
