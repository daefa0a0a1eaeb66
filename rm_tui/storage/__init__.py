"""Storage: the only package that imports tinydb. May import rm_tui.core and rm_tui.atomic_file only.

Use `Database(path)`; see database.py for the repository interface and backend.py for how
crash and multi-process safety are obtained.
"""

from rm_tui.storage.backups import MissingDatabaseError, check_not_lost
from rm_tui.storage.backups import describe as describe_copy
from rm_tui.storage.database import PLAN_KINDS, Database
from rm_tui.storage.erasure import ERASED_PREFIX, ErasureReport
from rm_tui.storage.restore import Restored, restore
from rm_tui.storage.schema import MIGRATIONS, SCHEMA_VERSION, now_iso
from rm_tui.storage.scrub import describe_counts

__all__ = ["Database", "ERASED_PREFIX", "ErasureReport", "MIGRATIONS", "MissingDatabaseError",
           "PLAN_KINDS", "Restored", "SCHEMA_VERSION", "check_not_lost", "describe_copy",
           "describe_counts", "now_iso", "restore"]
