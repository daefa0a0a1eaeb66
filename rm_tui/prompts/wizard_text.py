"""What the `rm-tui new` wizard says about each setting: one line each, for a first-time facilitator."""

from __future__ import annotations

CRITERIA_HELP: dict[str, str] = {
    "learning_fit": "learning preferences compared (a hypothesis to test)",
    "intentions": "what the mentee wants fits what the mentor wants",
    "job_family": "same job family or domain (a shared work language)",
    "seniority_gap": "enough years in the company between the two",
    "subsidiary": "same or different subsidiary",
    "preference": "each named the other as someone to work with",
}
MODE_HELP: dict[str, str] = {
    "similar": "similar preferences score higher",
    "complementary": "opposite preferences score higher",
    "ignore": "not used",
    "prefer_same": "same subsidiary scores higher",
    "prefer_different": "different subsidiaries score higher (cross-company networking)",
}
DEPTH_HELP: dict[int, str] = {
    2: "never pair someone with their manager or their manager's manager (recommended)",
    1: "never pair someone with their direct manager",
    0: "no reporting-line rule",
}
RULE_HELP: dict[str, str] = {
    "forbid_same_team": "never pair two people from the same team",
    "require_shared_language": "a pair must share at least one language",
    "honour_rather_not": "a person's \"rather not\" pick forbids that pair",
}
OBJECTIVE_HELP: dict[str, str] = {
    "total": "the best total score over all pairs (recommended)",
    "fair": "the best worst pair: no one gets a very poor match, at some cost to the total",
}
LANGUAGE_CHOICES: list[tuple[tuple[str, ...], str]] = [
    (("fr", "en"), "French and English, French first"),
    (("en", "fr"), "English and French, English first"),
    (("fr",), "French only"),
    (("en",), "English only"),
]
