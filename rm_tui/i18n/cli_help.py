"""Every command's `--help` text in French (rm_tui/cli/parser_words.py): the top-level summaries
and the commands validate to take (the others: cli_help_more.py). Each English text is the one
the command's parser carries, exactly: the French is found by it, and a test checks every help
text of every command is here. Keep `%%` (argparse formats help with `%`)."""

STRINGS: dict[str, dict[str, str]] = {
    "cli_help.top.description": {
        "fr": "Former, expliquer, ajuster et suivre des binômes de mentorat inversé.",
        "en": "Form, explain, adjust and follow reverse-mentoring pairs."},
    "cli_help.top.cmd.validate": {
        "fr": "vérifier les fichiers de questionnaires, de programme, de liste CSV et de réponses",
        "en": "check questionnaire, program, roster CSV and responses files"},
    "cli_help.top.cmd.scores": {
        "fr": "afficher le score de chaque binôme mentor x mentoré et les binômes interdits",
        "en": "show every mentor x mentee pair score and the forbidden pairs"},
    "cli_help.top.cmd.explain": {
        "fr": "expliquer un binôme mentor-mentoré : critères, règles, alternatives",
        "en": "explain one mentor-mentee pair: criteria, rules, alternatives"},
    "cli_help.top.cmd.match": {
        "fr": "former les meilleurs binômes mentor-mentoré, expliqués ; --confirm les enregistre",
        "en": "form the best mentor-mentee pairs, explained; --confirm stores them"},
    "cli_help.top.cmd.constraints": {
        "fr": "lister ou changer verrous, interdits, poids, objectif et exclusions",
        "en": "list or change locks, forbids, weights, objective and exclusions"},
    "cli_help.top.cmd.log": {
        "fr": "afficher le journal des décisions (verrous, interdits, levées, séparations, poids, confirmations...)",
        "en": "show the decision log (locks, forbids, lifts, splits, weights, confirmations...)"},
    "cli_help.top.cmd.export": {
        "fr": "écrire les binômes confirmés en YAML (ou en CSV pour les RH)",
        "en": "write the confirmed pairs as YAML (or CSV for HR)"},
    "cli_help.top.cmd.introduce": {
        "fr": "écrire les présentations des binômes confirmés : fichiers de courriel, Markdown, cartes à imprimer",
        "en": "write introductions of the confirmed pairs: mail files, Markdown, printable cards"},
    "cli_help.top.cmd.synth": {
        "fr": "écrire une cohorte synthétique réaliste (programme + réponses) pour démos, tests et mesures",
        "en": "write a realistic synthetic cohort (program + responses) for demos, tests and benchmarks"},
    "cli_help.top.cmd.take": {
        "fr": "répondre aux questionnaires dans un terminal simple (SSH, lecteur d'écran, petit écran)",
        "en": "answer the questionnaires in a plain terminal (SSH, screen reader, small screen)"},
    "cli_help.top.cmd.new": {
        "fr": "écrire un nouveau fichier de programme, pas à pas",
        "en": "write a new program file, step by step"},
    "cli_help.top.cmd.import": {
        "fr": "importer une liste CSV, un fichier de réponses, ou des points/bilans dans la base",
        "en": "import a roster CSV, a responses file, or check-ins/outcomes into the database"},
    "cli_help.top.cmd.status": {
        "fr": "participants par rôle, avancement par questionnaire, qui n'a pas fini",
        "en": "participants by role, completion per questionnaire, who has not finished"},
    "cli_help.top.cmd.erase": {
        "fr": "effacer un participant de la base (demande de protection des données)",
        "en": "erase a participant from the database (data-protection request)"},
    "cli_help.top.cmd.restore": {
        "fr": "restaurer la base depuis sa dernière copie saine (DB.bak, DB.bak.N)",
        "en": "restore the database from its last good copy (DB.bak, DB.bak.N)"},
    "cli_help.top.cmd.kiosk": {
        "fr": "lancer la borne verrouillée des questionnaires",
        "en": "run the locked-down questionnaire kiosk"},
    "cli_help.top.cmd.serve": {
        "fr": "servir les questionnaires aux téléphones et ordinateurs des participants (lien d'accès + QR code)",
        "en": "serve the questionnaires to participants' phones and laptops (join link + QR code)"},
    "cli_help.top.cmd.run": {
        "fr": "ouvrir la console d'animation (tableau de bord, appariement, confirmation, export)",
        "en": "open the facilitator console (dashboard, pairing, confirm, export)"},
    "cli_help.top.cmd.demo": {
        "fr": "ouvrir la console sur la cohorte de démonstration, dans une base temporaire neuve",
        "en": "open the console on the demo cohort, in a fresh temporary database"},
    "cli_help.top.cmd.report": {
        "fr": "relier chaque critère d'appariement au déroulé des binômes, avec une incertitude honnête",
        "en": "relate each matching criterion to how pairs went, with honest uncertainty"},
    "cli_help.top.cmd.repair": {
        "fr": "séparer un binôme confirmé et réapparier ses membres, sans toucher aux autres binômes",
        "en": "split a confirmed pair and re-match its members, leaving the other pairs alone"},
    "cli_help.top.cmd.followup": {
        "fr": "chaque binôme du plan confirmé et chaque binôme terminé : points d'étape, santé, bilan",
        "en": "every pair of the confirmed plan and every pair that ended: check-ins, health, outcome"},
    "cli_help.top.cmd.checkin": {
        "fr": "enregistrer le point d'étape d'un binôme (ou, avec --outcome, son bilan) par questions",
        "en": "record a pair's check-in (or, with --outcome, how the pair ended) by prompts"},
    "cli_help.top.cmd.questionnaires": {
        "fr": "copier les questionnaires fournis dans un dossier, pour les modifier",
        "en": "copy the bundled questionnaires into a folder, to edit them"},
    "cli_help.validate.description": {
        "fr": "Vérifie la structure, les types et les références des fichiers. Chaque problème est affiché sous la forme CHEMIN:LIGNE:COL: error: message (« erreur » en français). Code de sortie 0 quand tous les fichiers sont valides, 2 sinon. Un fichier de réponses est vérifié par rapport à un programme donné sur la même ligne de commande, ou à NOM.yaml à côté de NOM.responses.yaml. Un programme valide reçoit aussi des lignes CHEMIN:LIGNE:COL: warning: (« avertissement » en français) pour ce qui rendrait l'appariement vide de sens ou injuste (un critère qui ne distingue aucun binôme, une personne que les règles strictes laissent sans partenaire possible, moins de places de mentor que de mentorés) ; elles ne changent pas le code de sortie, sauf avec --strict.",
        "en": "Check files for structure, types and references. Each problem is printed as PATH:LINE:COL: error: message. Exit 0 when every file is valid, 2 otherwise. A responses file is checked against a program given on the same command line, or against NAME.yaml next to NAME.responses.yaml. A valid program also gets PATH:LINE:COL: warning: lines for what would make matching meaningless or unfair (a criterion that cannot tell pairs apart, someone the hard rules leave with no possible partner, fewer mentor places than mentees); they do not change the exit status unless --strict."},
    "cli_help.validate.paths": {
        "fr": "fichiers à vérifier",
        "en": "files to check"},
    "cli_help.common.encoding": {
        "fr": "encodage d'un fichier CSV : utf-8, windows-1252 ou latin-1 (par défaut : UTF-8 avec ou sans BOM, sinon Windows-1252, sinon Latin-1, le premier qui lit le fichier)",
        "en": "encoding of a CSV file: utf-8, windows-1252 or latin-1 (default: UTF-8 with or without BOM, else Windows-1252, else Latin-1, whichever reads the file)"},
    "cli_help.validate.strict": {
        "fr": "traiter les avertissements comme des problèmes (code 2)",
        "en": "treat warnings as problems (exit 2)"},
    "cli_help.validate.lang": {
        "fr": "langue du résumé et des notes (par défaut : en, comme les problèmes)",
        "en": "language of the summary and notes (default: en, as the problems are said)"},
    "cli_help.scores.description": {
        "fr": "Calcule le score de chaque binôme mentor x mentoré de PROGRAM d'après les réponses de la base. Les lignes sont les mentors, les colonnes les mentorés ; un binôme interdit (règle du programme ou interdiction posée dans la console) n'a pas de score. Avec --json : {mentors, mentees, capacity, scores (null = forbidden), forbidden: [{mentor, mentee, reasons}]}.",
        "en": "Score every mentor x mentee pair of PROGRAM from the answers in the database. Rows are mentors, columns mentees; a forbidden pair (program rule or a forbid made in the console) has no score. With --json: {mentors, mentees, capacity, scores (null = forbidden), forbidden: [{mentor, mentee, reasons}]}."},
    "cli_help.common.program": {
        "fr": "le fichier de programme (YAML)",
        "en": "the program file (YAML)"},
    "cli_help.common.db": {
        "fr": "fichier de base de données (par défaut : <programme>.db.json à côté du fichier de programme)",
        "en": "database file (default: <program-stem>.db.json next to the program file)"},
    "cli_help.common.lang": {
        "fr": "langue des raisons et des messages (par défaut : en)",
        "en": "language of reasons and messages (default: en)"},
    "cli_help.scores.include_unfinished": {
        "fr": "ne pas écarter les personnes qui n'ont pas fini leurs questionnaires",
        "en": "do not leave out people who have not finished their questionnaires"},
    "cli_help.common.json": {
        "fr": "afficher en JSON",
        "en": "print JSON"},
    "cli_help.explain.description": {
        "fr": "Explique le score de MENTOR_ID avec MENTEE_ID critère par critère, si des règles interdisent le binôme, et les meilleurs autres partenaires de chacun avec la variation du score total du plan si ce binôme était imposé (delta_total ; le plan est celui que forme `rm-tui match` avec les verrous et interdits enregistrés).",
        "en": "Explain the score of MENTOR_ID with MENTEE_ID criterion by criterion, whether rules forbid the pair, and each person's best other partners with the change in the plan's total score if that pair were forced (delta_total; the plan is the one `rm-tui match` forms with the stored locks and forbids)."},
    "cli_help.explain.mentor": {
        "fr": "l'identifiant d'un mentor",
        "en": "a mentor's id"},
    "cli_help.explain.mentee": {
        "fr": "l'identifiant d'un mentoré",
        "en": "a mentee's id"},
    "cli_help.explain.objective": {
        "fr": "objectif du plan auquel les alternatives sont comparées",
        "en": "objective of the plan alternatives are compared with"},
    "cli_help.explain.alternatives": {
        "fr": "combien d'autres partenaires montrer par personne (par défaut 3)",
        "en": "how many other partners to show per person (default 3)"},
    "cli_help.match.description": {
        "fr": "Apparie les mentors et mentorés de PROGRAM d'après les réponses de la base : le plus de binômes d'abord, puis le meilleur score total (ou, avec --objective fair, le meilleur pire binôme). Les décisions de l'animateur s'appliquent (verrous, interdits, binômes à ne plus former, poids, objectif, exclusions : `rm-tui constraints`), puis les --lock/--forbid donnés ici : sans --confirm, c'est une simulation et rien n'est enregistré. --confirm enregistre le résultat comme version confirmée suivante et les --lock/--forbid comme décisions, en une seule écriture. Les personnes qui n'ont pas fini leurs questionnaires sont écartées, sauf avec --include-unfinished.",
        "en": "Pair PROGRAM's mentors and mentees from the answers in the database: most pairs first, then the best total score (or, with --objective fair, the best worst pair). The facilitator's decisions apply (locks, forbids, never-again pairs, weights, objective, exclusions: `rm-tui constraints`), then the --lock/--forbid given here: without --confirm those are a what-if and nothing is stored. --confirm stores the result as the next confirmed version and the --lock/--forbid as decisions, in one write. People who have not finished their questionnaires are left out unless --include-unfinished."},
    "cli_help.match.objective": {
        "fr": "total : meilleure somme des scores ; fair : meilleur pire binôme, puis total (par défaut : l'objectif du programme)",
        "en": "total: best sum of scores; fair: best worst pair, then total (default: the program's objective)"},
    "cli_help.match.lock": {
        "fr": "garder ce binôme (répétable)",
        "en": "keep this pair (repeatable)"},
    "cli_help.match.forbid": {
        "fr": "ne jamais former ce binôme (répétable)",
        "en": "never form this pair (repeatable)"},
    "cli_help.match.reason": {
        "fr": "pourquoi : la raison du --lock/--forbid qui la précède (enregistrée avec le plan sur --confirm)",
        "en": "why: the reason of the --lock/--forbid just before it (recorded with the plan on --confirm)"},
    "cli_help.match.explore": {
        "fr": "tirer un plan au hasard à moins de EPS (une fraction dans [0, 1]) du meilleur total, pour apprendre ce qui compte ; demande --seed",
        "en": "draw a random plan within EPS (a fraction in [0, 1]) of the best total, to learn what matters; needs --seed"},
    "cli_help.match.seed": {
        "fr": "graine aléatoire de --explore (la même graine donne le même plan)",
        "en": "random seed for --explore (the same seed gives the same plan)"},
    "cli_help.match.confirm": {
        "fr": "enregistrer le résultat comme plan confirmé (avec une entrée au journal)",
        "en": "store the result as the confirmed plan (with an audit entry)"},
    "cli_help.match.actor": {
        "fr": "qui confirme (enregistré)",
        "en": "who confirms (recorded)"},
    "cli_help.match.note": {
        "fr": "la note de la confirmation (enregistrée, reprise par l'export)",
        "en": "the confirmation's note (recorded, carried by the export)"},
    "cli_help.match.include_unfinished": {
        "fr": "apparier aussi les personnes qui n'ont pas fini leurs questionnaires (écartées par défaut : une donnée manquante n'est jamais un avantage)",
        "en": "also pair people who have not finished their questionnaires (left out by default: missing data is never an advantage)"},
    "cli_help.constraints.description": {
        "fr": "Affiche les décisions avec lesquelles chaque commande et la console apparient : verrous, interdits, binômes à ne plus former (après séparation), exclusions, les poids effectifs (fichier de programme plus modifications) et l'objectif. Les options les modifient ; toutes les options d'un appel sont enregistrées en une écriture, chacune avec son entrée au journal (`rm-tui log`). Rien n'est écrit si une option est fausse (code 2).",
        "en": "Show the decisions every command and the console match with: locks, forbids, never-again pairs (from splits), exclusions, the effective weights (program file plus changes) and the objective. Options change them; all options of one call are recorded in one write, each with its audit entry (`rm-tui log`). Nothing is written if any option is wrong (exit 2)."},
    "cli_help.constraints.lock": {
        "fr": "toujours former ce binôme (demande --reason) (répétable)",
        "en": "always form this pair (needs --reason) (repeatable)"},
    "cli_help.constraints.forbid": {
        "fr": "ne jamais former ce binôme (demande --reason) (répétable)",
        "en": "never form this pair (needs --reason) (repeatable)"},
    "cli_help.constraints.lift": {
        "fr": "retirer un verrou, un interdit ou un binôme à ne plus former (demande --reason) (répétable)",
        "en": "remove a lock, forbid or never-again (needs --reason) (repeatable)"},
    "cli_help.constraints.weight": {
        "fr": "fixer le poids d'un critère (W >= 0 ; 0 le désactive) (répétable)",
        "en": "set a criterion's weight (W >= 0; 0 turns it off) (repeatable)"},
    "cli_help.constraints.objective": {
        "fr": "total : meilleure somme des scores ; fair : meilleur pire binôme (répétable)",
        "en": "total: best sum of scores; fair: best worst pair (repeatable)"},
    "cli_help.constraints.exclude": {
        "fr": "écarter cette personne de l'appariement (demande --reason) (répétable)",
        "en": "leave this person out of the matching (needs --reason) (repeatable)"},
    "cli_help.constraints.include": {
        "fr": "réintégrer une personne écartée (répétable)",
        "en": "bring an excluded person back (repeatable)"},
    "cli_help.constraints.reason": {
        "fr": "pourquoi : la raison de l'option qui la précède (enregistrée)",
        "en": "why: the reason of the option just before it (recorded)"},
    "cli_help.constraints.actor": {
        "fr": "qui décide (enregistré)",
        "en": "who decides (recorded)"},
    "cli_help.common.line_lang": {
        "fr": "langue de ce qu'elle affiche (par défaut : le français dans une locale française, sinon l'anglais)",
        "en": "language of what it prints (default: French in a French locale, else English)"},
    "cli_help.common.program_lang": {
        "fr": "langue du texte (par défaut : la première langue du programme)",
        "en": "language of the text (default: the program's first language)"},
    "cli_help.log.description": {
        "fr": "Le journal des décisions de PROGRAM, les plus récentes d'abord : verrou, interdit, levée, séparation, poids, objectif, exclusion, réintégration, confirmation et brouillon, chacune avec quand, qui, pourquoi et les personnes ou valeurs concernées. Avec --json : une liste de {at, action, reason, ...}.",
        "en": "The audit log of PROGRAM's decisions, newest first: lock, forbid, lift, split, weight, objective, exclude, include, confirm and draft, each with when, who, why and the people or values concerned. With --json: a list of {at, action, reason, ...}."},
    "cli_help.log.limit": {
        "fr": "n'afficher que les N entrées les plus récentes",
        "en": "show only the N newest entries"},
    "cli_help.export.description": {
        "fr": "Écrit le dernier plan confirmé de PROGRAM comme document YAML `rm-tui/pairs@1` (docs/FORMATS.md, 'Pairs export') : binômes avec noms, courriels, scores, critères et raisons, personnes sans binôme et pourquoi, chaque décision de l'animateur et la note de confirmation ; ou, avec --format csv, une ligne par binôme (noms, courriels, filiales, score, origine). Code 1 si rien n'est encore confirmé (`rm-tui match PROGRAM --confirm`).",
        "en": "Write the latest confirmed plan of PROGRAM as a `rm-tui/pairs@1` YAML document (docs/FORMATS.md, 'Pairs export'): pairs with names, emails, scores, criteria and reasons, unmatched people and why, every override and the confirmation note; or, with --format csv, one row per pair (names, emails, subsidiaries, score, origin). Exit 1 if nothing is confirmed yet (`rm-tui match PROGRAM --confirm`)."},
    "cli_help.export.output": {
        "fr": "fichier à écrire (remplacé de façon atomique)",
        "en": "file to write (replaced atomically)"},
    "cli_help.export.format": {
        "fr": "yaml (le document versionné complet) ou csv (une ligne par binôme, pour les RH) ; par défaut : d'après le nom du fichier, sinon yaml",
        "en": "yaml (the full versioned document) or csv (one row per pair, for HR); default: from the file name, else yaml"},
    "cli_help.export.include_answers": {
        "fr": "ajouter les réponses brutes de chacun, texte libre compris (données personnelles)",
        "en": "add each person's raw answers, free text included (personal data)"},
    "cli_help.introduce.description": {
        "fr": "Pour le dernier plan confirmé, écrit une présentation par binôme dans DIR : `eml` (par défaut) donne un fichier de courriel par binôme, adressé aux deux partenaires, de la part de l'animateur du programme (From/Reply-To), que tout logiciel de messagerie ouvre (rien n'est envoyé) ; `md` le même texte en Markdown ; `html` une page A4 imprimable de cartes de binômes pour l'annonce au lancement. Chacune dit qui est le partenaire, les plus fortes raisons du binôme en mots simples, un ordre du jour de première rencontre et la porte de sortie sans faute ; jamais de réponses, de scores ni de notes de l'animateur. Écrite dans la langue commune du binôme (les deux s'il n'en partage aucune).",
        "en": "For the latest confirmed plan, write one introduction per pair into DIR: `eml` (default) is one mail file per pair, To both partners, From/Reply-To the program's facilitator, that any mail client opens (nothing is sent); `md` the same text as Markdown; `html` one printable A4 page of pair cards for the kickoff reveal. Each says who the partner is, the strongest reasons for the pair in plain words, a first-meeting agenda and the no-fault way out; never answers, scores or facilitator notes. Written in the pair's common language (both when they share none)."},
    "cli_help.introduce.output": {
        "fr": "dossier où écrire (créé s'il n'existe pas)",
        "en": "folder to write into (created if missing)"},
    "cli_help.introduce.format": {
        "fr": "eml (par défaut), md ou html",
        "en": "eml (default), md or html"},
    "cli_help.introduce.lang": {
        "fr": "écrire chaque présentation dans cette langue (par défaut : celle de chaque binôme)",
        "en": "write every introduction in this language (default: each pair's own)"},
    "cli_help.synth.description": {
        "fr": "Écrit OUT_DIR/program.yaml et OUT_DIR/responses.yaml : un organigramme avec lignes hiérarchiques, équipes, filiales et métiers, et des réponses plausibles aux questionnaires (environ 5%% de personnes incomplètes). La même graine donne toujours les mêmes fichiers.",
        "en": "Write OUT_DIR/program.yaml and OUT_DIR/responses.yaml: an org chart with reporting lines, teams, subsidiaries and job families, and plausible answers to the questionnaires (about 5%% of people incomplete). The same seed always gives the same files."},
    "cli_help.synth.out_dir": {
        "fr": "dossier où écrire (créé si besoin)",
        "en": "folder to write into (created if needed)"},
    "cli_help.synth.mentors": {
        "fr": "nombre de mentors (juniors)",
        "en": "number of mentors (juniors)"},
    "cli_help.synth.mentees": {
        "fr": "nombre de mentorés (seniors)",
        "en": "number of mentees (seniors)"},
    "cli_help.synth.seed": {
        "fr": "graine aléatoire (par défaut 1)",
        "en": "random seed (default 1)"},
    "cli_help.synth.capacity": {
        "fr": "mentorés par mentor pour tous (par défaut : 1, quelques mentors en prennent 2 quand les mentorés sont plus nombreux)",
        "en": "mentees per mentor for everyone (default: 1, a few mentors take 2 when mentees outnumber mentors)"},
    "cli_help.synth.questionnaires": {
        "fr": "dossier de questionnaires auxquels la cohorte répond et auquel le programme renvoie (par défaut : celui fourni)",
        "en": "questionnaire folder the cohort answers and the program refers to (default: the bundled one)"},
    "cli_help.take.description": {
        "fr": "Les questionnaires de la borne sous forme de questions ligne par ligne : identifiez-vous (ou choisissez votre nom dans la liste), répondez, relisez, envoyez. Chaque réponse est enregistrée dès qu'elle est donnée ; Ctrl+C arrête en les gardant, et relancer la même commande reprend. Les réponses envoyées sont scellées : ni montrées ni modifiées, sauf si l'animateur tape le code de la borne quand il est demandé ; le code de référence vient, comme pour la borne, de --pin-file (lisible par vous seul) ou de $RM_TUI_PIN (sans l'un ni l'autre, les réponses scellées ne peuvent pas être rouvertes ici). Un code faux termine avec le code 1. Demande un terminal interactif : pour charger des réponses recueillies ailleurs, utilisez `rm-tui import`.",
        "en": "The kiosk's questionnaires as line-by-line prompts: identify yourself (or pick your name from the roster), answer, review, submit. Every answer is saved as soon as it is given; Ctrl+C stops and keeps them, and running the same command again resumes. Submitted answers are sealed: they are neither shown nor changed unless the facilitator types the kiosk PIN when asked; the PIN to check it against comes, as for the kiosk, from --pin-file (readable by you only) or from $RM_TUI_PIN (without either, sealed answers cannot be reopened here). A wrong PIN ends with status 1. Needs an interactive terminal: to load answers collected elsewhere, use `rm-tui import`."},
    "cli_help.take.participant": {
        "fr": "votre identifiant de participant (évite la question du nom)",
        "en": "your participant id (skips the name prompt)"},
    "cli_help.take.lang": {
        "fr": "langue (par défaut : la première du programme)",
        "en": "language (default: the program's first)"},
    "cli_help.take.plain": {
        "fr": "listes numérotées et réponses tapées, rien n'est redessiné : idéal avec un lecteur d'écran ou un très petit terminal (automatique quand TERM=dumb)",
        "en": "numbered lists and typed answers, nothing redrawn: best with a screen reader or a very small terminal (automatic when TERM=dumb)"},
    "cli_help.take.pin_file": {
        "fr": "le code de l'animateur qui rouvre les réponses envoyées, lu sur la première ligne de FILE (chmod 600), comme pour `rm-tui kiosk`",
        "en": "the facilitator PIN that reopens submitted answers, from the first line of FILE (chmod 600), as for `rm-tui kiosk`"},
}
