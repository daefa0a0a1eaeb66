"""What is wrong with a file or an argument (`core.errors.Problem`), and the CLI's error and
warning lines. The English texts are the ones the CLI has always printed, byte for byte (scripts
and tests read them); the place (`PATH:LINE:COL`) is never translated."""

STRINGS: dict[str, dict[str, str]] = {
    # one located problem (`Problem.text`), and a command's own error or warning
    "input.line.error": {"fr": "{where} : erreur : {message}", "en": "{where}: error: {message}"},
    "input.line.warning": {"fr": "{where} : avertissement : {message}", "en": "{where}: warning: {message}"},
    "input.command.error": {"fr": "rm-tui {command} : erreur : {message}",
                            "en": "rm-tui {command}: error: {message}"},
    "input.command.warning": {"fr": "rm-tui {command} : avertissement : {message}",
                              "en": "rm-tui {command}: warning: {message}"},
    "input.command.os_error": {"fr": "rm-tui {command} : erreur : {where}{message}",
                               "en": "rm-tui {command}: error: {where}{message}"},
}
