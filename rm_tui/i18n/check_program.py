"""What is wrong in a program file (core/program_parse.py, program_intro.py) and the names of its
places ("check.what.*", said inside the shape messages of check.py). The English texts are the ones
rm-tui has always printed, byte for byte; keys, ids and values are quoted as written."""

STRINGS: dict[str, dict[str, str]] = {
    # places
    "check.what.roster_entry": {"fr": "une entrée de la liste des participants", "en": "a roster entry"},
    "check.what.the_roster_entry": {"fr": "l'entrée de la liste des participants", "en": "the roster entry"},
    "check.what.participant_key": {"fr": "le champ '{key}' du participant", "en": "participant '{key}'"},
    "check.what.a_program": {"fr": "un programme", "en": "a program"},
    "check.what.the_program": {"fr": "le programme", "en": "the program"},
    "check.what.folder_path": {"fr": "{key} (un chemin de dossier)", "en": "{key} (a folder path)"},
    "check.what.language": {"fr": "une langue", "en": "a language"},
    "check.what.key_of": {"fr": "clé de {key}", "en": "{key} key"},
    "check.what.questionnaires_for": {"fr": "les questionnaires du rôle {role}", "en": "questionnaires for {role}"},
    "check.what.domain": {"fr": "le domaine '{did}'", "en": "domain '{did}'"},
    "check.what.domain_name": {"fr": "le 'name' du domaine '{did}'", "en": "domain '{did}' 'name'"},
    "check.what.family": {"fr": "la famille de métiers '{fid}'", "en": "job family '{fid}'"},
    "check.what.row": {"fr": "la ligne '{row}'", "en": "row '{row}'"},
    "check.what.compatibility": {"fr": "une compatibilité", "en": "a compatibility"},
    "check.what.criterion": {"fr": "le critère '{name}'", "en": "criterion '{name}'"},
    "check.what.weight_of": {"fr": "le poids de '{name}'", "en": "'{name}' weight"},
    "check.what.mode_of": {"fr": "le mode de '{name}'", "en": "'{name}' mode"},
    "check.what.veto": {"fr": "un veto", "en": "a veto"},
    "check.what.capacity": {"fr": "une capacité", "en": "a capacity"},
    "check.what.facilitator_name": {"fr": "le nom de l'animateur", "en": "the facilitator's name"},
    "check.what.facilitator_email": {"fr": "l'e-mail de l'animateur", "en": "the facilitator's email"},
    "check.roles.mentor": {"fr": "mentors", "en": "mentors"},
    "check.roles.mentee": {"fr": "mentorés", "en": "mentees"},
    "check.none": {"fr": "aucun", "en": "none"},
    # the program's own problems
    "check.program.facilitator_email": {"fr": "une adresse e-mail comme nom@entreprise.com est attendue, reçu {got}",
                                        "en": "expected an email address like name@company.com, got {got}"},
    "check.program.empty": {"fr": "le fichier est vide ; un programme est attendu (id, name, questionnaires, roster...)",
                            "en": "the file is empty; expected a program (id, name, questionnaires, roster...)"},
    "check.program.must_be_text": {"fr": "{what} doit être un texte, reçu {got}", "en": "{what} must be a text, got {got}"},
    "check.program.participant": {"fr": "participant : {why}", "en": "participant {why}"},
    "check.program.start_date": {"fr": "'start_date' doit être une date AAAA-MM-JJ, reçu {got}",
                                 "en": "'start_date' must be a date YYYY-MM-DD, got {got}"},
    "check.program.no_questionnaire": {"fr": "questionnaire '{qid}' introuvable (connus : {known})",
                                       "en": "questionnaire '{qid}' not found (known: {known})"},
    "check.program.not_for_role": {"fr": "le questionnaire '{qid}' ne s'applique pas aux {roles} (applies_to : {applies})",
                                   "en": "questionnaire '{qid}' does not apply to {roles} (applies_to: {applies})"},
    "check.program.listed_twice": {"fr": "le questionnaire '{qid}' est listé deux fois pour les {roles}",
                                   "en": "questionnaire '{qid}' is listed twice for {roles}"},
    "check.program.roster_kind": {
        "fr": "'roster' doit être une liste de participants ou le chemin d'une liste de participants CSV",
        "en": "'roster' must be a list of participants or the path of a roster CSV"},
    "check.program.family_unknown": {"fr": "participant '{pid}' : la famille de métiers '{family}' n'est pas dans la taxonomie",
                                     "en": "participant '{pid}': job family '{family}' is not in the taxonomy"},
    "check.program.families_offered.one": {
        "fr": "la famille de métiers {families} proposée par '{item}' n'est pas dans la taxonomie (chaque famille "
              "qu'une personne peut choisir a besoin d'un domaine)",
        "en": "job family {families} offered by '{item}' not in the taxonomy (every family a person can pick "
              "needs a domain)"},
    "check.program.families_offered.other": {
        "fr": "les familles de métiers {families} proposées par '{item}' ne sont pas dans la taxonomie (chaque "
              "famille qu'une personne peut choisir a besoin d'un domaine)",
        "en": "job families {families} offered by '{item}' not in the taxonomy (every family a person can pick "
              "needs a domain)"},
    "check.program.duplicate_id": {"fr": "identifiant de participant '{pid}' en double", "en": "duplicate participant id '{pid}'"},
    "check.program.manager_unknown": {"fr": "participant '{pid}' : le manager '{manager}' n'est pas sur la liste des participants",
                                      "en": "participant '{pid}': manager '{manager}' is not on the roster"},
    "check.program.own_manager": {"fr": "le participant '{pid}' est son propre manager",
                                  "en": "participant '{pid}' is their own manager"},
    "check.program.loop": {"fr": "les liens hiérarchiques forment une boucle : {path} (chaque flèche : « a pour manager »)",
                           "en": "reporting lines form a loop: {path} (each arrow: 'is managed by')"},
    "check.program.family_twice": {"fr": "la famille de métiers '{fid}' apparaît dans deux domaines",
                                   "en": "job family '{fid}' appears in two domains"},
    "check.program.intentions_item": {"fr": "'intentions.item' doit être QUESTIONNAIRE_ID.ITEM_ID",
                                      "en": "'intentions.item' must be QUESTIONNAIRE_ID.ITEM_ID"},
    "check.program.questionnaire_unknown": {"fr": "questionnaire '{qid}' introuvable", "en": "questionnaire '{qid}' not found"},
    "check.program.no_item": {"fr": "le questionnaire '{qid}' n'a pas d'item '{item}'",
                              "en": "questionnaire '{qid}' has no item '{item}'"},
    "check.program.not_choice": {"fr": "l'item '{ref}' doit être un choix simple ou multiple",
                                 "en": "item '{ref}' must be a single or multiple choice"},
    "check.program.mentee_intention": {
        "fr": "l'intention de mentoré '{value}' n'est pas une option de '{ref}' proposée aux mentorés",
        "en": "mentee intention '{value}' is not an option of '{ref}' offered to mentees"},
    "check.program.mentor_intention": {
        "fr": "l'intention de mentor '{value}' n'est pas une option de '{ref}' proposée aux mentors",
        "en": "mentor intention '{value}' is not an option of '{ref}' offered to mentors"},
    "check.program.criterion_unknown": {"fr": "critère inconnu '{name}' (attendu un de : {expected})",
                                        "en": "unknown criterion '{name}' (expected one of: {expected})"},
    "check.program.no_mode": {"fr": "le critère '{name}' n'a pas de mode", "en": "criterion '{name}' takes no mode"},
    "check.program.seniority": {"fr": "seniority_gap : 'min_years' est plus grand que 'max_years'",
                                "en": "seniority_gap: 'min_years' is larger than 'max_years'"},
    "check.program.veto_unknown": {"fr": "veto : {role} '{who}' n'est pas sur la liste des participants",
                                   "en": "veto: {role} '{who}' is not on the roster"},
    "check.program.veto_role": {"fr": "veto : '{who}' est {is_role}, pas {role}", "en": "veto: '{who}' is a {is_role}, not a {role}"},
    "check.program.capacity_unknown": {"fr": "capacity : '{mid}' n'est pas sur la liste des participants",
                                       "en": "capacity: '{mid}' is not on the roster"},
    "check.program.capacity_mentee": {"fr": "capacity : '{mid}' est mentoré ; la capacité concerne les mentors",
                                      "en": "capacity: '{mid}' is a mentee; capacity is for mentors"},
}

