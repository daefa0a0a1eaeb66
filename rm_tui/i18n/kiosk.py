"""The kiosk's words (participants at a shared screen), French and English."""

STRINGS: dict[str, dict[str, str]] = {
    "kiosk.welcome": {"fr": "Bienvenue", "en": "Welcome"},
    "kiosk.welcome_lead": {
        "fr": "Quelques questions pour former les binômes : 10 à 15 minutes.",
        "en": "A few questions to form the pairs: 10 to 15 minutes.",
    },
    "kiosk.start": {"fr": "Commencer", "en": "Start"},
    "kiosk.start_hint": {
        "fr": "Appuyez sur Entrée pour commencer · ← → pour la langue",
        "en": "Press Enter to start · ← → for the language",
    },
    "kiosk.who": {"fr": "Qui êtes-vous ?", "en": "Who are you?"},
    "kiosk.who_hint": {
        "fr": "Tapez votre nom, puis choisissez-le dans la liste (↓ puis Entrée, ou un clic).",
        "en": "Type your name, then pick it from the list (↓ then Enter, or a click).",
    },
    "kiosk.name_placeholder": {"fr": "Votre nom", "en": "Your name"},
    "kiosk.no_match": {"fr": "Aucun nom ne correspond.", "en": "No name matches."},
    "kiosk.no_match_register": {
        "fr": "Aucun nom ne correspond. Vérifiez l'orthographe, ou choisissez « Je ne trouve pas mon nom » (Tab).",
        "en": "No name matches. Check the spelling, or choose “I can't find my name” (Tab).",
    },
    "kiosk.keep_typing": {"fr": "Tapez au moins deux lettres.", "en": "Type at least two letters."},
    "kiosk.not_listed": {"fr": "Je ne trouve pas mon nom", "en": "I can't find my name"},
    "kiosk.not_listed_ask": {
        "fr": "Vous ne trouvez pas votre nom ? Adressez-vous à l'animateur.",
        "en": "Can't find your name? Please ask the facilitator.",
    },
    "kiosk.cancel": {"fr": "Annuler", "en": "Cancel"},
    "kiosk.back_home": {"fr": "Retour à l'accueil", "en": "Back to the start"},
    "kiosk.confirm_q": {"fr": "Êtes-vous bien {name} ?", "en": "Are you {name}?"},
    "kiosk.confirm_yes": {"fr": "Oui, c'est moi", "en": "Yes, that's me"},
    "kiosk.confirm_keys": {
        "fr": "← → : choisir · Entrée : valider",
        "en": "← →: choose · Enter: confirm",
    },
    "kiosk.resume_note": {
        "fr": "Vous aviez commencé : vous reprendrez à la question {n} sur {total}.",
        "en": "You had started: you will continue at question {n} of {total}.",
    },
    "kiosk.done_note": {
        "fr": "Vous avez déjà répondu à tout. Vous pourrez relire vos réponses et les modifier.",
        "en": "You have already answered everything. You can review and change your answers.",
    },
    "kiosk.sealed_note": {
        "fr": "Vos réponses sont déjà envoyées.",
        "en": "Your answers are already in.",
    },
    "kiosk.sealed_title": {
        "fr": "Vos réponses sont bien enregistrées",
        "en": "Your answers are in",
    },
    "kiosk.sealed_lead": {
        "fr": "Merci ! Il n'y a plus rien à faire. Pour modifier une réponse, adressez-vous à l'animateur : il pourra les rouvrir avec son code.",
        "en": "Thank you! There is nothing left to do. To change an answer, please ask the facilitator, who can reopen them with their code.",
    },
    "kiosk.sealed_unlock": {"fr": "Rouvrir (animateur)", "en": "Reopen (facilitator)"},
    "kiosk.register": {"fr": "Inscription", "en": "Sign up"},
    "kiosk.register_lead": {
        "fr": "Votre nom n'est pas dans la liste : inscrivez-vous ici.",
        "en": "Your name is not on the list: sign up here.",
    },
    "kiosk.continue": {"fr": "Continuer", "en": "Continue"},
    "kiosk.need_name": {
        "fr": "Indiquez votre prénom et votre nom.",
        "en": "Please give your first and last name.",
    },
    "kiosk.already_listed": {
        "fr": "Vous êtes déjà sur la liste : revenez en arrière et cherchez votre nom.",
        "en": "You are already on the list: go back and search for your name.",
    },
    "kiosk.need_role": {"fr": "Choisissez votre rôle.", "en": "Please choose your role."},
    "kiosk.questions_of": {
        "fr": "Questions {n}–{m} sur {total}",
        "en": "Questions {n}–{m} of {total}",
    },
    "kiosk.back": {"fr": "← Retour", "en": "← Back"},
    "kiosk.next": {"fr": "Suivant →", "en": "Next →"},
    "kiosk.to_review": {"fr": "Relire →", "en": "Review →"},
    "kiosk.keys_hint": {
        "fr": "Entrée : continuer · Pg↑ : question précédente · Tab : se déplacer",
        "en": "Enter: continue · PgUp: previous question · Tab: move around",
    },
    "kiosk.keys_hint_first": {
        "fr": "Entrée : continuer · Pg↑ : ce n'est pas moi · Tab : se déplacer",
        "en": "Enter: continue · PgUp: this is not me · Tab: move around",
    },
    "kiosk.not_me": {"fr": "← Ce n'est pas moi", "en": "← This is not me"},
    "kiosk.too_small": {
        "fr": "Fenêtre trop petite : agrandissez-la, ou faites défiler.",
        "en": "Window too small: enlarge it, or scroll.",
    },
    "kiosk.scale_hint": {"fr": "← → ou 1–{n}, ou un clic", "en": "← → or 1–{n}, or a click"},
    "kiosk.single_hint": {"fr": "↑ ↓ ou 1–{n}, ou un clic", "en": "↑ ↓ or 1–{n}, or a click"},
    "kiosk.multi_hint": {
        "fr": "Espace ou 1–{n} pour cocher ; jusqu'à {max} choix",
        "en": "Space or 1–{n} to tick; up to {max} choices",
    },
    "kiosk.multi_hint_any": {"fr": "Espace ou 1–{n} pour cocher", "en": "Space or 1–{n} to tick"},
    "kiosk.ranked_hint": {
        "fr": "Cochez dans l'ordre d'importance (n° 1 d'abord) ; jusqu'à {max} choix",
        "en": "Tick in order of importance (no. 1 first); up to {max} choices",
    },
    "kiosk.number_hint": {"fr": "Un nombre de {min} à {max}", "en": "A number from {min} to {max}"},
    "kiosk.number_hint_open": {"fr": "Un nombre", "en": "A number"},
    "kiosk.date_hint": {"fr": "Date au format JJ/MM/AAAA", "en": "Date as DD/MM/YYYY"},
    "kiosk.date_placeholder": {"fr": "JJ/MM/AAAA", "en": "DD/MM/YYYY"},
    "kiosk.text_placeholder": {"fr": "Votre réponse", "en": "Your answer"},
    "kiosk.roster_hint": {
        "fr": "Tapez un nom, choisissez avec ↓ puis Entrée ; jusqu'à {max} personnes",
        "en": "Type a name, pick with ↓ then Enter; up to {max} people",
    },
    "kiosk.roster_hint_one": {
        "fr": "Tapez un nom, choisissez avec ↓ puis Entrée ; une seule personne",
        "en": "Type a name, pick with ↓ then Enter; one person only",
    },
    "kiosk.roster_placeholder": {"fr": "Chercher un nom", "en": "Search a name"},
    "kiosk.remove": {"fr": "retirer", "en": "remove"},
    "kiosk.chars": {"fr": "{n} / {max} caractères", "en": "{n} / {max} characters"},
    "kiosk.review_hint": {
        "fr": "Pour modifier une réponse : un clic sur la ligne, ou ↑ ↓ puis Entrée.",
        "en": "To change an answer: click its line, or ↑ ↓ then Enter.",
    },
    "kiosk.missing": {"fr": "à compléter", "en": "to complete"},
    "kiosk.missing_note.one": {"fr": "Il reste {n} réponse obligatoire à donner.", "en": "{n} required answer still to give."},
    "kiosk.missing_note.other": {"fr": "Il reste {n} réponses obligatoires à donner.", "en": "{n} required answers still to give."},
    "kiosk.thanks": {"fr": "Merci, {name} !", "en": "Thank you, {name}!"},
    "kiosk.thanks_lead": {
        "fr": "Vos réponses sont enregistrées. L'animateur vous présentera votre binôme.",
        "en": "Your answers are saved. The facilitator will introduce your pair.",
    },
    "kiosk.profile_title": {
        "fr": "Vos préférences pour apprendre",
        "en": "Your learning preferences",
    },
    "kiosk.profile_note": {
        "fr": "Ce sont des préférences, pas des aptitudes : chacun apprend de toutes les façons.",
        "en": "These are preferences, not abilities: everyone learns in every way.",
    },
    "kiosk.balanced": {"fr": "équilibré", "en": "balanced"},
    "kiosk.done": {"fr": "Terminer", "en": "Finish"},
    "kiosk.auto_return": {
        "fr": "Retour à l'accueil dans {n} s.",
        "en": "Back to the start in {n} s.",
    },
    "kiosk.idle_warning": {
        "fr": "Toujours là ? Accueil dans {n} s · une touche pour rester",
        "en": "Still there? Back to start in {n} s · a key to stay",
    },
    "kiosk.save_failed": {
        "fr": "Vos réponses n'ont pas pu être enregistrées. Merci d'appeler l'animateur.",
        "en": "Your answers could not be saved. Please call the facilitator.",
    },
    "kiosk.pin_title": {"fr": "Animateur", "en": "Facilitator"},
    "kiosk.pin_title_unlock": {
        "fr": "Animateur : rouvrir ces réponses",
        "en": "Facilitator: reopen these answers",
    },
    "kiosk.pin_prompt": {"fr": "Code PIN", "en": "PIN"},
    "kiosk.pin_wrong.one": {"fr": "Code incorrect ({n} essai restant).", "en": "Wrong PIN ({n} attempt left)."},
    "kiosk.pin_wrong.other": {"fr": "Code incorrect ({n} essais restants).", "en": "Wrong PIN ({n} attempts left)."},
    "kiosk.pin_locked": {
        "fr": "Trop d'essais : réessayez dans {n} s.",
        "en": "Too many attempts: try again in {n} s.",
    },
    "kiosk.pin_hint": {
        "fr": "Entrée pour valider · Échap pour revenir",
        "en": "Enter to confirm · Esc to go back",
    },
    "kiosk.pole.CE": {"fr": "exemple d'abord", "en": "example first"},
    "kiosk.pole.AC": {"fr": "principe d'abord", "en": "principle first"},
    "kiosk.pole.RO": {"fr": "observer d'abord", "en": "watch first"},
    "kiosk.pole.AE": {"fr": "essayer d'abord", "en": "try first"},
    "kiosk.pole.EXP_DEMO": {"fr": "montrer d'abord", "en": "show first"},
    "kiosk.pole.EXP_PRINCIPLE": {"fr": "principe d'abord", "en": "principle first"},
    "kiosk.axis.grasp": {"fr": "Pour comprendre", "en": "To understand"},
    "kiosk.axis.transform": {"fr": "Pour s'y mettre", "en": "To get started"},
    "kiosk.axis.explain": {"fr": "Pour expliquer", "en": "To explain"},
    # the app itself: its title, and the line a crash leaves in the kiosk log
    "kiosk.app_title": {"fr": "rm-tui kiosk", "en": "rm-tui kiosk"},  # the command's name; no screen shows it
    "kiosk.crash_log": {"fr": "{when} l'interface de la borne s'est arrêtée sur une erreur :\n",
                        "en": "{when} kiosk UI crashed:\n"},
}
