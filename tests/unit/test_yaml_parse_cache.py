"""The YAML parse cache gives exactly what a fresh parse gives (types, shared aliases, errors),
never a stale entry for a changed file, keeps personal data private (0700/0600) and can be
turned off or emptied."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings

from rm_tui.core.errors import InputError
from rm_tui.yaml_io import _ParseCache, clear_parse_cache, load_yaml, parse_yaml
from tests.unit.test_yaml_fast_path import documents, same


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("RM_TUI_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(_ParseCache, "MIN_CHARS", 0)  # every file, however small
    return tmp_path / "cache" / "yaml"


def _entries(folder: Path) -> list[Path]:
    return sorted(folder.iterdir()) if folder.is_dir() else []


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(doc=documents)
def test_a_cached_parse_is_the_fresh_parse(doc: Any, cache_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "doc.yaml"
    text = yaml.safe_dump({"doc": doc}, allow_unicode=True)
    path.write_text(text, encoding="utf-8")
    fresh, _ = parse_yaml(text, str(path))
    first, _ = load_yaml(path)  # parsed, then stored
    again, source = load_yaml(path)  # from the cache
    assert same(first, fresh) and same(again, fresh)
    assert source.path == str(path)


def test_hits_come_from_the_cache_and_aliases_stay_one_object(cache_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    path.write_text("base: &b {x: 1, y: [1, 2]}\nother: *b\nflag: yes\nid: 010\n", encoding="utf-8")
    load_yaml(path)
    assert len(_entries(cache_dir)) == 1
    data, source = load_yaml(path)
    assert data["other"] is data["base"] and data["flag"] is True and data["id"] == 8
    assert source.locate(("flag",)) == (3, 7)  # positions still read from the text
    entry = _entries(cache_dir)[0]
    assert stat.S_IMODE(entry.stat().st_mode) == 0o600
    assert stat.S_IMODE(cache_dir.stat().st_mode) == 0o700
    assert stat.S_IMODE(cache_dir.parent.stat().st_mode) == 0o700


def test_a_changed_file_is_parsed_again_even_with_the_same_size_and_time(cache_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    path.write_text("a: 1\n", encoding="utf-8")
    load_yaml(path)
    before = path.stat()
    path.write_text("a: 2\n", encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert load_yaml(path)[0] == {"a": 2}


def test_a_damaged_entry_is_a_miss(cache_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    path.write_text("a: [1, 2]\n", encoding="utf-8")
    load_yaml(path)
    for entry in _entries(cache_dir):
        entry.write_bytes(b"\x00garbage")
    assert load_yaml(path)[0] == {"a": [1, 2]}
    other = _entries(cache_dir)[0]
    other.write_bytes(__import__("marshal").dumps(("another key", {"a": "wrong"})))
    assert load_yaml(path)[0] == {"a": [1, 2]}


def test_problems_are_never_cached(cache_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    path.write_text("a: 1\na: 2\n", encoding="utf-8")
    for _ in range(2):
        with pytest.raises(InputError, match="duplicate key"):
            load_yaml(path)
    assert _entries(cache_dir) == []


def test_off_writes_nothing_and_erase_empties_it(cache_dir: Path, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    path = tmp_path / "p.yaml"
    path.write_text("a: 1\n", encoding="utf-8")
    load_yaml(path)
    assert len(_entries(cache_dir)) == 1
    clear_parse_cache()
    assert _entries(cache_dir) == []
    monkeypatch.setenv("RM_TUI_CACHE_DIR", "off")
    load_yaml(path)
    assert _entries(cache_dir) == []


def test_old_and_surplus_entries_are_pruned(cache_dir: Path, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    monkeypatch.setattr(_ParseCache, "KEEP", 3)
    for k in range(5):
        path = tmp_path / f"p{k}.yaml"
        path.write_text(f"a: {k}\n", encoding="utf-8")
        load_yaml(path)
    assert len(_entries(cache_dir)) == 3
    for entry in _entries(cache_dir):
        os.utime(entry, (1, 1))  # unused for decades
    path = tmp_path / "new.yaml"
    path.write_text("b: 1\n", encoding="utf-8")
    load_yaml(path)
    assert len(_entries(cache_dir)) == 1


def test_the_suite_never_writes_the_users_cache() -> None:
    """tests/conftest.py points the cache at a throwaway folder for the whole session."""
    cache = _ParseCache.open()
    assert cache is not None
    home_cache = Path(os.path.expanduser("~")) / ".cache" / "rm-tui"
    assert not cache.folder.resolve().is_relative_to(home_cache.resolve())
