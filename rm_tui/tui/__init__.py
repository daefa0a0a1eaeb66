"""The Textual interfaces: console/ (facilitator, with its follow-up mode), kiosk/, browser/, widgets/.

Screens call rm_tui.services and show the results; long work runs in workers, results come back as messages.
"""
