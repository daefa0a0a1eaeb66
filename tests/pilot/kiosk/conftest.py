from __future__ import annotations

from pathlib import Path

import pytest
import textual.screen

from tests.kiosk_support import FakeClock


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "kiosk.db.json"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()



@pytest.fixture
def few_frames(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two frames a second instead of sixty: the fuzz is about input, and painting every state a
    burst passes through would cost more than the input itself (each state still gets painted
    when a frame falls on it, and every jump paints a new screen)."""
    monkeypatch.setattr(textual.screen, "UPDATE_PERIOD", 0.5)
