"""Introductions of confirmed pairs: what the people paired may read (pure).

An introduction says who the partner is, the two or three strongest reasons the pair was formed,
in plain words, and how to reach the facilitator. It never carries raw answers, scores, facilitator
reasons (overrides, "rather not" picks, splits) or the `preference` criterion (it comes from
private picks). Templates turn the context below into mail, Markdown or a printed card.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from rm_tui.core.labels import field_label
from rm_tui.core.name_search import slug
from rm_tui.core.participant import Participant
from rm_tui.core.program import Program
from rm_tui.i18n import t

# Criteria a person may read about, with the score from which a reason is worth saying.
SHOWN_CRITERIA = ("intentions", "job_family", "learning_fit", "seniority_gap", "subsidiary")
STRONG = 0.5
MAX_REASONS = 3

@dataclass(frozen=True)
class Introduction:
    """One pair's introduction: `langs` are the languages to write it in (one when shared)."""

    mentor: Participant
    mentee: Participant
    langs: tuple[str, ...]
    contexts: dict[str, dict[str, Any]]  # lang -> template context


def common_languages(a: Participant, b: Participant, program: Program) -> tuple[str, ...]:
    """The program languages both speak, in the program's order; all of them if none is shared."""
    offered = program.languages or ("en",)
    mine = set(a.languages or offered)
    theirs = set(b.languages or offered)
    shared = tuple(lang for lang in offered if lang in mine and lang in theirs)
    return shared[:1] if shared else tuple(offered)


def _reason(name: str, mode: str | None, mentor: Participant, mentee: Participant,
            program: Program, lang: str) -> str | None:  # fmt: skip
    if name == "intentions":
        return t("introduce.reason.intentions", lang)
    if name == "job_family":
        same = mentor.job_family is not None and mentor.job_family == mentee.job_family
        label = field_label(program, "job_family", mentee.job_family if same else None, lang)
        if same and label:
            return t("introduce.reason.same_job_family", lang, label=label)
        return t("introduce.reason.job_family", lang)
    if name == "learning_fit":
        complementary = mode == "complementary"
        return t("introduce.reason.learning_complementary" if complementary
                 else "introduce.reason.learning_similar", lang)
    if name == "seniority_gap":
        return t("introduce.reason.seniority_gap", lang)
    if name == "subsidiary":
        if mode == "prefer_different":
            return t("introduce.reason.other_subsidiary", lang)
        label = field_label(program, "subsidiary", mentor.subsidiary, lang)
        return t("introduce.reason.same_subsidiary", lang, label=label) if label else None
    return None


def pair_reasons(entry: Mapping[str, Any], record: Mapping[str, Any], mentor: Participant,
                 mentee: Participant, program: Program, lang: str) -> list[str]:  # fmt: skip
    """The strongest shown criteria (weight × score), in plain words, at most three."""
    weights = record.get("weights", {})
    settings = record.get("criteria_settings", {})
    scored = []
    for name in SHOWN_CRITERIA:
        score = entry.get("criteria", {}).get(name)
        weight = float(weights.get(name, 0) or 0)
        if score is None or weight <= 0 or score < STRONG:
            continue
        scored.append((weight * float(score), name))
    reasons = []
    for _, name in sorted(scored, reverse=True):
        words = _reason(name, settings.get(name, {}).get("mode"), mentor, mentee, program, lang)
        if words and words not in reasons:
            reasons.append(words)
        if len(reasons) == MAX_REASONS:
            break
    if not reasons:
        reasons.append(t("introduce.reason.cohort", lang))
    return reasons


def _person(p: Participant, program: Program, lang: str) -> dict[str, Any]:
    return {
        "name": p.name,
        "first_name": p.name.split()[0] if p.name.split() else p.name,
        "email": p.email,
        "role": t(f"introduce.role.{p.role}", lang),
        "job_family": field_label(program, "job_family", p.job_family, lang),
        "subsidiary": field_label(program, "subsidiary", p.subsidiary, lang),
    }


def introductions(record: Mapping[str, Any], people: Mapping[str, Participant], program: Program,
                  *, facilitator: Mapping[str, str | None], lang: str | None = None,
                  ) -> list[Introduction]:  # fmt: skip
    """One introduction per pair of a confirmed record (`lang` forces one language)."""
    out = []
    for number, entry in enumerate(record.get("pairs", []), start=1):
        mentor, mentee = people.get(entry["mentor"]), people.get(entry["mentee"])
        if mentor is None or mentee is None:  # erased since the confirmation
            continue
        langs = (lang,) if lang else common_languages(mentor, mentee, program)
        contexts = {
            code: {
                "lang": code,
                "number": number,
                "program": {"id": program.id, "name": program.name},
                "facilitator": dict(facilitator),
                "mentor": _person(mentor, program, code),
                "mentee": _person(mentee, program, code),
                "reasons": pair_reasons(entry, record, mentor, mentee, program, code),
            }
            for code in langs
        }
        out.append(Introduction(mentor, mentee, langs, contexts))
    return out


def file_stem(intro: Introduction, number: int) -> str:
    """'03-camille-martin--catherine-rousseau': sorts like the plan, readable in a folder."""
    return f"{number:02d}-{slug(intro.mentor.name)}--{slug(intro.mentee.name)}"


def forbidden_strings(record: Mapping[str, Any]) -> Sequence[str]:
    """Facilitator-only texts of a record that must never reach an introduction (for checks)."""
    texts = [o.get("reason") for o in record.get("overrides", [])]
    texts += [p.get("note") for p in record.get("pairs", [])]
    return [t for t in texts if t]
