"""Start the console and the kiosk headless on the demo cohort, from an installed rm-tui.

Run by .ci/smoke from an empty folder with the freshly installed wheel: proves the apps,
their stylesheets and the bundled demo are in the wheel and start outside the checkout.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from pathlib import Path

from rm_tui import bundled
from rm_tui.cli.cmd_demo import prepare_demo
from rm_tui.services.loaders import load_program
from rm_tui.storage import Database
from rm_tui.tui.console.app import ConsoleApp
from rm_tui.tui.kiosk import KioskApp


async def console(folder: Path) -> str:
    db_file = prepare_demo(folder)
    app = ConsoleApp(bundled.demo_program(), db_file, demo=True)
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            return type(app.screen).__name__
    finally:
        app.source.close()


async def kiosk(folder: Path) -> str:
    database = Database(folder / "kiosk.db.json")
    app = KioskApp(load_program(bundled.demo_program()), database, "4242")
    try:
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            return type(app.screen).__name__
    finally:
        database.close()


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        print("console started:", asyncio.run(console(Path(tmp))))
        print("kiosk started:", asyncio.run(kiosk(Path(tmp))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
