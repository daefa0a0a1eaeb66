"""Real-browser fixtures: one `rm-tui serve` (two seats, personal links) and one headless
Chromium for the whole module. Skipped, with the reason, only when Chromium is absent."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.browser.driver import (
    CHROMIUM,
    CHROMIUM_ARGS,
    PHONE,
    ROOT,
    Served,
    chromium_available,
    serving,
)

PROGRAM = ROOT / "tests" / "fixtures" / "serve" / "program.yaml"
SEATS = 2

if not chromium_available():
    pytest.skip(f"browser tests need Chromium at {CHROMIUM} and the playwright package "
                "(.ci/run installs both; locally: apt-get install -y chromium)",
                allow_module_level=True)


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    folder = tmp_path_factory.mktemp("serve")
    with serving(PROGRAM, folder / "room.db.json", "--max-sessions", str(SEATS),
                 "--links", str(folder / "links.csv")) as room:
        room.db = folder / "room.db.json"  # type: ignore[attr-defined]
        with (folder / "links.csv").open(encoding="utf-8") as handle:
            room.links = {row["id"]: row for row in csv.DictReader(handle)}  # type: ignore[attr-defined]
        yield room


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def new_page(browser: object) -> Iterator[object]:
    """A phone: 390x844, touch screen (click_text taps); every context is closed after the
    test (the tabs close)."""
    contexts = []

    def make():  # noqa: ANN202
        # bypass_csp: Playwright's waits evaluate code, which serve's page policy forbids
        context = browser.new_context(  # type: ignore[attr-defined]
            viewport=PHONE, bypass_csp=True, has_touch=True, is_mobile=True)
        contexts.append(context)
        return context.new_page()

    yield make
    for context in contexts:
        context.close()


def links_of(room: Served) -> dict[str, dict[str, str]]:
    return room.links  # type: ignore[attr-defined, no-any-return]


def db_of(room: Served) -> Path:
    return room.db  # type: ignore[attr-defined, no-any-return]
