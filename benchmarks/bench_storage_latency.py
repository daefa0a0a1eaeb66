"""Autosave latency of one answer with 200 and 2,000 participants stored (~40 answers each).

Prints median and p95 of `Database.save_answer` for:
- warm: one kiosk saving in a row (the parsed file is reused while the lock proves it unchanged);
- shared: two processes' worth of instances alternating, so every save first re-reads the file
  another writer just replaced (several kiosks on one file);
and where the time goes (encode, parse, fsync+rename) at each size.

Usage: python benchmarks/bench_storage_latency.py [--saves 200] [--sizes 200 2000]
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
from rm_tui.storage.atomic import atomic_write  # noqa: E402
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
    line_dec = timed(lambda i: codec.decode(raw), 20)
    codec.encode(data)
    line_enc = timed(lambda i: codec.encode(data), 20)
    io = timed(lambda i: atomic_write(folder / "io.json", raw, folder / "io.json.bak"), 20)
    print(f"{people} participants, file {size / 1e6:.2f} MB, {saves} saves")
    print(line("autosave, warm (one writer)", warm))
    print(line("autosave, shared (2 alternating)", shared))
    print(line("  whole-file json encode", enc))
    print(line("  whole-file json parse", dec))
    print(line("  line layout encode, unchanged", line_enc))
    print(line("  line layout parse, unchanged", line_dec))
    print(line("  write+fsync+rename+dir fsync", io))
    return {"warm": statistics.median(warm), "shared": statistics.median(shared)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--saves", type=int, default=200)
    parser.add_argument("--sizes", type=int, nargs="+", default=[200, 2000])
    args = parser.parse_args()
    print(f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")
    with tempfile.TemporaryDirectory(dir=Path.cwd()) as tmp:  # same disk as real use
        for people in args.sizes:
            run(people, args.saves, Path(tmp))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
