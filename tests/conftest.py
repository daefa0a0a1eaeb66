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


@pytest.fixture(autouse=True, scope="session")
def _english_locale() -> Iterator[None]:
    """The command line speaks French in a French locale (rm_tui/cli/parser_words.py): the suite
    runs, and starts processes, in a neutral one, whatever the developer's terminal says."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("LANG", "C.UTF-8")
        patch.delenv("LC_ALL", raising=False)
        patch.delenv("LC_MESSAGES", raising=False)
        yield
