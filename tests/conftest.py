"""Suite-wide settings.

The YAML parse cache (rm_tui.yaml_io) would otherwise fill the user's ~/.cache/rm-tui with
copies of test rosters, and `erase` tests would empty the real one: every test, and every
process a test starts, uses a throwaway folder instead.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True, scope="session")
def _private_parse_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("RM_TUI_CACHE_DIR", str(tmp_path_factory.mktemp("parse-cache")))
        yield
