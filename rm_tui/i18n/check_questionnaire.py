"""What is wrong in a questionnaire file (core/questionnaire_parse.py, questionnaire_matrix.py) and
the names of its places. The English texts are the ones rm-tui has always printed, byte for byte;
keys, ids and values are quoted as written."""

STRINGS: dict[str, dict[str, str]] = {
    # places
    "check.what.key_in": {"fr": "'{key}' de {what}", "en": "{what} '{key}'"},
    "check.what.entry_of": {"fr": "une entrée de {what}", "en": "{what} entry"},
    "check.what.a_questionnaire": {"fr": "un questionnaire", "en": "a questionnaire"},
    "check.what.the_questionnaire": {"fr": "le questionnaire", "en": "the questionnaire"},
    "check.what.scale": {"fr": "l'échelle '{name}'", "en": "scale '{name}'"},
    "check.what.an_item": {"fr": "un item", "en": "an item"},
    "check.what.the_item": {"fr": "l'item", "en": "the item"},
    "check.what.item_id": {"fr": "l'identifiant 'id' de l'item", "en": "item 'id'"},
    "check.what.item": {"fr": "l'item '{item}'", "en": "item '{item}'"},
    "check.what.item_kind": {"fr": "{what} (type {kind})", "en": "{what} (kind {kind})"},
    "check.what.text_for": {"fr": "le texte de {what} pour {role}", "en": "{what} text for {role}"},
    "check.what.an_option": {"fr": "une option", "en": "an option"},
    "check.what.the_option": {"fr": "l'option", "en": "the option"},
    "check.what.option_key": {"fr": "'{key}' de l'option", "en": "option '{key}'"},
    "check.what.option": {"fr": "l'option '{option}'", "en": "option '{option}'"},
    "check.what.subscale": {"fr": "la sous-échelle '{name}'", "en": "subscale '{name}'"},
    "check.what.axis": {"fr": "l'axe '{name}'", "en": "axis '{name}'"},
    "check.what.fit": {"fr": "une adéquation", "en": "a fit"},
    # the questionnaire's own problems
    "check.q.empty": {
        "fr": "le fichier est vide ; un questionnaire est attendu (id, version, title, applies_to, items)",
        "en": "the file is empty; expected a questionnaire (id, version, title, applies_to, items)"},
    "check.q.duplicate_item": {"fr": "identifiant d'item '{item}' en double", "en": "duplicate item id '{item}'"},
    "check.q.no_items": {"fr": "un questionnaire a besoin d'au moins un item", "en": "a questionnaire needs at least one item"},
    "check.q.labels": {"fr": "l'échelle '{name}' a besoin de {points} libellés '{lang}' (une liste de {points} textes)",
                       "en": "scale '{name}' needs {points} '{lang}' labels (a list of {points} texts)"},
    "check.q.ask_if_missing": {"fr": "{what} : 'ask_if_missing' a besoin d'un 'field'",
                               "en": "{what}: 'ask_if_missing' needs a 'field'"},
    "check.q.needs_scale": {"fr": "{what} a besoin d'une 'scale' nommant une des échelles du questionnaire ({scales})",
                            "en": "{what} needs 'scale' naming one of the questionnaire's scales ({scales})"},
    "check.q.none_defined": {"fr": "aucune définie", "en": "none defined"},
    "check.q.min_picks": {"fr": "{what} : 'min_picks' est plus grand que 'max_picks'",
                          "en": "{what}: 'min_picks' is larger than 'max_picks'"},
    "check.q.min_max": {"fr": "{what} : 'min' est plus grand que 'max'", "en": "{what}: 'min' is larger than 'max'"},
    "check.q.date": {"fr": "{what} doit être une date AAAA-MM-JJ, reçu {got}", "en": "{what} must be a date YYYY-MM-DD, got {got}"},
    "check.q.needs_options": {"fr": "{what} a besoin d'options 'options' (une liste de {{id, text}})",
                              "en": "{what} needs 'options' (a list of {{id, text}})"},
    "check.q.duplicate_option": {"fr": "identifiant d'option '{option}' en double", "en": "duplicate option id '{option}'"},
    "check.q.one_option": {"fr": "{what} a besoin d'au moins une option", "en": "{what} needs at least one option"},
    "check.q.subscale_items": {"fr": "la sous-échelle '{name}' a besoin d'au moins un item dans 'items'",
                               "en": "subscale '{name}' needs at least one item in 'items'"},
    "check.q.subscale_unknown": {
        "fr": "la sous-échelle '{name}' nomme l'item '{item}', qui n'est pas défini dans 'items'",
        "en": "subscale '{name}' names item '{item}', which is not defined in 'items'"},
    "check.q.subscale_kind": {"fr": "sous-échelle '{name}' : l'item '{item}' n'est pas une échelle d'accord",
                              "en": "subscale '{name}': item '{item}' is not an agreement scale"},
    "check.q.subscale_reverse": {
        "fr": "sous-échelle '{name}' : l'item inversé '{item}' n'est pas un de ses items",
        "en": "subscale '{name}': reverse-keyed item '{item}' is not one of its items"},
    "check.q.min_answered": {"fr": "sous-échelle '{name}' : 'min_answered' ({n}) dépasse ses {count} items",
                             "en": "subscale '{name}': 'min_answered' ({n}) exceeds its {count} items"},
    "check.q.axis_side": {"fr": "l'axe '{name}' a besoin de '{side}' nommant une sous-échelle (une de : {known})",
                          "en": "axis '{name}' needs '{side}' naming a subscale (one of: {known})"},
}

