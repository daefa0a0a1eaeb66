"""Finding people by name the way someone types it: accents, case and word order ignored,
a typo or two forgiven."""

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


def typos(a: str, b: str, limit: int) -> int:
    """Edits (insert, delete, replace, swap two neighbours) from a to b; limit + 1 when more."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    before: list[int] = []
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            current[j] = min(row[j] + 1, current[j - 1] + 1, row[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], before[j - 2] + 1)
        before, row = row, current
        if min(row) > limit:
            return limit + 1
    return row[-1]


def allowed_typos(word: str) -> int:
    """One slip in a word of 4+ letters, two from 7 letters: 'camile', 'Hadad' still match."""
    return 0 if len(word) < 4 else 1 if len(word) < 7 else 2


def word_distance(typed: str, have: list[str], inside: bool = False) -> int | None:
    """How far a typed word is from the name's words (0: a word starts with it), or None.
    The name's neighbouring words joined count too: 'obrien' finds 'O'Brien'."""
    targets = have + ["".join(have[i:i + 2]) for i in range(len(have) - 1)]
    if any(t.startswith(typed) or (inside and typed in t) for t in targets):
        return 0
    limit = allowed_typos(typed)
    if not limit:
        return None
    # compared with the whole word and with its start (a name still being typed)
    best = min(min(typos(typed, t, limit), typos(typed, t[:len(typed)], limit)) for t in targets)
    return best if best <= limit else None


def match_cost(query: str, name: str, inside: bool = False) -> int | None:
    """None when the name does not match what was typed; else the typos it took."""
    wanted = words(query)
    if not wanted:
        return None
    have = words(name)
    total = 0
    for typed in wanted:
        distance = word_distance(typed, have, inside)
        if distance is None:
            return None
        total += distance
    return total


def search_people(people: Iterable[Participant], query: str, limit: int = 8,
                  inside: bool = False) -> list[Participant]:
    """Matches, best first: names starting with the query, then other exact matches, then
    names found despite a typo or two, alphabetical within each. `inside`: a typed word may
    be found inside a word of the name ('an' finds Jean and Manon), for colleague pickers."""
    folded = " ".join(words(query))
    scored = [(cost, p) for p in people if (cost := match_cost(query, p.name, inside)) is not None]
    scored.sort(key=lambda cp: (cp[0], not " ".join(words(cp[1].name)).startswith(folded),
                                fold(cp[1].name)))
    return [p for _cost, p in scored[:limit]]


def canonical(text: str) -> str:
    """What two spellings of one value share: 'Azur France' and 'azur-france' -> 'azur-france'."""
    return "-".join(words(text)) or text.casefold()


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
