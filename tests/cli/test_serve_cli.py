"""`rm-tui serve` as a process, without a browser: arguments, the join line, the 403s, the
status sidecar, the personal links file and a clean stop."""

from __future__ import annotations

import json
import socket
import stat
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from rm_tui.i18n import t
from tests.browser.driver import ROOT, serving
from tests.cli.helpers import rm_tui

PROGRAM = ROOT / "tests" / "fixtures" / "serve" / "program.yaml"


def get(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return int(response.status)
    except urllib.error.HTTPError as exc:
        return int(exc.code)


def test_help_names_the_join_link_and_options() -> None:
    result = rm_tui("serve", "--help")
    assert result.returncode == 0
    for option in ("--host", "--port", "--max-sessions", "--links", "403"):
        assert option in result.stdout


@pytest.mark.parametrize(("args", "message"), [
    (["--port", "70000"], "--port"),
    (["--max-sessions", "0"], "--max-sessions"),
    (["--links", "/no/such/folder/links.csv"], "folder"),
])
def test_bad_arguments_exit_2_with_a_message(args: list[str], message: str, tmp_path: Path) -> None:
    result = rm_tui("serve", PROGRAM, "--db", tmp_path / "db.json", *args)
    assert result.returncode == 2
    assert message in result.stderr and "Traceback" not in result.stderr


def test_a_missing_program_exits_2(tmp_path: Path) -> None:
    result = rm_tui("serve", tmp_path / "nope.yaml")
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_a_port_in_use_exits_1(tmp_path: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = rm_tui("serve", PROGRAM, "--db", tmp_path / "db.json", "--port", str(port), "--lang", "en")
    assert result.returncode == 1
    assert f"cannot listen on 127.0.0.1:{port}" in result.stderr


def test_join_line_403s_links_and_status_then_a_clean_stop(tmp_path: Path) -> None:
    db, links = tmp_path / "room.db.json", tmp_path / "links.csv"
    with serving(PROGRAM, db, "--links", str(links)) as room:
        assert room.join.startswith("http://127.0.0.1:")
        token = room.join.split("?t=", 1)[1]
        assert len(token) >= 22
        assert get(room.join) == 200
        for path in ("/", "/?t=nope", f"/?t={token}x", "/ws/nope", "/static/nope/js/textual.js",
                     "/favicon.ico", "/download/abc"):
            assert get(room.base + path) == 403, path
        assert get(f"{room.base}/static/{token}/js/textual.js") == 200
        status = json.loads(db.with_name(db.name + ".serve.json").read_text(encoding="utf-8"))
        assert status["join_url"] == room.join and status["sessions"] == 0
        assert status["max_sessions"] == 40
        lines = links.read_text(encoding="utf-8").splitlines()
        assert lines[0] == "id,name,url" and len(lines) == 5
        assert stat.S_IMODE(links.stat().st_mode) == 0o600
        personal = lines[1].rsplit(",", 1)[1]
        assert get(personal) == 200 and personal != room.join
        room.process.terminate()
        assert room.process.wait(timeout=30) == 0
    assert not db.with_name(db.name + ".serve.json").exists()


def test_another_host_prints_a_one_line_warning(tmp_path: Path) -> None:
    with serving(PROGRAM, tmp_path / "db.json", "--host", "0.0.0.0") as room:
        assert not room.join.startswith("http://0.0.0.0")
        room.process.terminate()
        room.process.wait(timeout=30)
        # the program is French: serve speaks it (an English program prints the English line)
        assert room.warnings and room.warnings[0].strip() == t("serve.cli.open_network", "fr", host="0.0.0.0")
        assert t("serve.cli.open_network", "en", host="0.0.0.0") == (
            "warning: serving on 0.0.0.0: anyone on this network who has the link can answer")


async def test_stopping_serve_ends_every_session_process(tmp_path: Path) -> None:
    """Ctrl+C (SIGTERM here) with a browser connected: its process ends with the server."""
    import asyncio

    import aiohttp

    from tests.browser.driver import session_processes

    db = tmp_path / "room.db.json"
    with serving(PROGRAM, db) as room:
        token = room.join.split("?t=", 1)[1]
        ws_url = room.base.replace("http://", "ws://") + f"/ws/{token}?width=40&height=40"
        async with aiohttp.ClientSession() as client, client.ws_connect(ws_url) as ws:
            first = await asyncio.wait_for(ws.receive(), 60)  # the app's first screen
            assert first.type == aiohttp.WSMsgType.BINARY
            pids = session_processes(db)
            assert len(pids) == 1
            room.process.terminate()
            assert await asyncio.to_thread(room.process.wait, 60) == 0
    assert not [p for p in pids if Path(f"/proc/{p}").exists() and not _zombie(p)]


def _zombie(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z"
    except OSError:
        return True
