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
    "serve.app_title": {"fr": "rm-tui", "en": "rm-tui"},
    "serve.session_failed": {"fr": "rm-tui serve : session non démarrée : {error}\n",
                             "en": "rm-tui serve: session not started: {error}\n"},
    # what `rm-tui serve` prints in the facilitator's terminal, in the program's language
    "serve.cli.status_failed": {"fr": "attention : impossible de mettre à jour {db}.serve.json : {error}",
                                "en": "warning: cannot update {db}.serve.json: {error}"},
    "serve.cli.sessions": {"fr": "sessions : {live}/{max}", "en": "sessions: {live}/{max}"},
    "serve.cli.open_network": {
        "fr": "attention : service sur {host} : toute personne de ce réseau qui a le lien peut répondre",
        "en": "warning: serving on {host}: anyone on this network who has the link can answer",
    },
    "serve.cli.join": {"fr": "rejoindre : {url}", "en": "join: {url}"},
    "serve.cli.links": {"fr": "liens : {n} liens personnels écrits dans {file}",
                        "en": "links: {n} personal links written to {file}"},
    "serve.cli.stop": {"fr": "Ctrl+C arrête le service (les réponses déjà données sont enregistrées).",
                       "en": "Ctrl+C stops serving (answers given so far are saved)."},
}
