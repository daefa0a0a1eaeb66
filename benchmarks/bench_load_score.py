"""Loading a program + roster and scoring every pair, in process, against references
measured in the same run.

    PYTHONPATH=. python benchmarks/bench_load_score.py [--quick] [--sizes 1000,2000]

Goals (issue 16), at 1,000 mentors x 1,000 mentees: loading the program with its roster
<= 150 ms; scoring <= 150 ms. References: the same YAML files read by plain
`yaml.load(CSafeLoader)` (no validation, no positions), and one vectorised pass of numpy
that builds six (m, n) float matrices (the least any vectorised scorer does).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

__import__("rm_tui")  # first, as the app does: it sets numpy's BLAS to one thread
import numpy as np  # noqa: E402
import yaml  # noqa: E402

from rm_tui.core.scoring import score_program  # noqa: E402
from rm_tui.services.loaders import load_program, load_responses  # noqa: E402
from tests.scoring_reference import scoring_v0  # noqa: E402


def median_of(fn: Any, repeat: int) -> float:
    """Median wall time; the CPU time of the same runs goes to CPU (a loaded machine
    preempts us: CPU time is the less noisy of the two)."""
    times, cpu = [], []
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        fn()
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    CPU[fn] = statistics.median(cpu)
    return statistics.median(times)


CPU: dict[Any, float] = {}


def six_matrices(m: int, n: int) -> None:
    a, b = np.random.default_rng(0).random(m), np.random.default_rng(1).random(n)
    total = np.zeros((m, n))
    for k in range(6):
        total += np.abs(a[:, None] - b[None, :] * k)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="1,000 only, 5 runs")
    parser.add_argument("--sizes", default="1000,2000")
    args = parser.parse_args()
    sizes = [1000] if args.quick else [int(s) for s in args.sizes.split(",")]
    repeat = 5 if args.quick else 9
    print(f"load average {os.getloadavg()[0]:.1f}; medians of {repeat} runs")
    for n in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            measure(Path(tmp), n, repeat)


def measure(folder: Path, n: int, repeat: int) -> None:
    subprocess.run([sys.executable, "-m", "rm_tui", "synth", str(folder), "--mentors",
                    str(n), "--mentees", str(n), "--seed", "1"], check=True, cwd=ROOT,
                   capture_output=True)  # fmt: skip
    path = folder / "program.yaml"
    text = path.read_text(encoding="utf-8")
    def ref_load() -> None:
        yaml.load(text, Loader=yaml.CSafeLoader)

    def our_load() -> None:  # the parse cache is warm after the first run (rm_tui.yaml_io)
        load_program(path)

    def our_first_load() -> None:  # a program file seen for the first time: no parse cache
        before = os.environ.get("RM_TUI_CACHE_DIR")
        os.environ["RM_TUI_CACHE_DIR"] = "off"
        try:
            load_program(path)
        finally:
            if before is None:
                del os.environ["RM_TUI_CACHE_DIR"]
            else:
                os.environ["RM_TUI_CACHE_DIR"] = before

    program = load_program(path)
    answers = load_responses(folder / "responses.yaml", program)

    def numpy_ref() -> None:
        six_matrices(n, n)

    def ours() -> None:
        score_program(program, answers)

    def before() -> None:  # the scorer as it was before this session's work (tests/)
        scoring_v0.score_program(program, answers)

    t_ref, t_load = median_of(ref_load, repeat), median_of(our_load, repeat)
    t_first = median_of(our_first_load, repeat)
    t_np, t_score, t_before = median_of(numpy_ref, repeat), median_of(ours, repeat), median_of(before, repeat)
    print(f"{n} x {n}: yaml.load {t_ref * 1e3:.0f} ms | load_program {t_load * 1e3:.0f} ms "
          f"= {t_load / t_ref:.2f}x (CPU {CPU[our_load] * 1e3:.0f} ms = "
          f"{CPU[our_load] / CPU[ref_load]:.2f}x; goal <= 150 ms) | first load, no parse cache "
          f"{t_first * 1e3:.0f} ms = {t_first / t_ref:.2f}x (CPU {CPU[our_first_load] * 1e3:.0f} ms = "
          f"{CPU[our_first_load] / CPU[ref_load]:.2f}x)")  # fmt: skip
    print(f"{n} x {n}: six numpy matrices {t_np * 1e3:.0f} ms | score_program "
          f"{t_score * 1e3:.0f} ms = {t_score / t_np:.2f}x (CPU {CPU[ours] * 1e3:.0f} ms = "
          f"{CPU[ours] / CPU[numpy_ref]:.2f}x; goal <= 150 ms) | previous scorer "
          f"{t_before * 1e3:.0f} ms (CPU {CPU[before] * 1e3:.0f} ms)")  # fmt: skip

if __name__ == "__main__":
    main()
