"""What is wrong inside an input file — a roster row, an answer, a program or questionnaire
field — said after its place (`PATH:LINE:COL: error: ...`). The English texts are the ones rm-tui
has always printed, byte for byte; ids, keys, columns and values are quoted as written."""

STRINGS: dict[str, dict[str, str]] = {
    # the shape of a YAML document (core/source.Checker); {what} names the place ("'intentions'")
    "check.mapping": {"fr": "{what} doit être un dictionnaire (clé: valeur), reçu {got}",
                      "en": "{what} must be a mapping (key: value), got {got}"},
    "check.list": {"fr": "{what} doit être une liste, reçu {got}", "en": "{what} must be a list, got {got}"},
    "check.unknown_key": {"fr": "clé inconnue '{key}' dans {what} (attendu une de : {expected})",
                          "en": "unknown key '{key}' in {what} (expected one of: {expected})"},
    "check.required": {"fr": "{what} : la clé obligatoire '{key}' manque",
                       "en": "{what} is missing the required key '{key}'"},
    "check.text": {"fr": "{what} doit être un texte non vide, reçu {got}", "en": "{what} must be a non-empty text, got {got}"},
    "check.ident": {"fr": "{what} doit être un identifiant (lettres, chiffres, '_', '-', '.'), reçu {got}",
                    "en": "{what} must be an id (letters, digits, '_', '-', '.'), got {got}"},
    "check.number": {"fr": "{what} doit être un nombre, reçu {got}", "en": "{what} must be a number, got {got}"},
    "check.whole": {"fr": "{what} doit être un nombre entier, reçu {got}", "en": "{what} must be a whole number, got {got}"},
    "check.between": {"fr": "{what} doit être entre {lo} et {hi}, reçu {got}",
                      "en": "{what} must be between {lo} and {hi}, got {got}"},
    "check.boolean": {"fr": "{what} doit être true ou false, reçu {got}", "en": "{what} must be true or false, got {got}"},
    "check.choice": {"fr": "{what} doit être une de ces valeurs : {options}, reçu {got}",
                     "en": "{what} must be one of {options}, got {got}"},
    "check.bilingual": {"fr": "{what} doit être un texte bilingue {{fr: ..., en: ...}}, reçu {got}",
                        "en": "{what} must be a bilingual text {{fr: ..., en: ...}}, got {got}"},
    "check.missing_lang": {"fr": "{what} : le texte '{lang}' manque (fr et en sont tous deux obligatoires)",
                           "en": "{what} is missing its '{lang}' text (both fr and en are required)"},
    "check.unknown_lang": {"fr": "{what} : langue inconnue '{lang}' (fr et en attendus)",
                           "en": "{what}: unknown language '{lang}' (expected fr and en)"},
    "check.type.nothing": {"fr": "rien", "en": "nothing"},
    "check.type.mapping": {"fr": "un dictionnaire", "en": "a mapping"},
    "check.type.list": {"fr": "une liste", "en": "a list"},
    "check.type.text": {"fr": "un texte", "en": "a text"},
    "check.type.number": {"fr": "un nombre", "en": "a number"},
    "check.type.boolean": {"fr": "true/false", "en": "true/false"},
    # CSV files (core/roster_csv.py, core/responses_csv.py, services/followup_io.py)
    "check.csv.encoding": {"fr": "pas du {encoding} valide (octet 0x{byte}) ; essayez --encoding windows-1252 ou latin-1",
                           "en": "not valid {encoding} (byte 0x{byte}); try --encoding windows-1252 or latin-1"},
    "check.csv.unreadable": {"fr": "CSV illisible : {why}", "en": "unreadable CSV: {why}"},
    "check.csv.empty": {"fr": "le fichier est vide ; une ligne d'en-tête est attendue",
                        "en": "the file is empty; expected a header line"},
    "check.csv.same_field": {"fr": "les colonnes '{first}' et '{title}' donnent toutes deux {field}",
                             "en": "columns '{first}' and '{title}' both give {field}"},
    "check.csv.no_column": {"fr": "pas de colonne {field} (en-têtes acceptés : {accepted})",
                            "en": "no {field} column (accepted headers: {accepted})"},
    "check.csv.fields": {"fr": "{n} champs, mais l'en-tête en a {header}", "en": "{n} fields but the header has {header}"},
    "check.csv.bom_not_utf8": {
        "fr": "commence comme de l'UTF-8 (marque d'ordre des octets) mais l'octet 0x{byte} n'est pas de l'UTF-8 : "
              "enregistrez à nouveau le fichier en UTF-8",
        "en": "starts as UTF-8 (byte-order mark) but byte 0x{byte} is not UTF-8: save the file again as UTF-8"},
    "check.csv.in_file": {"fr": "{path} : {why}", "en": "{path}: {why}"},
    "check.csv.not_roster_column": {
        "fr": "la colonne '{title}' n'est pas une colonne de liste de participants et n'est pas importée "
              "(voir docs/FORMATS.md, 'Roster CSV')",
        "en": "column '{title}' is not a roster column and is not imported (see docs/FORMATS.md, 'Roster CSV')"},
    "check.csv.not_answer_column": {
        "fr": "la colonne '{title}' n'est pas une colonne de réponse (QUESTIONNAIRE.ITEM) et n'est pas importée",
        "en": "column '{title}' is not an answer column (QUESTIONNAIRE.ITEM) and is not imported"},
    "check.validate.empty": {
        "fr": "le fichier est vide ; un questionnaire, un programme ou un fichier de réponses est attendu",
        "en": "the file is empty; expected a questionnaire, a program or a responses file"},
    "check.file_empty": {"fr": "le fichier est vide", "en": "the file is empty"},
    # responses CSV columns and rows
    "check.answers.no_id": {"fr": "pas de colonne id (l'identifiant du participant, par ex. 'id')",
                            "en": "no id column (the participant id, e.g. 'id')"},
    "check.answers.no_questionnaire": {
        "fr": "colonne '{title}' : aucun questionnaire de ce programme ne s'appelle '{qid}'",
        "en": "column '{title}': no questionnaire of this program is called '{qid}'"},
    "check.answers.no_item": {"fr": "colonne '{column}' : le questionnaire '{qid}' n'a pas d'item '{item}'",
                              "en": "column '{column}': questionnaire '{qid}' has no item '{item}'"},
    "check.answers.no_pid": {"fr": "identifiant du participant manquant", "en": "missing participant id"},
    "check.answers.duplicate": {"fr": "participant '{pid}' en double (déjà à la ligne {first})",
                                "en": "duplicate participant '{pid}' (first on line {first})"},
    # a program's files (services/loaders.py)
    "check.questionnaire_twice": {"fr": "l'identifiant de questionnaire '{qid}' est aussi utilisé par {other}",
                                  "en": "questionnaire id '{qid}' is also used by {other}"},
    "check.no_questionnaire_folder": {"fr": "dossier de questionnaires introuvable : {folder}",
                                      "en": "questionnaire folder not found: {folder}"},
    "check.no_roster_file": {"fr": "fichier de la liste des participants introuvable : {path}",
                             "en": "roster file not found: {path}"},
    # roster rows
    "check.roster.bad_id": {
        "fr": "l'identifiant {pid} n'est pas valide (lettres, chiffres, '_', '.', '-' ; commençant par une lettre ou un chiffre)",
        "en": "id {pid} is not valid (letters, digits, '_', '.', '-'; starting with a letter or digit)"},
    "check.roster.no_id": {"fr": "identifiant manquant", "en": "missing id"},
    "check.roster.duplicate": {"fr": "identifiant '{pid}' en double (déjà à la ligne {first})",
                               "en": "duplicate id '{pid}' (first on line {first})"},
    "check.roster.person": {"fr": "participant '{pid}' : {why}", "en": "participant '{pid}': {why}"},
    "check.roster.no_name": {"fr": "nom manquant", "en": "missing name"},
    "check.roster.role": {"fr": "le rôle {role} n'est ni mentor, ni mentee (ou mentoré)",
                          "en": "role {role} is not one of mentor, mentee (or mentoré)"},
    "check.roster.family": {
        "fr": "la famille de métiers '{family}' n'est pas dans la taxonomie du programme ({families})",
        "en": "job family '{family}' is not in the program's taxonomy ({families})"},
    "check.roster.start_date": {"fr": "la date d'arrivée {value} n'est ni AAAA-MM-JJ ni JJ/MM/AAAA",
                                "en": "start date {value} is not YYYY-MM-DD or DD/MM/YYYY"},
    "check.roster.manager": {"fr": "le manager '{manager}' n'est pas sur la liste des participants",
                             "en": "manager '{manager}' is not on the roster"},
    "check.roster.empty": {"fr": "aucun participant (seulement une ligne d'en-tête)",
                           "en": "no participants (only a header line)"},
    "check.email": {"fr": "l'e-mail {email} n'est pas une adresse e-mail", "en": "email {email} is not an email address"},
    "check.language": {"fr": "la langue {code} n'est pas un code de langue (fr, en, nl...)",
                       "en": "language {code} is not a language code (fr, en, nl...)"},
}
