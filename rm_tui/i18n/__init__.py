"""The one language layer: every user-facing string, in French and English, rendered by `t()`.

Pure (imports nothing from rm_tui but `rm_tui.i18n.*`); every other package may import it.
"""

from __future__ import annotations

from rm_tui.i18n.catalog import CATALOG, LANGS, Lang, normalise_lang

__all__ = ["CATALOG", "LANGS", "Lang", "normalise_lang", "t", "tn"]


def t(key: str, lang: str = "en", /, **params: object) -> str:
    """The text for `key` in `lang` ("fr" or "en"), formatted with `params`.

    An unknown key raises KeyError (a test checks every key used exists in both languages).
    """
    entry = CATALOG[key]
    text = entry[normalise_lang(lang)]
    return text.format(**params) if params else text


def tn(key: str, n: int, lang: str = "en", /, **params: object) -> str:
    """`t(stem + "one" or "other")` by the count `n` (given to the text as `{n}`); the stem ends
    with a dot ("followup.summary.ended." names "followup.summary.ended.one" and ".other").

    French counts 0 and 1 as singular ("0 binôme"), English only 1 ("0 pairs").
    """
    one = n in (0, 1) if normalise_lang(lang) == "fr" else n == 1
    stem = key if key.endswith(".") else key + "."
    return t(f"{stem}{'one' if one else 'other'}", lang, n=n, **params)
