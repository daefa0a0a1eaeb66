"""The participant flow for web browsers (`rm-tui serve`): the kiosk's screens, tap first.
May import rm_tui.tui.kiosk, rm_tui.services and rm_tui.core.

`python -m rm_tui.tui.browser PROGRAM DB [--person ID]` is what serve runs, once per browser
session, under textual-serve's web driver.
"""

from rm_tui.tui.browser.app import BrowserApp

__all__ = ["BrowserApp"]
