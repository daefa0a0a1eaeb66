"""Console edits (warm re-solve) and forced-pair costs, against SciPy in the same run.

    PYTHONPATH=. python benchmarks/bench_warm_start.py [--quick]

Goals (issue 16): every edit (lock, forbid, lift, swap, unpair, assign) <= 30 ms at 200 x 200
and <= 100 ms at 1,000 x 1,000 (the solve part; the durable write is in bench_storage_latency);
"what if forced" for all partners of one person <= 100 ms at 500 and <= 300 ms at 1,000.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

import numpy as np
from scipy.optimize import linear_sum_assignment as scipy_lsa

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rm_tui.core.plan import Plan  # noqa: E402
from rm_tui.core.problem import MatchProblem  # noqa: E402
from rm_tui.services import matching  # noqa: E402


def problem(n: int, seed: int = 0) -> MatchProblem:
    rng = np.random.default_rng(seed)
    scores = np.round(rng.random((n, n)) * 100, 2)
    blocked = rng.random((n, n)) < 0.10
    return MatchProblem.build([f"r{i}" for i in range(n)], [f"e{j}" for j in range(n)],
                              scores, blocked, 1)  # fmt: skip


def edits(plan: Plan, rng: np.random.Generator, count: int) -> tuple[list[tuple[str, float]], Plan]:
    """Random console edits, each followed by the re-solve the console does; and the plan
    they end on."""
    out = []
    for k in range(count):
        pairs = plan.pairs
        p = pairs[int(rng.integers(len(pairs)))]
        q = pairs[int(rng.integers(len(pairs)))]
        kind = ("lock", "forbid", "swap", "unpair", "assign", "lift")[k % 6]
        t = time.perf_counter()
        try:
            if kind == "lock":
                new = plan.lock(p.mentor, p.mentee)
            elif kind == "forbid":
                new = plan.forbid(p.mentor, p.mentee, "bench")
            elif kind == "swap":
                new = plan.swap(p.key, q.key)
            elif kind == "unpair":
                new = plan.unpair(p.mentor, p.mentee).forbid(p.mentor, p.mentee, "bench")
            elif kind == "assign":
                new = plan.assign(p.mentor, q.mentee)
            else:
                key = plan.forbids[0][0] if plan.forbids else p.key
                new = plan.unforbid(*key) if plan.forbids else plan
            new = matching.reoptimise(new)
        except Exception:  # an edit the plan refuses (locked, forbidden): skip it
            continue
        out.append((kind, time.perf_counter() - t))
        plan = new
    return out, plan


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer edits (CI / run_all)")
    args = parser.parse_args()
    count = 30 if args.quick else 120
    print(f"load average {os.getloadavg()[0]:.1f}")
    print(f"{'n':>5} {'scipy ms':>9} {'cold ms':>8} {'edit med ms':>11} {'edit p95 ms':>11} "
          f"{'edit/scipy':>10} {'forced all ms':>13} {'(first use)':>11} {'goal':>18}")  # fmt: skip
    for n, edit_goal, forced_goal in ((200, 30, None), (500, None, 100), (1000, 100, 300)):
        prob = problem(n)
        cost = np.where(prob.blocked, 1e6, 100 - prob.scores)
        t = time.perf_counter()
        scipy_lsa(cost)
        t_scipy = time.perf_counter() - t
        t = time.perf_counter()
        plan = matching.optimise(prob)
        t_cold = time.perf_counter() - t
        matching.reoptimise(plan)  # second sight: the duals are kept from here on
        rng = np.random.default_rng(1)
        done, shown = edits(plan, rng, count)
        times = [s for _, s in done]
        med = statistics.median(times)
        p95 = sorted(times)[int(0.95 * (len(times) - 1))]
        # The assign list of the console: every partner of one person, on the plan shown
        # (its optimum and duals are the warm state), then on a plan whose state must be
        # rebuilt first (the original plan, many edits ago: what `explain` pays once).
        person = next(p.mentor for p in shown.pairs if p.key not in shown.locks)
        t = time.perf_counter()
        alts = matching.alternatives(shown, person, k=10_000)
        t_forced = time.perf_counter() - t
        t = time.perf_counter()
        matching.alternatives(plan, plan.pairs[0].mentor, k=10_000)
        t_first = time.perf_counter() - t
        goal = []
        if edit_goal:
            goal.append(f"edit<={edit_goal}")
        if forced_goal:
            goal.append(f"forced<={forced_goal}")
        print(f"{n:>5} {t_scipy * 1e3:>9.1f} {t_cold * 1e3:>8.1f} {med * 1e3:>11.1f} {p95 * 1e3:>11.1f} "
              f"{med / t_scipy:>9.2f}x {t_forced * 1e3:>13.1f} {t_first * 1e3:>11.1f} {' '.join(goal):>18}"
              f"  ({len(alts)} partners)")  # fmt: skip


if __name__ == "__main__":
    main()