# Answers (core/responses.py), check-ins and outcomes files (core/followup_parse.py) and a
# questionnaire's recommended intentions (core/questionnaire_matrix.py).
STRINGS.update({
    "check.what.a_responses_file": {"fr": "un fichier de réponses", "en": "a responses file"},
    "check.what.answers_of": {"fr": "les réponses de '{pid}'", "en": "answers of '{pid}'"},
    "check.what.answers_to": {"fr": "les réponses à '{qid}'", "en": "answers to '{qid}'"},
    "check.what.entry_n": {"fr": "l'entrée {n} de '{section}'", "en": "entry {n} of '{section}'"},
    "check.what.a_checkin": {"fr": "un point d'étape", "en": "a checkin"},
    "check.what.a_outcome": {"fr": "un bilan", "en": "a outcome"},
    "check.answers.empty": {
        "fr": "le fichier est vide ; '{shape}' est attendu", "en": "the file is empty; expected '{shape}'"},
    "check.answers.no_top": {"fr": "un fichier de réponses a besoin de la clé de premier niveau 'responses'",
                             "en": "a responses file needs the top-level key 'responses'"},
    "check.answers.not_on_roster": {"fr": "le participant '{pid}' n'est pas sur la liste des participants du programme",
                                    "en": "participant '{pid}' is not on the program's roster"},
    "check.answers.not_given": {"fr": "le questionnaire '{qid}' n'est pas de ceux que le programme donne aux {roles}",
                                "en": "questionnaire '{qid}' is not one the program gives to {roles}"},
    "check.answers.refused": {"fr": "réponse à '{item}' : {why}, reçu {got}", "en": "answer to '{item}': {why}, got {got}"},
    "check.followup.never_paired": {
        "fr": "{mentor} et {mentee} n'ont jamais été un binôme confirmé (vérifiez les identifiants)",
        "en": "{mentor} and {mentee} were never a confirmed pair (check the ids)"},
    "check.followup.expected": {"fr": "un dictionnaire avec 'checkins: [...]' et/ou 'outcomes: [...]' est attendu",
                                "en": "expected a mapping with 'checkins: [...]' and/or 'outcomes: [...]'"},
    "check.followup.kind": {
        "fr": "impossible de distinguer points et bilans : un CSV de points a besoin d'une colonne 'respondent', "
              "un CSV de bilans de 'quality_mentor'/'quality_mentee'",
        "en": "cannot tell check-ins from outcomes: a check-ins CSV needs a 'respondent' column, "
              "an outcomes CSV 'quality_mentor'/'quality_mentee'"},
    "check.followup.unknown_column": {"fr": "colonne inconnue '{column}' (attendu : {expected})",
                                      "en": "unknown column '{column}' (expected: {expected})"},
    # a check-in or outcome's values (core/checkins.py); the forms word them from CheckInError.code
    "check.checkin.required": {"fr": "'{field}' est obligatoire (1-5)", "en": "'{field}' is required (1-5)"},
    "check.checkin.range": {"fr": "'{field}' doit être un nombre entier de 1 à 5, reçu {got}",
                            "en": "'{field}' must be a whole number from 1 to 5, got {got}"},
    "check.checkin.id": {"fr": "'{field}' doit être un identifiant de participant, reçu {got}",
                         "en": "'{field}' must be a participant id, got {got}"},
    "check.checkin.date": {"fr": "'date' doit être AAAA-MM-JJ, reçu {got}", "en": "'date' must be YYYY-MM-DD, got {got}"},
    "check.checkin.real_date": {"fr": "'date' n'est pas une vraie date : {got}", "en": "'date' is not a real date: {got}"},
    "check.checkin.boolean": {"fr": "'{field}' doit être true ou false (yes/no), reçu {got}",
                              "en": "'{field}' must be true or false (yes/no), got {got}"},
    "check.checkin.reason": {"fr": "'reason' doit être une de ces valeurs : {codes}, reçu {got}",
                             "en": "'reason' must be one of {codes}, got {got}"},
    "check.checkin.respondent": {"fr": "'respondent' doit être mentor ou mentee, reçu {got}",
                                 "en": "'respondent' must be mentor or mentee, got {got}"},
    "check.checkin.met": {"fr": "'met' doit être une de ces valeurs : yes, cancelled, no ; reçu {got}",
                          "en": "'met' must be one of yes, cancelled, no; got {got}"},
    "check.checkin.need_quality": {"fr": "un bilan a besoin de la note de qualité d'au moins un des partenaires",
                                   "en": "an outcome needs at least one partner's quality rating"},
    "check.matrix.item": {
        "fr": "'recommended_intentions.item' doit nommer un item à choix simple ou multiple",
        "en": "'recommended_intentions.item' must name a single or multiple choice item"},
    "check.matrix.mentee": {"fr": "'{value}' n'est pas une option de '{item}' proposée aux mentorés",
                            "en": "'{value}' is not an option of '{item}' offered to mentees"},
    "check.matrix.mentor": {"fr": "'{value}' n'est pas une option de '{item}' proposée aux mentors",
                            "en": "'{value}' is not an option of '{item}' offered to mentors"},
})
