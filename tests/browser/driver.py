"""Driving `rm-tui serve` from a real browser (Playwright on the system Chromium).

The page is an xterm.js terminal; serve's page exposes it as `window.rmTerminal`, so a test
reads the screen as text lines and clicks a label by turning its cell into pixels.
Used by tests/browser and benchmarks/serve_load.py.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from rm_tui.i18n import LANGS, t

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("RM_TUI_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
# as root, headless, and with no background traffic (the network here is closed)
CHROMIUM_ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
PHONE = {"width": 390, "height": 844}

SCREEN_JS = """() => {
  const term = window.rmTerminal && window.rmTerminal.terminal;
  if (!term) return null;
  const lines = [];
  for (let i = 0; i < term.rows; i++) {
    const line = term.buffer.active.getLine(i);
    lines.push(line ? line.translateToString(true) : "");
  }
  const box = term.element.querySelector(".xterm-screen").getBoundingClientRect();
  return {cols: term.cols, rows: term.rows, lines: lines,
          x: box.left, y: box.top, w: box.width, h: box.height};
}"""

HAS_TEXT_JS = """(wanted) => {
  const term = window.rmTerminal && window.rmTerminal.terminal;
  if (!term) return false;
  for (let i = 0; i < term.rows; i++) {
    const line = term.buffer.active.getLine(i);
    if (line && line.translateToString(true).includes(wanted)) return true;
  }
  return false;
}"""


def chromium_available() -> bool:
    return Path(CHROMIUM).exists() and _playwright_importable()


def _playwright_importable() -> bool:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return False
    return True


# what serve's lines start with, in either language (its output speaks the program's)
JOIN = tuple(t("serve.cli.join", lang, url="") for lang in LANGS)
WARNING = tuple(t("serve.cli.open_network", lang, host="").split(" ", 1)[0] for lang in LANGS)


class Served:
    """A running `rm-tui serve` subprocess and what it printed."""

    def __init__(self, process: subprocess.Popen[str], join: str, printed: list[str]) -> None:
        self.process = process
        self.join = join
        self.printed = printed  # what serve printed up to the join line (warnings, QR code)

    @property
    def warnings(self) -> list[str]:
        return [line for line in self.printed if line.startswith(WARNING)]

    @property
    def base(self) -> str:
        return self.join.split("/?", 1)[0]


@contextmanager
def serving(program: Path, db: Path, *extra: str) -> Iterator[Served]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(
        [sys.executable, "-m", "rm_tui", "serve", str(program), "--db", str(db), "--port", "0",
         *extra],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        join, printed = "", []
        assert process.stdout is not None
        for line in process.stdout:  # the join line comes once the port is bound
            printed.append(line)
            if line.startswith(JOIN):  # in the program's language
                join = line.rsplit(" ", 1)[1].strip()
                break
        if not join:
            raise RuntimeError("rm-tui serve printed no join line")
        yield Served(process, join, printed)
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def session_processes(db: Path) -> list[int]:
    """Pids of the browser-session processes serving this database."""
    pids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            args = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if b"rm_tui.tui.browser" in args and str(db).encode() in args:
            pids.append(int(entry.name))
    return pids


def screen(page) -> dict:  # noqa: ANN001 - a Playwright page
    return page.evaluate(SCREEN_JS)


def screen_text(page) -> str:  # noqa: ANN001
    data = screen(page)
    return "\n".join(data["lines"]) if data else ""


def wait_text(page, text: str, timeout: float = 30_000) -> None:  # noqa: ANN001
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    try:
        page.wait_for_function(HAS_TEXT_JS, arg=text, timeout=timeout)
    except PlaywrightTimeout:
        raise AssertionError(f"{text!r} never showed; the screen:\n{screen_text(page)}") from None


def click_text(page, text: str, nth: int = 0) -> None:  # noqa: ANN001
    """Tap (a touch screen) or click (a mouse) the middle of the `nth` place where `text`
    shows on the terminal."""
    wait_text(page, text)
    data = screen(page)
    hits = [(row, match.start()) for row, line in enumerate(data["lines"])
            for match in re.finditer(re.escape(text), line)]
    row, col = hits[nth]
    cell_w, cell_h = data["w"] / data["cols"], data["h"] / data["rows"]
    x = data["x"] + (col + len(text) / 2) * cell_w
    y = data["y"] + (row + 0.5) * cell_h
    if page.evaluate("() => navigator.maxTouchPoints > 0"):
        page.touchscreen.tap(x, y)
    else:
        page.mouse.click(x, y)


def wait_answer(db: Path, pid: str, qid: str, item: str, value: object,
                timeout: float = 30.0) -> float:
    """Wait until the answer is in the database file (read as any other process would);
    returns the seconds it took. A tap's answer travels up the widget tree as a message, so
    a test taps Next only once the answer is stored, as a person would after seeing it."""
    import time

    from rm_tui.storage import Database

    start = time.monotonic()
    with Database(db) as database:
        while time.monotonic() - start < timeout:
            if database.answers(pid).get(qid, {}).get(item) == value:
                return time.monotonic() - start
            time.sleep(0.02)
    raise AssertionError(f"{pid} {qid}.{item} = {value!r} never reached {db}")


def open_terminal(page, url: str) -> None:  # noqa: ANN001
    page.goto(url)
    page.wait_for_function("() => document.body.classList.contains('-first-byte')",
                           timeout=60_000)
