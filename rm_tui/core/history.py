"""Undo/redo over immutable plans: a history is itself an immutable value."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from rm_tui.core.errors import OperationError

T = TypeVar("T")


@dataclass(frozen=True)
class History(Generic[T]):
    present: T
    past: tuple[T, ...] = ()  # oldest first
    future: tuple[T, ...] = ()  # next redo first
    limit: int = 200  # oldest states are dropped beyond this

    def push(self, state: T) -> History[T]:
        """Record a new present state; the redo branch is dropped."""
        past = (*self.past, self.present)[-self.limit :]
        return History(state, past, (), self.limit)

    @property
    def can_undo(self) -> bool:
        return bool(self.past)

    @property
    def can_redo(self) -> bool:
        return bool(self.future)

    def undo(self) -> History[T]:
        if not self.past:
            raise OperationError.coded("engine.nothing_to.undo")
        return History(self.past[-1], self.past[:-1], (self.present, *self.future), self.limit)

    def redo(self) -> History[T]:
        if not self.future:
            raise OperationError.coded("engine.nothing_to.redo")
        return History(self.future[0], (*self.past, self.present), self.future[1:], self.limit)
