"""End-to-end calibration with the product's defaults (2,000 resamples and permutations):
synthetic cohorts (`rm-tui synth`), scored and matched, the best plan confirmed, outcomes
planted on `intentions` (rho ~ 0.5). Prints how often each criterion is called `suggestive`.

    python benchmarks/bench_calibration_synth.py [--quick] [SEEDS] [MENTORS]

`--quick`: 8 cohorts (a smoke run of the pipeline; the rates need the full 200).
"""

from __future__ import annotations

import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rm_tui.core.analytics import SUGGESTIVE, analyse  # noqa: E402
from rm_tui.core.analytics_input import records_from  # noqa: E402
from tests.outcome_synth import planted_outcomes  # noqa: E402
from tests.unit.test_calibration_synth import DRIVER, confirmed_cohort  # noqa: E402


def main() -> None:
    quick = "--quick" in sys.argv
    argv = [a for a in sys.argv if a != "--quick"]
    seeds = int(argv[1]) if len(argv) > 1 else (8 if quick else 200)
    mentors = int(argv[2]) if len(argv) > 2 else 60
    verdicts: dict[str, Counter] = defaultdict(Counter)
    start = time.perf_counter()
    for seed in range(seeds):
        record = confirmed_cohort(mentors, mentors + 2, seed)
        outcomes = planted_outcomes(record["plan"]["pairs"], DRIVER, seed=seed)
        for r in analyse(records_from([record], outcomes, []), seed=seed).criteria:
            verdicts[r.name][r.verdict] += 1
    took = time.perf_counter() - start
    print(f"{seeds} cohorts of {mentors} mentors, {took / seeds:.3f} s per cohort (synth+score+match+report)")
    others = Counter()
    for name, counts in sorted(verdicts.items()):
        total = sum(counts.values())
        tag = " (planted)" if name == DRIVER else ""
        print(f"  {name + tag:<24} suggestive {counts[SUGGESTIVE] / total:6.1%}   {dict(counts)}")
        if name != DRIVER:
            others.update(counts)
    print(f"  all criteria without effect: suggestive {others[SUGGESTIVE] / sum(others.values()):.1%}")


if __name__ == "__main__":
    main()
