"""Autosave latency of one answer with 200 and 2,000 participants stored (~40 answers each).

Prints median and p95 of `Database.save_answer` for:
- warm: one kiosk saving in a row (the parsed file is reused while the lock proves it unchanged);
- shared: two processes' worth of instances alternating, so every save first re-reads the file
  another writer just replaced (several kiosks on one file);
and where the time goes (encode, parse, each file-system step of the atomic write) at each size.

Usage: python benchmarks/bench_storage_latency.py [--quick] [--saves 200] [--sizes 200 2000]
(`--quick`: 60 saves per size)
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._storage_fixture import build  # noqa: E402
from rm_tui.storage import Database  # noqa: E402
from rm_tui.storage.atomic import atomic_write, fsync_dir, link_over  # noqa: E402
from rm_tui.storage.layout import LineCodec  # noqa: E402


def pct(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


CPU: dict[int, list[float]] = {}  # id(wall samples) -> CPU-time samples of the same calls


def timed(fn, n: int) -> list[float]:  # noqa: ANN001
    """Wall-clock ms per call; the CPU time of each call is kept too (see `line`)."""
    out, cpu = [], []
    for i in range(n):
        t0, c0 = time.perf_counter(), time.process_time()
        fn(i)
        out.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
    CPU[id(out)] = cpu
    return out


def line(label: str, ms: list[float]) -> str:
    # On a shared machine wall time includes waiting for a CPU; CPU time shows the work itself
    # (it leaves out waiting for the disk, which fsync does).
    cpu = CPU.get(id(ms), [])
    extra = f"   (CPU median {statistics.median(cpu):5.1f} ms)" if cpu else ""
    return (f"  {label:<34} median {statistics.median(ms):6.1f} ms   "
            f"p95 {pct(ms, 0.95):6.1f} ms{extra}")


def run(people: int, saves: int, folder: Path) -> dict[str, float]:
    path = folder / f"bench{people}.db.json"
    build(path, people)
    size = path.stat().st_size
    a, b = Database(path), Database(path)
    pid = f"p{people // 2:05d}"
    warm = timed(lambda i: a.save_answer(pid, "expectations", "ex1", i % 5 + 1), saves)
    dbs = (a, b)
    shared = timed(lambda i: dbs[i % 2].save_answer(pid, "expectations", "ex2", i % 5 + 1), saves)

    raw = path.read_bytes()
    data = json.loads(raw)
    enc = timed(lambda i: json.dumps(data, ensure_ascii=False, separators=(",", ":")), 20)
    dec = timed(lambda i: json.loads(raw.decode()), 20)
    codec = LineCodec()
    codec.decode(raw)
    other = raw.replace(b'"participant_id":', b'"participant_id" :', 1)  # one line changed
    line_dec = timed(lambda i: codec.decode((raw, other)[i % 2]), 20)
    codec.encode(data)
    line_enc = timed(lambda i: codec.encode(data, {"responses": {"1"}}), 20)
    full_enc = timed(lambda i: codec.encode(data), 20)
    io = timed(lambda i: atomic_write(folder / "io.json", raw, folder / "io.json.bak"), 20)
    steps = io_steps(folder, raw)
    print(f"{people} participants, file {size / 1e6:.2f} MB, {saves} saves")
    print(line("autosave, warm (one writer)", warm))
    print(line("autosave, shared (2 alternating)", shared))
    print(line("  whole-file json encode", enc))
    print(line("  whole-file json parse", dec))
    print(line("  line layout encode, 1 doc changed", line_enc))
    print(line("  line layout encode, all docs", full_enc))
    print(line("  line layout re-read, 1 line changed", line_dec))
    print(line("  atomic_write (all file steps)", io))
    for label, samples in steps.items():
        print(line(f"    {label}", samples))
    return {"warm": statistics.median(warm), "shared": statistics.median(shared)}


def io_steps(folder: Path, raw: bytes) -> dict[str, list[float]]:
    """atomic_write's steps one by one (same order), to show which ones cost on this disk."""
    target, bak = folder / "steps.json", folder / "steps.json.bak"
    target.write_bytes(raw)
    out: dict[str, list[float]] = {k: [] for k in
                                   ("write + fsync temp file", ".bak hard link", "os.replace",
                                    "folder fsync")}
    for i in range(20):
        tmp = folder / f".steps.tmp{i}"
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        actions = [
            ("write + fsync temp file",
             lambda fd=fd: (os.write(fd, raw), os.fsync(fd), os.close(fd))),
            (".bak hard link", lambda: link_over(target, bak)),
            ("os.replace", lambda tmp=tmp: os.replace(tmp, target)),
            ("folder fsync", lambda: fsync_dir(folder)),
        ]
        for label, act in actions:
            samples = timed(lambda _i, act=act: act(), 1)
            out[label].append(samples[0])
            CPU.setdefault(id(out[label]), []).extend(CPU.pop(id(samples)))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--saves", type=int, default=200)
    parser.add_argument("--quick", action="store_true", help="60 saves per size")
    parser.add_argument("--sizes", type=int, nargs="+", default=[200, 2000])
    args = parser.parse_args()
    if args.quick:
        args.saves = 60
    print(f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")
    with tempfile.TemporaryDirectory(dir=Path.cwd()) as tmp:  # same disk as real use
        for people in args.sizes:
            run(people, args.saves, Path(tmp))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
