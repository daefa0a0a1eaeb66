"""rm-tui: form, explain, adjust and follow reverse-mentoring pairs from the terminal."""

__version__ = "0.1.0"
