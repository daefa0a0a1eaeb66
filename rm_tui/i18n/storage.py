"""The database's own messages: a file that cannot be used (corrupt, newer, not ours), the system
refusing a read or a write, restore's description of a copy, erase's counts. The English texts are
the ones rm-tui has always printed, byte for byte; paths, ids and commands are never translated."""

STRINGS: dict[str, dict[str, str]] = {
    # a file that cannot be used as a database (never modified)
    "storage.what_to_do": {
        "fr": "Le fichier n'a pas été modifié. Restaurez la dernière bonne copie ({bak}) s'il y en a une "
              "avec `rm-tui restore PROGRAMME --db {path}` (ce fichier est mis de côté), ou indiquez "
              "un autre fichier avec --db.",
        "en": "The file was not modified. Restore the last good copy ({bak}) if there is one "
              "with `rm-tui restore PROGRAM --db {path}` (this file is kept aside), "
              "or point --db at another file."},
    "storage.corrupt": {"fr": "{path} : base de données abîmée, ce n'est pas du JSON valide{where}. {todo}",
                        "en": "{path}: corrupt database, not valid JSON{where}. {todo}"},
    "storage.json_at": {"fr": " (ligne {line}, colonne {col})", "en": " at line {line}, column {col}"},
    "storage.json_dup": {"fr": " ({what})", "en": " ({what})"},
    "storage.duplicate_key": {"fr": "la clé {key} apparaît deux fois dans un même objet",
                              "en": "the key {key} appears twice in one object"},
    "storage.not_ours": {
        "fr": "{path} : ce n'est pas une base de données rm-tui (pas de marque rm-tui dans sa table `_meta`). {todo}",
        "en": "{path}: not an rm-tui database (no rm-tui marker in its `_meta` table). {todo}"},
    "storage.bad_schema": {"fr": "{path} : version de schéma invalide {schema}. {todo}",
                           "en": "{path}: invalid schema version {schema}. {todo}"},
    "storage.newer": {
        "fr": "{path} : écrit par une version plus récente de rm-tui (schéma de base {schema} ; cette version "
              "lit jusqu'au {top}). Mettez rm-tui à jour pour l'utiliser. Le fichier n'a pas été modifié.",
        "en": "{path}: written by a newer rm-tui (database schema {schema}; this version reads "
              "up to {top}). Upgrade rm-tui to use it. The file was not modified."},
    "storage.no_migration": {
        "fr": "{path} : le schéma de base {schema} ne peut pas être mis à niveau par ce rm-tui "
              "(pas de migration depuis {schema}). {todo}",
        "en": "{path}: database schema {schema} cannot be upgraded by this rm-tui "
              "(no migration from {schema}). {todo}"},
    "storage.structure": {
        "fr": "{path} : la base de données n'a pas la structure attendue : {details}{more}. Le fichier n'a pas "
              "été modifié. Restaurez la dernière bonne copie ({bak}) s'il y en a une, ou indiquez un autre "
              "fichier avec --db.",
        "en": "{path}: the database does not have the expected structure: {details}{more}. The file was "
              "not modified. Restore the last good copy ({bak}) if there is one, or point --db at another file."},
    "storage.structure_more": {"fr": " (et {n} de plus)", "en": " (and {n} more)"},
    "storage.plan_delta_base": {
        "fr": "{path} : le plan {plan} est enregistré comme une modification du plan {base}, qui manque ou "
              "n'est pas entier. Restaurez la dernière bonne copie ({bak}) avec `rm-tui restore`, ou "
              "indiquez un autre fichier avec --db.",
        "en": "{path}: plan {plan} is stored as a change to plan {base}, which is missing or not whole. "
              "Restore the last good copy ({bak}) with `rm-tui restore`, or point --db at another file."},
    # the path itself
    "storage.bad_path": {"fr": "{name} : ce chemin ne peut pas servir de base de données : {what}. "
                               "Indiquez un fichier ordinaire avec --db.",
                         "en": "{name}: cannot use this path as a database: {what}. "
                               "Point --db at a regular file."},
    "storage.symlink_loop": {"fr": "une boucle de liens symboliques", "en": "a symlink loop"},
    "storage.not_a_file": {"fr": "{name} : {kind}, un fichier de base de données est attendu. "
                                 "Indiquez un fichier avec --db.",
                           "en": "{name}: is {kind}, expected a database file. Point --db at a file."},
    "storage.kind.directory": {"fr": "c'est un dossier", "en": "a directory"},
    "storage.kind.special": {"fr": "ce n'est pas un fichier ordinaire (un FIFO ou un périphérique ?)",
                             "en": "not a regular file (a FIFO or device?)"},
    "storage.cannot_read": {"fr": "{path} : lecture impossible : {reason}", "en": "{path}: cannot read: {reason}"},
    # the system refused (exit 1: the file is fine)
    "storage.os_error": {"fr": "{path} : impossible {action} : {reason}. {hint}.",
                         "en": "{path}: cannot {action}: {reason}. Please {hint}."},
    "storage.action.lock": {"fr": "d'ouvrir le fichier de verrou", "en": "open the lock file"},
    "storage.action.read": {"fr": "de lire", "en": "read"},
    "storage.action.write": {"fr": "d'écrire", "en": "write"},
    "storage.hint.access": {
        "fr": "Vérifiez les droits du fichier et du dossier (et que le disque n'est pas en lecture seule)",
        "en": "check the file and folder permissions (and that the disk is not read-only)"},
    "storage.hint.space": {"fr": "Libérez de la place sur le disque ; cette opération n'a rien enregistré",
                           "en": "free some disk space; nothing was saved by this operation"},
    "storage.hint.other": {"fr": "Vérifiez le chemin et le disque", "en": "check the path and the disk"},
    "storage.read_only": {
        "fr": "{path} : le fichier de la base est en lecture seule ; rien n'a été enregistré. Rendez-le "
              "modifiable (chmod u+w {name}) pour le changer, ou travaillez sur une copie.",
        "en": "{path}: the database file is read-only; nothing was saved. Make it writable "
              "(chmod u+w {name}) to change it, or work on a copy."},
    "storage.cannot_store": {"fr": "impossible d'enregistrer {found} ; rien n'a été enregistré",
                             "en": "cannot store {found}; nothing was saved"},
    # restore
    "storage.copy": {
        "fr": "{name} ({participants} participants, {answers} réponses, {plans} ; enregistré le {when})",
        "en": "{name} ({participants} participants, {answers} answers, {plans}; saved {when})"},
    "storage.copy_plans.one": {"fr": "{n} plan confirmé", "en": "{n} confirmed plan"},
    "storage.copy_plans.other": {"fr": "{n} plans confirmés", "en": "{n} confirmed plans"},
    "storage.copy_unusable": {"fr": "{name} (pas une base rm-tui utilisable ; enregistré le {when})",
                              "en": "{name} (not a usable rm-tui database; saved {when})"},
    "storage.no_copy": {"fr": "aucune copie utilisable de {path} à côté d'elle ; indiquez-en une avec --from",
                        "en": "no usable copy of {path} found next to it; give one with --from"},
    "storage.copy_is_db": {"fr": "{source} est la base elle-même ; indiquez une copie avec --from",
                           "en": "{source} is the database itself; give a copy with --from"},
    "storage.copy_unusable_error": {
        "fr": "{source} : pas une base rm-tui utilisable, rien n'a été restauré. {why}",
        "en": "{source}: not a usable rm-tui database, nothing was restored. {why}"},
    "storage.busy": {"fr": "{path} : la base est occupée ({why}) ; arrêtez les bornes et consoles qui "
                           "l'utilisent, puis restaurez",
                     "en": "{path}: the database is busy ({why}); stop the kiosks and "
                           "consoles using it, then restore"},
    "storage.usable": {
        "fr": "{path} est une base utilisable : {copy}. La restauration la remplacerait. Ajoutez --force "
              "pour la mettre de côté sous le nom {name}.replaced-TIME et restaurer {source}.",
        "en": "{path} is a usable database: {copy}. Restoring would replace it. Add --force to set it "
              "aside as {name}.replaced-TIME and restore {source}."},
    "storage.lines": {"fr": "{lines}", "en": "{lines}"},
    "storage.indented": {"fr": "  {line}", "en": "  {line}"},
    "storage.missing.head": {"fr": "pas de base de données à {path}, mais il en reste des traces :",
                             "en": "no database at {path}, but traces of it exist:"},
    "storage.missing.refuse": {
        "fr": "Refus de créer une base vide par-dessus (rien n'a été modifié).",
        "en": "Refusing to start an empty database over them (nothing was changed)."},
    "storage.missing.restore": {"fr": "Restaurez la dernière bonne copie avec :\n  {command}",
                                "en": "Restore the last good copy with:\n  {command}"},
    "storage.missing.none": {"fr": "Aucune n'est une base utilisable.",
                             "en": "None of them is a usable database."},
    "storage.missing.move": {
        "fr": "Pour vraiment créer une nouvelle base, déplacez d'abord ces fichiers dans un autre dossier.",
        "en": "To really start a new database, move these files to another folder first."},
    # erase
    "storage.erased_ref": {
        "fr": "{what} mentionne le participant {pid}, effacé (demande de protection des données) ; rien "
              "n'a été enregistré. Rechargez, ou retirez-le du programme et de la liste des participants.",
        "en": "{what} refers to participant {pid}, who was erased (data-protection request); "
              "nothing was saved. Reload, or remove them from the program and roster."},
    "storage.this.participant_record": {"fr": "cette fiche de participant", "en": "this participant record"},
    "storage.this.answer": {"fr": "cette réponse", "en": "this answer"},
    "storage.this.plan": {"fr": "ce plan", "en": "this plan"},
    "storage.this.decision": {"fr": "cette décision", "en": "this decision"},
    "storage.this.checkin": {"fr": "ce point d'étape", "en": "this checkin"},
    "storage.this.outcome": {"fr": "ce bilan", "en": "this outcome"},
    "storage.held": {
        "fr": "{path} : la base est occupée ({why}) ; un autre processus rm-tui la tient (un processus "
              "arrêté ou bloqué ?). Réessayez, ou arrêtez ce processus.",
        "en": "{path}: the database is busy ({why}); another rm-tui process is "
              "holding it (a stopped or hung process?). Try again, or end that process."},
    "storage.locked": {"fr": "{path} est verrouillé", "en": "{path} is locked"},
    "storage.locked_for": {"fr": "{path} est resté verrouillé {seconds} s", "en": "{path} stayed locked for {seconds} s"},
    "storage.disappeared": {
        "fr": "{path} : le fichier de la base a disparu pendant son utilisation (déplacé ou supprimé par un "
              "autre programme ?). Rien n'a été enregistré ; remettez le fichier en place, puis réessayez.",
        "en": "{path}: the database file disappeared while in use (moved or deleted "
              "by another program?). Nothing was saved; put the file back, then try again."},
    "storage.in_file": {"fr": "{path} : {why}", "en": "{path}: {why}"},
    "storage.already_erased": {"fr": "le participant {pid} a déjà été effacé",
                               "en": "participant {pid} was already erased"},
    "storage.no_participant": {"fr": "pas de participant {pid} dans la base",
                               "en": "no participant {pid} in the database"},
    "storage.no_participant_in": {"fr": "pas de participant {pid} dans {path}",
                                  "en": "no participant {pid} in {path}"},
    "storage.no_constraint": {"fr": "pas de contrainte {cid} en vigueur dans {path}",
                              "en": "no constraint {cid} in force in {path}"},
    "storage.mentions_none": {"fr": "aucune mention", "en": "no mentions"},
    "storage.mention.email.one": {"fr": "{n} adresse e-mail", "en": "{n} email address"},
    "storage.mention.email.other": {"fr": "{n} adresses e-mail", "en": "{n} email addresses"},
    "storage.mention.full_name.one": {"fr": "{n} nom complet", "en": "{n} full name"},
    "storage.mention.full_name.other": {"fr": "{n} noms complets", "en": "{n} full names"},
    "storage.mention.initials.one": {"fr": "{n} nom avec une initiale", "en": "{n} name with an initial"},
    "storage.mention.initials.other": {"fr": "{n} noms avec une initiale", "en": "{n} names with an initial"},
    "storage.mention.first_name.one": {"fr": "{n} prénom seul", "en": "{n} first name alone"},
    "storage.mention.first_name.other": {"fr": "{n} prénoms seuls", "en": "{n} first names alone"},
    "storage.mention.last_name.one": {"fr": "{n} nom de famille seul", "en": "{n} last name alone"},
    "storage.mention.last_name.other": {"fr": "{n} noms de famille seuls", "en": "{n} last names alone"},
    "storage.mention.id.one": {"fr": "{n} identifiant", "en": "{n} id"},
    "storage.mention.id.other": {"fr": "{n} identifiants", "en": "{n} ids"},
}
