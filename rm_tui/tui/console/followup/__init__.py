"""The console's follow-up mode (after pairing: overview, check-ins, outcomes, health, analytics, re-pairing).

Screens call rm_tui.services; they may import rm_tui.tui.widgets and the console's shared modules, never rm_tui.storage internals.
"""

from rm_tui import bundled

STYLESHEET = bundled.stylesheet("rm_tui.tui.console.followup", "followup.tcss")  # in ConsoleApp.CSS_PATH
