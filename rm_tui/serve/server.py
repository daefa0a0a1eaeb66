"""The web server of `rm-tui serve`: textual-serve's process-per-session model behind a token.

Every route checks the token before anything else: the page, the static files and the
websocket answer 403 to a missing or wrong token, and no process starts. A websocket that
passes starts one `python -m rm_tui.tui.browser` process (through textual-serve's AppService,
which speaks the web driver's protocol); the process ends when the tab closes. Beyond
`max_sessions`, the page says the room is full and the websocket is refused (503).
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib.resources
import logging
import os
import shlex
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from aiohttp import WSMsgType, web
from textual_serve.app_service import AppService
from textual_serve.download_manager import DownloadManager

import rm_tui
from rm_tui.serve import pages
from rm_tui.serve.access import Access, Grant

log = logging.getLogger("rm-tui.serve")

# textual-serve's own page assets (xterm.js and its glue), served from its installed package
STATIC_DIR = Path(str(importlib.resources.files("textual_serve"))) / "static"
# textual.js keeps its terminal private; tests and the load benchmark read the screen through it
EXPOSE_FROM = "const t=new w(e,{ping:r});"
EXPOSE_TO = "const t=new w(e,{ping:r});window.rmTerminal=t;"
STOP_TIMEOUT = 10.0
SECURITY_HEADERS = {
    "Referrer-Policy": "no-referrer",  # the token is in the address
    "Cache-Control": "no-store",
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
        "img-src 'self' data:; connect-src 'self' ws: wss:; frame-ancestors 'none'"),
}


@dataclass(frozen=True)
class RoomConfig:
    program: Path
    db: Path
    title: str
    max_sessions: int = 40
    font_size: int = 16
    lang: str | None = None
    words: str = "en"  # what the serving process prints: the program's (first) language


class Session:
    def __init__(self, service: AppService, grant: Grant) -> None:
        self.service = service
        self.grant = grant


class Room:
    """The aiohttp application and the live sessions."""

    def __init__(self, config: RoomConfig, access: Access,
                 on_change: Callable[[int], None] | None = None) -> None:
        self.config = config
        self.access = access
        self.on_change = on_change
        self.sessions: set[Session] = set()
        self.starting = 0  # websockets admitted whose process is not up yet (count as live)
        self.downloads = DownloadManager()
        self._sockets: set[web.WebSocketResponse] = set()
        self._static_cache: dict[str, bytes] = {}

    @property
    def live(self) -> int:
        return len(self.sessions) + self.starting

    def full(self) -> bool:
        return self.live >= self.config.max_sessions

    def application(self) -> web.Application:
        app = web.Application(middlewares=[self._headers])
        app.add_routes([
            web.get("/", self.index),
            web.get("/ws/{token}", self.websocket),
            web.get("/static/{token}/{path:.+}", self.static),
            web.route("*", "/{tail:.*}", self.forbidden),  # nothing else exists
        ])
        app.on_shutdown.append(self._close_all)
        return app

    @web.middleware
    async def _headers(self, request: web.Request, handler):  # noqa: ANN001, ANN202
        try:
            response = await handler(request)
        except web.HTTPException as exc:
            response = exc
        if not isinstance(response, web.WebSocketResponse) or not response.prepared:
            response.headers.update(SECURITY_HEADERS)
        return response

    # -- routes -----------------------------------------------------------------------------
    async def forbidden(self, request: web.Request) -> web.Response:
        return web.Response(status=403, text=pages.FORBIDDEN, content_type="text/html")

    async def index(self, request: web.Request) -> web.Response:
        token = request.query.get("t", "")
        if self.access.check(token) is None:
            return await self.forbidden(request)
        if self.full():
            return web.Response(status=503, text=pages.room_full(self.live),
                                content_type="text/html", headers={"Retry-After": "60"})
        page = pages.terminal_page(self.config.title, f"/static/{token}/", f"/ws/{token}",
                                   self.config.font_size)
        return web.Response(text=page, content_type="text/html")

    async def static(self, request: web.Request) -> web.StreamResponse:
        if self.access.check(request.match_info["token"]) is None:
            return await self.forbidden(request)
        rel = request.match_info["path"]
        path = (STATIC_DIR / rel).resolve()
        if STATIC_DIR.resolve() not in path.parents or not path.is_file():
            raise web.HTTPNotFound()
        if rel == "js/textual.js":
            if rel not in self._static_cache:
                self._static_cache[rel] = path.read_bytes().replace(
                    EXPOSE_FROM.encode(), EXPOSE_TO.encode(), 1)
            return web.Response(body=self._static_cache[rel], content_type="application/javascript")
        return web.FileResponse(path)

    async def websocket(self, request: web.Request) -> web.StreamResponse:
        grant = self.access.check(request.match_info["token"])
        if grant is None:
            return await self.forbidden(request)
        if self.full():
            return web.Response(status=503, text="room full", headers={"Retry-After": "60"})
        self.starting += 1  # taken before any await: two last-seat requests cannot both pass
        socket = web.WebSocketResponse(heartbeat=15)
        session: Session | None = None
        try:
            await socket.prepare(request)
            self._sockets.add(socket)
            width = _int(request.query.get("width"), 80)
            height = _int(request.query.get("height"), 24)

            async def close() -> None:
                await socket.close()

            service = AppService(self.command(grant), write_bytes=socket.send_bytes,
                                 write_str=socket.send_str, close=close,
                                 download_manager=self.downloads)
            session = Session(service, grant)
            await service.start(width, height)
            self.starting -= 1
            self.sessions.add(session)
            self._changed()
            await self._relay(socket, service)
        except asyncio.CancelledError:
            await socket.close()
        except Exception as exc:  # one broken session must not take the room down
            log.exception("session failed: %r", exc)
        finally:
            if session is None or session not in self.sessions:
                self.starting -= 1
            if session is not None:
                await self._end(session)
            self._sockets.discard(socket)
        return socket

    # -- sessions ---------------------------------------------------------------------------
    def command(self, grant: Grant) -> str:
        parts = [sys.executable, "-m", "rm_tui.tui.browser", str(self.config.program),
                 str(self.config.db)]
        if grant.person_id is not None:
            parts += ["--person", grant.person_id]
        if self.config.lang:
            parts += ["--lang", self.config.lang]
        return " ".join(shlex.quote(p) for p in parts)

    async def _relay(self, socket: web.WebSocketResponse, service: AppService) -> None:
        """The browser's keys, clicks and size to the app (textual-serve's message format)."""
        async for message in socket:
            if message.type != WSMsgType.TEXT:
                continue
            try:
                kind, *rest = message.json()
            except (ValueError, TypeError):
                continue
            data = rest[0] if rest else None
            if kind == "stdin" and isinstance(data, str):
                await service.send_bytes(data.encode("utf-8"))
            elif kind == "resize" and isinstance(data, dict):
                await service.set_terminal_size(_int(data.get("width"), 80),
                                                _int(data.get("height"), 24))
            elif kind == "ping":
                await socket.send_json(["pong", data])
            elif kind == "blur":
                await service.blur()
            elif kind == "focus":
                await service.focus()

    async def _end(self, session: Session) -> None:
        """Ask the app to quit (it flushes its answers), then make sure the process is gone."""
        self.sessions.discard(session)
        self._changed()
        with contextlib.suppress(Exception):  # a stuck or broken app is killed below
            await asyncio.wait_for(session.service.stop(), STOP_TIMEOUT)
        process = session.service._process
        if process is not None and process.returncode is None:
            process.kill()
            await process.wait()

    async def end_all(self) -> None:
        await asyncio.gather(*(self._end(s) for s in list(self.sessions)))

    async def _close_all(self, app: web.Application) -> None:
        for socket in list(self._sockets):
            await socket.close()

    def _changed(self) -> None:
        if self.on_change is not None:
            self.on_change(self.live)


def _int(value: object, default: int) -> int:
    try:
        return max(1, min(1000, int(str(value))))
    except (TypeError, ValueError):
        return default


def child_environment() -> None:
    """Session processes must import this rm_tui, also when it is run from a source checkout."""
    root = str(Path(rm_tui.__path__[0]).resolve().parent)
    if Path(root).name in ("site-packages", "dist-packages"):
        return
    paths = [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]
    if root not in paths:
        os.environ["PYTHONPATH"] = os.pathsep.join([root, *paths])
