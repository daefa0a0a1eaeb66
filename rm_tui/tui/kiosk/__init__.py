"""The kiosk: participants take their questionnaires at a shared, locked-down terminal.

`KioskApp` runs it stand-alone (CLI and tests). A host app (the facilitator console) can run
the same screens with `start_kiosk(app, session)`; see app.py.
"""

from rm_tui.tui.kiosk.app import KioskApp, start_kiosk
from rm_tui.tui.kiosk.session import KioskSession

__all__ = ["KioskApp", "KioskSession", "start_kiosk"]
