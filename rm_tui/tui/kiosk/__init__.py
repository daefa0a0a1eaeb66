"""The kiosk: participants take their questionnaires at a shared, locked-down terminal (`KioskApp`).

Screens call the kiosk session (rm_tui.services, rm_tui.storage's Database) and rm_tui.tui.widgets; never the console.
"""

from rm_tui.tui.kiosk.app import KioskApp
from rm_tui.tui.kiosk.session import KioskSession

__all__ = ["KioskApp", "KioskSession"]
