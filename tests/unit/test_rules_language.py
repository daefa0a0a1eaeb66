"""The shared-language rule (bitmask per person) forbids exactly the pairs a set intersection
would: both people list languages and have none in common, case ignored; with more languages
than bits too."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from rm_tui.core.participant import Participant
from rm_tui.core.rules import _no_shared_language

SMALL = ["fr", "EN", "en", "de", "Es"]
MANY = [f"l{k}" for k in range(80)]


def _people(role: str, langs: list[tuple[str, ...]]) -> list[Participant]:
    return [Participant(f"{role}{k}", f"P {k}", role, languages=ls) for k, ls in enumerate(langs)]  # type: ignore[arg-type]


@settings(max_examples=150, deadline=None)
@given(data=st.data(), pool=st.sampled_from([SMALL, MANY[:12], MANY[:40], MANY]))
def test_no_shared_language_equals_set_intersection(data: st.DataObject, pool: list[str]) -> None:
    langs = st.lists(st.sampled_from(pool), max_size=4).map(tuple)
    mentors = _people("mentor", data.draw(st.lists(langs, min_size=1, max_size=8)))
    mentees = _people("mentee", data.draw(st.lists(langs, min_size=1, max_size=8)))
    if data.draw(st.booleans()):  # a polyglot: with MANY, more languages than a mask has bits
        mentors.append(Participant("polyglot", "Poly Glot", "mentor", languages=tuple(pool)))
    got = _no_shared_language(mentors, mentees)
    for i, r in enumerate(mentors):
        for j, e in enumerate(mentees):
            a, b = {x.casefold() for x in r.languages}, {x.casefold() for x in e.languages}
            assert bool(got[i, j]) == (bool(a) and bool(b) and not a & b)
