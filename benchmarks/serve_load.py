"""Browser mode under load: N participants at once answer the full learner-profile questionnaire
through `rm-tui serve`, each as a websocket client speaking textual-serve's protocol (what the
page's JavaScript sends: key presses as "stdin", the window size as "resize").

Prints: sessions, answers expected/stored/lost/duplicated, every person submitted, p50/p95/max
time from a key press to the answer readable in the database file, the memory of one session
process (RSS), the server's own memory, and the wall time for everyone.

    python benchmarks/serve_load.py            # 30 people at once
    python benchmarks/serve_load.py --quick    # 5 people (a smoke run, ~30 s)
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import aiohttp

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from rm_tui.bundled import questionnaires_dir  # noqa: E402
from rm_tui.core.intake import plan_steps  # noqa: E402
from rm_tui.services.loaders import load_program  # noqa: E402
from rm_tui.storage import Database  # noqa: E402

ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[()][A-Z0-9]|\x1b[=>]|\x1b\][^\x07]*\x07")
PROGRESS = re.compile(r"Questions? (\d+)")
STEP_TIMEOUT = 120.0


def write_program(folder: Path, people: int) -> Path:
    roster = "\n".join(
        f'  - {{id: p{i:02d}, name: "Person {i:02d} Load", role: {"mentor" if i % 2 else "mentee"}}}'
        for i in range(1, people + 1))
    path = folder / "load.yaml"
    path.write_text(
        "id: serve-load\nname: Load test\nlanguages: [en, fr]\n"
        f"questionnaires_dir: {questionnaires_dir()}\n"
        "questionnaires:\n  mentor: [learner_profile]\n  mentee: [learner_profile]\n"
        f"roster:\n{roster}\n"
        "kiosk: {idle_seconds: 600, self_registration: false, show_profile: false}\n",
        encoding="utf-8")
    return path


class DiskWatch:
    """One reader thread notes when each answer first shows in the database file."""

    def __init__(self, db: Path) -> None:
        self.db = db
        self.seen: dict[tuple[str, str, str], tuple[float, object]] = {}
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self.run, daemon=True)

    def run(self) -> None:
        with Database(self.db) as database:
            while not self.stop.is_set():
                answers = database.all_answers()
                now = time.monotonic()
                for pid, by_q in answers.items():
                    for qid, values in by_q.items():
                        for item, value in values.items():
                            self.seen.setdefault((pid, qid, item), (now, value))
                time.sleep(0.02)

    async def wait(self, key: tuple[str, str, str]) -> float:
        while key not in self.seen:
            await asyncio.sleep(0.01)
        return self.seen[key][0]


class Client:
    def __init__(self, pid: str, url: str, steps: list[list[tuple[str, str, int]]],
                 watch: DiskWatch, latencies: list[float]) -> None:
        self.pid, self.url, self.steps = pid, url, steps
        self.watch, self.latencies = watch, latencies
        self.screen = ""
        self.changed = asyncio.Event()

    async def reader(self, ws: aiohttp.ClientWebSocketResponse) -> None:
        async for message in ws:
            if message.type == aiohttp.WSMsgType.BINARY:
                self.screen += ANSI.sub("", message.data.decode("utf-8", "replace"))
                self.screen = self.screen[-20000:]
                self.changed.set()

    async def wait_for(self, test: object) -> None:
        deadline = time.monotonic() + STEP_TIMEOUT
        while not test(self.screen):  # type: ignore[operator]
            self.changed.clear()
            await asyncio.wait_for(self.changed.wait(), max(0.1, deadline - time.monotonic()))

    async def run(self, session: aiohttp.ClientSession) -> None:
        token = self.url.split("t=", 1)[1]
        base = self.url.split("/?", 1)[0].replace("http://", "ws://")
        async with session.ws_connect(f"{base}/ws/{token}?width=40&height=40") as ws:
            reading = asyncio.create_task(self.reader(ws))
            send = lambda keys: ws.send_str(json.dumps(["stdin", keys]))  # noqa: E731
            await self.wait_for(lambda s: "Start" in s)
            self.screen = ""
            await send("\r")
            number = 1
            for step in self.steps:
                await self.wait_for(lambda s, n=number: (m := PROGRESS.findall(s)) and int(m[-1]) == n)
                for qid, item, value in step:
                    sent = time.monotonic()
                    await send(str(value))
                    stored = await asyncio.wait_for(self.watch.wait((self.pid, qid, item)), STEP_TIMEOUT)
                    self.latencies.append(stored - sent)
                self.screen = ""
                await send("\r")
                number += len(step)
            await self.wait_for(lambda s: "Submit" in s)
            await send("\r")  # Submit has the focus on the review screen
            await self.wait_for(lambda s: "Thank you" in s)
            await ws.close()
            reading.cancel()


def session_processes(db: Path) -> list[int]:
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


def cpu_seconds(pid: int) -> float | None:
    """User + system CPU time a process has used so far."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def session_rss(db: Path) -> list[int]:
    """RSS in kB of every browser-session process serving `db`."""
    out = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            args = (entry / "cmdline").read_bytes().split(b"\0")
            if b"rm_tui.tui.browser" in args and str(db).encode() in args:
                status = (entry / "status").read_text()
                out.append(int(re.search(r"VmRSS:\s+(\d+)", status).group(1)))  # type: ignore[union-attr]
        except (OSError, AttributeError):
            continue
    return out


