"""Replace every mention of an erased person with a neutral marker (pure, no I/O).

A person is mentioned by their id, and in free text by their name in any order and case, with or
without accents ("MARTIN Camille", "Camille Martin"), with an initial ("Martin C.", "C. Martin",
"Camille M."), by a first or last name alone when no one else in the cohort shares it
("Camille's dashboards"), and by any email address whose local part contains one of their names
(`camille@perso.example`). What was replaced is counted by kind, never kept.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

KINDS = ("email", "full_name", "initials", "first_name", "last_name", "id")
_EMAIL = r"[\w.%+'-]+@[\w-]+(?:\.[\w-]+)+"
_SEP = r"(?:\s*,\s*|\s+)"
_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)?")


def fold(text: str) -> str:
    """Lower case without accents: 'Zélie' -> 'zelie'."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _variants() -> dict[str, str]:
    """Base letter -> every Latin letter that folds to it (é, è, ê, É... for e)."""
    groups: dict[str, set[str]] = {}
    for code in range(0xC0, 0x250):
        char = chr(code)
        base = fold(char)
        if len(base) == 1 and base.isascii() and base.isalpha():
            groups.setdefault(base, {base, base.upper()}).update({char, char.upper(), char.lower()})
    return {base: "".join(sorted(chars)) for base, chars in groups.items()}


_VARIANTS = _variants()


def _token_regex(token: str) -> str:
    """A name token matching any case and accents; '-' also matches a space, ' any apostrophe."""
    out = []
    for char in fold(token):
        if char in _VARIANTS:
            out.append(f"[{re.escape(_VARIANTS[char])}]")
        elif char == "-":
            out.append(r"[-\s]")
        elif char in "'\u2019":
            out.append("['\u2019]")
        else:
            out.append(re.escape(char))
    return "".join(out)


def _initial(token: str) -> str:
    return _token_regex(token[0]) + r"\.?"


def _words(name: str) -> list[str]:
    return [w for w in re.split(r"[\s,]+", name.strip()) if w]


@dataclass(frozen=True)
class Person:
    """Who is erased: their id, every full name and every email known for them."""

    pid: str
    names: tuple[str, ...]
    emails: tuple[str, ...] = ()


@dataclass
class Matcher:
    pid: str
    pattern: re.Pattern[str]
    email_words: tuple[str, ...]  # folded names an email's local part must contain
    emails: frozenset[str]
    counts: Counter[str] = field(default_factory=Counter)

    def sub(self, text: str, marker: str) -> str:
        def replace(match: re.Match[str]) -> str:
            kind = match.lastgroup or "id"
            if kind == "email":
                address = match.group(0)
                local = fold(address.split("@", 1)[0])
                if fold(address) not in self.emails and not any(w in local for w in self.email_words):
                    return address
            self.counts[kind] += 1
            return marker
        return self.pattern.sub(replace, text)


