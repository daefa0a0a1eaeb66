"""Reusable answer widgets: scale picker, choice list (single, multi, ranked), roster search,
length-limited text. Each posts `AnswerChanged` with the new value."""
