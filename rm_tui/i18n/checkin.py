"""The check-in prompts' own words (`rm-tui checkin`); the questions' words are in
`services/followup_words.py`, shared with the console's forms."""

STRINGS: dict[str, dict[str, str]] = {
    "checkin.ended": {"fr": " (terminé)", "en": " (ended)"},  # after a pair's names
}
