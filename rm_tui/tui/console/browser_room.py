"""The dashboard's view of a running `rm-tui serve`: live browser sessions and the join QR code.

serve writes `DB.serve.json` (rm_tui/serve/status.py) whenever a session starts or ends; the
panel re-reads it every two seconds and stays hidden while no serve runs on this database.
"""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static

from rm_tui.i18n import t
from rm_tui.serve.qr import qr_text
from rm_tui.serve.status import ServeStatus, read_status
from rm_tui.tui.speak import program_lang, speak

POLL_SECONDS = 2.0
INLINE_QR_MIN_HEIGHT = 48  # below this the dashboard has no room for the code: press w


class BrowserRoomPanel(Vertical):
    def __init__(self, db_path: Path, *, id: str | None = None) -> None:  # noqa: A002
        super().__init__(id=id)
        self.db_path = db_path
        self.status: ServeStatus | None = None
        self._qr_for = ""

    def compose(self) -> ComposeResult:
        yield Static("", id="room-line")
        yield Static("", id="room-qr", markup=False)

    def on_mount(self) -> None:
        self.refresh_status()
        self.set_interval(POLL_SECONDS, self.refresh_status, name="browser-room")

    def refresh_status(self) -> None:
        status = read_status(self.db_path)
        self.status = status
        self.set_class(status is not None, "-live")
        if status is None:
            return
        self.query_one("#room-line", Static).update(
            t("pairing.room.line", program_lang(self.app), sessions=status.sessions, max=status.max_sessions)
            + status.join_url)
        qr = self.query_one("#room-qr", Static)
        qr.display = self.app.size.height >= INLINE_QR_MIN_HEIGHT
        if qr.display and self._qr_for != status.join_url:
            qr.update(qr_text(status.join_url).rstrip("\n"))
            self._qr_for = status.join_url


class JoinCodeScreen(ModalScreen[None]):
    """The join link's QR code, big enough to project; any key or the button closes it."""

    BINDINGS = [Binding("escape,w,q", "dismiss", "console.bind.close")]

    def __init__(self, status: ServeStatus) -> None:
        super().__init__()
        self.status = status

    def compose(self) -> ComposeResult:
        code = qr_text(self.status.join_url).rstrip("\n")
        lang = program_lang(self.app)
        speak(self, lang)
        with Vertical(id="join-box") as box:
            box.border_subtitle = t("pairing.room.esc", lang)
            yield Static("Scan to answer · Scannez pour répondre", id="join-title")
            qr = Static(code, id="join-qr", markup=False)
            qr.styles.width = len(code.splitlines()[0])  # never wrapped: a wrapped code does not scan
            yield qr
            yield Static(self.status.join_url, id="join-url", markup=False)

    def on_click(self) -> None:
        self.dismiss()
