"""Regenerate docs/serve-phone-question.png: the question screen of `rm-tui serve` on a phone
(390x844 viewport, headless Chromium), from the bundled demo program, in English.

    python docs/serve_screenshot.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from playwright.sync_api import sync_playwright  # noqa: E402

from rm_tui.bundled import demo_program  # noqa: E402
from tests.browser.driver import (  # noqa: E402
    CHROMIUM,
    CHROMIUM_ARGS,
    PHONE,
    click_text,
    open_terminal,
    serving,
    wait_text,
)

OUT = ROOT / "docs" / "serve-phone-question.png"


def main() -> None:
    with tempfile.TemporaryDirectory() as folder, \
            serving(demo_program(), Path(folder) / "demo.db.json", "--lang", "en") as room, \
            sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_context(viewport=PHONE, bypass_csp=True).new_page()
        open_terminal(page, room.join)
        click_text(page, "Start")
        wait_text(page, "Who are you?")
        page.keyboard.type("camille")
        click_text(page, "Camille M.")
        click_text(page, "Yes, that's me")
        wait_text(page, "Questions 1–3 of")
        click_text(page, "Agree")
        page.mouse.move(0, 0)  # no hover highlight in the picture
        wait_text(page, "Agree")
        page.wait_for_timeout(500)  # let the selection paint (a picture, not a test)
        page.screenshot(path=str(OUT))
        browser.close()
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
