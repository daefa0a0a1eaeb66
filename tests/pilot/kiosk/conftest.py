from __future__ import annotations

from pathlib import Path

import pytest

from tests.kiosk_support import FakeClock


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "kiosk.db.json"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()

