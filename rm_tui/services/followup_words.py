"""The words of check-in and outcome entry, in English and French, shared by the prompts
(`rm-tui checkin`) and the console forms; and validation errors said in plain words."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from rm_tui.core.checkins import CheckInError

T = TypeVar("T")

AGREE = {
    "en": ["strongly disagree", "disagree", "neither", "agree", "strongly agree"],
    "fr": ["pas du tout d'accord", "pas d'accord", "neutre", "d'accord", "tout à fait d'accord"],
}
QUALITY = {  # how good the pairing was: a quality scale, not agreement with a statement
    "en": ["very poor", "poor", "fair", "good", "excellent"],
    "fr": ["très mauvaise", "mauvaise", "moyenne", "bonne", "excellente"],
}
GOALS = {
    "en": ["not at all", "a little", "partly", "mostly", "fully"],
    "fr": ["pas du tout", "un peu", "en partie", "en grande partie", "entièrement"],
}
REASONS = {
    "en": {"no_fault": "no fault: the pairing did not work out",
           "availability": "schedules or workload made meetings impossible",
           "left_program": "a partner left the program or the company",
           "role_change": "a partner changed role (e.g. now in the same reporting line)",
           "mismatch": "goals or expectations did not match",
           "confidentiality": "a confidentiality concern", "other": "another reason"},
    "fr": {"no_fault": "sans faute : le binôme n'a pas fonctionné",
           "availability": "agendas ou charge de travail incompatibles",
           "left_program": "un des deux a quitté le programme ou l'entreprise",
           "role_change": "un des deux a changé de poste (par ex. même ligne hiérarchique)",
           "mismatch": "objectifs ou attentes différents",
           "confidentiality": "une question de confidentialité", "other": "une autre raison"},
}
WORDS: dict[str, dict[str, str]] = {
    "en": {
        "title_checkin": "New check-in", "title_outcome": "Outcome of a pair",
        "pair": "Which pair?", "pair_label": "Pair", "choose_pair": "Choose a pair",
        "who": "Who is answering?", "who_label": "Who answers", "choose_who": "Choose who answers",
        "date": "Date of this check-in", "date_label": "Date (YYYY-MM-DD)",
        "met": "Did you meet since the last check-in?", "met_label": "Did you meet?",
        "yes": "yes", "cancelled": "cancelled", "no": "no",
        "useful": "Our exchanges were useful to me",
        "openness": "I can speak openly with my partner",
        "explains_well": "My partner explains in a way that works for me",
        "progress": "We are progressing toward our goals",
        "comment": "Comment (seen by the facilitator only, optional)",
        "comment_label": "Comment (facilitator only)",
        "mentor": "mentor", "mentee": "mentee",
        "saved": "Saved: check-in of {who} for {pair}.", "again": "Another check-in?",
        "quality_mentor": "Quality of the pairing, for the mentor ({name})",
        "quality_mentee": "Quality of the pairing, for the mentee ({name})",
        "quality_mentor_label": "Quality, for the mentor", "quality_mentee_label": "Quality, for the mentee",
        "goals": "Goals reached", "would_pair_again": "Would they pair again?",
        "would_pair_again_label": "Would pair again",
        "ended_early": "Did the pair end early?", "ended_early_label": "Ended early",
        "reason": "Why? (no-fault by default)", "reason_label": "Why (if ended early)",
        "optional": "(optional)", "cancel": "Cancel", "save": "Save",
        "outcome_saved": "Saved: outcome of {pair}.", "stopped": "Stopped; nothing more was saved.",
        "no_pairs": "no confirmed pairs yet: confirm a plan first",
        "need_rating": "Please answer “{label}” (1 to 5): it is needed when you met.",
        "bad_rating": "“{label}” takes a whole number from 1 to 5.",
        "need_who": "Choose who is answering: the mentor or the mentee.",
        "need_met": "Say whether you met: yes, cancelled or no.",
        "bad_date": "The date must be a real day written like 2026-03-02.",
        "need_quality": "Give at least one partner's quality rating, or say the pair ended early.",
        "bad_value": "“{label}” does not fit: {detail}",
    },
    "fr": {
        "title_checkin": "Nouveau point", "title_outcome": "Bilan d'un binôme",
        "pair": "Quel binôme ?", "pair_label": "Binôme", "choose_pair": "Choisir un binôme",
        "who": "Qui répond ?", "who_label": "Qui répond", "choose_who": "Choisir qui répond",
        "date": "Date de ce point", "date_label": "Date (AAAA-MM-JJ)",
        "met": "Vous êtes-vous vus depuis le dernier point ?", "met_label": "Vous êtes-vous vus ?",
        "yes": "oui", "cancelled": "annulé", "no": "non",
        "useful": "Nos échanges m'ont été utiles",
        "openness": "Je peux parler librement avec mon binôme",
        "explains_well": "Mon binôme explique d'une façon qui me convient",
        "progress": "Nous progressons vers nos objectifs",
        "comment": "Commentaire (vu seulement par l'animateur, facultatif)",
        "comment_label": "Commentaire (animateur seul)",
        "mentor": "mentor", "mentee": "mentoré",
        "saved": "Enregistré : point de {who} pour {pair}.", "again": "Un autre point ?",
        "quality_mentor": "Qualité du binôme, pour le mentor ({name})",
        "quality_mentee": "Qualité du binôme, pour le mentoré ({name})",
        "quality_mentor_label": "Qualité, pour le mentor", "quality_mentee_label": "Qualité, pour le mentoré",
        "goals": "Objectifs atteints", "would_pair_again": "Referaient-ils binôme ?",
        "would_pair_again_label": "Referaient binôme",
        "ended_early": "Le binôme s'est-il arrêté avant la fin ?", "ended_early_label": "Arrêté avant la fin",
        "reason": "Pourquoi ? (sans faute par défaut)", "reason_label": "Pourquoi (si arrêté)",
        "optional": "(facultatif)", "cancel": "Annuler", "save": "Enregistrer",
        "outcome_saved": "Enregistré : bilan de {pair}.", "stopped": "Arrêté ; rien d'autre n'a été enregistré.",
        "no_pairs": "aucun binôme confirmé : confirmez d'abord un plan",
        "need_rating": "Merci de répondre à « {label} » (de 1 à 5) : c'est nécessaire quand vous vous êtes vus.",
        "bad_rating": "« {label} » attend un nombre entier de 1 à 5.",
        "need_who": "Choisissez qui répond : le mentor ou le mentoré.",
        "need_met": "Dites si vous vous êtes vus : oui, annulé ou non.",
        "bad_date": "La date doit être un vrai jour écrit comme 2026-03-02.",
        "need_quality": "Donnez au moins une note de qualité, ou indiquez que le binôme s'est arrêté avant la fin.",
        "bad_value": "« {label} » ne convient pas : {detail}",
    },
}


def word(lang: str, key: str, **kw: Any) -> str:
    return WORDS.get(lang, WORDS["en"])[key].format(**kw)


def scale(kind: Mapping[str, T], lang: str) -> T:
    """One language's version of a scale or word list (English if missing)."""
    return kind.get(lang, kind["en"])


def plain_error(bad: CheckInError, lang: str) -> str:
    """A validation error as a participant or facilitator reads it (no field ids, no None)."""
    field, text = bad.field, str(bad)
    labels = WORDS.get(lang, WORDS["en"])
    label = labels.get(f"{field}_label") or labels.get(field) or field
    if field == "respondent":
        return word(lang, "need_who")
    if field == "met":
        return word(lang, "need_met")
    if field == "date":
        return word(lang, "bad_date")
    if field in ("quality_mentor", "quality_mentee") and "at least one" in text:
        return word(lang, "need_quality")
    if "required" in text:
        return word(lang, "need_rating", label=label)
    if "1 to 5" in text:
        return word(lang, "bad_rating", label=label)
    return word(lang, "bad_value", label=label, detail=text)
