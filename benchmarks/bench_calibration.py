"""Calibration of the analytics verdicts, with the product's defaults (2,000 resamples and
2,000 permutations): over many synthetic cohorts, how often each verdict is given to a
criterion planted to drive the outcome (rho ~ 0.5) and to one with no effect.

    python benchmarks/bench_calibration.py [SEEDS] [N_PAIRS ...]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rm_tui.core.analytics import SUGGESTIVE, PairRecord, analyse  # noqa: E402
from rm_tui.core.stats import spearman  # noqa: E402
from tests.outcome_synth import planted_qualities  # noqa: E402


def cohort(n: int, seed: int) -> list[PairRecord]:
    rng = np.random.default_rng(10_000 + seed)
    planted, null = rng.uniform(0, 100, n), rng.uniform(0, 100, n)
    q1, q2 = planted_qualities(planted, seed=seed)
    return [PairRecord(f"m{i}", f"e{i}", {"planted": planted[i], "null": null[i]},
                       quality=(q1[i] + q2[i]) / 2) for i in range(n)]


def main() -> None:
    seeds = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    sizes = [int(a) for a in sys.argv[2:]] or [9, 15, 25, 40, 60]
    print(f"{'pairs':>5}  {'mean rho':>8}  {'planted suggestive':>18}  {'null suggestive':>15}  {'s/report':>8}")
    for n in sizes:
        hits = false = 0
        rhos = []
        start = time.perf_counter()
        for seed in range(seeds):
            recs = cohort(n, seed)
            rhos.append(spearman([r.criteria["planted"] for r in recs], [r.quality for r in recs]))
            verdicts = {r.name: r.verdict for r in analyse(recs, seed=seed).criteria}
            hits += verdicts["planted"] == SUGGESTIVE
            false += verdicts["null"] == SUGGESTIVE
        per = (time.perf_counter() - start) / seeds
        print(f"{n:>5}  {np.nanmean(rhos):>8.3f}  {hits / seeds:>18.1%}  {false / seeds:>15.1%}  {per:>8.4f}")


if __name__ == "__main__":
    main()
