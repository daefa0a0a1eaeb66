"""The one language layer: every user-facing string, in French and English, rendered by `t()`.

Pure (imports nothing from rm_tui but `rm_tui.i18n.*`); every other package may import it.
"""

from __future__ import annotations

from rm_tui.i18n.catalog import CATALOG, LANGS, Lang, normalise_lang

__all__ = ["CATALOG", "LANGS", "Lang", "normalise_lang", "plural_key", "t", "tn"]


def t(key: str, lang: str = "en", /, **params: object) -> str:
    """The text for `key` in `lang` ("fr" or "en"), formatted with `params`.

    An unknown key raises KeyError (a test checks every key used exists in both languages).
    """
    entry = CATALOG[key]
    text = entry[normalise_lang(lang)]
    return text.format(**params) if params else text


def plural_key(key: str, n: int, lang: str = "en") -> str:
    """`key.one` or `key.other` for a count: French says 0 and 1 in the singular, English 1 only."""
    one = n in (0, 1) if normalise_lang(lang) == "fr" else n == 1
    stem = key if key.endswith(".") else key + "."
    return f"{stem}{'one' if one else 'other'}"


def tn(key: str, n: int, lang: str = "en", /, **params: object) -> str:
    """`t(stem + "one" or "other")` by the count `n` (given to the text as `{n}`); the stem may end
    with a dot ("followup.summary.ended." names "followup.summary.ended.one" and ".other").

    French counts 0 and 1 as singular ("0 binôme"), English only 1 ("0 pairs").
    """
    return t(plural_key(key, n, lang), lang, n=n, **params)
