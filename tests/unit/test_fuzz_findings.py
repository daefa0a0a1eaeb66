"""Inputs the bad-input sweep (benchmarks/fuzz_inputs.py) found ending in a traceback: each is a
clean refusal naming the file and line now."""

from __future__ import annotations

from pathlib import Path

import pytest

from rm_tui.core.errors import InputError
from rm_tui.core.roster_csv import read_csv as read_roster
from rm_tui.services.followup_io import is_followup_file, read_csv

BOM_THEN_NOT_UTF8 = b"\xef\xbb\xbfid,name,role\n\xff\xfe,x,mentor\n"


def test_a_csv_with_a_bom_then_bytes_that_are_not_utf8_is_refused_at_its_line(tmp_path: Path) -> None:
    path = tmp_path / "roster.csv"
    path.write_bytes(BOM_THEN_NOT_UTF8)
    for read in (read_roster, read_csv):
        with pytest.raises(InputError) as bad:
            read(path)
        (problem,) = bad.value.problems
        assert problem.path == str(path) and problem.line == 2 and "0xff" in problem.message
    assert not is_followup_file(path)  # `import` then reads it as a roster, and says the same
