"""Time `rm-tui synth` for 1,000 mentors + 1,000 mentees (target: under 5 s), and validating the result.

Run: python benchmarks/bench_synth.py [--quick] [MENTORS MENTEES]   (--quick: the default 1,000 + 1,000)
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rm_tui.bundled import questionnaires_dir  # noqa: E402
from rm_tui.cli.main import main  # noqa: E402
from rm_tui.core.synth import synth_cohort  # noqa: E402
from rm_tui.services.loaders import load_questionnaire_dir  # noqa: E402


def timed(label: str, func) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    func()
    elapsed = time.perf_counter() - start
    print(f"{label:<46} {elapsed:6.2f} s")
    return elapsed


def run() -> None:
    argv = [a for a in sys.argv if a != "--quick"]
    mentors, mentees = (int(x) for x in argv[1:3]) if len(argv) >= 3 else (1000, 1000)
    questionnaires = load_questionnaire_dir(questionnaires_dir())
    timed(f"generate {mentors}+{mentees} (in memory)",
          lambda: synth_cohort(mentors, mentees, 1, questionnaires, "../questionnaires"))
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "cohort"
        args = ["synth", str(out), "--mentors", str(mentors), "--mentees", str(mentees), "--seed", "1"]
        total = timed("rm-tui synth (load, generate, write YAML)", lambda: main(args))
        sizes = ", ".join(f"{p.name} {p.stat().st_size / 1e6:.1f} MB" for p in sorted(out.iterdir()))
        print(f"{'files':<46} {sizes}")
        timed("rm-tui validate program + responses",
              lambda: main(["validate", str(out / "program.yaml"), str(out / "responses.yaml")]))
    print(f"synth {'within' if total < 5 else 'OVER'} the 5 s target")


if __name__ == "__main__":
    run()