# validate's advice on a valid program (core/program_advice.py): `PATH:LINE:COL: warning: ...`
STRINGS.update({
    "check.advice.intentions_unfed": {
        "fr": "intentions a un poids > 0 mais aucune question posée aux participants ne l'alimente (indiquez `{example}`)",
        "en": "intentions has weight > 0 but no question asked to participants feeds it (set `{example}`)"},
    "check.advice.intentions_flat": {
        "fr": "chaque case de la matrice des intentions vaut {value} : le critère des intentions note tous les binômes "
              "pareil (poids {weight}) ; dites quelles intentions vont ensemble",
        "en": "every cell of the intentions matrix is {value}: the intentions criterion scores every pair alike "
              "(weight {weight}); say which intentions go together"},
    "check.advice.learning_fit": {
        "fr": "learning_fit a un poids > 0 mais aucun questionnaire du programme ne mesure un profil d'apprenant",
        "en": "learning_fit has weight > 0 but no questionnaire of the program measures a learner profile"},
    "check.advice.same_job_family": {
        "fr": "job_family a un poids > 0 mais tous les participants ont la même famille de métiers (ou aucune) et "
              "aucune question ne la demande : il ne peut pas départager les binômes",
        "en": "job_family has weight > 0 but every participant has the same job family (or none) and no question "
              "asks it: it cannot tell pairs apart"},
    "check.advice.same_subsidiary": {
        "fr": "subsidiary a un poids > 0 mais tous les participants ont la même filiale (ou aucune) et aucune "
              "question ne la demande : il ne peut pas départager les binômes",
        "en": "subsidiary has weight > 0 but every participant has the same subsidiary (or none) and no question "
              "asks it: it cannot tell pairs apart"},
    "check.advice.seniority": {
        "fr": "seniority_gap a un poids > 0 mais aucun participant n'a de date d'arrivée ni d'ancienneté, et "
              "aucune question ne la demande",
        "en": "seniority_gap has weight > 0 but no participant has a start date or years in the company, "
              "and no question asks"},
    "check.advice.places": {
        "fr": "{places} pour {mentees} mentorés : {left} sans binôme (augmentez `capacity`)",
        "en": "{places} for {mentees} mentees: {left} without a partner (raise `capacity`)"},
    "check.advice.n_places.one": {"fr": "{n} place de mentor", "en": "{n} mentor place"},
    "check.advice.n_places.other": {"fr": "{n} places de mentor", "en": "{n} mentor places"},
    "check.advice.n_left.one": {"fr": "{n} mentoré restera", "en": "{n} mentee will be left"},
    "check.advice.n_left.other": {"fr": "{n} mentorés resteront", "en": "{n} mentees will be left"},
    "check.advice.alone_mentor": {
        "fr": "{pid} ({name}) ne peut être en binôme avec aucun mentor de la liste : les règles strictes (ligne "
              "hiérarchique, équipe, langue commune, vetos) interdisent chaque binôme",
        "en": "{pid} ({name}) can be paired with no mentor on the roster: the hard rules (reporting line, team, "
              "shared language, vetoes) forbid every pair"},
    "check.advice.alone_mentee": {
        "fr": "{pid} ({name}) ne peut être en binôme avec aucun mentoré de la liste : les règles strictes (ligne "
              "hiérarchique, équipe, langue commune, vetos) interdisent chaque binôme",
        "en": "{pid} ({name}) can be paired with no mentee on the roster: the hard rules (reporting line, team, "
              "shared language, vetoes) forbid every pair"},
})
