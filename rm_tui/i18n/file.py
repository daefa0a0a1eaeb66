"""Why an input file cannot be read (what the path is, its size, its encoding, its YAML syntax).
The English texts are the ones rm-tui has always printed, byte for byte; paths and the YAML
parser's own words are never translated."""

STRINGS: dict[str, dict[str, str]] = {
    # what the path is (core/input_file.py)
    "file.directory": {"fr": "est un dossier, un fichier est attendu", "en": "is a directory, expected a file"},
    "file.fifo": {"fr": "est un tube nommé (FIFO), un fichier ordinaire est attendu",
                  "en": "is a named pipe (FIFO), expected a regular file"},
    "file.device": {"fr": "est un périphérique, un fichier ordinaire est attendu",
                    "en": "is a device, expected a regular file"},
    "file.socket": {"fr": "est une socket, un fichier ordinaire est attendu", "en": "is a socket, expected a regular file"},
    "file.special": {"fr": "n'est pas un fichier ordinaire", "en": "is not a regular file"},
    "file.not_found": {"fr": "fichier introuvable", "en": "file not found"},
    "file.loop": {"fr": "est une boucle de liens symboliques (un lien qui pointe sur lui-même)",
                  "en": "is a symbolic link loop (a link that points back to itself)"},
    "file.denied": {"fr": "permission refusée (impossible de lire le fichier)",
                    "en": "permission denied (cannot read the file)"},
    "file.not_folder": {"fr": "fichier introuvable (une partie du chemin n'est pas un dossier)",
                        "en": "file not found (a part of the path is not a folder)"},
    "file.too_long": {"fr": "le chemin est trop long", "en": "the path is too long"},
    "file.cannot_read": {"fr": "impossible de lire le fichier : {reason}", "en": "cannot read the file: {reason}"},
    "file.too_big": {"fr": "fait {size} Mo ; les fichiers lus sont limités à {limit} Mo",
                     "en": "is {size} MB; input files are limited to {limit} MB"},
    # YAML (yaml_io.py)
    "file.binary_yaml": {"fr": "est un fichier binaire, un texte YAML en UTF-8 est attendu",
                         "en": "is a binary file, expected UTF-8 YAML text"},
    "file.not_utf8": {"fr": "n'est pas un texte UTF-8 valide (enregistrez le fichier en UTF-8)",
                      "en": "is not valid UTF-8 text (save the file as UTF-8)"},
    "file.yaml_syntax": {"fr": "erreur de syntaxe YAML : {what}", "en": "YAML syntax error: {what}"},
    "file.yaml_tab": {"fr": "une tabulation ici ; YAML s'indente avec des espaces, pas des tabulations",
                      "en": "a tab character here; YAML is indented with spaces, not tabs"},
    "file.yaml_invalid": {"fr": "YAML invalide", "en": "invalid YAML"},
    "file.yaml_deep": {"fr": "YAML trop imbriqué pour être lu", "en": "YAML nested too deeply to be read"},
    "file.duplicate_key": {"fr": "clé en double '{key}'", "en": "duplicate key '{key}'"},
}
