"""Console tables show whole cells even when their rows arrive before the screen's first layout
(`tui/console/widgets.Table`: Textual's DataTable kept such rows at the header's widths)."""

from __future__ import annotations

import html
import re
from pathlib import Path

from textual.widgets import DataTable

from rm_tui.services.loaders import load_program
from rm_tui.tui.console.followup.screen import FollowupScreen
from tests.cli.demo_cohort import demo_cohort
from tests.pilot.test_learn_repair import SplitApp
from tests.textual_support import until_settled


def screen_text(svg: str) -> str:
    return "\n".join(html.unescape(re.sub("<[^>]+>", "", line)).replace("\xa0", " ")
                     for line in re.findall(r"<text[^>]*>(.*?)</text>", svg))


async def test_rows_read_at_mount_are_drawn_at_their_measured_widths(tmp_path: Path) -> None:
    program_path, db_path = demo_cohort(tmp_path)
    app = SplitApp(db_path, load_program(program_path))
    async with app.run_test(size=(120, 40)) as pilot:
        await until_settled(pilot, FollowupScreen)
        table = app.screen.query_one("#fu-pairs", DataTable)
        first = table.get_row_at(0)
        text = screen_text(app.export_screenshot())
        assert f" {first[0]} " in text and f" {first[1]} " in text, text  # whole names, not cut
