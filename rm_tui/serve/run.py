"""Running the room: bind, print the join link and its QR code, write the personal links and
the status sidecar, serve until Ctrl+C, then end every session and remove the sidecar."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import socket
import sys
from pathlib import Path

from aiohttp import web

from rm_tui.core.errors import OperationError
from rm_tui.core.participant import Participant
from rm_tui.i18n import t
from rm_tui.serve.access import Access, join_url, links_csv, write_links
from rm_tui.serve.qr import qr_text
from rm_tui.serve.server import Room, RoomConfig, child_environment
from rm_tui.serve.status import ServeStatus, remove_status, write_status

LOOPBACK = ("127.0.0.1", "localhost", "::1")


def lan_address() -> str:
    """The address other devices reach this laptop at (no packet is sent)."""
    with contextlib.suppress(OSError), socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        probe.connect(("10.255.255.255", 1))
        return str(probe.getsockname()[0])
    return socket.gethostname()


def public_host(host: str) -> str:
    if host in ("0.0.0.0", "::", ""):
        return lan_address()
    return f"[{host}]" if ":" in host else host


async def serve(config: RoomConfig, host: str, port: int, people: list[Participant],
                links: Path | None) -> None:
    access = Access()
    tokens = access.add_people(people)
    child_environment()
    base_holder: list[str] = []

    def changed(live: int, say: bool = True) -> None:
        if base_holder:
            status = ServeStatus(join_url(base_holder[0], access.shared), live,
                                 config.max_sessions, os.getpid())
            try:
                write_status(config.db, status)
            except OSError as exc:  # the console's view only: never cost a participant a seat
                print(t("serve.cli.status_failed", config.words, db=config.db, error=exc), file=sys.stderr)
            if say:
                print(t("serve.cli.sessions", config.words, live=live, max=config.max_sessions), flush=True)

    room = Room(config, access, on_change=changed)
    runner = web.AppRunner(room.application(), access_log=None, handle_signals=False)
    await runner.setup()
    site = web.TCPSite(runner, host, port, shutdown_timeout=5)
    try:
        await site.start()
    except OSError as exc:
        await runner.cleanup()
        raise OperationError.coded("args.serve.listen", where=f"{host}:{port}", why=exc.strerror or exc) from exc
    bound = int(runner.addresses[0][1])  # the real port when --port 0 picked one
    base = f"http://{public_host(host)}:{bound}"
    base_holder.append(base)
    url = join_url(base, access.shared)
    if links is not None:
        try:
            write_links(links, links_csv(people, tokens, base))
        except OSError as exc:
            await runner.cleanup()
            raise OperationError.coded("args.serve.links", path=links, why=exc.strerror or exc) from exc
    changed(0, say=False)
    if host not in LOOPBACK:
        print(t("serve.cli.open_network", config.words, host=host), file=sys.stderr, flush=True)
    code = qr_text(url)
    if sys.stdout.isatty():  # white on black whatever the terminal's theme: a light theme
        code = "".join(f"\x1b[97;40m{line}\x1b[0m\n" for line in code.splitlines())  # would invert it
    print(code, flush=True)
    print(t("serve.cli.join", config.words, url=url), flush=True)
    if links is not None:
        print(t("serve.cli.links", config.words, n=len(people), file=links), flush=True)
    print(t("serve.cli.stop", config.words), flush=True)

    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(sig, stop.set)
    try:
        await stop.wait()
    finally:
        base_holder.clear()
        await room.end_all()  # each app flushes its answers and quits
        await runner.cleanup()  # closes the websockets, which ends their processes
        remove_status(config.db)
