"""Whole commands in fresh processes at 1,000 x 1,000 (and 2,000), against references
measured in the same run.

    PYTHONPATH=. python benchmarks/bench_cli_commands.py [--quick] [--sizes 1000,2000]

References: `python -c pass`; and a minimal process that imports numpy + scipy + yaml,
reads the program and the database and solves one assignment of the cohort's size with
SciPy (what any tool doing this job has to pay). Goals (issue 16): `match` <= 1.2x that
reference, `fair` <= 1.5x, at 2,000 the whole `match` <= 2.5x; `explain` <= 0.6 s;
`status` <= 0.4 s; `--help` <= 3x `python -c pass`; `scores --json` <= 150 MB peak.
"""

from __future__ import annotations

import argparse
import atexit
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

REFERENCE = """
import json, sys
import numpy as np, yaml
from scipy.optimize import linear_sum_assignment
program = yaml.load(open(sys.argv[1], encoding="utf-8"), Loader=yaml.CSafeLoader)
db = json.load(open(sys.argv[2], encoding="utf-8"))
n = int(sys.argv[3])
cost = np.random.default_rng(0).random((n, n)) * 100
linear_sum_assignment(cost)
"""

# Runs a command and prints its peak RSS (MB) on stderr's last line.
WITH_RSS = """
import resource, runpy, sys
sys.argv = ["rm-tui", *sys.argv[1:]]
try:
    runpy.run_module("rm_tui", run_name="__main__")
finally:
    sys.stdout.flush()
    print(f"RSS_MB {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f}", file=sys.stderr)
"""


# The `rm-tui` command pip writes for the console_scripts entry point (pip/distlib's template).
CONSOLE_SCRIPT = """# -*- coding: utf-8 -*-
import re
import sys
from rm_tui.cli.main import main
if __name__ == "__main__":
    sys.argv[0] = re.sub(r"(-script\\.pyw|\\.exe)?$", "", sys.argv[0])
    sys.exit(main())
"""


# Bytecode as an installed tool has it (pip compiles it): a shell with PYTHONDONTWRITEBYTECODE
# would otherwise make every run compile rm_tui from source, which no user pays.
PYCACHE = tempfile.mkdtemp(prefix="rm-tui-bench-pycache-")
atexit.register(shutil.rmtree, PYCACHE, True)
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
ENV.update(PYTHONPATH=str(ROOT), PYTHONPYCACHEPREFIX=PYCACHE)


CPU: dict[str, float] = {}  # label -> median CPU seconds of the child processes (user + system)


def _children_cpu() -> float:
    use = resource.getrusage(resource.RUSAGE_CHILDREN)
    return use.ru_utime + use.ru_stime