def build_matcher(person: Person, cohort_names: Iterable[str]) -> Matcher:
    """`cohort_names`: every other participant's name, to tell whether a first or last name alone
    identifies the person (it is scrubbed alone only when no one else has it)."""
    others = {fold(w) for name in cohort_names for w in _words(name)}
    full: set[str] = set()
    initials: set[str] = set()
    first: set[str] = set()
    last: set[str] = set()
    email_words: set[str] = set()
    for name in person.names:
        words = _words(name)
        if not words:
            continue
        email_words.update(fold(w) for w in words if len(fold(w)) >= 3)
        orders = itertools.permutations(words) if len(words) <= 4 else [words, words[::-1]]
        full.update(_SEP.join(_token_regex(w) for w in order) for order in orders)
        if len(words) >= 2:
            given, surname = words[0], " ".join(words[1:])
            for a, b in ((given, surname), (surname, given)):
                initials.add(_token_regex(a) + _SEP + _initial(b))  # Camille M. / Martin C.
                initials.add(_initial(b) + r"\s*" + _token_regex(a))  # C. Martin / M. Camille
            if len(words) > 2:
                initials.add(_token_regex(given) + _SEP + _initial(words[-1]))
        if len(words) >= 2 and fold(words[0]) not in others and len(words[0]) >= 2:
            first.add(_token_regex(words[0]))
        for word in words[1:]:
            if fold(word) not in others and len(word) >= 3:
                last.add(_token_regex(word))

    def group(kind: str, parts: set[str]) -> str | None:
        if not parts:
            return None
        body = "|".join(sorted(parts, key=len, reverse=True))
        return rf"(?P<{kind}>(?<![\w@])(?:{body})(?![\w@]))"

    # Word boundaries matter: erasing `p1` must not touch `p10`, nor erasing "Al" touch "Alice".
    # A `.` or `-` followed by a letter continues an id (`p07.b`), otherwise it is punctuation.
    # A number-like id (a staff number: 3, 1042) is replaced where a value *is* the id, never
    # inside free text, where "3" is far more likely a number than this person.
    id_group = (None if _NUMBER.fullmatch(person.pid.strip()) else
                rf"(?P<id>(?<!\w)(?<!\w[.-]){re.escape(person.pid)}(?!\w|[.-]\w))")
    groups = [rf"(?P<email>(?<![\w.+-]){_EMAIL})", group("full_name", full),
              group("initials", initials), group("first_name", first), group("last_name", last),
              id_group]
    pattern = re.compile("|".join(g for g in groups if g), re.IGNORECASE)
    emails = frozenset(fold(e) for e in person.emails if e)
    return Matcher(person.pid, pattern, tuple(sorted(email_words)), emails)


# Fields whose values are participant ids (every table, plans and audit details included): there
# a value that is exactly the id is the person. Elsewhere it is a free text or a choice that
# happens to read the same ("3" answered to "how many meetings?" when erasing staff number 3).
REFERENCE_FIELDS = frozenset({
    "id", "participant", "participant_id", "mentor", "mentee", "manager", "mentors", "mentees",
    "people", "ids", "who",
})


def scrub(value: Any, matcher: Matcher, marker: str, reference: bool = False) -> Any:
    """A copy of `value` (a document, never a whole table: document keys are the storage's) with
    every mention of the person replaced by `marker`, counted. A value that is exactly the id is
    replaced where it holds participant ids (`reference`: under a REFERENCE_FIELDS key, or a
    roster pick); a key inside a document when it is exactly the id (a mapping by participant);
    free text everywhere (names, emails, and the id itself unless it looks like a number)."""
    if isinstance(value, str):
        if reference and value == matcher.pid:
            matcher.counts["id"] += 1
            return marker
        return matcher.sub(value, marker)
    if isinstance(value, dict):
        out = {}
        for key, item in value.items():
            if key == matcher.pid:
                matcher.counts["id"] += 1
                key = marker
            out[key] = scrub(item, matcher, marker, key in REFERENCE_FIELDS)
        return out
    if isinstance(value, list):
        return [scrub(v, matcher, marker, reference) for v in value]
    return value


def scrub_answers(answers: Any, matcher: Matcher, marker: str,
                  picks: frozenset[tuple[str, str]] | None) -> Any:
    """A responses document's `answers` ({questionnaire: {item: value}}): roster picks are
    references; `picks` names the roster items (questionnaire, item), else any list is taken
    for one (a list of choices equal to the id is far rarer than a pick)."""
    if not isinstance(answers, dict):
        return scrub(answers, matcher, marker)
    out: dict[Any, Any] = {}
    for qid, items in answers.items():
        if not isinstance(items, dict):
            out[qid] = scrub(items, matcher, marker)
            continue
        out[qid] = {
            item: scrub(value, matcher, marker,
                        (qid, item) in picks if picks is not None else isinstance(value, list))
            for item, value in items.items()
        }
    return out


def describe_counts(counts: dict[str, int], lang: str = "en") -> str:
    """'3 ids, 1 email address...' in `lang` — kinds and counts only, never the values."""
    from rm_tui.i18n import t, tn

    parts = [tn(f"storage.mention.{k}", counts[k], lang) for k in KINDS if counts.get(k)]
    return ", ".join(parts) if parts else t("storage.mentions_none", lang)
