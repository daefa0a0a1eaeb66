"""Every kiosk text in French and English. `t(key, lang, **values)` formats one."""

from __future__ import annotations

from typing import Any

from rm_tui.core.questionnaire import Item

STRINGS: dict[str, dict[str, str]] = {
    # welcome
    "welcome": {"fr": "Bienvenue", "en": "Welcome"},
    "welcome_lead": {
        "fr": "Quelques questions pour former les binômes : 10 à 15 minutes.",
        "en": "A few questions to form the pairs: 10 to 15 minutes.",
    },
    "choose_language": {"fr": "Langue", "en": "Language"},
    "start": {"fr": "Commencer", "en": "Start"},
    "start_hint": {
        "fr": "Appuyez sur Entrée pour commencer · ← → pour la langue",
        "en": "Press Enter to start · ← → for the language",
    },
    "other_language": {"fr": "English", "en": "Français"},
    # identify
    "who": {"fr": "Qui êtes-vous ?", "en": "Who are you?"},
    "who_hint": {
        "fr": "Tapez votre nom, puis choisissez-le dans la liste (↓ puis Entrée, ou un clic).",
        "en": "Type your name, then pick it from the list (↓ then Enter, or a click).",
    },
    "name_placeholder": {"fr": "Votre nom", "en": "Your name"},
    "no_match": {"fr": "Aucun nom ne correspond.", "en": "No name matches."},
    "no_match_register": {
        "fr": "Aucun nom ne correspond. Vérifiez l'orthographe, ou choisissez « Je ne trouve pas mon nom » (Tab).",
        "en": "No name matches. Check the spelling, or choose “I can't find my name” (Tab).",
    },
    "keep_typing": {"fr": "Tapez au moins deux lettres.", "en": "Type at least two letters."},
    "not_listed": {"fr": "Je ne trouve pas mon nom", "en": "I can't find my name"},
    "not_listed_ask": {
        "fr": "Vous ne trouvez pas votre nom ? Adressez-vous à l'animateur.",
        "en": "Can't find your name? Please ask the facilitator.",
    },
    "cancel": {"fr": "Annuler", "en": "Cancel"},
    "back_home": {"fr": "Retour à l'accueil", "en": "Back to the start"},
    # confirm
    "confirm_q": {"fr": "Êtes-vous bien {name} ?", "en": "Are you {name}?"},
    "confirm_role_mentor": {"fr": "Mentor", "en": "Mentor"},
    "confirm_role_mentee": {"fr": "Mentoré·e", "en": "Mentee"},
    "confirm_yes": {"fr": "Oui, c'est moi", "en": "Yes, that's me"},
    "confirm_no": {"fr": "Non", "en": "No"},
    "confirm_keys": {"fr": "← → : choisir · Entrée : valider", "en": "← →: choose · Enter: confirm"},
    "resume_note": {
        "fr": "Vous aviez commencé : vous reprendrez à la question {n} sur {total}.",
        "en": "You had started: you will continue at question {n} of {total}.",
    },
    "done_note": {
        "fr": "Vous avez déjà répondu à tout. Vous pourrez relire vos réponses et les modifier.",
        "en": "You have already answered everything. You can review and change your answers.",
    },
    "sealed_note": {
        "fr": "Vos réponses sont déjà envoyées.",
        "en": "Your answers are already in.",
    },
    # sealed
    "sealed_title": {"fr": "Vos réponses sont bien enregistrées", "en": "Your answers are in"},
    "sealed_lead": {
        "fr": "Merci ! Il n'y a plus rien à faire. Pour modifier une réponse, adressez-vous à l'animateur : "
              "il pourra les rouvrir avec son code.",
        "en": "Thank you! There is nothing left to do. To change an answer, please ask the facilitator, "
              "who can reopen them with their code.",
    },
    "sealed_unlock": {"fr": "Rouvrir (animateur)", "en": "Reopen (facilitator)"},
    # register
    "register": {"fr": "Inscription", "en": "Sign up"},
    "register_lead": {
        "fr": "Votre nom n'est pas dans la liste : inscrivez-vous ici.",
        "en": "Your name is not on the list: sign up here.",
    },
    "full_name": {"fr": "Prénom et nom", "en": "First and last name"},
    "email": {"fr": "Adresse e-mail professionnelle", "en": "Work email address"},
    "your_role": {"fr": "Votre rôle dans le programme", "en": "Your role in the program"},
    "role_mentor": {"fr": "Mentor — j'accompagne un·e senior", "en": "Mentor — I coach a senior colleague"},
    "role_mentee": {"fr": "Mentoré·e — un·e junior m'accompagne", "en": "Mentee — a junior colleague coaches me"},
    "continue": {"fr": "Continuer", "en": "Continue"},
    "need_name": {"fr": "Indiquez votre prénom et votre nom.", "en": "Please give your first and last name."},
    "already_listed": {
        "fr": "Vous êtes déjà sur la liste : revenez en arrière et cherchez votre nom.",
        "en": "You are already on the list: go back and search for your name.",
    },
    "need_email": {"fr": "Indiquez une adresse e-mail valide.", "en": "Please give a valid email address."},
    "need_role": {"fr": "Choisissez votre rôle.", "en": "Please choose your role."},
    # questions
    "question_of": {"fr": "Question {n} sur {total}", "en": "Question {n} of {total}"},
    "questions_of": {"fr": "Questions {n}–{m} sur {total}", "en": "Questions {n}–{m} of {total}"},
    "back": {"fr": "← Retour", "en": "← Back"},
    "next": {"fr": "Suivant →", "en": "Next →"},
    "to_review": {"fr": "Relire →", "en": "Review →"},
    "keys_hint": {
        "fr": "Entrée : continuer · Pg↑ : question précédente · Tab : se déplacer",
        "en": "Enter: continue · PgUp: previous question · Tab: move around",
    },
    "keys_hint_first": {
        "fr": "Entrée : continuer · Pg↑ : ce n'est pas moi · Tab : se déplacer",
        "en": "Enter: continue · PgUp: this is not me · Tab: move around",
    },
    "not_me": {"fr": "← Ce n'est pas moi", "en": "← This is not me"},
    "too_small": {
        "fr": "Fenêtre trop petite : agrandissez-la, ou faites défiler.",
        "en": "Window too small: enlarge it, or scroll.",
    },
    "optional": {"fr": "facultatif", "en": "optional"},
    "scale_hint": {"fr": "← → ou 1–{n}, ou un clic", "en": "← → or 1–{n}, or a click"},
    "single_hint": {"fr": "↑ ↓ ou 1–{n}, ou un clic", "en": "↑ ↓ or 1–{n}, or a click"},
    "multi_hint": {
        "fr": "Espace ou 1–{n} pour cocher ; jusqu'à {max} choix",
        "en": "Space or 1–{n} to tick; up to {max} choices",
    },
    "multi_hint_any": {"fr": "Espace ou 1–{n} pour cocher", "en": "Space or 1–{n} to tick"},
    "ranked_hint": {
        "fr": "Cochez dans l'ordre d'importance (n° 1 d'abord) ; jusqu'à {max} choix",
        "en": "Tick in order of importance (no. 1 first); up to {max} choices",
    },
    "number_hint": {"fr": "Un nombre de {min} à {max}", "en": "A number from {min} to {max}"},
    "number_hint_open": {"fr": "Un nombre", "en": "A number"},
    "date_hint": {"fr": "Date au format JJ/MM/AAAA", "en": "Date as DD/MM/YYYY"},
    "date_placeholder": {"fr": "JJ/MM/AAAA", "en": "DD/MM/YYYY"},
    "text_placeholder": {"fr": "Votre réponse", "en": "Your answer"},
    "roster_hint": {
        "fr": "Tapez un nom, choisissez avec ↓ puis Entrée ; jusqu'à {max} personnes",
        "en": "Type a name, pick with ↓ then Enter; up to {max} people",
    },
    "roster_hint_one": {
        "fr": "Tapez un nom, choisissez avec ↓ puis Entrée ; une seule personne",
        "en": "Type a name, pick with ↓ then Enter; one person only",
    },
    "roster_placeholder": {"fr": "Chercher un nom", "en": "Search a name"},
    "remove": {"fr": "retirer", "en": "remove"},
    "chars": {"fr": "{n} / {max} caractères", "en": "{n} / {max} characters"},
    # problems, said gently
    "p_required": {"fr": "Une réponse est nécessaire pour continuer.", "en": "An answer is needed to continue."},
    "p_required_many": {"fr": "Merci de répondre à chaque question pour continuer.", "en": "Please answer each question to continue."},
    "p_min_picks": {"fr": "Choisissez au moins {n} réponse(s).", "en": "Choose at least {n} answer(s)."},
    "p_max_picks": {"fr": "Au plus {n} choix : retirez-en un d'abord.", "en": "At most {n} choices: remove one first."},
    "p_number": {"fr": "Indiquez un nombre entier de {min} à {max}.", "en": "Give a whole number from {min} to {max}."},
    "p_number_dec": {"fr": "Indiquez un nombre de {min} à {max}.", "en": "Give a number from {min} to {max}."},
    "p_whole": {"fr": "Un nombre entier, sans virgule : par exemple 3.", "en": "A whole number, without decimals: for example 3."},
    "p_not_number": {
        "fr": "« {text} » n'est pas un nombre : tapez des chiffres, par exemple {example}.",
        "en": "“{text}” is not a number: type digits, for example {example}.",
    },
    "p_not_date": {
        "fr": "« {text} » n'est pas une date : tapez-la ainsi, 15/09/2026.",
        "en": "“{text}” is not a date: type it like this, 15/09/2026.",
    },
    "p_date": {"fr": "Indiquez une date valide, par exemple 15/09/2026.", "en": "Give a valid date, for example 15/09/2026."},
    "p_date_range": {"fr": "La date doit être entre le {lo} et le {hi}.", "en": "The date must be between {lo} and {hi}."},
    "p_text": {"fr": "Au plus {n} caractères.", "en": "At most {n} characters."},
    "p_other": {"fr": "Cette réponse ne convient pas ; essayez une autre.", "en": "This answer cannot be used; please try another."},
    # review
    "review": {"fr": "Relisez vos réponses", "en": "Review your answers"},
    "review_hint": {
        "fr": "Pour modifier une réponse : un clic sur la ligne, ou ↑ ↓ puis Entrée.",
        "en": "To change an answer: click its line, or ↑ ↓ then Enter.",
    },
    "submit": {"fr": "Envoyer mes réponses", "en": "Submit my answers"},
    "missing": {"fr": "à compléter", "en": "to complete"},
    "missing_note": {
        "fr": "Il reste {n} réponse(s) obligatoire(s) à donner.",
        "en": "{n} required answer(s) still to give.",
    },
    # thanks
    "thanks": {"fr": "Merci, {name} !", "en": "Thank you, {name}!"},
    "thanks_lead": {
        "fr": "Vos réponses sont enregistrées. L'animateur vous présentera votre binôme.",
        "en": "Your answers are saved. The facilitator will introduce your pair.",
    },
    "profile_title": {"fr": "Vos préférences pour apprendre", "en": "Your learning preferences"},
    "profile_note": {
        "fr": "Ce sont des préférences, pas des aptitudes : chacun apprend de toutes les façons.",
        "en": "These are preferences, not abilities: everyone learns in every way.",
    },
    "balanced": {"fr": "équilibré", "en": "balanced"},
    "done": {"fr": "Terminer", "en": "Finish"},
    "auto_return": {"fr": "Retour à l'accueil dans {n} s.", "en": "Back to the start in {n} s."},
    "idle_warning": {
        "fr": "Toujours là ? Accueil dans {n} s · une touche pour rester",
        "en": "Still there? Back to start in {n} s · a key to stay",
    },
    "save_failed": {
        "fr": "Vos réponses n'ont pas pu être enregistrées. Merci d'appeler l'animateur.",
        "en": "Your answers could not be saved. Please call the facilitator.",
    },
    # facilitator
    "pin_title": {"fr": "Animateur", "en": "Facilitator"},
    "pin_title_unlock": {"fr": "Animateur : rouvrir ces réponses", "en": "Facilitator: reopen these answers"},
    "pin_prompt": {"fr": "Code PIN", "en": "PIN"},
    "pin_wrong": {"fr": "Code incorrect ({n} essai(s) restant(s)).", "en": "Wrong PIN ({n} attempt(s) left)."},
    "pin_locked": {"fr": "Trop d'essais : réessayez dans {n} s.", "en": "Too many attempts: try again in {n} s."},
    "pin_hint": {"fr": "Entrée pour valider · Échap pour revenir", "en": "Enter to confirm · Esc to go back"},
}

