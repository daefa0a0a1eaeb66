"""The one language layer: every user-facing string, in French and English, rendered by `t()`.

Pure (imports nothing from rm_tui but `rm_tui.i18n.*`); every other package may import it.
"""

from __future__ import annotations

from rm_tui.i18n.catalog import CATALOG, LANGS, Lang, normalise_lang

__all__ = ["CATALOG", "LANGS", "Lang", "normalise_lang", "t"]


def t(key: str, lang: str = "en", /, **params: object) -> str:
    """The text for `key` in `lang` ("fr" or "en"), formatted with `params`.

    An unknown key raises KeyError (a test checks every key used exists in both languages).
    """
    entry = CATALOG[key]
    text = entry[normalise_lang(lang)]
    return text.format(**params) if params else text
