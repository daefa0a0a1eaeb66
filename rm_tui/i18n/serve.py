"""The few HTML pages `rm-tui serve` answers with before the participant flow starts. A browser
has not chosen a language yet, so each page shows both (French first, English dimmed)."""

STRINGS: dict[str, dict[str, str]] = {
    "serve.bad_link_title": {"fr": "Lien non valide", "en": "Invalid link."},
    "serve.bad_link": {
        "fr": "Ce lien n'est pas (ou plus) valide. Demandez le lien du jour à l'animateur, ou "
              "scannez le code affiché.",
        "en": "This link is not valid (any more). Ask the facilitator for today's link, or scan "
              "the code on the screen.",
    },
    "serve.full_title": {"fr": "La salle est pleine", "en": "The room is full."},
    "serve.full": {
        "fr": "{live} personnes répondent en ce moment. Réessayez dans une minute : cette page se "
              "recharge toute seule.",
        "en": "{live} people are answering right now. Please retry in a minute: this page "
              "reloads by itself.",
    },
    "serve.closed": {
        "fr": "Session terminée (ou salle pleine) — vos réponses déjà données sont enregistrées.",
        "en": "Session ended (or the room is full) — the answers you gave are saved.",
    },
    "serve.resume": {"fr": "Reprendre", "en": "Continue"},
    "serve.loading": {"fr": "Chargement…", "en": "Loading…"},
}