# Learner-profile poles shown on Thank-you (subscale code -> words), as preferences.
POLES: dict[str, dict[str, str]] = {
    "CE": {"fr": "exemple d'abord", "en": "example first"},
    "AC": {"fr": "principe d'abord", "en": "principle first"},
    "RO": {"fr": "observer d'abord", "en": "watch first"},
    "AE": {"fr": "essayer d'abord", "en": "try first"},
    "EXP_DEMO": {"fr": "montrer d'abord", "en": "show first"},
    "EXP_PRINCIPLE": {"fr": "principe d'abord", "en": "principle first"},
}
AXIS_TITLES: dict[str, dict[str, str]] = {
    "grasp": {"fr": "Pour comprendre", "en": "To understand"},
    "transform": {"fr": "Pour s'y mettre", "en": "To get started"},
    "explain": {"fr": "Pour expliquer", "en": "To explain"},
}


def t(key: str, lang: str, **values: Any) -> str:
    entry = STRINGS[key]
    text = entry.get(lang) or entry["en"]
    return text.format(**values) if values else text


def _num(value: float | None) -> str:
    if value is None:
        return "…"
    return str(int(value)) if float(value).is_integer() else str(value)


def _example(item: Item, lang: str) -> str:
    if item.integer:
        return "3"
    return "3,5" if lang == "fr" else "3.5"


