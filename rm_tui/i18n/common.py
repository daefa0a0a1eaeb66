"""Words shared by every interface (yes/no, optional, errors in plain words)."""

STRINGS: dict[str, dict[str, str]] = {
    "common.yes": {"fr": "Oui", "en": "Yes"},
    "common.no": {"fr": "Non", "en": "No"},
    "common.optional": {"fr": "(facultatif)", "en": "(optional)"},
    "common.decimal_example": {"fr": "3,5", "en": "3.5"},  # a decimal number as people type it
}
