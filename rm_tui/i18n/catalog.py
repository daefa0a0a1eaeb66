"""The catalogue: one table per area (`rm_tui/i18n/<area>.py`, each a `STRINGS` dict), merged once.

Why a typed Python table rather than gettext `.po` files: no compile step (the wheel ships it as code),
mypy checks its shape, and a plain test proves every key has both languages and the same placeholders.
Keys are namespaced by area ("kiosk.welcome", "cli.match.saved") so two areas never collide.
"""

from __future__ import annotations

from typing import Literal

Lang = Literal["fr", "en"]
LANGS: tuple[Lang, ...] = ("fr", "en")

_NOT_AREAS = {"catalog"}


def normalise_lang(lang: str | None) -> Lang:
    """'fr', 'FR', 'fr_FR' → 'fr'; anything else → 'en'."""
    return "fr" if (lang or "").lower().startswith("fr") else "en"


def _load() -> dict[str, dict[str, str]]:
    # Every module of this package but this one is an area table: adding an area is adding a file.
    import pkgutil
    from importlib import import_module

    import rm_tui.i18n as package

    areas = sorted(m.name for m in pkgutil.iter_modules(package.__path__) if m.name not in _NOT_AREAS)
    merged: dict[str, dict[str, str]] = {}
    for area in areas:
        table: dict[str, dict[str, str]] = import_module(f"rm_tui.i18n.{area}").STRINGS
        for key, entry in table.items():
            if key in merged:
                raise ValueError(f"i18n key {key!r} defined twice (area {area})")
            merged[key] = entry
    return merged


CATALOG: dict[str, dict[str, str]] = _load()
