"""Words shared by every interface (yes/no, optional, errors in plain words)."""

STRINGS: dict[str, dict[str, str]] = {
    "common.yes": {"fr": "Oui", "en": "Yes"},
    "common.no": {"fr": "Non", "en": "No"},
    "common.optional": {"fr": "(facultatif)", "en": "(optional)"},
}