def typed_problem_text(item: Item, field: object, lang: str, as_you_type: bool = False) -> str:
    """Why the text typed in a number or date field is not an answer ('' when it is fine).
    As the person types, only text that can never become an answer is pointed out."""
    from rm_tui.tui.widgets.fields import parse_date, parse_number

    text = str(getattr(field, "value", "")).strip()
    if not getattr(field, "invalid", False) or not text:
        return ""
    if item.kind == "number":
        never = any(c not in "0123456789 ,.-+" for c in text)
        if as_you_type and not never:
            return ""
        number = parse_number(text, integer=False)
        if never or number is None:
            return t("p_not_number", lang, text=text[:20], example=_example(item, lang))
        return problem_text(item, number, lang)
    if item.kind == "date":
        never = any(c not in "0123456789/.- " for c in text)
        if as_you_type and not never:
            return ""
        if never or parse_date(text) is None:
            return t("p_not_date", lang, text=text[:20])
        return problem_text(item, text, lang)
    return ""


def problem_text(item: Item, value: Any, lang: str) -> str:
    """A gentle, translated reason an answer cannot be used (the core speaks English only)."""
    if value in (None, "", []):
        return t("p_required", lang)
    if item.kind in ("multi", "roster") and isinstance(value, list):
        if item.max_picks is not None and len(value) > item.max_picks:
            return t("p_max_picks", lang, n=item.max_picks)
        if len(value) < item.min_picks:
            return t("p_min_picks", lang, n=item.min_picks)
    if item.kind == "number":
        if isinstance(value, int | float) and item.integer and not float(value).is_integer():
            return t("p_whole", lang)
        if item.min is None and item.max is None:
            return t("p_not_number", lang, text=value, example=_example(item, lang))
        return t("p_number" if item.integer else "p_number_dec", lang,
                 min=_num(item.min), max=_num(item.max))
    if item.kind == "date":
        from rm_tui.tui.widgets.fields import parse_date, show_date

        if isinstance(value, str) and parse_date(value) and (item.min_date or item.max_date):
            return t("p_date_range", lang, lo=show_date(item.min_date) or "…",
                     hi=show_date(item.max_date) or "…")
        return t("p_date", lang)
    if item.kind == "text":
        return t("p_text", lang, n=item.max_length)
    return t("p_other", lang)
