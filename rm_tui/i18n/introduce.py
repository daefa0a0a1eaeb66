"""What a pair's introduction says about why they were paired (`rm-tui introduce`): plain
words for the two people, never a score. The mail and card layouts are templates
(`rm_tui/templates/introductions/`)."""

STRINGS: dict[str, dict[str, str]] = {
    "introduce.role.mentor": {"fr": "mentor", "en": "mentor"},
    "introduce.role.mentee": {"fr": "mentoré·e", "en": "mentee"},
    "introduce.reason.intentions": {
        "fr": "Ce que vous attendez chacun du programme se répond.",
        "en": "What you each hope to get from the programme fits together.",
    },
    "introduce.reason.same_job_family": {
        "fr": "Vous parlez le même langage métier ({label}).",
        "en": "You share a professional language ({label}).",
    },
    "introduce.reason.job_family": {
        "fr": "Vos métiers sont proches : vous vous comprendrez vite.",
        "en": "Your lines of work are close: you will understand each other quickly.",
    },
    "introduce.reason.learning_complementary": {
        "fr": "Vos façons d'apprendre se complètent.",
        "en": "Your ways of learning complement each other.",
    },
    "introduce.reason.learning_similar": {
        "fr": "Vous aimez apprendre de façon semblable.",
        "en": "You like to learn in similar ways.",
    },
    "introduce.reason.seniority_gap": {
        "fr": "Vos parcours sont assez différents pour que chacun apprenne de l'autre.",
        "en": "Your careers are different enough for each to learn from the other.",
    },
    "introduce.reason.other_subsidiary": {
        "fr": "Vous travaillez dans des entités différentes : un regard venu d'ailleurs.",
        "en": "You work in different parts of the group: a view from elsewhere.",
    },
    "introduce.reason.same_subsidiary": {
        "fr": "Vous travaillez tous deux chez {label}.",
        "en": "You both work at {label}.",
    },
    "introduce.reason.cohort": {
        "fr": "Le programme vous a réunis parmi toute la cohorte.",
        "en": "The programme brought you together out of the whole cohort.",
    },
}
