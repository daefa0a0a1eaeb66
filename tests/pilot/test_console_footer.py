"""The console footer at 80 columns: a French key list wider than the screen must not show a
stray letter after the palette key (its right margin used to leave the last column free)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

from tests.pilot.console_helpers import make_app, settle


@pytest.mark.parametrize("mode", ["d", "m"])
async def test_the_palette_key_ends_the_footer_at_80_columns(tmp_path: Path, mode: str) -> None:
    app = make_app(tmp_path)  # the demo: French first, its key lists overflow 80 columns
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press(mode)
        await settle(app, pilot)
        footer = app.screen.query_one(Footer)
        palette = footer.query_one("FooterKey.-command-palette", FooterKey)
        assert palette.region.right == 80
        last_row = "".join(segment.text for segment in app.screen._compositor.render_strips()[-1])
        assert last_row.endswith("▏^p palette"), last_row
