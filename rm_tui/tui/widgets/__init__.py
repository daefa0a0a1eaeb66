"""Reusable answer widgets: scale picker, choice list (single, multi, ranked), roster search,
length-limited text. Each posts `AnswerChanged` with the new value.

May import rm_tui.core only (and Textual); used by the kiosk, the browser and the console."""
