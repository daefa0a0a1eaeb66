"""The words of the plain-terminal flows (`rm-tui take`, plain mode), French and English.

The questions themselves come from the questionnaire files."""

STRINGS: dict[str, dict[str, str]] = {
    "take.ticked.one": {"fr": "{n} coché", "en": "{n} ticked"},
    "take.ticked.other": {"fr": "{n} cochés", "en": "{n} ticked"},
    "take.item_problem": {"fr": "{problem} ({question})", "en": "{problem} ({question})"},
    "take.sep": {"fr": " ; ", "en": "; "},
    "take.back": {"fr": "← Retour (question précédente)", "en": "← Back (previous question)"},
    "take.skip": {"fr": "(pas de réponse)", "en": "(no answer)"},
    "take.back_hint": {"fr": "tapez < pour revenir en arrière", "en": "type < to go back"},
    "take.empty_skip": {
        "fr": "Entrée sur une ligne vide pour ne pas répondre",
        "en": "Enter on an empty line to leave it blank",
    },
    "take.scale_hint": {
        "fr": "(touches chiffres ou flèches, puis Entrée)",
        "en": "(number keys or arrows, then Enter)",
    },
    "take.choice_hint": {
        "fr": "(flèches ou raccourci, puis Entrée)",
        "en": "(arrows or the shortcut key, then Enter)",
    },
    "take.multi_hint": {
        "fr": "(Espace pour cocher, Entrée pour valider{limit})",
        "en": "(Space to tick, Enter to confirm{limit})",
    },
    "take.multi_limit": {"fr": ", {n} au plus", "en": ", at most {n}"},
    "take.multi_back": {
        "fr": " ; {shortcut} pour revenir en arrière",
        "en": "; {shortcut} to go back",
    },
    "take.rank_first": {"fr": "Laquelle compte le plus ?", "en": "Which one matters most?"},
    "take.rank_next": {
        "fr": "Laquelle ensuite ? (rang {n})",
        "en": "Which one comes next? (rank {n})",
    },
    "take.text_hint": {
        "fr": "({n} caractères au plus{extra})",
        "en": "(at most {n} characters{extra})",
    },
    "take.number_hint": {"fr": "(un nombre{range}{extra})", "en": "(a number{range}{extra})"},
    "take.number_range": {"fr": " de {lo} à {hi}", "en": " from {lo} to {hi}"},
    "take.date_hint": {
        "fr": "(une date JJ/MM/AAAA{range}{extra})",
        "en": "(a date DD/MM/YYYY{range}{extra})",
    },
    "take.people_hint": {
        "fr": "(tapez un nom, Tab complète ; Entrée sur une ligne vide pour terminer ; retaper un nom le retire{limit})",
        "en": "(type a name, Tab completes; Enter on an empty line when done; typing a name again removes it{limit})",
    },
    "take.people_so_far": {"fr": "Déjà choisis : {names}", "en": "Chosen so far: {names}"},
    "take.people_none": {
        "fr": "(personne à choisir pour l'instant)",
        "en": "(nobody to choose from yet)",
    },
    "take.people_unknown": {
        "fr": "Personne de ce nom ici ; Tab affiche les noms",
        "en": "No one by that name here; Tab shows the names",
    },
    "take.people_several": {
        "fr": "Plusieurs noms correspondent : {names} ; tapez-en davantage",
        "en": "Several names match: {names}; type more of the name",
    },
    "take.people_full": {
        "fr": "Vous en avez déjà choisi {n} : retirez-en un d'abord (retapez son nom)",
        "en": "You already chose {n}: remove one first (type the name again)",
    },
    "take.who": {"fr": "Votre nom (Tab complète)", "en": "Your name (Tab completes)"},
    "take.who_plain": {"fr": "Votre nom (ou une partie)", "en": "Your name (or part of it)"},
    "take.who_unknown": {
        "fr": "Ce nom n'est pas sur la liste ; vérifiez l'orthographe ou demandez à l'animateur",
        "en": "That name is not on the list; please check the spelling or ask the facilitator",
    },
    "take.is_it_you": {"fr": "Vous êtes {name} ({role}) ?", "en": "You are {name} ({role})?"},
    "take.register": {
        "fr": "« {name} » n'est pas sur la liste. Vous inscrire comme nouveau participant ?",
        "en": "\"{name}\" is not on the list. Register as a new participant?",
    },
    "take.registered": {
        "fr": "Inscription faite : {name} (identifiant {id}). Prévenez l'animateur.",
        "en": "Registered: {name} (id {id}). Please tell the facilitator.",
    },
    "take.welcome_back.one": {
        "fr": "Bon retour, {name} : {n} question sur {total} déjà répondue.",
        "en": "Welcome back, {name}: {n} of {total} questions already answered.",
    },
    "take.welcome_back.other": {
        "fr": "Bon retour, {name} : {n} questions sur {total} déjà répondues.",
        "en": "Welcome back, {name}: {n} of {total} questions already answered.",
    },
    "take.welcome": {
        "fr": "Bonjour {name} : {total} questions. Chaque réponse est enregistrée aussitôt ; Ctrl+C arrête et les garde.",
        "en": "Hello {name}: {total} questions. Every answer is saved as you go; Ctrl+C stops and keeps them.",
    },
    "take.already_submitted": {
        "fr": "Vous avez déjà envoyé vos réponses. Vous pouvez les revoir et les modifier.",
        "en": "You already submitted your answers. You can review and change them.",
    },
    "take.sealed": {
        "fr": "Merci, {name} : vos réponses sont bien enregistrées, il n'y a plus rien à faire.",
        "en": "Thank you, {name}: your answers are in, there is nothing left to do.",
    },
    "take.sealed_ask": {
        "fr": "Pour modifier une réponse, adressez-vous à l'animateur.",
        "en": "To change an answer, please ask the facilitator.",
    },
    "take.sealed_how": {
        "fr": "(Animateur : relancez la même commande avec --pin-file FICHIER, ou avec "
              "RM_TUI_PIN défini, pour saisir le code PIN du kiosque.)",
        "en": "(Facilitator: run the same command with --pin-file FILE, or with RM_TUI_PIN "
              "set, to be asked for the kiosk PIN.)",
    },
    "take.sealed_pin": {
        "fr": "Code PIN de l'animateur pour rouvrir ces réponses (Entrée pour quitter) :",
        "en": "Facilitator PIN to reopen these answers (Enter to leave):",
    },
    "take.sealed_wrong_pin": {
        "fr": "Code incorrect : les réponses restent telles quelles.",
        "en": "Wrong PIN: the answers stay as they are.",
    },
    "take.review_action": {"fr": "Et maintenant ?", "en": "What now?"},
    "take.change": {"fr": "Modifier une réponse", "en": "Change an answer"},
    "take.stop": {
        "fr": "Arrêter pour l'instant (les réponses sont gardées)",
        "en": "Stop for now (answers are kept)",
    },
    "take.missing": {"fr": "Reste à répondre : {items}", "en": "Still to answer: {items}"},
    "take.which_change": {
        "fr": "Quelle réponse ? (son numéro dans la liste ci-dessus)",
        "en": "Which answer? (its number in the list above)",
    },
    "take.submitted": {
        "fr": "Merci, {name} ! Vos réponses sont envoyées.",
        "en": "Thank you, {name}! Your answers are submitted.",
    },
    "take.stopped.one": {
        "fr": "Arrêté. {n} réponse enregistrée.",
        "en": "Stopped. Your {n} answer so far is saved.",
    },
    "take.stopped.other": {
        "fr": "Arrêté. Vos {n} réponses sont enregistrées.",
        "en": "Stopped. Your {n} answers so far are saved.",
    },
    "take.stopped_early": {"fr": "Arrêté avant toute réponse.", "en": "Stopped before any answer."},
    "take.resume": {
        "fr": "Pour reprendre plus tard : {command}",
        "en": "To continue later: {command}",
    },
    "take.plain_pick": {
        "fr": "tapez le chiffre ou la lettre, puis Entrée",
        "en": "type the number or letter, then Enter",
    },
    "take.plain_default": {"fr": " ; Entrée seule : {choice}", "en": "; Enter alone: {choice}"},
    "take.plain_which": {"fr": "Tapez l'un de : {keys}", "en": "Please type one of: {keys}"},
    "take.plain_ticks": {
        "fr": "(les numéros à cocher, séparés par des espaces ; Entrée seule garde : {current})",
        "en": "(the numbers to tick, separated by spaces; Enter alone keeps: {current})",
    },
    "take.plain_yes_no": {
        "fr": "Répondez o (oui) ou n (non)",
        "en": "Please answer y (yes) or n (no)",
    },
}
