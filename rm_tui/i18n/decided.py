"""The decision log's own words: the actions (`lock`, `confirm`...) and the reasons the console
records by itself ("paired by hand"), stored in English in the database and said in the reader's
language where they are shown (`decided_words`). A reason the facilitator typed is shown as typed."""

STRINGS: dict[str, dict[str, str]] = {
    # actions, as the log stores them
    "decided.action.lock": {"fr": "verrou", "en": "lock"},
    "decided.action.forbid": {"fr": "interdit", "en": "forbid"},
    "decided.action.lift": {"fr": "levée", "en": "lift"},
    "decided.action.split": {"fr": "séparation", "en": "split"},
    "decided.action.weight": {"fr": "poids", "en": "weight"},
    "decided.action.objective": {"fr": "objectif", "en": "objective"},
    "decided.action.exclude": {"fr": "exclusion", "en": "exclude"},
    "decided.action.include": {"fr": "réinclusion", "en": "include"},
    "decided.action.confirm": {"fr": "confirmation", "en": "confirm"},
    "decided.action.draft": {"fr": "brouillon", "en": "draft"},
    # reasons the console writes by itself
    "decided.reason.locked_in_the_console": {"fr": "verrouillé dans la console", "en": "locked in the console"},
    "decided.reason.paired_by_hand": {"fr": "apparié à la main", "en": "paired by hand"},
    "decided.reason.swapped_by_hand": {"fr": "échangé à la main", "en": "swapped by hand"},
    "decided.reason.unlocked": {"fr": "déverrouillé", "en": "unlocked"},
    "decided.reason.weights_changed_in_the_console": {"fr": "poids changés dans la console",
                                                      "en": "weights changed in the console"},
    "decided.reason.undo": {"fr": "annulation", "en": "undo"},
    "decided.reason.redo": {"fr": "rétablissement", "en": "redo"},
    "decided.reason.undo_in_the_console": {"fr": "annulation dans la console", "en": "undo in the console"},
    "decided.reason.redo_in_the_console": {"fr": "rétablissement dans la console", "en": "redo in the console"},
    "decided.reason.unpair": {"fr": "séparé", "en": "unpair"},
    "decided.reason.swap": {"fr": "échange", "en": "swap"},
    "decided.reason.assign": {"fr": "attribution à la main", "en": "assign"},
    "decided.reason.reoptimise": {"fr": "réoptimisation", "en": "reoptimise"},
    "decided.reason.objective": {"fr": "changement d'objectif", "en": "objective"},
    "decided.reason.lock": {"fr": "verrouillage", "en": "lock"},
}
