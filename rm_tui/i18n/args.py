"""What is wrong with a command-line argument or a decision asked for (`--lock`, `--forbid`,
`--weight`...), said after the option's name (`--lock: error: ...`). The English texts are the ones
the CLI has always printed, byte for byte; options, ids and commands are never translated."""

STRINGS: dict[str, dict[str, str]] = {
    # a pair named by the user (services/workspace.check_pair): also inside stored-constraint warnings
    "args.pair.unknown": {"fr": "participant inconnu '{pid}' (absent de la liste des participants de {program})",
                          "en": "unknown participant '{pid}' (not on the roster of {program})"},
    "args.pair.excluded": {"fr": "'{pid}' est exclu de l'appariement", "en": "'{pid}' is excluded from matching"},
    "args.pair.wrong_role_mentor": {
        "fr": "'{pid}' est {role}, un mentor est attendu (en premier dans MENTOR:MENTORÉ)",
        "en": "'{pid}' is a {role}, expected a mentor (first in MENTOR:MENTEE)"},
    "args.pair.wrong_role_mentee": {
        "fr": "'{pid}' est {role}, un mentoré est attendu (en second dans MENTOR:MENTORÉ)",
        "en": "'{pid}' is a {role}, expected a mentee (second in MENTOR:MENTEE)"},
    "args.role.mentor": {"fr": "mentor", "en": "mentor"},
    "args.role.mentee": {"fr": "mentoré", "en": "mentee"},
    "args.pair.not_here": {"fr": "'{pid}' ne fait pas partie de cet appariement", "en": "'{pid}' is not in this matching"},
    "args.pair.both": {"fr": "{label} est donné à la fois à --lock et à --forbid",
                       "en": "{label} is given both to --lock and --forbid"},
    "args.pair.refused": {"fr": "{label} : {why}", "en": "{label}: {why}"},
    "args.pair.format": {"fr": "MENTOR:MENTORÉ attendu (deux identifiants), reçu {value}",
                         "en": "expected MENTOR:MENTEE (two ids), got {value}"},
    # decisions asked for (services/decisions.check)
    "args.lift.nothing": {"fr": "rien à lever : {pair} n'est ni verrouillé, ni interdit, ni séparé",
                          "en": "nothing to lift: {pair} is neither locked, forbidden nor split"},
    "args.lock.forbidden": {"fr": "{pair} est interdit{why} : levez-le d'abord avec --lift",
                            "en": "{pair} is forbidden{why}: --lift it first"},
    "args.lock.split": {"fr": "{pair} est séparé{why} : levez-le d'abord avec --lift",
                        "en": "{pair} is split{why}: --lift it first"},
    "args.lock.not_allowed": {"fr": "{pair} ne peuvent pas être en binôme : {reasons}",
                              "en": "{pair} may not be paired: {reasons}"},
    "args.lock.taken": {"fr": "{mentee} est déjà verrouillé avec {mentor} : levez d'abord {pair} avec --lift",
                        "en": "{mentee} is already locked to {mentor}: --lift {pair} first"},
    "args.lock.full": {"fr": "toutes les places de {mentor} sont prises par des verrous (capacité {cap})",
                       "en": "{mentor}'s places are all taken by locks (capacity {cap})"},
    "args.reason_needed": {"fr": "{what} a besoin d'une raison (--reason TEXTE)",
                           "en": "{what} needs a reason (--reason TEXT)"},
    "args.weight.unknown": {"fr": "le programme n'a pas de critère {name} (il a : {known})",
                            "en": "the program has no criterion {name} (it has: {known})"},
    "args.weight.value": {"fr": "le poids doit être un nombre >= 0, reçu {value}",
                          "en": "weight must be a number >= 0, got {value}"},
    "args.weight.format": {"fr": "NOM=P attendu (P un nombre >= 0), reçu {value}",
                           "en": "expected NAME=W (W a number >= 0), got {value}"},
    "args.objective": {"fr": "l'objectif doit être total ou fair, reçu {value}",
                       "en": "objective must be total or fair, got {value}"},
    "args.person.unknown": {
        "fr": "participant inconnu {pid} (ni sur la liste des participants de {program} ni dans la base)",
        "en": "unknown participant {pid} (not on the roster of {program} nor in the database)"},
    "args.person.not_excluded": {"fr": "{pid} n'est pas exclu", "en": "{pid} is not excluded"},
    # options
    "args.seed_alone": {"fr": "--seed ne sert qu'avec --explore EPS", "en": "--seed is only used with --explore EPS"},
    "args.explore_range": {"fr": "EPS doit être une fraction dans [0, 1], reçu {value}",
                           "en": "EPS must be a fraction in [0, 1], got {value}"},
    "args.explore_seed": {"fr": "--explore a besoin de --seed S (pour que le tirage puisse être refait)",
                          "en": "--explore needs --seed S (so the draw can be repeated)"},
    "args.note_alone": {"fr": "--note est la note de la confirmation : il faut --confirm",
                        "en": "--note is the confirmation's note: it needs --confirm"},
    "args.at_least_zero": {"fr": "{name} doit être >= 0, reçu {value}", "en": "{name} must be >= 0, got {value}"},
    "args.answers_yaml": {"fr": "les réponses ne vont que dans un export YAML",
                          "en": "answers go only in a YAML export"},
    "args.no_folder": {"fr": "dossier introuvable : {folder}", "en": "folder not found: {folder}"},
    "args.import_kind": {"fr": "une liste de participants .csv, ou un fichier de réponses .yaml ou .csv est attendu",
                         "en": "expected a roster .csv, or a responses .yaml or .csv file"},
    "args.no_db_log": {"fr": "pas de base de données ici : indiquez --db, ou importez d'abord des réponses",
                       "en": "no database here: give --db, or import answers first"},
    "args.no_db_kickoff": {"fr": "pas de base de données ici : indiquez --db, ou faites d'abord le lancement",
                           "en": "no database here: give --db, or run the kickoff first"},
    "args.nothing_confirmed": {
        "fr": "rien de confirmé pour l'instant dans {path} : lancez d'abord `rm-tui match --confirm`",
        "en": "nothing is confirmed yet in {path}: run `rm-tui match --confirm` first"},
    "args.no_pairs_yet": {
        "fr": "pas encore de binômes confirmés : confirmez un plan avant d'importer des points ou des bilans",
        "en": "no confirmed pairs yet: confirm a plan before importing check-ins or outcomes"},
    # kiosk, take, serve, new, synth, introduce, questionnaires, repair
    "args.pin_readable": {
        "fr": "le fichier du code PIN est lisible par d'autres utilisateurs (mode {mode}) ; rendez-le privé : chmod 600 {path}",
        "en": "the PIN file can be read by other users (mode {mode}); make it private: chmod 600 {path}"},
    "args.pin_not_utf8": {"fr": "le fichier du code PIN n'est pas un texte UTF-8", "en": "the PIN file is not UTF-8 text"},
    "args.pin_short": {"fr": "le code PIN doit avoir au moins {n} caractères",
                       "en": "the PIN must have at least {n} characters"},
    "args.pin_missing": {
        "fr": "pas de code PIN : lancez la borne dans un terminal pour qu'il soit demandé, ou indiquez --pin-file "
              "FICHIER (mode 600), ou définissez {env}",
        "en": "no PIN: run the kiosk in a terminal to be asked, or give --pin-file FILE (mode 600), or set {env}"},
    "args.pins_differ": {"fr": "les deux codes PIN sont différents", "en": "the two PINs differ"},
    "args.idle": {"fr": "--idle doit être entre 10 et 3600 secondes", "en": "--idle must be between 10 and 3600 seconds"},
    "args.range": {"fr": "{lo} à {hi} attendu, reçu {value}", "en": "expected {lo} to {hi}, got {value}"},
    "args.links_folder": {"fr": "le dossier du fichier des liens n'existe pas",
                          "en": "the folder for the links file does not exist"},
    "args.no_terminal_take": {
        "fr": "`rm-tui take` a besoin d'un terminal interactif, et l'entrée standard n'en est pas un. Pour charger "
              "des réponses recueillies ailleurs (un formulaire en ligne, un fichier), utilisez `rm-tui import`.",
        "en": "`rm-tui take` needs an interactive terminal, and standard input is not one. "
              "To load answers collected elsewhere (an online form, a file), use `rm-tui import`."},
    "args.no_terminal_new": {
        "fr": "`rm-tui new` a besoin d'un terminal interactif, et l'entrée standard n'en est pas un. Copiez et "
              "modifiez plutôt sample_programs/kickoff_demo.yaml (format : docs/FORMATS.md).",
        "en": "`rm-tui new` needs an interactive terminal, and standard input is not one. "
              "Copy and edit sample_programs/kickoff_demo.yaml instead (format: docs/FORMATS.md)."},
    "args.no_terminal_checkin": {
        "fr": "`rm-tui checkin` a besoin d'un terminal interactif, et l'entrée standard n'en est pas un. Pour "
              "charger des points ou des bilans depuis un fichier, utilisez `rm-tui import PROGRAMME FICHIER`.",
        "en": "`rm-tui checkin` needs an interactive terminal, and standard input is not one. "
              "To load check-ins or outcomes from a file, use `rm-tui import PROGRAM FILE`."},
    "args.synth_zero": {"fr": "rm-tui synth : --mentors et --mentees ne peuvent pas valoir 0 tous les deux",
                        "en": "rm-tui synth: --mentors and --mentees cannot both be 0"},
    "args.no_questionnaire_folder": {"fr": "dossier de questionnaires introuvable", "en": "questionnaire folder not found"},
    "args.not_a_folder": {"fr": "existe et n'est pas un dossier", "en": "exists and is not a folder"},
    "args.cannot_create": {"fr": "impossible de créer le dossier : {why}", "en": "cannot create the folder: {why}"},
    "args.cannot_write": {"fr": "impossible d'écrire ici : {why}", "en": "cannot write there: {why}"},
    "args.mail_needs_address": {
        "fr": "les présentations par e-mail ont besoin de l'adresse de l'animateur : ajoutez `{example}` au "
              "programme (ou utilisez --format md ou html)",
        "en": "introductions by mail need the facilitator's address: add `{example}` to the program "
              "(or use --format md or html)"},
    "args.not_folder_output": {"fr": "pas un dossier : {path}", "en": "not a folder: {path}"},
    "args.cannot_create_path": {"fr": "impossible de créer {path} : {why}", "en": "cannot create {path}: {why}"},
    "args.cannot_write_into": {"fr": "impossible d'écrire dans {path} : {why}", "en": "cannot write into {path}: {why}"},
    "args.bundled_missing": {
        "fr": "le dossier fourni {name} manque dans cette installation de rm-tui (cherché dans {packaged} et "
              "{checkout}) ; réinstallez rm-tui",
        "en": "the bundled {name} folder is missing from this rm-tui installation (looked in {packaged} and "
              "{checkout}); reinstall rm-tui"},
    "args.stylesheet_missing": {"fr": "la feuille de style {name} manque dans {package} ; réinstallez rm-tui",
                                "en": "the stylesheet {name} is missing from {package}; reinstall rm-tui"},
    "args.dest_not_folder": {"fr": "{path} existe et n'est pas un dossier", "en": "{path} exists and is not a folder"},
    "args.would_replace": {"fr": "remplacerait {listed} ; utilisez --force pour les remplacer",
                           "en": "would replace {listed}; use --force to replace them"},
    "args.reason_code": {"fr": "code de raison inconnu {reason} (un de : {codes})",
                         "en": "unknown reason code {reason} (one of: {codes})"},
    "args.not_confirmed_pair": {"fr": "{mentor} et {mentee} ne sont pas un binôme confirmé",
                                "en": "{mentor} and {mentee} are not a confirmed pair"},
    "args.take.not_on_roster": {"fr": "le participant '{pid}' n'est pas sur la liste des participants de {program}",
                                "en": "participant '{pid}' is not on the roster of {program}"},
    "args.take.empty_roster": {
        "fr": "la liste des participants du programme est vide : ajoutez d'abord des participants (ou une liste CSV)",
        "en": "the program's roster is empty: add participants (or a roster CSV) first"},
    "args.serve.listen": {"fr": "impossible d'écouter sur {where} : {why}", "en": "cannot listen on {where}: {why}"},
    "args.serve.links": {"fr": "impossible d'écrire {path} : {why}", "en": "cannot write {path}: {why}"},
    # the core's own refusals (core/problem.py, matching.py, plan_io.py)
    "args.not_a_mentor_here": {"fr": "{pid} n'est pas un mentor de cet appariement",
                               "en": "{pid} is not a mentor of this matching"},
    "args.not_a_mentee_here": {"fr": "{pid} n'est pas un mentoré de cet appariement",
                               "en": "{pid} is not a mentee of this matching"},
    "args.explore_fraction": {"fr": "--explore prend une fraction dans [0, 1], par ex. 0.05",
                              "en": "--explore takes a fraction in [0, 1], e.g. 0.05"},
    "args.plan.origin": {"fr": "origine de binôme inconnue {origin}", "en": "unknown pair origin {origin}"},
    "args.plan.not_a_plan": {"fr": "pas un plan d'appariement : {why}", "en": "not a pairing plan: {why}"},
    "args.plan.objective": {"fr": "objectif inconnu {objective}", "en": "unknown objective {objective}"},
    # templates (templating.py)
    "args.template": {"fr": "modèle : {why}", "en": "template: {why}"},
    "args.templates_folder": {"fr": "dossier des modèles de présentations introuvable",
                              "en": "introductions templates folder not found"},
    "args.template_name": {"fr": "nom de modèle inconnu (attendu un de : {expected})",
                           "en": "unknown template name (expected one of: {expected})"},
    "args.template_syntax": {"fr": "syntaxe du modèle : {why}", "en": "template syntax: {why}"},
    "args.not_utf8": {"fr": "pas un texte UTF-8", "en": "not UTF-8 text"},
}
