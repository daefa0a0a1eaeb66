"""Matching benchmarks: solver vs SciPy, whole pipeline, re-solve after one edit, explain.

Run: PYTHONPATH=. /work/venv/bin/python benchmarks/bench_matching.py [--quick] [--sizes 50,200,500,1000]
(`--quick`: sizes 200 and 1,000, no separate RSS run)

Solver columns: random scores in [0, 100) with 10% forbidden cells, capacity 1 (and a
capacity-2 line). Pipeline columns: a synthetic cohort (benchmarks/synth_cohort.py, built on
the demo program) scored with rm_tui.core.scoring, then matched.
Targets (issue 4): solve <= 1.5x SciPy at 1,000; pipeline <= 2 s and <= 250 MB at
1,000 x 1,000; re-solve <= 50 ms at 200 and <= 300 ms at 1,000; explain <= 100 ms at 200.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
from scipy.optimize import linear_sum_assignment as scipy_lsa

from rm_tui.core.problem import MatchProblem
from rm_tui.core.scoring import score_program
from rm_tui.services import matching
from rm_tui.solver import cold as solver

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synth_cohort import synth  # noqa: E402


def best_of(fn: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    best, out = float("inf"), None
    for _ in range(repeat):
        t = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t)
    return best, out


def make(n: int, seed: int = 0, cap: int = 1) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    scores = np.round(rng.random((n // cap, n)) * 100, 2)
    blocked = rng.random(scores.shape) < 0.10
    return scores, blocked


def bench(n: int) -> None:
    repeat = 5 if n <= 200 else 3
    scores, blocked = make(n)
    allowed = ~blocked
    cost = np.where(allowed, 100.0 - scores, 1e6)  # the same matrix for both libraries

    t_scipy, _ = best_of(lambda: scipy_lsa(cost), repeat)
    t_kernel, _ = best_of(lambda: solver.KERNEL(cost), repeat)
    t_solve, sol = best_of(lambda: solver.solve(scores, allowed), repeat)
    t_fair, fair = best_of(lambda: solver.solve(scores, allowed, objective="fair"), repeat)
    cap_scores, cap_blocked = make(n, cap=2)
    t_cap, _ = best_of(lambda: solver.solve(cap_scores, ~cap_blocked, [2] * (n // 2)), repeat)

    program, answers = synth(n, n, seed=n)

    def pipeline() -> Any:
        return matching.optimise(score_program(program, answers).problem())

    tracemalloc.start()
    t_pipe, plan = best_of(pipeline, 1)
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    t_pipe, plan = best_of(pipeline, repeat)

    ids_r, ids_e = [f"r{i}" for i in range(n)], [f"e{j}" for j in range(n)]
    plan = matching.optimise(MatchProblem.build(ids_r, ids_e, scores, blocked))
    victim = plan.pairs[len(plan.pairs) // 2]
    edited = plan.forbid(victim.mentor, victim.mentee, "bench")
    t_edit, _ = best_of(lambda: matching.reoptimise(edited), repeat)

    def explain() -> Any:
        matching.explain_pair(plan, victim.mentor, victim.mentee)
        return matching.alternatives(plan, victim.mentor)

    t_explain, _ = best_of(explain, repeat)

    ms = 1000.0
    print(
        f"{n:>5} | scipy {t_scipy * ms:7.1f} | munkres kernel {t_kernel * ms:7.1f} "
        f"| solve {t_solve * ms:7.1f} ({t_solve / t_scipy:4.2f}x scipy) "
        f"| fair {t_fair * ms:7.1f} | cap2 {t_cap * ms:7.1f} "
        f"| score+match {t_pipe * ms:7.1f} (peak {peak:5.1f} MB) "
        f"| re-solve {t_edit * ms:7.1f} | explain+3 alts {t_explain * ms:7.1f}  [ms]"
    )
    assert sol.n_pairs == fair.n_pairs


def peak_rss_mb() -> float:
    """This process's high-water RSS. /proc's VmHWM is reset by exec, unlike ru_maxrss,
    which a child started from this benchmark would inherit from its parent."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def pipeline_rss(n: int) -> None:
    """Whole-process peak RSS of one score+match run (run in a fresh process)."""
    program, answers = synth(n, n, seed=n)
    t = time.perf_counter()
    plan = matching.optimise(score_program(program, answers).problem())
    took = time.perf_counter() - t
    print(f"fresh process, {n} x {n}: score+match {took:.2f} s, {len(plan.pairs)} pairs, "
          f"peak RSS {peak_rss_mb():.0f} MB (interpreter, numpy and the cohort included)")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="50,200,500,1000")
    parser.add_argument("--quick", action="store_true", help="200 and 1,000 only, no RSS run")
    parser.add_argument("--rss", type=int, default=0, help="only measure the pipeline's RSS at N")
    args = parser.parse_args()
    if args.rss:
        pipeline_rss(args.rss)
        return
    print("munkres kernel:", solver.kernel_status())
    solver.solve(np.ones((3, 3)))  # warm the kernel up
    sizes = "200,1000" if args.quick else args.sizes
    for n in (int(s) for s in sizes.split(",")):
        bench(n)
    if args.quick:
        return
    subprocess.run([sys.executable, __file__, "--rss", "1000"], check=True)


if __name__ == "__main__":
    main()
