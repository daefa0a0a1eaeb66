"""The answers that are not values: go back, leave blank (shared by every way of asking)."""

from __future__ import annotations


class _Marker:
    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return self.name


BACK = _Marker("BACK")  # "go to the previous question"
SKIP = _Marker("SKIP")  # "leave this optional question blank" (questionary maps None to the title)

__all__ = ["BACK", "SKIP"]
