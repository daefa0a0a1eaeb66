"""The facilitator PIN's check and lockout (no Textual: the session holds it from the start,
the PIN screen is imported only when F12 is pressed)."""

from __future__ import annotations

import hmac
from collections.abc import Callable

MAX_TRIES = 5
LOCK_SECONDS = 60


class PinGuard:
    """Counts wrong PINs; after MAX_TRIES in a row, refuses every try for LOCK_SECONDS."""

    def __init__(self, pin: str, clock: Callable[[], float]) -> None:
        self._pin = pin
        self._clock = clock
        self.failures = 0
        self.locked_until: float | None = None

    def locked_for(self) -> int:
        """Seconds left in the lockout (0 when not locked)."""
        if self.locked_until is None:
            return 0
        left = self.locked_until - self._clock()
        if left <= 0:
            self.locked_until = None
            self.failures = 0
            return 0
        return max(1, int(left + 0.999))

    def tries_left(self) -> int:
        return MAX_TRIES - self.failures

    def attempt(self, pin: str) -> bool:
        if self.locked_for():
            return False
        if hmac.compare_digest(pin.encode(), self._pin.encode()):
            self.failures = 0
            return True
        self.failures += 1
        if self.failures >= MAX_TRIES:
            self.locked_until = self._clock() + LOCK_SECONDS
        return False
