"""Every command's `--help` text in French, the commands new to questionnaires (the others:
cli_help.py, which says how they are used)."""

STRINGS: dict[str, dict[str, str]] = {
    "cli_help.new.description": {
        "fr": "Lit d'abord la liste CSV (--roster, ou demandée), puis demande le nom et les langues du programme, les questionnaires de chaque rôle, les critères d'appariement et leurs poids, les intentions qui vont ensemble, les règles strictes, la capacité des mentors et l'objectif, chacun avec une valeur par défaut raisonnable qu'Entrée garde. Les questionnaires fournis sont copiés dans un dossier `questionnaires/` à côté du programme, les questions de profil proposant les filiales et métiers de la liste elle-même. Le résultat est validé avant d'être écrit, et un fichier existant n'est jamais remplacé sans demander.",
        "en": "Reads the roster CSV first (--roster, or asked), then asks for the program's name and languages, the questionnaires for each role, the matching criteria and their weights, which intentions go together, hard rules, mentor capacity and objective, each with a sensible default that Enter keeps. The bundled questionnaires are copied into a `questionnaires/` folder next to the program, the background questions offering the roster's own subsidiaries and job families. The result is validated before it is written, and an existing file is never replaced without asking."},
    "cli_help.new.path": {
        "fr": "le fichier de programme à écrire (demandé s'il est omis)",
        "en": "the program file to write (asked when omitted)"},
    "cli_help.new.questionnaires": {
        "fr": "le dossier de questionnaires où choisir (par défaut : ceux fournis, copiés à côté du programme comme les siens)",
        "en": "the questionnaire folder to choose from (default: the bundled ones, copied next to the program as its own)"},
    "cli_help.new.roster": {
        "fr": "lire d'abord cette liste : ses filiales et métiers deviennent les options des questions de profil du programme",
        "en": "read this roster first: its subsidiaries and job families become the options of the program's background questions"},
    "cli_help.new.lang": {
        "fr": "la langue de l'assistant (par défaut : en)",
        "en": "the language the wizard speaks (default: en)"},
    "cli_help.import.description": {
        "fr": "Importe des participants depuis une liste CSV, ou des réponses depuis un fichier de réponses YAML ou un CSV de réponses (une colonne id et des colonnes QUESTIONNAIRE.ITEM), ou des points d'étape et des bilans (YAML `checkins:`/`outcomes:`, ou un CSV avec les mêmes colonnes). Importer à nouveau met à jour ce qui a changé au lieu de dupliquer. Si une ligne est invalide, chaque problème est listé avec son numéro de ligne et rien n'est écrit (code 2). Un CSV est lu en UTF-8 (avec ou sans BOM), sinon en Windows-1252, sinon en Latin-1 (affiché) ; les colonnes non importées sont signalées par des avertissements.",
        "en": "Import participants from a roster CSV, or answers from a responses YAML file or a responses CSV (an id column and QUESTIONNAIRE.ITEM columns), or check-ins and outcomes (YAML `checkins:`/`outcomes:`, or a CSV with the same columns). Importing again updates what changed instead of duplicating. If any row is invalid, every problem is listed with its line number and nothing is written (exit 2). A CSV is read as UTF-8 (with or without BOM), else Windows-1252, else Latin-1 (printed); columns that are not imported are listed as warnings."},
    "cli_help.import.file": {
        "fr": "liste .csv, réponses .yaml ou .csv, points/bilans .yaml ou .csv",
        "en": "roster .csv, responses .yaml or .csv, check-ins/outcomes .yaml or .csv"},
    "cli_help.status.description": {
        "fr": "Montre où en est la cohorte : participants par rôle, combien ont terminé chaque questionnaire (toutes les questions obligatoires répondues) et qui n'a pas fini. Lit la base seulement ; une base absente signifie que personne n'a encore répondu.",
        "en": "Show how far the cohort is: participants by role, how many completed each questionnaire (every required question answered) and who has not finished. Reads the database only; a missing database means nobody has answered yet."},
    "cli_help.status.json": {
        "fr": "afficher l'état en JSON",
        "en": "print the status as JSON"},
    "cli_help.erase.description": {
        "fr": "Supprime la fiche du participant, ses réponses et contraintes, et remplace chaque mention de lui dans la base (réponses et texte libre des autres, plans, journal, points d'étape, bilans) par un marqueur neutre comme erased-1 : son identifiant, son nom dans tout ordre, casse et accents, avec une initiale ('Martin C.', 'C. Martin'), son prénom ou son nom seul quand personne d'autre dans la cohorte ne le porte, et toute adresse dont la partie locale contient son nom. La copie .bak est réécrite aussi, et l'identifiant est retenu (sous forme d'empreinte salée) pour qu'aucun processus ne réécrive la personne. Ce qui a été remplacé est listé en nombres par type, jamais les valeurs. Le fichier de programme, la liste CSV et les fichiers que vous avez exportés ne sont pas modifiés : retirez-y la personne vous-même.",
        "en": "Remove the participant's record, answers and constraints, and replace every mention of them in the database (other people's answers and free text, plans, audit log, check-ins, outcomes) by a neutral marker such as erased-1: their id, their name in any order, case and accents, with an initial ('Martin C.', 'C. Martin'), their first or last name alone when no one else in the cohort has it, and any email whose local part contains their name. The .bak copy is rewritten too, and the id is remembered (as a salted hash) so no process can write the person back. What was replaced is listed as counts by kind, never the values. The program file, roster CSV and files you exported are not changed: remove the person there yourself."},
    "cli_help.erase.dry_run": {
        "fr": "montrer ce qui serait supprimé et remplacé ; ne rien changer",
        "en": "show what would be removed and replaced; change nothing"},
    "cli_help.restore.description": {
        "fr": "Remplace une base absente ou abîmée par une copie : DB.bak par défaut (l'état avant la dernière écriture), ou DB.bak.1..N (copies gardées dans le temps), ou tout fichier donné avec --from. La copie est vérifiée d'abord. Une base abîmée est mise de côté sous DB.broken-HEURE ; une base utilisable n'est remplacée qu'avec --force (gardée sous DB.replaced-HEURE). La restauration est inscrite au journal de la base.",
        "en": "Replace a missing or broken database with a copy: DB.bak by default (the state before the last write), or DB.bak.1..N (copies kept by time), or any file given with --from. The copy is checked first. A broken database is kept aside as DB.broken-TIME; a usable one is only replaced with --force (kept as DB.replaced-TIME). The restore is recorded in the database's audit log."},
    "cli_help.restore.source": {
        "fr": "la copie à restaurer (par défaut : DB.bak, sinon la DB.bak.N utilisable la plus récente)",
        "en": "the copy to restore (default: DB.bak, else the newest usable DB.bak.N)"},
    "cli_help.restore.force": {
        "fr": "remplacer aussi une base utilisable (elle est gardée sous DB.replaced-HEURE)",
        "en": "also replace a usable database (it is kept as DB.replaced-TIME)"},
    "cli_help.kiosk.description": {
        "fr": "Les participants s'identifient et répondent à leurs questionnaires ; chaque réponse est enregistrée aussitôt. Seul l'animateur sort, avec F12 et un code : demandé maintenant, ou lu dans --pin-file (lisible par vous seul), ou dans $RM_TUI_PIN. Cinq codes faux bloquent la sortie 60 secondes. Après --idle secondes sans touche ni clic, la borne revient à l'accueil, en décomptant les 15 dernières à l'écran. Si l'écran lui-même échoue, un nouveau démarre aussitôt sur l'accueil (l'erreur va dans DB.kiosk.log à côté de la base) ; seuls F12 + code arrêtent la borne, avec le code 0.",
        "en": "Participants identify themselves and take their questionnaires; every answer is saved at once. Only the facilitator leaves, with F12 and a PIN: asked now, or read from --pin-file (readable by you only), or from $RM_TUI_PIN. Five wrong PINs lock the exit for 60 seconds. After --idle seconds without a key or click the kiosk returns to Welcome, counting down the last 15 on screen. If the screen itself ever fails, a fresh one starts on Welcome at once (the error goes to DB.kiosk.log next to the database); only F12 + PIN ends the kiosk, with status 0."},
    "cli_help.kiosk.idle": {
        "fr": "secondes sans saisie avant que la borne revienne à l'accueil, de 10 à 3600 (par défaut : kiosk.idle_seconds du programme, sinon 120)",
        "en": "seconds without input before the kiosk returns to Welcome, from 10 to 3600 (default: the program's kiosk.idle_seconds, else 120)"},
    "cli_help.kiosk.lang": {
        "fr": "langue affichée d'abord (par défaut : la première langue du programme)",
        "en": "language shown first (default: the program's first language)"},
    "cli_help.kiosk.light": {
        "fr": "utiliser le thème clair",
        "en": "use the light theme"},
    "cli_help.kiosk.pin_file": {
        "fr": "lire le code de l'animateur sur la première ligne de FILE (chmod 600)",
        "en": "read the facilitator PIN from the first line of FILE (chmod 600)"},
    "cli_help.serve.description": {
        "fr": "Les participants ouvrent le lien d'accès imprimé (ou scannent son QR code) et répondent dans leur navigateur : une session par onglet, chaque réponse enregistrée aussitôt dans la base. Le lien contient un jeton aléatoire qui change à chaque lancement ; sans lui le serveur répond 403. Seul cet ordinateur peut se connecter, sauf si --host en décide autrement.",
        "en": "Participants open the printed join link (or scan its QR code) and answer in their browser: one session per browser tab, every answer saved at once in the database. The link holds a random token that changes at every run; without it the server answers 403. Only this computer can connect unless --host says otherwise."},
    "cli_help.serve.host": {
        "fr": "adresse d'écoute (par défaut : 127.0.0.1, cet ordinateur seulement ; 0.0.0.0 laisse se connecter les téléphones de la salle)",
        "en": "address to listen on (default: 127.0.0.1, this computer only; 0.0.0.0 lets the room's phones connect)"},
    "cli_help.serve.port": {
        "fr": "port d'écoute (par défaut : 8080 ; 0 en choisit un libre)",
        "en": "port to listen on (default: 8080; 0 picks a free one)"},
    "cli_help.serve.max_sessions": {
        "fr": "sessions de navigateur simultanées ; au-delà, une page demande de réessayer dans une minute (par défaut : 40)",
        "en": "browser sessions at once; beyond, a page asks to retry in a minute (default: 40)"},
    "cli_help.serve.links": {
        "fr": "écrire un lien personnel par participant (id,name,url) : il ouvre directement les questionnaires de la personne, sans recherche de nom",
        "en": "write one personal link per participant (id,name,url): it opens that person's questionnaires directly, with no name search"},
    "cli_help.run.description": {
        "fr": "Ouvre la console d'animation sur PROGRAM : un tableau de bord en direct de qui a fini ses questionnaires, les participants, et l'atelier d'appariement (lancer l'appariement, interroger les binômes, verrouiller, interdire, échanger, attribuer, annuler, confirmer, exporter). F1 pour les touches, ctrl+p pour la palette de commandes.",
        "en": "Open the facilitator console on PROGRAM: a live dashboard of who has finished their questionnaires, the participants, and the pairing workbench (run the matching, question pairs, lock, forbid, swap, assign, undo, confirm, export). Press F1 for the keys, ctrl+p for the command palette."},
    "cli_help.demo.description": {
        "fr": "Charge le programme de démonstration fourni (26 personnes, dont 22 réponses déjà importées) dans une nouvelle base temporaire et ouvre la console d'animation dessus. Vos fichiers et ceux fournis ne sont jamais modifiés.",
        "en": "Load the bundled demo program (26 people, answers of 22 already imported) into a new temporary database and open the facilitator console on it. Your files and the bundled ones are never modified."},
    "cli_help.demo.keep": {
        "fr": "garder le dossier temporaire (son chemin est affiché à la sortie)",
        "en": "keep the temporary folder (its path is printed on exit)"},
    "cli_help.report.description": {
        "fr": "Pour chaque critère, relie le score du critère des binômes à la confirmation au bilan (moyenne des notes de qualité des deux partenaires) : rho de Spearman, un intervalle à 95%% (z de Fisher), une valeur p par permutation ajustée par Holm sur toutes les relations testées, le rho et le p partiels à autres critères fixés (Freedman-Lane), n, et un verdict (pas assez de données / pas encore de preuve / va de pair avec <critère> / suggestif). Relie aussi l'adéquation d'apprentissage à l'item de point d'étape « mon partenaire explique d'une façon qui me convient ». Donnez --db plusieurs fois pour regrouper des cohortes ; le regroupement est refusé si elles n'ont pas utilisé les mêmes versions de questionnaires.",
        "en": "For each criterion, relate the pairs' criterion score at confirmation to the outcome (mean of both partners' quality ratings): Spearman rho, a 95%% interval (Fisher z), a permutation p-value Holm-adjusted across every relation tested, the partial rho and p with the other criteria held fixed (Freedman-Lane), n, and a verdict (not enough data / no evidence yet / travels with <criterion> / suggestive). Also relates learning fit to the check-in item 'my partner explains in a way that works for me'. Give --db several times to pool cohorts; pooling is refused unless they used the same questionnaire versions."},
    "cli_help.report.db": {
        "fr": "fichier de base de données ; à répéter pour regrouper des cohortes (par défaut : <programme>.db.json)",
        "en": "database file; repeat to pool cohorts (default: <program-stem>.db.json)"},
    "cli_help.report.json": {
        "fr": "afficher le rapport en JSON",
        "en": "print the report as JSON"},
    "cli_help.report.seed": {
        "fr": "graine du rééchantillonnage (par défaut 0)",
        "en": "seed of the resampling (default 0)"},
    "cli_help.repair.description": {
        "fr": "Sépare le binôme confirmé MENTOR-MENTEE (sans faute par défaut), puis réapparie ses deux membres et toute personne sans binôme. Chaque autre binôme confirmé est gardé, sauf avec --allow-moves (même alors un binôme ne change que si cela améliore nettement le plan). Les deux mêmes personnes ne sont plus jamais appariées. Montre le changement et enregistre le nouveau plan comme version confirmée suivante (exportez-le avec `rm-tui export`). Codes de raison : no_fault : sans faute : le binôme n'a pas fonctionné ; availability : agendas ou charge de travail incompatibles ; left_program : un des deux a quitté le programme ou l'entreprise ; role_change : un des deux a changé de poste (par ex. même ligne hiérarchique) ; mismatch : objectifs ou attentes différents ; confidentiality : une question de confidentialité ; other : une autre raison.",
        "en": "Split the confirmed pair MENTOR-MENTEE (no-fault by default), then re-match its two members and anyone unmatched. Every other confirmed pair is kept unless --allow-moves (even then a pair moves only when that clearly improves the plan). The same two people are never paired again. Shows the change and stores the new plan as the next confirmed version (export it with `rm-tui export`). Reason codes: no_fault: no fault: the pairing did not work out; availability: schedules or workload made meetings impossible; left_program: a partner left the program or the company; role_change: a partner changed role (e.g. now in the same reporting line); mismatch: goals or expectations did not match; confidentiality: a confidentiality concern; other: another reason."},
    "cli_help.repair.mentor": {
        "fr": "identifiant du mentor du binôme à séparer",
        "en": "mentor id of the pair to split"},
    "cli_help.repair.mentee": {
        "fr": "identifiant du mentoré du binôme à séparer",
        "en": "mentee id of the pair to split"},
    "cli_help.repair.reason": {
        "fr": "pourquoi le binôme s'arrête (par défaut : no_fault)",
        "en": "why the pair ends (default: no_fault)"},
    "cli_help.repair.allow_moves": {
        "fr": "laisser changer d'autres binômes non verrouillés quand cela rapporte nettement",
        "en": "let other unlocked pairs change when that clearly pays"},
    "cli_help.repair.dry_run": {
        "fr": "montrer le changement, ne rien enregistrer",
        "en": "show the change, store nothing"},
    "cli_help.repair.json": {
        "fr": "afficher le résultat en JSON",
        "en": "print the result as JSON"},
    "cli_help.followup.description": {
        "fr": "Une ligne par binôme du dernier plan confirmé et par binôme terminé : noms, depuis quand, points d'étape reçus de chaque côté, dernier point, rencontres manquées, santé (actif ; à surveiller, avec la raison ; terminé, avec la raison et le bilan) et le bilan s'il est enregistré. Un binôme avec un bilan est terminé et n'est jamais à surveiller. Enregistrez points et bilans avec `rm-tui checkin` ou `rm-tui import PROGRAM FILE`.",
        "en": "One row per pair of the latest confirmed plan and per pair that ended: names, since when, check-ins received from each side, last check-in, meetings missed, health (active; attention, with the reason; ended, with the reason and outcome) and the outcome if recorded. A pair with an outcome has ended and never needs attention. Record check-ins and outcomes with `rm-tui checkin` or `rm-tui import PROGRAM FILE`."},
    "cli_help.followup.json": {
        "fr": "afficher la vue d'ensemble en JSON",
        "en": "print the overview as JSON"},
    "cli_help.checkin.description": {
        "fr": "Choisissez un binôme en cours et qui répond, par son nom, puis : vous êtes-vous vus (oui / annulé / non) et quatre notes de 1 à 5 (utile, je peux parler ouvertement, mon partenaire explique d'une façon qui me convient, nous progressons vers nos objectifs), avec un commentaire facultatif vu par l'animateur seul. Avec --outcome : qualité selon chaque partenaire, objectifs atteints, referait équipe, arrêt anticipé et pourquoi (sans faute par défaut). Demande un terminal interactif, sauf avec --pair : les champs viennent alors des options ci-dessous (les noms du format d'import), rien n'est demandé, et une valeur fausse sort avec le code 2. Pour en charger beaucoup d'un coup, utilisez `rm-tui import PROGRAM FILE`.",
        "en": "Pick a running pair and who answers, by name, then: did we meet (yes / cancelled / no) and four 1-5 ratings (useful, can speak openly, partner explains in a way that works for me, progressing toward our goals), with an optional comment seen by the facilitator only. With --outcome: quality from each partner, goals reached, would pair again, ended early and why (no-fault by default). Needs an interactive terminal, unless --pair is given: then the fields come from the flags below (the import format's names), nothing is asked, and a bad value exits 2. To load many at once, use `rm-tui import PROGRAM FILE`."},
    "cli_help.checkin.group": {
        "fr": "champs du point d'étape (avec --pair ; les noms de colonnes de l'import)",
        "en": "check-in fields (with --pair; the import's column names)"},
    "cli_help.checkin.group2": {
        "fr": "champs du bilan (avec --outcome --pair)",
        "en": "outcome fields (with --outcome --pair)"},
    "cli_help.checkin.outcome": {
        "fr": "enregistrer un bilan à la place",
        "en": "record an outcome instead"},
    "cli_help.checkin.pair": {
        "fr": "enregistrer sans questions, pour ce binôme (noms ou identifiants)",
        "en": "record without prompts, for this pair (names or ids)"},
    "cli_help.checkin.respondent": {
        "fr": "qui répond : mentor ou mentee (ou le nom ou l'identifiant de la personne)",
        "en": "who answers: mentor or mentee (or that person's name or id)"},
    "cli_help.checkin.date": {
        "fr": "jour du point d'étape, AAAA-MM-JJ (par défaut : aujourd'hui)",
        "en": "day of the check-in, YYYY-MM-DD (default: today)"},
    "cli_help.checkin.met": {
        "fr": "se sont-ils vus : yes (par défaut), cancelled ou no",
        "en": "did they meet: yes (default), cancelled or no"},
    "cli_help.checkin.useful": {
        "fr": "1-5, d'accord avec « nos échanges m'ont été utiles » (obligatoire s'ils se sont vus)",
        "en": "1-5, agree that 'our exchanges were useful to me' (needed when they met)"},
    "cli_help.checkin.openness": {
        "fr": "1-5, d'accord avec « je peux parler ouvertement avec mon partenaire » (obligatoire s'ils se sont vus)",
        "en": "1-5, agree that 'I can speak openly with my partner' (needed when they met)"},
    "cli_help.checkin.explains_well": {
        "fr": "1-5, d'accord avec « mon partenaire explique d'une façon qui me convient » (obligatoire s'ils se sont vus)",
        "en": "1-5, agree that 'my partner explains in a way that works for me' (needed when they met)"},
    "cli_help.checkin.progress": {
        "fr": "1-5, d'accord avec « nous progressons vers nos objectifs » (obligatoire s'ils se sont vus)",
        "en": "1-5, agree that 'we are progressing toward our goals' (needed when they met)"},
    "cli_help.checkin.comment": {
        "fr": "commentaire facultatif, vu par l'animateur seul",
        "en": "optional comment, seen by the facilitator only"},
    "cli_help.checkin.quality_mentor": {
        "fr": "qualité du binôme pour le mentor, 1-5",
        "en": "quality of the pairing for the mentor, 1-5"},
    "cli_help.checkin.quality_mentee": {
        "fr": "qualité du binôme pour le mentoré, 1-5",
        "en": "quality of the pairing for the mentee, 1-5"},
    "cli_help.checkin.goals": {
        "fr": "objectifs atteints, 1-5",
        "en": "goals reached, 1-5"},
    "cli_help.checkin.would_pair_again": {
        "fr": "yes ou no",
        "en": "yes or no"},
    "cli_help.checkin.ended_early": {
        "fr": "yes ou no (par défaut : no)",
        "en": "yes or no (default: no)"},
    "cli_help.checkin.reason": {
        "fr": "pourquoi il s'est arrêté plus tôt (par défaut : no_fault) ; voir docs/FORMATS.md",
        "en": "why it ended early (default: no_fault); see docs/FORMATS.md"},
    "cli_help.questionnaires.description": {
        "fr": "Les questionnaires fournis avec rm-tui (profil, attentes, façon d'apprendre). `copy DIR` en écrit des copies modifiables dans DIR (faites-y pointer le questionnaires_dir d'un programme, ou passez-le à `rm-tui new --questionnaires DIR`) ; `path` affiche le dossier fourni. Les fichiers fournis eux-mêmes ne sont jamais modifiés.",
        "en": "The questionnaires shipped with rm-tui (background, expectations, learner profile). `copy DIR` writes editable copies into DIR (point a program's questionnaires_dir at it, or pass it to `rm-tui new --questionnaires DIR`); `path` prints the bundled folder. The bundled files themselves are never modified."},
    "cli_help.questionnaires.cmd.copy": {
        "fr": "copier les questionnaires fournis dans DIR",
        "en": "copy the bundled questionnaires into DIR"},
    "cli_help.questionnaires.cmd.path": {
        "fr": "afficher le dossier des questionnaires fournis",
        "en": "print the folder of the bundled questionnaires"},
    "cli_help.questionnaires_copy.description": {
        "fr": "Copie les questionnaires fournis dans DIR (créé si besoin).",
        "en": "Copy the bundled questionnaires into DIR (created if needed)."},
    "cli_help.questionnaires_copy.dest": {
        "fr": "dossier où copier",
        "en": "folder to copy into"},
    "cli_help.questionnaires_copy.force": {
        "fr": "remplacer les fichiers de même nom dans DIR",
        "en": "replace files of the same name in DIR"},
    "cli_help.questionnaires_path.description": {
        "fr": "Affiche le dossier qui contient les questionnaires fournis.",
        "en": "Print the folder holding the bundled questionnaires."},
}
