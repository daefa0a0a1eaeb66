"""One styling convention (docs/ARCHITECTURE.md): every style lives in a .tcss file, loaded by
an App's CSS_PATH (ConsoleApp, KioskApp, BrowserApp); no widget or screen carries DEFAULT_CSS,
CSS or its own CSS_PATH. The wheel ships every stylesheet."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import tomllib
from collections.abc import Iterable
from pathlib import Path

from textual.app import App
from textual.containers import Vertical
from textual.dom import DOMNode
from textual.screen import ModalScreen, Screen

import rm_tui
from rm_tui.tui.browser import BrowserApp
from rm_tui.tui.console.app import ConsoleApp
from rm_tui.tui.kiosk import KioskApp

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "rm_tui"
APPS = (ConsoleApp, KioskApp, BrowserApp)


def style_offences(classes: Iterable[type]) -> list[str]:
    """Classes that style themselves instead of leaving it to their App's stylesheets."""
    out = []
    for cls in classes:
        if not (isinstance(cls, type) and issubclass(cls, DOMNode)):
            continue
        own = vars(cls)
        out += [f"{cls.__qualname__}.{name}" for name in ("DEFAULT_CSS", "CSS") if name in own]
        if "CSS_PATH" in own and not issubclass(cls, App):
            out.append(f"{cls.__qualname__}.CSS_PATH")
    return out


def project_classes() -> list[type]:
    """Every class defined in rm_tui (modules imported; `__main__` scripts are not run)."""
    found: list[type] = []
    for info in pkgutil.walk_packages(rm_tui.__path__, "rm_tui."):
        if info.name.rsplit(".", 1)[-1] == "__main__":
            continue
        module = importlib.import_module(info.name)
        found += [c for _, c in inspect.getmembers(module, inspect.isclass) if c.__module__ == module.__name__]
    return found


def test_the_style_check_finds_a_class_that_styles_itself() -> None:
    class Boxed(Vertical):
        DEFAULT_CSS = "Boxed { height: 3; }"

    class Dialog(ModalScreen[None]):
        CSS_PATH = "dialog.tcss"

    class Inline(Screen[None]):
        CSS = "Inline { align: center middle; }"

    class Fine(App[None]):
        CSS_PATH = ["fine.tcss"]

    assert style_offences([Boxed, Dialog, Inline, Fine, str]) == [
        f"{c.__qualname__}.{n}" for c, n in ((Boxed, "DEFAULT_CSS"), (Dialog, "CSS_PATH"), (Inline, "CSS"))]


def test_no_widget_or_screen_styles_itself() -> None:
    classes = project_classes()
    assert {ConsoleApp, KioskApp, BrowserApp} <= set(classes)  # the walk reached the apps
    assert style_offences(classes) == []


def app_stylesheets(app: type[App[None]]) -> list[Path]:
    paths = app.CSS_PATH if isinstance(app.CSS_PATH, list) else [app.CSS_PATH]
    return [Path(p) for p in paths if p is not None]


def test_every_app_loads_its_stylesheets_and_every_stylesheet_is_loaded() -> None:
    loaded: set[Path] = set()
    for app in APPS:
        sheets = app_stylesheets(app)
        assert sheets and all(p.is_absolute() and p.is_file() and p.suffix == ".tcss" for p in sheets), app
        loaded.update(p.resolve() for p in sheets)
    assert loaded == {p.resolve() for p in PACKAGE.rglob("*.tcss")}


def test_the_browser_loads_the_kiosk_styles_then_its_touch_overrides() -> None:
    assert [p.name for p in app_stylesheets(BrowserApp)] == ["kiosk.tcss", "touch.tcss"]


def test_the_wheel_ships_every_stylesheet() -> None:
    """pyproject's package-data patterns (relative to rm_tui/) cover every .tcss file."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["rm_tui"]
    shipped = {p for pattern in patterns for p in PACKAGE.glob(pattern)}
    sheets = set(PACKAGE.rglob("*.tcss"))
    assert sheets and sheets <= shipped
