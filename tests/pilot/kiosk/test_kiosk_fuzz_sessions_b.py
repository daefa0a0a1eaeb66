"""Random input sequences never end the kiosk: English on 60x15, French on 80x24 (2 of the 4 sessions that
make the suite's 10,000 sequences; see tests/kiosk_fuzz.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.kiosk_fuzz import fuzz_session


@pytest.mark.parametrize("seed", [3, 4])
async def test_random_input_sequences(db_path: Path, few_frames: None, seed: int) -> None:
    """Random keys, pastes, clicks at random cells and wheel turns, a sequence at a time as one
    terminal read, over every screen and item kind: the kiosk never ends, no click opens the
    facilitator's exit, and what each participant answered is what is stored."""
    await fuzz_session(db_path, seed)