async def main_async(people: int) -> int:
    folder = Path(tempfile.mkdtemp(prefix="rm-tui-serve-load-"))
    program_path = write_program(folder, people)
    program = load_program(program_path)
    db = folder / "load.db.json"
    links = folder / "links.csv"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    server = subprocess.Popen(
        [sys.executable, "-m", "rm_tui", "serve", str(program_path), "--db", str(db),
         "--port", "0", "--links", str(links), "--max-sessions", str(people), "--lang", "en"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        assert server.stdout is not None
        for line in server.stdout:
            if line.startswith("join: "):
                break
        threading.Thread(target=lambda: [None for _ in server.stdout], daemon=True).start()  # type: ignore[union-attr]
        with links.open(encoding="utf-8") as handle:
            urls = {row["id"]: row["url"] for row in csv.DictReader(handle)}
        watch = DiskWatch(db)
        watch.thread.start()
        latencies: list[float] = []
        clients = []
        expected: dict[tuple[str, str, str], int] = {}
        for n, person in enumerate(program.roster):
            steps = []
            for step in plan_steps(program, person):
                row = []
                for k, item in enumerate(step.items):
                    value = (n + k + len(steps)) % 5 + 1
                    row.append((step.questionnaire.id, item.id, value))
                    expected[(person.id, step.questionnaire.id, item.id)] = value
                steps.append(row)
            clients.append(Client(person.id, urls[person.id], steps, watch, latencies))
        peak_rss: list[int] = []
        cpu: dict[int, float] = {}

        async def sample_memory() -> None:
            while True:
                for pid in session_processes(db):
                    used = cpu_seconds(pid)
                    if used is not None:
                        cpu[pid] = max(cpu.get(pid, 0.0), used)
                rss = session_rss(db)
                if len(rss) > len(peak_rss) or (len(rss) == len(peak_rss) and sum(rss) > sum(peak_rss)):
                    peak_rss[:] = rss
                await asyncio.sleep(0.5)

        sampler = asyncio.create_task(sample_memory())
        start = time.monotonic()
        async with aiohttp.ClientSession() as session:
            results = await asyncio.gather(*(c.run(session) for c in clients), return_exceptions=True)
        wall = time.monotonic() - start
        sampler.cancel()
        watch.stop.set()
        failures = [r for r in results if isinstance(r, BaseException)]
        server_cpu = cpu_seconds(server.pid) or 0.0
        server_rss = int(re.search(r"VmRSS:\s+(\d+)", Path(f"/proc/{server.pid}/status").read_text()).group(1))  # type: ignore[union-attr]
    finally:
        server.terminate()
        server.wait(timeout=60)

    with Database(db) as database:
        stored = database.all_answers()
        submitted = {p.id: database.submitted(p.id) for p in program.roster}
    raw = json.loads(db.read_text(encoding="utf-8"))
    docs = [d.get("participant_id") for d in raw.get("responses", {}).values()]
    duplicated_docs = len(docs) - len(set(docs))
    got = {(pid, qid, item): v for pid, by_q in stored.items() for qid, vals in by_q.items()
           for item, v in vals.items()}
    lost = [k for k in expected if got.get(k) != expected[k]]
    extra = [k for k in got if k not in expected]
    all_submitted = all(submitted.get(p.id) for p in program.roster)
    latencies.sort()
    p95 = latencies[max(0, int(len(latencies) * 0.95) - 1)] if latencies else float("nan")
    print(f"sessions at once        {people}  (websocket clients, 40x40 terminals)")
    print(f"answers expected        {len(expected)}  ({len(expected) // people} per person)")
    print(f"answers stored right    {len(expected) - len(lost)}")
    print(f"lost or wrong           {len(lost)}")
    print(f"unexpected extra        {len(extra)}   duplicated response records: {duplicated_docs}")
    print(f"everyone submitted      {all_submitted}")
    print(f"client failures         {len(failures)}  {failures[:1]!r}")
    if latencies:
        print(f"key -> on disk (ms)     p50 {statistics.median(latencies) * 1000:.0f}   "
              f"p95 {p95 * 1000:.0f}   max {latencies[-1] * 1000:.0f}   (n={len(latencies)})")
    if peak_rss:
        print(f"session process RSS     {statistics.median(peak_rss) / 1024:.0f} MB median, "
              f"{sum(peak_rss) / 1024:.0f} MB for {len(peak_rss)} live at peak")
    print(f"serve process RSS       {server_rss / 1024:.0f} MB")
    answers = max(1, len(expected))
    print(f"CPU, sessions + serve   {sum(cpu.values()):.1f} s + {server_cpu:.1f} s "
          f"= {(sum(cpu.values()) + server_cpu) / people:.1f} s per person "
          f"({(sum(cpu.values()) + server_cpu) / answers * 1000:.0f} ms per answer, start-up included)")
    print(f"machine load (1 min)    {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"wall time, everyone     {wall:.1f} s")
    ok = not lost and not extra and not failures and all_submitted and duplicated_docs == 0
    return 0 if ok else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="5 people instead of 30")
    parser.add_argument("--people", type=int, default=None)
    args = parser.parse_args()
    people = args.people or (5 if args.quick else 30)
    return asyncio.run(main_async(people))


if __name__ == "__main__":
    raise SystemExit(main())
