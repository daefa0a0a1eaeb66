"""The one language layer: every user-facing string, in French and English, rendered by `t()`.

Pure (imports nothing from rm_tui but `rm_tui.i18n.*`); every other package may import it.
"""

from __future__ import annotations

from rm_tui.i18n.catalog import CATALOG, LANGS, Lang, normalise_lang

__all__ = ["CATALOG", "LANGS", "Lang", "Lines", "Said", "in_lang", "normalise_lang", "plural_key", "t", "tn"]


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


class Said(str):
    """A sentence the core builds as a code: it *is* its English text (JSON, logs and the CLI read
    it unchanged) and keeps its catalogue key and values, so `in_lang` says it in any language.

    `count` makes it plural (`tn`). A value that is itself `Said`, or worded per language
    (`{"en": ..., "fr": ...}`), is said in the same language; a tuple of them is joined by "; ".
    """

    key: str
    number: int | None  # not `count`: str has a method of that name
    params: dict[str, object]

    def __new__(cls, key: str, /, count: int | None = None, **params: object) -> Said:
        said = super().__new__(cls, _say(key, count, params, "en"))
        said.key, said.number, said.params = key, count, params
        return said

    def __reduce__(self) -> tuple[object, ...]:  # copy and pickle rebuild it from its code
        return (_rebuild, (self.key, self.number, self.params))

    def text(self, lang: str) -> str:
        return _say(self.key, self.number, self.params, lang)


def _rebuild(key: str, count: int | None, params: dict[str, object]) -> Said:
    return Said(key, count, **params)


def _say(key: str, count: int | None, params: dict[str, object], lang: str) -> str:
    values = {k: _value(v, lang) for k, v in params.items()}
    return tn(key, count, lang, **values) if count is not None else t(key, lang, **values)


class Lines(tuple[object, ...]):
    """A `Said` value said one item a line (a plain tuple is joined by "; ")."""

    __slots__ = ()


def _value(value: object, lang: str) -> object:
    if isinstance(value, tuple):
        return ("\n" if isinstance(value, Lines) else "; ").join(str(_value(v, lang)) for v in value)
    if isinstance(value, dict) and "en" in value:
        return value.get(lang) or value["en"]
    return in_lang(value, lang) if isinstance(value, Said) else value


def in_lang(text: str, lang: str) -> str:
    """`text` in `lang` when it is `Said`; any other text as it is."""
    return text.text(lang) if isinstance(text, Said) else text
