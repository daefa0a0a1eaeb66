"""Messages of `rm-tui checkin` run from a script (`--pair ...`): errors name the flag."""

STRINGS: dict[str, dict[str, str]] = {
    "cli_checkin.need_pair": {
        "en": "{flag} needs --pair MENTOR:MENTEE (the pair it is about, by names or ids)",
        "fr": "{flag} demande --pair MENTOR:MENTORE (le binôme concerné, par noms ou identifiants)",
    },
    "cli_checkin.outcome_only": {
        "en": "{flag} belongs to an outcome: add --outcome, or leave it out for a check-in",
        "fr": "{flag} concerne un bilan : ajoutez --outcome, ou retirez-le pour un point",
    },
    "cli_checkin.checkin_only": {
        "en": "{flag} belongs to a check-in; an outcome takes {flags}",
        "fr": "{flag} concerne un point ; un bilan prend {flags}",
    },
    "cli_checkin.bad_pair": {
        "en": "--pair expects MENTOR:MENTEE (names or ids separated by one colon), got {value!r}",
        "fr": "--pair attend MENTOR:MENTORE (noms ou identifiants séparés par deux-points), reçu {value!r}",
    },
    "cli_checkin.no_person": {
        "en": "--pair: no {role} of a confirmed pair is called {text!r} (by name or id)",
        "fr": "--pair : aucun {role} d'un binôme confirmé ne s'appelle {text!r} (nom ou identifiant)",
    },
    "cli_checkin.never_paired": {
        "en": "--pair: {mentor} and {mentee} were never a confirmed pair",
        "fr": "--pair : {mentor} et {mentee} n'ont jamais formé un binôme confirmé",
    },
    "cli_checkin.ambiguous": {
        "en": "--pair {value!r} fits {count} pairs: {pairs}; give more of the names, or the ids",
        "fr": "--pair {value!r} correspond à {count} binômes : {pairs} ; précisez les noms, ou donnez les identifiants",
    },
    "cli_checkin.ended": {
        "en": "{pair} has ended: check-ins are for running pairs (to record how it ended, add --outcome)",
        "fr": "{pair} est terminé : les points concernent les binômes en cours (pour son bilan, ajoutez --outcome)",
    },
    "cli_checkin.need_respondent": {
        "en": "--respondent is required: mentor or mentee (or that person's name or id)",
        "fr": "--respondent est obligatoire : mentor ou mentee (ou le nom ou l'identifiant de la personne)",
    },
    "cli_checkin.bad_respondent": {
        "en": "--respondent: {value!r} is neither the mentor ({mentor}) nor the mentee ({mentee})",
        "fr": "--respondent : {value!r} n'est ni le mentor ({mentor}) ni le mentoré ({mentee})",
    },
    "cli_checkin.too_long": {
        "en": "--comment: at most {limit} characters, got {count}",
        "fr": "--comment : {limit} caractères au plus, reçu {count}",
    },
    "cli_checkin.field": {
        "en": "{flag}: {message}",
        "fr": "{flag} : {message}",
    },
    "cli_checkin.unchanged": {
        "en": "Already recorded, nothing changed: {what}",
        "fr": "Déjà enregistré, rien de changé : {what}",
    },
    "cli_checkin.role_mentor": {"en": "mentor", "fr": "mentor"},
    "cli_checkin.role_mentee": {"en": "mentee", "fr": "mentoré"},
}
