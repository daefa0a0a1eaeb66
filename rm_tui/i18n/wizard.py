"""The words of `rm-tui new`, the wizard that writes a program file (`--lang fr|en`).

One line per setting, for a first-time facilitator; the English texts are the wizard's originals.
"""

STRINGS: dict[str, dict[str, str]] = {
    # the conversation
    "wizard.stopped": {"fr": "Arrêté : rien n'a été écrit.", "en": "Stopped: nothing was written."},
    "wizard.no_folder": {
        "fr": "dossier de questionnaires introuvable : {path}",
        "en": "questionnaire folder not found: {path}",
    },
    "wizard.no_questionnaires": {
        "fr": "aucun questionnaire (*.yaml) dans {path}",
        "en": "no questionnaires (*.yaml) in {path}",
    },
    "wizard.intro": {
        "fr": "Ceci écrit un nouveau fichier de programme, pas à pas. Entrée garde la réponse "
              "proposée ;\nle fichier reste modifiable ensuite (format : docs/FORMATS.md). "
              "Ctrl+C arrête sans rien écrire.",
        "en": "This writes a new program file, step by step. Enter keeps the suggested answer;\n"
              "you can edit the file afterwards (format: docs/FORMATS.md). Ctrl+C stops without "
              "writing.",
    },
    "wizard.name": {"fr": "Nom du programme", "en": "Program name"},
    "wizard.name_hint": {"fr": "(montré aux participants)", "en": "(shown to participants)"},
    "wizard.name_needed": {"fr": "un nom est nécessaire", "en": "a name is required"},
    "wizard.id": {
        "fr": "Identifiant du programme (lettres, chiffres, - _ .)",
        "en": "Program id (letters, digits, - _ .)",
    },
    "wizard.bad_id": {
        "fr": "lettres, chiffres, '_', '-' et '.' seulement, en commençant par une lettre ou un chiffre",
        "en": "letters, digits, '_', '-' and '.' only, starting with a letter or digit",
    },
    "wizard.languages": {
        "fr": "Langues proposées aux participants",
        "en": "Languages offered to participants",
    },
    "wizard.languages.fr_en": {
        "fr": "français et anglais, français d'abord",
        "en": "French and English, French first",
    },
    "wizard.languages.en_fr": {
        "fr": "anglais et français, anglais d'abord",
        "en": "English and French, English first",
    },
    "wizard.languages.fr": {"fr": "français seulement", "en": "French only"},
    "wizard.languages.en": {"fr": "anglais seulement", "en": "English only"},
    "wizard.field_off": {
        "fr": "  {field} n'est ni demandé ni dans la liste : ce critère est désactivé (poids 0).",
        "en": "  {field} is not asked and not on the roster: that criterion is off (weight 0).",
    },
    "wizard.no_intentions": {
        "fr": "  Aucune question d'intentions dans les questionnaires choisis : le critère "
              "intentions est désactivé.",
        "en": "  No intentions question among the chosen questionnaires: the intentions criterion "
              "is off.",
    },
    "wizard.capacity": {
        "fr": "Combien de mentoré·es un mentor peut-il suivre ?",
        "en": "How many mentees can one mentor take?",
    },
    "wizard.capacity_help": {
        "fr": "Augmentez-le s'il y a plus de mentoré·es que de mentors ; les exceptions par "
              "mentor se règlent dans le fichier.",
        "en": "Raise it when there are more mentees than mentors; per-mentor exceptions go in "
              "the file.",
    },
    "wizard.objective": {
        "fr": "Qu'est-ce que l'appariement doit optimiser ?",
        "en": "What should the matching optimise?",
    },
    "wizard.objective.total": {
        "fr": "le meilleur score total sur tous les binômes (recommandé)",
        "en": "the best total score over all pairs (recommended)",
    },
    "wizard.objective.fair": {
        "fr": "le meilleur des pires binômes : personne n'a un très mauvais binôme, au prix "
              "d'un total un peu plus bas",
        "en": "the best worst pair: no one gets a very poor match, at some cost to the total",
    },
    # the file
    "wizard.file": {"fr": "Fichier à écrire", "en": "File to write"},
    "wizard.file_needed": {"fr": "un nom de fichier est nécessaire", "en": "a file name is required"},
    "wizard.is_folder": {
        "fr": "  {path} est un dossier ; donnez un nom de fichier.",
        "en": "  {path} is a folder; give a file name.",
    },
    "wizard.no_parent": {
        "fr": "  Le dossier {path} n'existe pas.",
        "en": "  The folder {path} does not exist.",
    },
    "wizard.replace": {"fr": "{path} existe déjà. Le remplacer ?", "en": "{path} already exists. Replace it?"},
    # questionnaires
    "wizard.same_questionnaires": {
        "fr": "Les mêmes questionnaires, dans le même ordre, pour les {roles} ?",
        "en": "Same questionnaires, in the same order, for {roles}?",
    },
    "wizard.no_questionnaire_for": {
        "fr": "aucun questionnaire ne s'adresse aux {roles}",
        "en": "no questionnaire applies to {roles}",
    },
    "wizard.questionnaire_line": {
        "fr": "{title} ({id}, {n} questions)",
        "en": "{title} ({id}, {n} items)",
    },
    "wizard.questionnaires_for": {"fr": "Questionnaires des {roles}", "en": "Questionnaires for {roles}"},
    "wizard.choose_one": {"fr": "choisissez-en au moins un", "en": "choose at least one"},
    "wizard.this_order": {
        "fr": "Les poser dans cet ordre : {ids} ?",
        "en": "Ask them in this order: {ids}?",
    },
    "wizard.which_rank": {
        "fr": "Quel questionnaire vient en position {ordinal} ?",
        "en": "Which questionnaire comes {ordinal}?",
    },
    "wizard.ordinal.1": {"fr": "1", "en": "first"},
    "wizard.ordinal.2": {"fr": "2", "en": "second"},
    "wizard.ordinal.3": {"fr": "3", "en": "third"},
    "wizard.ordinal.n": {"fr": "{n}", "en": "in position {n}"},
    "wizard.roles.mentor": {"fr": "mentors", "en": "mentors"},
    "wizard.roles.mentee": {"fr": "mentoré·es", "en": "mentees"},
    # roster
    "wizard.attach_roster": {
        "fr": "Joindre maintenant une liste CSV des participants (une ligne par personne) ?",
        "en": "Attach a roster CSV now (one row per participant)?",
    },
    "wizard.roster_file": {"fr": "Fichier CSV de la liste", "en": "Roster CSV file"},
    "wizard.roster_hint": {"fr": "(chemin)", "en": "(path)"},
    "wizard.path_needed": {"fr": "un chemin est nécessaire", "en": "a path is required"},
    "wizard.no_roster": {
        "fr": "  Pas encore de liste : les participants pourront s'inscrire à la borne, ou être "
              "listés dans le fichier.",
        "en": "  No roster yet: people can register themselves at the kiosk, or list them in the "
              "file.",
    },
    "wizard.self_registration": {
        "fr": "Laisser les personnes absentes de la liste s'inscrire à la borne ?",
        "en": "Let people who are not on the roster register at the kiosk?",
    },
    "wizard.roster_found": {
        "fr": "  Liste {path} : {n} participants (mentors : {mentors}, mentoré·es : {mentees}).",
        "en": "  Roster {path}: {n} participants (mentors: {mentors}, mentees: {mentees}).",
    },
    "wizard.roster_gives_none": {
        "fr": "La liste ne donne aucune {what}. Parmi quels noms les participants peuvent-ils "
              "choisir ? (séparés par des virgules ; vide : pas demandé, et ce critère est désactivé)",
        "en": "The roster gives no {what}. Which {what} names can participants choose from? "
              "(comma-separated; empty: not asked, and that criterion is off)",
    },
    "wizard.roster_values": {
        "fr": "Les participants sans {what} dans la liste choisiront parmi : {values}.",
        "en": "Participants whose {what} the roster lacks will choose among: {values}.",
    },
    "wizard.show_as_is": {
        "fr": "Montrer ces noms aux participants tels quels ?",
        "en": "Show these names to participants as they are?",
    },
    "wizard.value_in_fr": {"fr": "« {value} » en français", "en": "'{value}' in French"},
    "wizard.value_in_en": {"fr": "« {value} » en anglais", "en": "'{value}' in English"},
    "wizard.what.subsidiary": {"fr": "filiale", "en": "subsidiary"},
    "wizard.what.job_family": {"fr": "famille de métiers", "en": "job family"},
    "wizard.what.team": {"fr": "équipe", "en": "team"},
    # criteria
    "wizard.criteria": {
        "fr": "Critères d'appariement (poids : combien chacun compte ; 0 = non utilisé) :",
        "en": "Matching criteria (weight: how much each counts; 0 = not used):",
    },
    "wizard.use_criteria": {
        "fr": "Utiliser ces critères recommandés ?",
        "en": "Use these recommended criteria?",
    },
    "wizard.weight_of": {"fr": "Poids de {name}", "en": "Weight of {name}"},
    "wizard.mode_of": {"fr": "Mode de {name}", "en": "Mode of {name}"},
    "wizard.gap_min": {
        "fr": "Écart en années en dessous duquel le score est 0",
        "en": "Gap in years below which it scores 0",
    },
    "wizard.gap_max": {
        "fr": "Écart en années à partir duquel le score est plein",
        "en": "Gap in years from which it scores fully",
    },
    "wizard.criterion.learning_fit": {
        "fr": "préférences d'apprentissage comparées (une hypothèse à tester)",
        "en": "learning preferences compared (a hypothesis to test)",
    },
    "wizard.criterion.intentions": {
        "fr": "ce que veut le·la mentoré·e va avec ce que veut le mentor",
        "en": "what the mentee wants fits what the mentor wants",
    },
    "wizard.criterion.job_family": {
        "fr": "même famille de métiers ou domaine (un langage de travail commun)",
        "en": "same job family or domain (a shared work language)",
    },
    "wizard.criterion.seniority_gap": {
        "fr": "assez d'années d'ancienneté entre les deux",
        "en": "enough years in the company between the two",
    },
    "wizard.criterion.subsidiary": {
        "fr": "même filiale ou filiales différentes",
        "en": "same or different subsidiary",
    },
    "wizard.criterion.preference": {
        "fr": "chacun a cité l'autre comme quelqu'un avec qui travailler",
        "en": "each named the other as someone to work with",
    },
    "wizard.mode.similar": {
        "fr": "des préférences proches comptent plus",
        "en": "similar preferences score higher",
    },
    "wizard.mode.complementary": {
        "fr": "des préférences opposées comptent plus",
        "en": "opposite preferences score higher",
    },
    "wizard.mode.ignore": {"fr": "non utilisé", "en": "not used"},
    "wizard.mode.prefer_same": {
        "fr": "la même filiale compte plus",
        "en": "same subsidiary scores higher",
    },
    "wizard.mode.prefer_different": {
        "fr": "des filiales différentes comptent plus (réseau entre sociétés du groupe)",
        "en": "different subsidiaries score higher (cross-company networking)",
    },
    # intentions
    "wizard.which_intentions": {
        "fr": "Quelle question demande les intentions ?",
        "en": "Which question asks for intentions?",
    },
    "wizard.recommended_matrix": {
        "fr": "Quelles intentions vont ensemble ? ({ref}) {owner} recommande une matrice :",
        "en": "Which intentions go together? ({ref}) {owner} recommends a matrix:",
    },
    "wizard.fits_best": {
        "fr": "  mentoré·e « {option} » va le mieux avec : {fits}",
        "en": "  mentee \"{option}\" fits best: {fits}",
    },
    "wizard.use_matrix": {"fr": "Utiliser la matrice recommandée ?", "en": "Use the recommended matrix?"},
    "wizard.intentions_from": {
        "fr": "Quelles intentions vont ensemble ? (d'après {ref})",
        "en": "Which intentions go together? (from {ref})",
    },
    "wizard.tick_fits": {
        "fr": "Pour chaque intention de mentoré·e, cochez les intentions de mentor qui lui vont "
              "(1) ; les autres valent 0.",
        "en": "For each mentee intention, tick the mentor intentions that fit it (1); the rest "
              "get 0.",
    },
    "wizard.finer_later": {
        "fr": "Des valeurs plus fines (0,6, 0,8...) peuvent être mises dans le fichier ensuite.",
        "en": "Finer values (0.6, 0.8...) can be set in the file later.",
    },
    "wizard.mentee_fits": {
        "fr": "Mentoré·e : « {option} » va avec les mentors qui veulent",
        "en": "Mentee: \"{option}\" fits mentors who want",
    },
    "wizard.nothing_ticked": {
        "fr": "  Rien de coché : cette intention va un peu avec toutes les intentions de mentor (0,5).",
        "en": "  Nothing ticked: this intention fits every mentor intention a little (0.5).",
    },
    # rules
    "wizard.rules": {
        "fr": "Règles strictes (binômes jamais formés) :",
        "en": "Hard rules (pairs that are never formed):",
    },
    "wizard.reporting_line_is": {"fr": "  ligne hiérarchique : {text}", "en": "  reporting line: {text}"},
    "wizard.use_rules": {"fr": "Utiliser ces règles ?", "en": "Use these rules?"},
    "wizard.reporting_line": {"fr": "Ligne hiérarchique", "en": "Reporting line"},
    "wizard.depth.2": {
        "fr": "jamais avec son responsable ni le responsable de celui-ci (recommandé)",
        "en": "never pair someone with their manager or their manager's manager (recommended)",
    },
    "wizard.depth.1": {
        "fr": "jamais avec son responsable direct",
        "en": "never pair someone with their direct manager",
    },
    "wizard.depth.0": {"fr": "pas de règle de ligne hiérarchique", "en": "no reporting-line rule"},
    "wizard.rule.forbid_same_team": {
        "fr": "jamais deux personnes de la même équipe",
        "en": "never pair two people from the same team",
    },
    "wizard.rule.require_shared_language": {
        "fr": "un binôme doit partager au moins une langue",
        "en": "a pair must share at least one language",
    },
    "wizard.rule.honour_rather_not": {
        "fr": "un choix « plutôt pas » d'une personne interdit ce binôme",
        "en": "a person's \"rather not\" pick forbids that pair",
    },
    "wizard.rule_q.forbid_same_team": {
        "fr": "Jamais deux personnes de la même équipe ?",
        "en": "Never pair two people from the same team?",
    },
    "wizard.rule_q.require_shared_language": {
        "fr": "Un binôme doit-il partager au moins une langue ?",
        "en": "A pair must share at least one language?",
    },
    "wizard.rule_q.honour_rather_not": {
        "fr": "Un choix « plutôt pas » d'une personne interdit-il ce binôme ?",
        "en": "A person's \"rather not\" pick forbids that pair?",
    },
    "wizard.veto_first": {
        "fr": "Un binôme à ne jamais former (par exemple, ils travaillent déjà ensemble) ?",
        "en": "Any pair that must never be formed (e.g. they already work together)?",
    },
    "wizard.veto_next": {
        "fr": "Un autre binôme à ne jamais former ?",
        "en": "Another pair that must never be formed?",
    },
    "wizard.the_mentor": {"fr": "Le mentor", "en": "The mentor"},
    "wizard.the_mentee": {"fr": "Le·la mentoré·e", "en": "The mentee"},
    "wizard.why": {"fr": "Pourquoi (pour mémoire)", "en": "Why (for the record)"},
    # writing
    "wizard.invalid": {
        "fr": "le programme ne serait pas valide ; rien n'a été écrit",
        "en": "the program would not be valid; nothing was written",
    },
    "wizard.copies": {
        "fr": "Ses questionnaires vont dans {folder}/ : {names} (à vous de les modifier).",
        "en": "Its questionnaires go to {folder}/: {names} (yours to edit).",
    },
    "wizard.write": {"fr": "Écrire {path} ?", "en": "Write {path}?"},
    "wizard.nothing_written": {"fr": "Rien n'a été écrit.", "en": "Nothing was written."},
    "wizard.exists_now": {
        "fr": "{path} existe maintenant. Le remplacer ?",
        "en": "{path} exists now. Replace it?",
    },
    "wizard.clash": {
        "fr": "{folder} contient déjà {names}. Les remplacer ?",
        "en": "{folder} already has {names}. Replace them?",
    },
    "wizard.cannot_write": {"fr": "impossible d'écrire {path} : {why}", "en": "cannot write {path}: {why}"},
    "wizard.wrote": {
        "fr": "{path} écrit ({name} : {n} participants).",
        "en": "Wrote {path} ({name}: {n} participants).",
    },
    "wizard.not_asked": {
        "fr": "Pas demandé ici, à régler dans le fichier si besoin (docs/FORMATS.md) : une "
              "taxonomie des familles\nde métiers (domaines), les veto, la capacité par mentor, "
              "min_pair_score, les réglages de la borne,\nl'animateur (pour `rm-tui introduce`).",
        "en": "Not asked here, to edit in the file if needed (docs/FORMATS.md): a taxonomy of job\n"
              "families (domains), vetoes, per-mentor capacity, min_pair_score, kiosk settings,\n"
              "the facilitator (for `rm-tui introduce`).",
    },
    "wizard.next": {
        "fr": "Ensuite : rm-tui validate {path}   puis   rm-tui take {path}",
        "en": "Next: rm-tui validate {path}   then   rm-tui take {path}",
    },
}
