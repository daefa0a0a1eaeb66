"""argparse's own words (`--help` headings, usage, usage errors), for a command line that speaks
French (rm_tui/cli/parser_words.py). Each English text is argparse's gettext message, exactly:
the French is found by it. Python 3.11 to 3.13 messages; one argparse adds later stays English.
The `%(name)s` and `%s` placeholders are argparse's and must stay (a test checks them)."""

STRINGS: dict[str, dict[str, str]] = {
    # help
    "cli_parser.usage": {"fr": "usage : ", "en": "usage: "},
    "cli_parser.positionals": {"fr": "arguments positionnels", "en": "positional arguments"},
    "cli_parser.options": {"fr": "options", "en": "options"},
    "cli_parser.subcommands": {"fr": "sous-commandes", "en": "subcommands"},
    "cli_parser.heading": {"fr": "%(heading)s:", "en": "%(heading)s:"},  # the heading brings the space
    "cli_parser.help": {"fr": "afficher cette aide et quitter", "en": "show this help message and exit"},
    "cli_parser.version": {"fr": "afficher la version du programme et quitter",
                           "en": "show program's version number and exit"},
    "cli_parser.default": {"fr": " (par défaut : %(default)s)", "en": " (default: %(default)s)"},
    # usage errors
    "cli_parser.error": {"fr": "%(prog)s : erreur : %(message)s\n", "en": "%(prog)s: error: %(message)s\n"},
    "cli_parser.warning": {"fr": "%(prog)s : avertissement : %(message)s\n",
                           "en": "%(prog)s: warning: %(message)s\n"},
    "cli_parser.argument": {"fr": "argument %(argument_name)s : %(message)s",
                            "en": "argument %(argument_name)s: %(message)s"},
    "cli_parser.required": {"fr": "arguments obligatoires manquants : %s",
                            "en": "the following arguments are required: %s"},
    "cli_parser.one_required": {"fr": "l'un des arguments %s est obligatoire",
                                "en": "one of the arguments %s is required"},
    "cli_parser.unrecognized": {"fr": "arguments non reconnus : %s", "en": "unrecognized arguments: %s"},
    "cli_parser.not_allowed": {"fr": "incompatible avec l'argument %s", "en": "not allowed with argument %s"},
    "cli_parser.ignored": {"fr": "argument explicite %r ignoré", "en": "ignored explicit argument %r"},
    "cli_parser.one_value": {"fr": "une valeur attendue", "en": "expected one argument"},
    "cli_parser.at_most_one": {"fr": "au plus une valeur attendue", "en": "expected at most one argument"},
    "cli_parser.at_least_one": {"fr": "au moins une valeur attendue", "en": "expected at least one argument"},
    "cli_parser.n_values.one": {"fr": "%s valeur attendue", "en": "expected %s argument"},
    "cli_parser.n_values.other": {"fr": "%s valeurs attendues", "en": "expected %s arguments"},
    "cli_parser.ambiguous": {"fr": "option ambiguë : %(option)s peut désigner %(matches)s",
                             "en": "ambiguous option: %(option)s could match %(matches)s"},
    "cli_parser.unexpected": {"fr": "option inattendue : %s", "en": "unexpected option string: %s"},
    "cli_parser.invalid_value": {"fr": "valeur %(type)s invalide : %(value)r",
                                 "en": "invalid %(type)s value: %(value)r"},
    "cli_parser.invalid_choice": {"fr": "choix invalide : %(value)r (au choix : %(choices)s)",
                                  "en": "invalid choice: %(value)r (choose from %(choices)s)"},
    "cli_parser.unknown_parser": {"fr": "commande inconnue %(parser_name)r (au choix : %(choices)s)",
                                  "en": "unknown parser %(parser_name)r (choices: %(choices)s)"},
    "cli_parser.cannot_open": {"fr": "impossible d'ouvrir '%(filename)s' : %(error)s",
                               "en": "can't open '%(filename)s': %(error)s"},
    # the commands' own usage errors (rm_tui.cli.parser_words.said)
    "cli_parser.whole_number": {"fr": "nombre entier de {low} à {high} attendu, reçu {got}",
                                "en": "expected a whole number from {low} to {high}, got {got}"},
    "cli_parser.unknown_encoding": {"fr": "encodage inconnu {got} (au choix : {names})",
                                    "en": "unknown encoding {got} (use one of {names})"},
    "cli_parser.reason_after_override": {
        "fr": "--reason doit suivre un --lock ou un --forbid (une raison chacun)",
        "en": "--reason must follow a --lock or --forbid (one reason each)"},
    "cli_parser.reason_after_change": {
        "fr": "--reason doit suivre un --lock, --forbid, --lift ou --exclude (une raison chacun)",
        "en": "--reason must follow a --lock, --forbid, --lift or --exclude (one reason each)"},
}
