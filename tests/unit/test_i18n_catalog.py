"""The one catalogue: every key in both languages, with the same placeholders."""

from __future__ import annotations

import string

import pytest

from rm_tui.i18n import CATALOG, LANGS, plural_key, t, tn


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("key", sorted(CATALOG))
def test_every_key_has_both_languages_with_the_same_placeholders(key: str) -> None:
    entry = CATALOG[key]
    assert set(entry) == set(LANGS), key
    assert all(entry[lang].strip() for lang in LANGS), key
    assert _fields(entry["fr"]) == _fields(entry["en"]), key


def test_keys_are_namespaced_by_area() -> None:
    assert all("." in key for key in CATALOG)


def test_t_formats_and_falls_back_to_english() -> None:
    assert t("common.yes", "fr") == "Oui"
    assert t("common.yes", "de") == "Yes"
    with pytest.raises(KeyError):
        t("no.such.key", "fr")


@pytest.mark.parametrize(("n", "fr", "en"), [(0, "one", "other"), (1, "one", "one"), (2, "other", "other")])
def test_counts_pick_their_form_per_language(n: int, fr: str, en: str) -> None:
    assert plural_key("k", n, "fr") == f"k.{fr}" and plural_key("k", n, "en") == f"k.{en}"
    assert tn("kiosk.pin_wrong", n, "en").startswith("Wrong PIN")


def test_every_count_has_both_forms() -> None:
    counted = ("kiosk.", "take.", "answer.")  # ("followup.reason_short.other" is the reason "other")
    bases = {key.rsplit(".", 1)[0] for key in CATALOG
             if key.startswith(counted) and key.endswith((".one", ".other"))}
    assert bases  # there are counted texts
    for base in bases:
        assert f"{base}.one" in CATALOG and f"{base}.other" in CATALOG, base
