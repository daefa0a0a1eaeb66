"""The command line's operational words (import, erase, status, validate, export, restore, log,
constraints, match): said in the program's language (`--lang` overrides). The English texts are
the ones the CLI has always printed, byte for byte (tests and scripts read them); `--json` output
never goes through here."""

STRINGS: dict[str, dict[str, str]] = {
    # import
    "cli.import.read_as": {"fr": "{path} lu en {encoding}", "en": "read {path} as {encoding}"},
    "cli.import.kind.roster": {"fr": "liste des participants", "en": "roster"},
    "cli.import.kind.responses": {"fr": "réponses", "en": "responses"},
    "cli.import.unit.roster": {"fr": "participants", "en": "participants"},
    "cli.import.unit.responses": {"fr": "réponses de participants", "en": "participants' answers"},
    "cli.import.done": {
        "fr": "{source} ({kind}) importé dans {path} : ajoutés {added}, mis à jour {updated}, ignorés (inchangés) {unchanged} — {unit}",
        "en": "imported {source} ({kind}) into {path}: {added} added, {updated} updated, {unchanged} skipped (unchanged) {unit}"},
    "cli.import.erased": {
        "fr": "{n} participant(s) effacé(s) dans {file} non importé(s) (effacés sur demande de protection des données ; retirez-les du fichier)",
        "en": "{n} erased participant(s) in {file} were not imported (erased on a data-protection request; remove them from the file)"},
    "cli.import.followup_done": {"fr": "{source} (points/bilans) importé dans {path} : {summary}",
                                 "en": "imported {source} (check-ins/outcomes) into {path}: {summary}"},
    "cli.import.added.checkins.one": {"fr": "{n} point ajouté", "en": "{n} check-in added"},
    "cli.import.added.checkins.other": {"fr": "{n} points ajoutés", "en": "{n} check-ins added"},
    "cli.import.added.outcomes.one": {"fr": "{n} bilan ajouté", "en": "{n} outcome added"},
    "cli.import.added.outcomes.other": {"fr": "{n} bilans ajoutés", "en": "{n} outcomes added"},
    "cli.import.already": {"fr": " ({n} déjà présents)", "en": " ({n} already there)"},
    "cli.import.nothing": {"fr": "rien à importer", "en": "nothing to import"},
    # erase
    "cli.erase.would": {"fr": "effacerait {who} de {path}", "en": "would erase {who} from {path}"},
    "cli.erase.done": {"fr": "{who} effacé de {path}", "en": "erased {who} from {path}"},
    "cli.erase.removed": {"fr": "  documents supprimés : {removed}", "en": "  documents removed: {removed}"},
    "cli.erase.removed_from": {"fr": "{n} dans {table}", "en": "{n} from {table}"},
    "cli.erase.none": {"fr": "aucun", "en": "none"},
    "cli.erase.to_replace.one": {
        "fr": "  mentions à remplacer par '{marker}' : {counts} (dans {n} document)",
        "en": "  mentions to replace by '{marker}': {counts} (in {n} document)"},
    "cli.erase.to_replace.other": {
        "fr": "  mentions à remplacer par '{marker}' : {counts} (dans {n} documents)",
        "en": "  mentions to replace by '{marker}': {counts} (in {n} documents)"},
    "cli.erase.replaced.one": {
        "fr": "  mentions remplacées par '{marker}' : {counts} (dans {n} document)",
        "en": "  mentions replaced by '{marker}': {counts} (in {n} document)"},
    "cli.erase.replaced.other": {
        "fr": "  mentions remplacées par '{marker}' : {counts} (dans {n} documents)",
        "en": "  mentions replaced by '{marker}': {counts} (in {n} documents)"},
    "cli.erase.dry_run": {"fr": "  rien n'a été modifié (--dry-run)", "en": "  nothing was changed (--dry-run)"},
    "cli.erase.on_roster": {
        "fr": "note : {program} liste toujours {who} dans sa liste de participants ; retirez-le là aussi (la base refusera de l'enregistrer à nouveau)",
        "en": "note: {program} still lists {who} in its roster; remove them there as well (the database will refuse to store them again)"},
    "cli.erase.no_db": {"fr": "pas de base de données à {path} : rien à effacer",
                        "en": "no database at {path}: nothing to erase"},
    # status
    "cli.status.program": {"fr": "programme {program} : {mentors} mentors, {mentees} mentorés",
                           "en": "program {program}: {mentors} mentors, {mentees} mentees"},
    "cli.status.excluded": {"fr": " ({n} exclus)", "en": " ({n} excluded)"},
    "cli.status.finished": {"fr": "terminé : {n} sur {total}", "en": "finished: {n} of {total}"},
    "cli.status.header": {"fr": "questionnaire         rôles            complets",
                          "en": "questionnaire         roles            complete"},
    "cli.status.not_finished": {"fr": "pas terminé :", "en": "not finished:"},
    "cli.status.not_submitted": {"fr": "répondu, pas envoyé", "en": "answered, not submitted"},
    "cli.status.missing": {"fr": "manque : {missing}", "en": "missing: {missing}"},
    "cli.status.not_started": {"fr": "pas commencé, manque : {missing}", "en": "not started, missing: {missing}"},
    "cli.role.mentor": {"fr": "mentor", "en": "mentor"},
    "cli.role.mentee": {"fr": "mentoré", "en": "mentee"},
    # validate
    "cli.validate.ok.one": {"fr": "ok : {n} fichier valide ({summary}){found}", "en": "ok: {n} file valid ({summary}){found}"},
    "cli.validate.ok.other": {"fr": "ok : {n} fichiers valides ({summary}){found}", "en": "ok: {n} files valid ({summary}){found}"},
    "cli.validate.warnings.one": {"fr": ", {n} avertissement", "en": ", {n} warning"},
    "cli.validate.warnings.other": {"fr": ", {n} avertissements", "en": ", {n} warnings"},
    "cli.validate.kind.questionnaire.one": {"fr": "{n} questionnaire", "en": "{n} questionnaire"},
    "cli.validate.kind.questionnaire.other": {"fr": "{n} questionnaires", "en": "{n} questionnaires"},
    "cli.validate.kind.program.one": {"fr": "{n} programme", "en": "{n} program"},
    "cli.validate.kind.program.other": {"fr": "{n} programmes", "en": "{n} programs"},
    "cli.validate.kind.roster.one": {"fr": "{n} liste de participants", "en": "{n} roster"},
    "cli.validate.kind.roster.other": {"fr": "{n} listes de participants", "en": "{n} rosters"},
    "cli.validate.kind.responses.one": {"fr": "{n} fichier de réponses", "en": "{n} responses"},
    "cli.validate.kind.responses.other": {"fr": "{n} fichiers de réponses", "en": "{n} responses"},
    "cli.validate.read_as": {"fr": "{path} : note : lu en {encoding}", "en": "{path}: note: read as {encoding}"},
    "cli.validate.no_program": {"fr": "{path} : note : vérifié sans programme (identifiants non recoupés)",
                                "en": "{path}: note: checked without a program (ids not cross-checked)"},
    # export
    "cli.export.done": {
        "fr": "{output} écrit : {pairs} binômes, {unmatched} sans binôme (version confirmée {version}, {at})",
        "en": "wrote {output}: {pairs} pairs, {unmatched} unmatched (confirmed version {version}, {at})"},
    # restore
    "cli.restore.set_aside": {"fr": "l'ancien fichier est gardé de côté : {path}",
                              "en": "kept the previous file aside as {path}"},
    "cli.restore.done": {"fr": "{path} restauré depuis {source}", "en": "restored {path} from {source}"},
    "cli.restore.logged": {"fr": "inscrit au journal d'audit de la base (action : restore)",
                           "en": "recorded in the database's audit log (action: restore)"},
    # log and constraints
    "cli.log.empty": {"fr": "aucune décision enregistrée pour l'instant dans {path}",
                      "en": "no decisions recorded yet in {path}"},
    "cli.log.by": {"fr": " par {actor}", "en": " by {actor}"},
    "cli.log.version": {"fr": "version {version}", "en": "version {version}"},
    "cli.constraints.recorded": {"fr": "enregistré : {what}", "en": "recorded: {what}"},
    "cli.constraints.locks": {"fr": "verrouillés : {n}", "en": "locked: {n}"},
    "cli.constraints.forbids": {"fr": "interdits : {n}", "en": "forbidden: {n}"},
    "cli.constraints.never_again": {"fr": "plus jamais (séparés) : {n}", "en": "never again (split): {n}"},
    "cli.constraints.no_reason": {"fr": "sans raison", "en": "no reason"},
    "cli.constraints.excluded": {"fr": "exclus : {n}", "en": "excluded: {n}"},
    "cli.constraints.no_reason_recorded": {"fr": "aucune raison enregistrée", "en": "no reason recorded"},
    "cli.constraints.weights": {"fr": "poids : {weights}", "en": "weights: {weights}"},
    "cli.constraints.objective": {"fr": "objectif : {objective}", "en": "objective: {objective}"},
    # questionnaires
    "cli.wrote": {"fr": "{path} écrit", "en": "wrote {path}"},
    # match (its `--lang`, English by default as documented)
    "cli.match.title": {"fr": "{name} — objectif : {objective}", "en": "{name} — objective: {objective}"},
    "cli.match.header": {"fr": "{mentor:<26} {mentee:<26} {score:>5}  {origin:<9} principales raisons",
                         "en": "{mentor:<26} {mentee:<26} {score:>5}  {origin:<9} top reasons"},
    "cli.match.col.mentor": {"fr": "mentor", "en": "mentor"},
    "cli.match.col.mentee": {"fr": "mentoré", "en": "mentee"},
    "cli.match.col.score": {"fr": "score", "en": "score"},
    "cli.match.col.origin": {"fr": "origine", "en": "origin"},
    "cli.match.totals": {"fr": "{n} binômes, total {total}, moyenne {mean}, pire binôme {worst}",
                         "en": "{n} pairs, total {total}, mean {mean}, worst pair {worst}"},
    "cli.match.explore": {"fr": "exploration : eps {eps}, graine {seed} : {what}", "en": "explore: eps {eps}, seed {seed}: {what}"},
    "cli.match.explore_fallback": {"fr": "aucun autre plan dans eps : le meilleur plan est gardé",
                                   "en": "no other plan within eps: the best plan was kept"},
    "cli.match.explore_gap": {"fr": "{gap} % sous le meilleur total {optimum}",
                              "en": "{gap}% below the best total {optimum}"},
    "cli.match.unmatched": {"fr": "sans binôme :", "en": "unmatched:"},
    "cli.match.what_if": {
        "fr": "simulation : les --lock/--forbid donnés ici ne s'appliquent qu'à ce plan ; rien n'a été enregistré (ajoutez --confirm pour les garder, ou utilisez `rm-tui constraints`)",
        "en": "what-if: the --lock/--forbid given here were applied to this plan only; nothing was stored (add --confirm to keep them, or use `rm-tui constraints`)"},
    "cli.match.confirmed": {"fr": "confirmé (plan {plan_id}, {at})", "en": "confirmed (plan {plan_id}, {at})"},
    # introduce, demo, synth, interrupted
    "cli.introduce.wrote": {
        "fr": "{n} fichier(s) écrit(s) dans {folder} pour {pairs} binômes (version confirmée {version}) ; rien n'a été envoyé",
        "en": "wrote {n} file(s) in {folder} for {pairs} pairs (confirmed version {version}); nothing was sent"},
    "cli.introduce.no_email": {
        "fr": "  pas d'adresse e-mail pour {name} : ajoutez-la à la liste des participants ou transmettez la présentation vous-même",
        "en": "  no email address for {name}: add it to the roster or hand the introduction over yourself"},
    "cli.demo.kept": {"fr": "fichiers de la démo gardés dans {folder}", "en": "demo files kept in {folder}"},
    "cli.synth.wrote": {
        "fr": "{program} écrit ({mentors} mentors, {mentees} mentorés) et {responses} ({answered} personnes ont répondu)",
        "en": "wrote {program} ({mentors} mentors, {mentees} mentees) and {responses} ({answered} people answered)"},
    "cli.interrupted": {"fr": "rm-tui : interrompu\n", "en": "rm-tui: interrupted\n"},
    # report (its `--lang`, English by default like match)
    "cli.report.outcome.one": {
        "fr": "Bilan : qualité du binôme (moyenne des notes des deux partenaires, 1-5) ; {n} binôme avec un bilan.",
        "en": "Outcome: pair quality (mean of both partners' ratings, 1-5); {n} pair with an outcome."},
    "cli.report.outcome.other": {
        "fr": "Bilan : qualité du binôme (moyenne des notes des deux partenaires, 1-5) ; {n} binômes avec un bilan.",
        "en": "Outcome: pair quality (mean of both partners' ratings, 1-5); {n} pairs with an outcome."},
    "cli.report.criteria": {
        "fr": "Critères (score à la confirmation vs bilan ; p adj : Holm sur tout le rapport ; prho, pp : rho et p partiels, autres critères fixés) :",
        "en": "Criteria (score at confirmation vs outcome; p adj: Holm across the report; prho, pp: partial rho and p, other criteria held fixed):"},
    "cli.report.fit": {
        "fr": "Hypothèse d'adéquation d'apprentissage (adéquation vs « mon binôme explique d'une façon qui me convient ») :",
        "en": "Learning-fit hypothesis (fit vs 'my partner explains in a way that works for me'):"},
    "cli.report.col.criterion": {"fr": "critère", "en": "criterion"},
    "cli.report.col.interval": {"fr": "intervalle 95 %", "en": "95% interval"},
    "cli.report.col.verdict": {"fr": "verdict", "en": "verdict"},
    "cli.report.notes": {"fr": "Notes :", "en": "Notes:"},
}
