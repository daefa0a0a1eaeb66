"""Facilitator words of the analytics screen: verdicts a non-statistician reads in one go."""

STRINGS: dict[str, dict[str, str]] = {
    # verdicts (core/analytics constants), as shown in the table
    "analytics.verdict.suggestive": {"fr": "suggestif", "en": "suggestive"},
    "analytics.verdict.no_evidence": {"fr": "pas de preuve à ce jour", "en": "no evidence yet"},
    "analytics.verdict.not_enough_data": {"fr": "pas assez de données", "en": "not enough data"},
    "analytics.verdict.travels_with": {"fr": "suit {other}", "en": "travels with {other}"},
    # what was scored, and what it went with
    "analytics.subject.fit": {"fr": "l'adéquation d'apprentissage", "en": "learning fit"},
    "analytics.subject.fit_outcome": {
        "fr": "des partenaires qui disent que l'autre explique d'une façon qui leur convient",
        "en": "partners saying their partner explains in a way that works for them"},
    "analytics.subject.criterion": {"fr": "scores « {name} »", "en": "“{name}” scores"},
    "analytics.subject.outcome": {"fr": "de meilleurs binômes (notes de qualité plus hautes)",
                                  "en": "better pairs (higher quality ratings)"},
    # plain verdicts
    "analytics.plain.not_enough": {"fr": "Trop peu de données pour dire quoi que ce soit sur {what}{note}.",
                                   "en": "Too little data to say anything about {what} yet{note}."},
    "analytics.plain.note": {"fr": " ({note})", "en": " ({note})"},
    "analytics.plain.suggestive.higher": {
        "fr": "Les binômes aux {what} plus élevés sont allés de pair avec {outcome}, plus que le "
              "hasard seul ne l'expliquerait, même à autres critères égaux. Une piste à suivre, pas "
              "la preuve que ce critère fait réussir les binômes.",
        "en": "Pairs with higher {what} went with {outcome}, more than chance alone would explain, "
              "even with the other criteria held fixed. A hint worth following, not proof that the "
              "criterion makes pairs work."},
    "analytics.plain.suggestive.lower": {
        "fr": "Les binômes aux {what} plus bas sont allés de pair avec {outcome}, plus que le "
              "hasard seul ne l'expliquerait, même à autres critères égaux. Une piste à suivre, pas "
              "la preuve que ce critère fait réussir les binômes.",
        "en": "Pairs with lower {what} went with {outcome}, more than chance alone would explain, "
              "even with the other criteria held fixed. A hint worth following, not proof that the "
              "criterion makes pairs work."},
    "analytics.plain.travels.higher": {
        "fr": "Les binômes aux {what} plus élevés sont allés de pair avec {outcome}, mais les scores "
              "de {other} variaient avec eux : une fois {other} pris en compte, {name} n'apporte "
              "rien de net. Le lien revient sans doute à {other}.",
        "en": "Pairs with higher {what} went with {outcome}, but {other} scores moved with them: "
              "once {other} is taken into account, {name} adds nothing clear. The link probably "
              "belongs to {other}."},
    "analytics.plain.travels.lower": {
        "fr": "Les binômes aux {what} plus bas sont allés de pair avec {outcome}, mais les scores "
              "de {other} variaient avec eux : une fois {other} pris en compte, {name} n'apporte "
              "rien de net. Le lien revient sans doute à {other}.",
        "en": "Pairs with lower {what} went with {outcome}, but {other} scores moved with them: "
              "once {other} is taken into account, {name} adds nothing clear. The link probably "
              "belongs to {other}."},
    "analytics.plain.no_link": {
        "fr": "Pas de lien net à ce jour entre {what} et {outcome} : ce qu'on voit peut être le hasard.",
        "en": "No clear link yet between {what} and {outcome}: what we see could be chance."},
    # how many more pairs would be needed
    "analytics.more.min.one": {
        "fr": "Il faut encore au moins {n} binôme avec un bilan avant tout verdict.",
        "en": "At least {n} more pair with an outcome is needed before any verdict."},
    "analytics.more.min.other": {
        "fr": "Il faut encore au moins {n} binômes avec un bilan avant tout verdict.",
        "en": "At least {n} more pairs with an outcome are needed before any verdict."},
    "analytics.more.too_weak": {
        "fr": "Le lien observé est trop faible pour être distingué du hasard avec un nombre "
              "réaliste de binômes.",
        "en": "The relation seen is too weak to tell apart from chance with any realistic number "
              "of pairs."},
    "analytics.more.enough": {
        "fr": "Assez de binômes pour détecter un lien aussi fort la plupart du temps : celui-ci n'a "
              "pas passé le test.",
        "en": "Enough pairs to detect a relation this strong most of the time: this one did not "
              "pass the test."},
    "analytics.more.needed.one": {
        "fr": "Si le lien est aussi fort qu'il en a l'air (rho {rho}), il faudrait environ {n} "
              "binôme de plus (≈{total} en tout) pour le distinguer du hasard 8 fois sur 10.",
        "en": "If the relation is as strong as it looks (rho {rho}), about {n} more pair "
              "(≈{total} in all) would be needed to tell it from chance 8 times out of 10."},
    "analytics.more.needed.other": {
        "fr": "Si le lien est aussi fort qu'il en a l'air (rho {rho}), il faudrait environ {n} "
              "binômes de plus (≈{total} en tout) pour le distinguer du hasard 8 fois sur 10.",
        "en": "If the relation is as strong as it looks (rho {rho}), about {n} more pairs "
              "(≈{total} in all) would be needed to tell it from chance 8 times out of 10."},
    # the screen
    "analytics.bind.back": {"fr": "Retour", "en": "Back"},
    "analytics.bind.back_tip": {"fr": "Quitter l'écran d'analyse", "en": "Leave the analytics screen"},
    "analytics.bind.reload": {"fr": "Recalculer", "en": "Recompute"},
    "analytics.bind.reload_tip": {"fr": "Relire la ou les bases et recalculer",
                                  "en": "Re-read the database(s) and recompute"},
    "analytics.computing": {"fr": "Calcul en cours…", "en": "Computing…"},
    "analytics.cannot": {"fr": "Analyse impossible : {message}", "en": "Cannot analyse: {message}"},
    "analytics.col.criterion": {"fr": "Critère", "en": "Criterion"},
    "analytics.col.n": {"fr": "n", "en": "n"},
    "analytics.col.rho": {"fr": "rho", "en": "rho"},
    "analytics.col.p_adj": {"fr": "p ajusté", "en": "p adj"},
    "analytics.col.partial": {"fr": "partiel", "en": "partial"},
    "analytics.col.verdict": {"fr": "Verdict", "en": "Verdict"},
    "analytics.summary.one": {
        "fr": "Bilan : qualité du binôme (moyenne des notes des deux partenaires, 1-5) — {n} binôme "
              "avec un bilan. Les verdicts ne vont jamais au-delà de « suggestif ».",
        "en": "Outcome: pair quality (mean of both partners' ratings, 1-5) — {n} pair with an "
              "outcome. Verdicts never go beyond 'suggestive'."},
    "analytics.summary.other": {
        "fr": "Bilan : qualité du binôme (moyenne des notes des deux partenaires, 1-5) — {n} binômes "
              "avec un bilan. Les verdicts ne vont jamais au-delà de « suggestif ».",
        "en": "Outcome: pair quality (mean of both partners' ratings, 1-5) — {n} pairs with an "
              "outcome. Verdicts never go beyond 'suggestive'."},
    "analytics.nothing": {"fr": "Aucun critère à analyser pour l'instant",
                          "en": "No criteria to analyse yet"},
    "analytics.fit_label": {"fr": "adéquation → explique", "en": "fit → explains"},
    "analytics.verdict_line": {"fr": "{verdict} (n = {n}) : {plain}", "en": "{verdict} (n = {n}): {plain}"},
    "analytics.interval": {"fr": "rho {rho}, intervalle à 95 % [{low}, {high}] :",
                           "en": "rho {rho}, 95% interval [{low}, {high}]:"},
    "analytics.interval_none": {"fr": "rho et son intervalle à 95 % :",
                                "en": "rho and its 95% interval:"},
    "analytics.axis.explains": {"fr": "explique bien", "en": "explains well"},
    "analytics.axis.quality": {"fr": "qualité", "en": "quality"},
    "analytics.axis.fit": {"fr": "adéquation à la confirmation", "en": "learning fit at confirmation"},
    "analytics.axis.score": {"fr": "score à la confirmation", "en": "score at confirmation"},
}
