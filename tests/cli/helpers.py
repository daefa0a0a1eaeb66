"""Running the CLI in a subprocess, and databases with confirmed plans for follow-up tests."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import numpy as np

from rm_tui.storage import Database
from tests.outcome_synth import planted_outcomes

ROOT = Path(__file__).resolve().parents[2]


def rm_tui(*args: str | Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "rm_tui", *map(str, args)],
        cwd=ROOT, env=env, capture_output=True, text=True, input=stdin, timeout=60,
    )


def confirmed_pairs(n: int, seed: int = 0, prefix: str = "") -> list[dict[str, Any]]:
    rng = np.random.default_rng(seed)
    return [
        {"mentor": f"{prefix}m{i:02d}", "mentee": f"{prefix}e{i:02d}", "score": 60.0,
         "criteria": {"learning_fit": float(rng.uniform()), "intentions": float(rng.uniform())}}
        for i in range(n)
    ]


def cohort_db(path: Path, n: int, *, versions: dict[str, int] | None = None, seed: int = 0,
              driver: str = "intentions", prefix: str = "") -> Path:
    """A database with one confirmed plan of `n` pairs and outcomes driven by `driver`."""
    pairs = confirmed_pairs(n, seed, prefix)
    plan: dict[str, Any] = {"pairs": pairs}
    if versions is not None:
        plan["questionnaires"] = versions
    with Database(path) as db:
        db.save_plan(plan, "confirmed")
        for outcome in planted_outcomes(pairs, driver, seed=seed):
            db.add_outcome(outcome)
    return path
