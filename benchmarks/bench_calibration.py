"""Calibration of the analytics verdicts with the product's defaults (2,000 permutations, 20,000
where a p-value is below 0.1):
do the reports keep their promise over many synthetic cohorts?

Scenarios (60 pairs unless said; six criteria):
- planted    independent criteria, the outcome driven by one of them (rho ~ 0.5);
- noise      independent criteria, the outcome pure noise (also at 20 pairs);
- travels    a second criterion moves with the driver (rho ~ 0.6 between their scores) but has
             no effect of its own: the partial test must keep it from being called suggestive;
- optimiser  end to end: `rm-tui synth` cohorts scored and matched, the optimiser's plan
             confirmed, outcomes planted on `intentions`; among the formed pairs the criteria
             move together through the optimiser's choice.

Prints power (driver called suggestive), per-cell false alarms (a criterion without effect
called suggestive), per-report false alarms (any such criterion in a report), how often a
criterion that only travels with the driver is called suggestive (and how often the marginal
test alone would have), and how often a noise interval excludes 0. Goals (issue #17): power
>= 90%, per-cell <= 5%, per-report <= 5%, travels-with <= 5%.

    python benchmarks/bench_calibration.py [--quick] [COHORTS] [--only planted,noise,...]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rm_tui.core.analytics import ALPHA, SUGGESTIVE, PairRecord, Relation, analyse  # noqa: E402
from rm_tui.core.analytics_input import records_from  # noqa: E402
from tests.outcome_synth import planted_outcomes, planted_qualities  # noqa: E402

NAMES = ["driver", "c2", "c3", "c4", "c5", "c6"]


def independent(n: int, seed: int, strength: float, travel: float = 0.0,
                criteria: int = 6) -> list[PairRecord]:
    """Six criteria on 0-100 (one coarse, with ties); `travel` ties c2 to the driver."""
    rng = np.random.default_rng(20_000 + seed)
    scores = rng.uniform(0, 100, (n, len(NAMES)))
    scores[:, 3] = np.round(scores[:, 3] / 25) * 25  # a coarse criterion: five values, many ties
    if travel:
        z = (scores[:, 0] - 50) / 29 * travel + np.sqrt(1 - travel**2) * rng.normal(size=n)
        scores[:, 1] = 50 + 20 * z
    q1, q2 = planted_qualities(scores[:, 0], strength=strength, seed=seed)
    return [PairRecord(f"m{i}", f"e{i}", dict(zip(NAMES[:criteria], map(float, scores[i]), strict=False)),
                       quality=(q1[i] + q2[i]) / 2) for i in range(n)]


def optimiser(seed: int) -> list[PairRecord]:
    from tests.unit.test_calibration_synth import confirmed_cohort

    record = confirmed_cohort(60, 62, seed)
    return records_from([record], planted_outcomes(record["plan"]["pairs"], "intentions", seed=seed), [])


def run(label: str, make: Callable[[int], list[PairRecord]], cohorts: int, driver: str | None,
        traveller: str | None = None) -> None:
    power = cells = false_cells = false_reports = travels = travels_marginal = excl = tested = 0
    start = time.process_time()
    for seed in range(cohorts):
        report = analyse(make(seed), seed=seed)
        by = {r.name: r for r in report.criteria}
        others = [r for r in report.criteria if r.name != driver and r.tested]
        if driver is not None:
            power += by[driver].verdict == SUGGESTIVE
        nulls = [r for r in others if r.name != traveller]
        cells += len(nulls)
        false_cells += sum(r.verdict == SUGGESTIVE for r in nulls)
        false_reports += any(r.verdict == SUGGESTIVE for r in others)
        if traveller is not None:
            travels += by[traveller].verdict == SUGGESTIVE
            travels_marginal += by[traveller].p_adjusted < ALPHA
        if driver is None:
            excl += sum(_excludes_zero(r) for r in nulls)
            tested += len(nulls)
    took = (time.process_time() - start) / cohorts
    parts = [f"{label:<22}"]
    parts.append(f"power {power / cohorts:6.1%}" if driver else " " * 12)
    parts.append(f"per-cell {false_cells / max(cells, 1):5.1%}")
    parts.append(f"per-report {false_reports / cohorts:5.1%}")
    if traveller:
        parts.append(f"travels-with suggestive {travels / cohorts:5.1%} "
                     f"(marginal test alone {travels_marginal / cohorts:5.1%})")
    if driver is None:
        parts.append(f"intervals excluding 0 {excl / max(tested, 1):5.1%}")
    parts.append(f"[{took:.2f} s CPU/report]")
    print("  ".join(parts), flush=True)


def _excludes_zero(r: Relation) -> bool:
    return r.ci_low > 0 or r.ci_high < 0


SCENARIOS: dict[str, tuple[Callable[[int], list[PairRecord]], str | None, str | None]] = {
    "planted, 60 pairs": (lambda s: independent(60, s, 0.55), "driver", None),
    "planted, 60, 2 criteria": (lambda s: independent(60, s, 0.55, criteria=2), "driver", None),
    "planted, 30 pairs": (lambda s: independent(30, s, 0.55), "driver", None),
    "noise, 60 pairs": (lambda s: independent(60, s, 0.0), None, None),
    "noise, 20 pairs": (lambda s: independent(20, s, 0.0), None, None),
    "travels, 60 pairs": (lambda s: independent(60, s, 0.55, travel=0.6), "driver", "c2"),
    "optimiser (synth), 61": (optimiser, "intentions", None),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cohorts", type=int, nargs="?", help="cohorts per scenario (default 200)")
    parser.add_argument("--quick", action="store_true", help="12 cohorts per scenario (a smoke run: the figures need 200)")
    parser.add_argument("--only", default="", help="scenarios whose name starts with one of these "
                        "(comma-separated), e.g. 'planted,noise'")
    args = parser.parse_args()
    cohorts = args.cohorts or (12 if args.quick else 200)
    print(f"{cohorts} cohorts per scenario, 2,000 permutations (20,000 fresh ones where p < 0.1), "
          "Holm across each report's relations")
    wanted = [w.strip() for w in args.only.split(",") if w.strip()]
    for label, (make, driver, traveller) in SCENARIOS.items():
        if not wanted or any(label.startswith(w) for w in wanted):
            run(label, make, cohorts, driver, traveller)


if __name__ == "__main__":
    main()
