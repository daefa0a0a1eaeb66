"""The statistical notes the core's analysis writes (`core/analytics*.py`, pooling): codes with their
values, said by the analytics screen, `rm-tui report` and its JSON. The English texts are the ones
`report` has always printed and stored in JSON; keep them byte for byte."""

STRINGS: dict[str, dict[str, str]] = {
    # why one relation has no verdict
    "stats.few_pairs.one": {"fr": "{n} binôme avec des données ; il en faut au moins {min}",
                            "en": "{n} pair with data; at least {min} are needed"},
    "stats.few_pairs.other": {"fr": "{n} binômes avec des données ; il en faut au moins {min}",
                              "en": "{n} pairs with data; at least {min} are needed"},
    "stats.constant.score": {"fr": "le score du critère est le même pour tous les binômes : rien à en apprendre",
                             "en": "the criterion score is the same for every pair: nothing to learn from"},
    "stats.constant.outcome": {"fr": "le bilan est le même pour tous les binômes : rien à en apprendre",
                               "en": "the outcome is the same for every pair: nothing to learn from"},
    "stats.mostly_same.score.one": {
        "fr": "seul {n} binôme a un score autre que le plus courant ({common}) ; il en faut au moins {needed}",
        "en": "only {n} pair have a score other than the most common one ({common}); at least {needed} are needed"},
    "stats.mostly_same.score.other": {
        "fr": "seuls {n} binômes ont un score autre que le plus courant ({common}) ; il en faut au moins {needed}",
        "en": "only {n} pairs have a score other than the most common one ({common}); at least {needed} are needed"},
    "stats.mostly_same.outcome.one": {
        "fr": "seul {n} binôme a un bilan autre que le plus courant ({common}) ; il en faut au moins {needed}",
        "en": "only {n} pair have a outcome other than the most common one ({common}); at least {needed} are needed"},
    "stats.mostly_same.outcome.other": {
        "fr": "seuls {n} binômes ont un bilan autre que le plus courant ({common}) ; il en faut au moins {needed}",
        "en": "only {n} pairs have a outcome other than the most common one ({common}); at least {needed} are needed"},
    "stats.partial_too_few": {
        "fr": "{n} binômes ont tous les critères notés : trop peu pour fixer les {others} autres (il en faut au moins {needed})",
        "en": "{n} pairs have every criterion scored: too few to hold the other {others} fixed (at least {needed} are needed)"},
    # the report's notes
    "stats.fit_not_criterion": {
        "fr": "L'adéquation d'apprentissage n'était pas un critère d'appariement : son hypothèse n'est pas testée.",
        "en": "Learning fit was not a matching criterion: its hypothesis is not tested."},
    "stats.closed.one": {
        "fr": "{closed} binôme sur {n} jamais confirmé (ceux du plan actuel et ceux qui se sont arrêtés) a un bilan ; {rated} avec une note de qualité (moyenne des notes des deux partenaires, 1-5), le bilan analysé ici.",
        "en": "{closed} of {n} pair ever confirmed (the current plan's and those that ended) have an outcome; {rated} with a quality rating (mean of both partners' ratings, 1-5), the outcome analysed here."},
    "stats.closed.other": {
        "fr": "{closed} binômes sur {n} jamais confirmés (ceux du plan actuel et ceux qui se sont arrêtés) ont un bilan ; {rated} avec une note de qualité (moyenne des notes des deux partenaires, 1-5), le bilan analysé ici.",
        "en": "{closed} of {n} pairs ever confirmed (the current plan's and those that ended) have an outcome; {rated} with a quality rating (mean of both partners' ratings, 1-5), the outcome analysed here."},
    "stats.fewer_than_min": {"fr": "Moins de {min} binômes avec un bilan : aucun verdict n'est encore possible.",
                             "en": "Fewer than {min} pairs with an outcome: no verdict is possible yet."},
    "stats.chance.one": {
        "fr": "{n} lien testé : au seuil de {alpha}, environ {expected} paraîtrait lié par le seul hasard, même si aucun ne comptait.",
        "en": "{n} relation tested: at the {alpha} level about {expected} would look related by chance alone, even if none mattered."},
    "stats.chance.other": {
        "fr": "{n} liens testés : au seuil de {alpha}, environ {expected} paraîtraient liés par le seul hasard, même si aucun ne comptait.",
        "en": "{n} relations tested: at the {alpha} level about {expected} would look related by chance alone, even if none mattered."},
    "stats.chance_holm": {
        "fr": "{chance} Les p-valeurs sont donc ajustées par Holm sur les {n} (risque global {alpha}) : « suggestif » demande une p ajustée sous {level}, soit une p brute sous {raw} pour le lien le plus fort.",
        "en": "{chance} So p-values are Holm-adjusted across the {n} (family-wise {alpha}): 'suggestive' needs an adjusted p below {level}, i.e. a raw p below {raw} for the strongest relation."},
    "stats.interval": {
        "fr": "Intervalles à 95 % : z de Fisher du rho de Spearman avec la variance de Bonett-Wright (1 + rho^2/2)/(n - 3) ; rho est calculé sur les rangs moyens, les scores et notes ex æquo sont donc pris en compte.",
        "en": "95% intervals: Fisher z of Spearman's rho with the Bonett-Wright variance (1 + rho^2/2)/(n - 3); rho is computed on average ranks, so tied scores and ratings are accounted for."},
    "stats.test": {
        "fr": "p-valeurs : tests de permutation de la corrélation de rangs à scores normaux (van der Waerden), les rangs du rho de Spearman changés en quantiles normaux : il lui faut environ 10 % de binômes en moins pour détecter un lien ; une p-valeur sous 0,1 est tirée à nouveau avec 10 fois plus de permutations.",
        "en": "p-values: permutation tests of the normal-scores (van der Waerden) rank correlation, the ranks of Spearman's rho turned into normal quantiles: it needs about 10% fewer pairs to detect a relation; a p-value below 0.1 is drawn again from 10 times more permutations."},
    "stats.partial": {
        "fr": "Chaque critère est aussi testé à autres critères fixés (Spearman partiel : régression sur les rangs, permutations de Freedman-Lane). Les binômes ont été choisis pour leurs scores totaux élevés, les critères varient donc ensemble parmi eux ; un critère dont le lien ne tient pas à autres critères fixés « suit » celui avec lequel il varie.",
        "en": "Each criterion is also tested with the other criteria held fixed (partial Spearman: rank regression, Freedman-Lane permutations). Pairs were chosen for high total scores, so criteria move together among them; a criterion whose relation does not hold with the others fixed 'travels with' the one it moves with."},
    "stats.suggestive": {
        "fr": "« suggestif » veut dire que les scores sont allés avec le bilan dans ces binômes ; ce n'est pas la preuve que le critère fait réussir les binômes (autres causes, hasard, qui a choisi de répondre).",
        "en": "'suggestive' means the scores went with the outcome in these pairs; it is not proof that the criterion makes pairs work (other causes, chance, who chose to answer)."},
    "stats.entangled": {
        "fr": "Dans ces binômes, les scores {a} et {b} vont ensemble (rho = {rho}) : le lien de l'un au bilan peut en partie refléter l'autre.",
        "en": "In these pairs, {a} and {b} scores go together (rho = {rho}): a relation of one to the outcome may partly reflect the other."},
    "stats.selected": {
        "fr": "Les binômes ont été choisis pour leurs scores élevés, les scores varient donc moins que sur tous les binômes possibles ; un critère peut compter et pourtant montrer peu de lien ici.",
        "en": "Pairs were chosen for high scores, so scores vary less than across all possible pairs; a criterion can matter and still show little relation here."},
    "stats.pooled": {"fr": "{n} cohortes regroupées : {cohorts}.", "en": "Pooled {n} cohorts: {cohorts}."},
    # pooling cohorts
    "stats.pool.unrecorded": {
        "fr": "Regroupement refusé : les versions des questionnaires ne sont pas enregistrées dans {where}, on ne peut donc pas montrer que les cohortes ont utilisé les mêmes.",
        "en": "Pooling refused: the questionnaire versions are not recorded in {where}, so the cohorts cannot be shown to have used the same ones."},
    "stats.pool.differ": {
        "fr": "Regroupement refusé : {first} et {other} ont utilisé des versions de questionnaires différentes ({differences}) ; analysez-les séparément.",
        "en": "Pooling refused: {first} and {other} used different questionnaire versions ({differences}); analyse them separately."},
    "stats.pool.same": {
        "fr": "Cohortes regroupées : toutes ont utilisé les mêmes versions de questionnaires ({listed}).",
        "en": "Cohorts pooled: all used the same questionnaire versions ({listed})."},
    "stats.pool.definitions": {
        "fr": "Notés différemment selon les cohortes regroupées : {names} (mode ou paramètres changés) ; leur lien regroupé mêle deux définitions du score.",
        "en": "Scored differently across the pooled cohorts: {names} (mode or parameters changed); their pooled relation mixes two definitions of the score."},
    "stats.recomputed.one": {
        "fr": "Les scores de critères de {n} binôme n'étaient pas enregistrés à la confirmation : recalculés à partir des réponses actuelles.",
        "en": "Criterion scores of {n} pair were not stored at confirmation: recomputed from the current answers."},
    "stats.recomputed.other": {
        "fr": "Les scores de critères de {n} binômes n'étaient pas enregistrés à la confirmation : recalculés à partir des réponses actuelles.",
        "en": "Criterion scores of {n} pairs were not stored at confirmation: recomputed from the current answers."},
}
