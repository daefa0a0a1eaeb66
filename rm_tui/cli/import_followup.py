"""`rm-tui import PROGRAM FILE` for check-in and outcome files (dispatched from cmd_import).

A YAML file with `checkins:` / `outcomes:`, or a CSV with a `respondent` column (check-ins) or
`quality_mentor`/`quality_mentee`/`ended_early` columns (outcomes); see docs/FORMATS.md.
"""

from __future__ import annotations

from pathlib import Path

from rm_tui.i18n import t
from rm_tui.services.followup_io import import_followup_file, is_followup_file, summary

__all__ = ["is_followup_file", "run_followup_import"]


def run_followup_import(db_path: Path, source: Path, lang: str = "en") -> int:
    """Check every entry against the database's confirmed pairs, then store: all or nothing."""
    from rm_tui.services.confirmed_cohort import open_existing

    with open_existing(db_path) as db:
        counts = import_followup_file(db, source, actor="cli")
    print(t("cli.import.followup_done", lang, source=source, path=db_path, summary=summary(counts, lang)))
    return 0
