"""The console's words: a screen mixin giving `_w(key, **params)`, the catalogue's text in the
program's language (`ConsoleApp.lang`)."""

from __future__ import annotations

from typing import Any

from rm_tui.i18n import t


class ConsoleWords:
    app: Any  # the ConsoleApp (provided by Screen/Widget)

    def _w(self, key: str, **params: object) -> str:
        return t(key, self.app.lang, **params)
