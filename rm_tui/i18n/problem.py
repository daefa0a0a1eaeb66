"""Why an answer is refused, in the precise words of files and the CLI (`CodedProblem.text`).

The English texts are the ones `rm-tui import` has always printed; keep them stable.
"""

STRINGS: dict[str, dict[str, str]] = {
    "problem.required": {"fr": "une réponse est nécessaire", "en": "an answer is required"},
    "problem.scale_range": {
        "fr": "un nombre entier de 1 à {points} est attendu",
        "en": "expected a whole number from 1 to {points}",
    },
    "problem.one_of": {"fr": "une de ces valeurs est attendue : {ids}", "en": "expected one of: {ids}"},
    "problem.list_of_ids": {
        "fr": "une liste d'identifiants est attendue",
        "en": "expected a list of ids",
    },
    "problem.twice": {"fr": "le même choix apparaît deux fois", "en": "the same choice appears twice"},
    "problem.max_picks": {"fr": "{n} choix au plus", "en": "at most {n} choices"},
    "problem.min_picks": {"fr": "{n} choix au moins", "en": "at least {n} choices"},
    "problem.unknown_choice": {
        "fr": "choix inconnu {value} (valeurs attendues : {ids})",
        "en": "unknown choice {value} (expected: {ids})",
    },
    "problem.not_on_roster": {
        "fr": "{value} n'est pas sur la liste des participants",
        "en": "{value} is not on the roster",
    },
    "problem.not_text": {"fr": "un texte est attendu", "en": "expected a text"},
    "problem.too_long": {"fr": "{n} caractères au plus", "en": "at most {n} characters"},
    "problem.number": {"fr": "un nombre est attendu", "en": "expected a number"},
    "problem.whole": {"fr": "un nombre entier est attendu", "en": "expected a whole number"},
    "problem.number_range": {
        "fr": "un nombre de {lo} à {hi} est attendu",
        "en": "expected a number from {lo} to {hi}",
    },
    "problem.whole_range": {
        "fr": "un nombre entier de {lo} à {hi} est attendu",
        "en": "expected a number from {lo} to {hi}",
    },
    "problem.date": {"fr": "une date AAAA-MM-JJ est attendue", "en": "expected a date YYYY-MM-DD"},
    "problem.date_range": {
        "fr": "une date entre le {lo} et le {hi} est attendue",
        "en": "expected a date between {lo} and {hi}",
    },
    "problem.not_number": {"fr": "« {text} » n'est pas un nombre", "en": "“{text}” is not a number"},
    # who may answer, and whom one may pick (checked against the roster)
    "problem.not_asked": {"fr": "cette question n'est posée qu'aux {roles}",
                          "en": "this item is asked only to {roles}"},
    "problem.picks_self": {"fr": "une personne ne peut pas se choisir elle-même",
                           "en": "a person cannot pick themselves"},
    "problem.picks_role": {"fr": "'{value}' est {role} ; cette question choisit des {wanted}",
                           "en": "'{value}' is a {role}; this item picks {wanted}"},
    "problem.not_date": {"fr": "« {text} » n'est pas une date", "en": "“{text}” is not a date"},
}