def run(argv: list[str], repeat: int, warm: bool = False,
        env: dict[str, str] = ENV) -> tuple[float, subprocess.CompletedProcess[str]]:  # fmt: skip
    """Median wall time of `repeat` runs (their median CPU time goes to CPU["last"])."""
    if warm:  # compiles the modules into the bytecode cache, and warms the disk cache
        subprocess.run(argv, cwd=ROOT, env=env, capture_output=True, check=False)
    times, cpus, out = [], [], None
    for _ in range(repeat):
        start, cpu = time.perf_counter(), _children_cpu()
        out = subprocess.run(argv, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
        times.append(time.perf_counter() - start)
        cpus.append(_children_cpu() - cpu)
        if out.returncode not in (0, 1):
            raise SystemExit(f"{' '.join(argv[:4])} failed: {out.stderr[-2000:]}")
    assert out is not None
    CPU["last"] = statistics.median(cpus)
    return statistics.median(times), out


def rm_tui(*args: object) -> list[str]:
    return [sys.executable, "-c", WITH_RSS, *map(str, args)]


def cohort(folder: Path, n: int) -> tuple[Path, Path]:
    from rm_tui.services.loaders import load_program, load_responses
    from rm_tui.storage import Database

    subprocess.run([sys.executable, "-m", "rm_tui", "synth", str(folder), "--mentors", str(n),
                    "--mentees", str(n), "--seed", "1"], cwd=ROOT, check=True,
                   env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True)  # fmt: skip
    program_path, db = folder / "program.yaml", folder / "db.json"
    program = load_program(program_path)
    with Database(db) as store:
        store.upsert_participants(program.roster)
        store.import_answers(load_responses(folder / "responses.yaml", program))
    return program_path, db


def rss(out: subprocess.CompletedProcess[str]) -> float:
    for line in reversed(out.stderr.splitlines()):
        if line.startswith("RSS_MB "):
            return float(line.split()[1])
    return float("nan")


def line(label: str, seconds: float, ref: float, goal: str, extra: str = "") -> None:
    cpu, ref_cpu = CPU["last"], CPU.get("ref", float("nan"))
    print(f"{label:<26} {seconds:7.2f} s  {seconds / ref:5.2f}x ref  (CPU {cpu:5.2f} s = "
          f"{cpu / ref_cpu:4.2f}x)  goal {goal:<14} {extra}")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true",
                        help="1,000 only; reference, match, explain and status 3 runs, the others 1")
    parser.add_argument("--sizes", default="1000,2000")
    parser.add_argument("--match-only", action="store_true",
                        help="only the reference and `match` (e.g. --sizes 2000 --match-only)")
    args = parser.parse_args()
    sizes = [1000] if args.quick else [int(s) for s in args.sizes.split(",")]
    repeat = 3 if args.quick else 5
    others = 1 if args.quick else repeat
    print(f"load average {os.getloadavg()[0]:.1f} at start; medians of {repeat} runs")
    if not args.match_only:
        t_pass, _ = run([sys.executable, "-c", "pass"], 9, warm=True)
        CPU["ref"] = CPU["last"]
        t_help, _ = run([sys.executable, "-m", "rm_tui", "--help"], 9, warm=True)
        print(f"python -c pass {t_pass * 1e3:.0f} ms (reference)")
        line("python -m rm_tui --help", t_help, t_pass, "(runpy: +5 ms)")
        script = Path(PYCACHE) / "rm-tui"  # what pip installs as the `rm-tui` command
        script.write_text(CONSOLE_SCRIPT, encoding="utf-8")
        t_help, _ = run([sys.executable, str(script), "--help"], 9, warm=True)
        line("rm-tui --help", t_help, t_pass, "<= 3x pass")
    for n in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            start = time.perf_counter()
            program, db = cohort(Path(tmp), n)
            print(f"\n{n} x {n} cohort ready in {time.perf_counter() - start:.0f} s")
            t_ref, _ = run([sys.executable, "-c", REFERENCE, str(program), str(db), str(n)], repeat,
                           warm=True)
            CPU["ref"] = CPU["last"]
            print(f"{'reference process':<26} {t_ref:7.2f} s  (CPU {CPU['ref']:.2f} s; numpy+scipy+yaml, "
                  "load, solve)")  # fmt: skip
            t_match, out = run(rm_tui("match", program, "--db", db, "--json"), repeat, warm=True)
            line("match --json", t_match, t_ref, "<= 1.2x" if n <= 1000 else "<= 2.5x",
                 f"peak {rss(out):.0f} MB")  # fmt: skip
            # the first run of a new program file pays the YAML parse (later ones read the cache)
            t_cold, _ = run(rm_tui("match", program, "--db", db, "--json"), others,
                            env={**ENV, "RM_TUI_CACHE_DIR": "off"})  # fmt: skip
            line("match, no parse cache", t_cold, t_ref, "(first run)")
            if args.match_only:
                continue
            pair = json.loads(out.stdout)["pairs"][0]
            t_fair, _ = run(rm_tui("match", program, "--db", db, "--objective", "fair", "--json"), others)
            line("match --objective fair", t_fair, t_ref, "<= 1.5x")
            t_explain, _ = run(rm_tui("explain", program, pair["mentor"], pair["mentee"], "--db", db,
                                      "--json"), repeat)  # fmt: skip
            line("explain --json", t_explain, t_ref, "<= 0.6 s")
            t_scores, out = run(rm_tui("scores", program, "--db", db, "--json"), 1)
            line("scores --json", t_scores, t_ref, "<= 150 MB", f"peak {rss(out):.0f} MB, "
                 f"{len(out.stdout) / 1e6:.0f} MB out")  # fmt: skip
            t_status, _ = run(rm_tui("status", program, "--db", db), repeat)
            line("status", t_status, t_ref, "<= 0.4 s")


if __name__ == "__main__":
    main()
