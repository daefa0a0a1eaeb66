"""serve's own pages say everything in both languages, from the catalogue, escaped for HTML."""

from __future__ import annotations

import html

from rm_tui.i18n import t
from rm_tui.serve import pages


def test_the_pages_before_the_flow_speak_french_then_english() -> None:
    full = pages.room_full(7)
    for lang in ("fr", "en"):
        assert html.escape(t("serve.bad_link", lang)) in pages.FORBIDDEN
        assert html.escape(t("serve.full", lang, live=7)) in full
        terminal = pages.terminal_page("Kickoff", "/static/", "/ws", 16)
        assert html.escape(t("serve.closed", lang)) in terminal
    assert full.index("répondent") < full.index("answering")  # French first
    assert "<h1>Kick" not in pages.terminal_page("<h1>Kick", "/s/", "/ws", 16)  # the title is escaped
