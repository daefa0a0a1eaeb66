"""Words shared by every interface: the same concept reads the same at the kiosk, in `take`
and in the yes/no questions (yes/no, optional, roles, the registration fields...)."""

STRINGS: dict[str, dict[str, str]] = {
    "common.yes": {"fr": "Oui", "en": "Yes"},
    "common.no": {"fr": "Non", "en": "No"},
    "common.yes_no_hint_yes": {"fr": "(O/n)", "en": "(Y/n)"},  # Enter alone means yes
    "common.yes_no_hint_no": {"fr": "(o/N)", "en": "(y/N)"},  # Enter alone means no
    "common.optional": {"fr": "(facultatif)", "en": "(optional)"},
    "common.decimal_example": {"fr": "3,5", "en": "3.5"},  # a decimal number as people type it
    # roles: the short name, and the line that explains it when one chooses
    "common.role.mentor": {"fr": "Mentor", "en": "Mentor"},
    "common.role.mentee": {"fr": "Mentoré·e", "en": "Mentee"},
    "common.role_long.mentor": {
        "fr": "Mentor — j'accompagne un·e senior",
        "en": "Mentor — I coach a senior colleague",
    },
    "common.role_long.mentee": {
        "fr": "Mentoré·e — un·e junior m'accompagne",
        "en": "Mentee — a junior colleague coaches me",
    },
    # signing up
    "common.full_name": {"fr": "Prénom et nom", "en": "First and last name"},
    "common.email": {"fr": "Adresse e-mail professionnelle", "en": "Work email address"},
    "common.bad_email": {
        "fr": "Indiquez une adresse e-mail valide.",
        "en": "Please give a valid email address.",
    },
    "common.your_role": {"fr": "Votre rôle dans le programme", "en": "Your role in the program"},
    # answering
    "common.question_of": {"fr": "Question {n} sur {total}", "en": "Question {n} of {total}"},
    "common.review": {"fr": "Relisez vos réponses", "en": "Review your answers"},
    "common.submit": {"fr": "Envoyer mes réponses", "en": "Submit my answers"},
}
