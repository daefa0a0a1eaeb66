"""Why an answer is refused, said gently to the person answering — the same words at the kiosk
and in `rm-tui take` (`CodedProblem.to_participant`). Dates read DD/MM/YYYY, as the fields do."""

_OTHER = {
    "fr": "Cette réponse ne convient pas ; essayez une autre.",
    "en": "This answer cannot be used; please try another.",
}
_ONE_OF = {"fr": "Choisissez l'une des réponses proposées.", "en": "Choose one of the answers offered."}

STRINGS: dict[str, dict[str, str]] = {
    "answer.required": {
        "fr": "Une réponse est nécessaire pour continuer.",
        "en": "An answer is needed to continue.",
    },
    "answer.scale_range": {
        "fr": "Choisissez un point de 1 à {points}.",
        "en": "Choose a point from 1 to {points}.",
    },
    "answer.one_of": _ONE_OF,
    "answer.list_of_ids": _OTHER,
    "answer.twice": {"fr": "Ce choix est déjà fait.", "en": "That choice is already made."},
    "answer.max_picks": {
        "fr": "Au plus {n} choix : retirez-en un d'abord.",
        "en": "At most {n} choices: remove one first.",
    },
    "answer.min_picks.one": {"fr": "Choisissez au moins {n} réponse.", "en": "Choose at least {n} answer."},
    "answer.min_picks.other": {"fr": "Choisissez au moins {n} réponses.", "en": "Choose at least {n} answers."},
    "answer.unknown_choice": _ONE_OF,
    "answer.not_on_roster": {
        "fr": "Ce nom n'est pas sur la liste.",
        "en": "That name is not on the list.",
    },
    "answer.not_text": _OTHER,
    "answer.too_long": {
        "fr": "Au plus {n} caractères (celle-ci en a {length}).",
        "en": "At most {n} characters (this one has {length}).",
    },
    "answer.number": {"fr": "Tapez un nombre, en chiffres.", "en": "Type a number, in digits."},
    "answer.whole": {
        "fr": "Un nombre entier, sans virgule : par exemple 3.",
        "en": "A whole number, without decimals: for example 3.",
    },
    "answer.number_range": {
        "fr": "Indiquez un nombre de {lo} à {hi}.",
        "en": "Give a number from {lo} to {hi}.",
    },
    "answer.whole_range": {
        "fr": "Indiquez un nombre entier de {lo} à {hi}.",
        "en": "Give a whole number from {lo} to {hi}.",
    },
    "answer.date": {
        "fr": "Indiquez une date valide, par exemple 15/09/2026.",
        "en": "Give a valid date, for example 15/09/2026.",
    },
    "answer.date_range": {
        "fr": "La date doit être entre le {lo} et le {hi}.",
        "en": "The date must be between {lo} and {hi}.",
    },
    "answer.not_number": {
        "fr": "« {text} » n'est pas un nombre : tapez des chiffres, par exemple {example}.",
        "en": "“{text}” is not a number: type digits, for example {example}.",
    },
    "answer.not_asked": _OTHER,
    "answer.picks_self": {"fr": "Choisissez quelqu'un d'autre que vous.", "en": "Choose someone other than yourself."},
    "answer.picks_role": _OTHER,
    "answer.not_date": {
        "fr": "« {text} » n'est pas une date : tapez-la ainsi, 15/09/2026.",
        "en": "“{text}” is not a date: type it like this, 15/09/2026.",
    },
}
