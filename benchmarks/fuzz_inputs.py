"""Bad-input sweep: thousands of mutated input files through `validate`, `import`, `match`, `status`.

Seeds: a questionnaire, the demo program, a roster CSV, the demo responses and a populated
database. Mutations: byte flips, truncation, duplicated keys/lines, wrong types, YAML alias bombs,
`!!python` tags, non-UTF-8 bytes, a BOM, CRLF line ends, deep nesting, 50 MB files, a directory,
a symlink loop, a FIFO and /dev/zero given as the file, wrong-typed databases.
Each command runs in a forked child (the CLI's `main`, in-process, so thousands of runs are cheap)
with a time limit; the parent records its exit status, stderr and peak memory (`wait4`).

Counted: tracebacks (anything but exit 0/1/2 or "Traceback" in stderr), hangs (time limit),
failures whose message does not name the file, and how many name a line.

Usage: python benchmarks/fuzz_inputs.py [--files 2000] [--seed 1] [--timeout 20] [--quick]
       [--start N --no-specials]   (a chunk of a long sweep)
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import re
import resource
import signal
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks._fuzz_mutations import KINDS, MUTATIONS, SPECIALS, Case, make_seeds  # noqa: E402
from rm_tui.cli import main as cli  # noqa: E402


@dataclass
class Run:
    case: Case
    argv: list[str]
    status: int | None  # None: hung
    stderr: str
    maxrss_kb: int
    seconds: float


MEMORY_LIMIT = 2 << 30  # address space of one run: a runaway read fails instead of swapping


def _child(argv: list[str], err_path: Path) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    fd = os.open(err_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.dup2(fd, 2)
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, 1)
    # under pytest sys.stdout/err are capture objects, not fds 1 and 2
    sys.stderr = open(2, "w", closefd=False)  # noqa: SIM115
    sys.stdout = open(1, "w", closefd=False)  # noqa: SIM115
    code = 99
    try:
        code = cli.main(argv)
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 2
    except BaseException:  # noqa: BLE001 - exactly what the sweep looks for
        import traceback

        traceback.print_exc()
        code = 99
    finally:
        sys.stderr.flush()
        os._exit(code)


def run_one(case: Case, argv: list[str], work: Path, timeout: float) -> Run:
    err_path = work / "stderr.txt"
    started = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        _child(argv, err_path)
    status: int | None = None
    rusage = None
    while True:
        done, raw, rusage = os.wait4(pid, os.WNOHANG)
        if done:
            status = os.waitstatus_to_exitcode(raw)
            break
        if time.perf_counter() - started > timeout:
            os.kill(pid, signal.SIGKILL)
            _, _, rusage = os.wait4(pid, 0)
            break
        time.sleep(0.005)
    stderr = err_path.read_text(errors="replace") if err_path.exists() else ""
    return Run(case, argv, status, stderr, rusage.ru_maxrss if rusage else 0,
               time.perf_counter() - started)


def commands(case: Case, seeds: dict[str, Path], db_for: Callable[[], Path],
             every: bool = True) -> list[list[str]]:
    """The commands a mutated file goes through (`every=False`: one of them, in turn)."""
    f = str(case.path)
    program, responses = str(seeds["program"]), str(seeds["responses"])
    if case.kind == "questionnaire":
        options = [["validate", f]]
    elif case.kind == "program":
        options = [["validate", f], ["status", f, "--db", str(db_for())],
                   ["match", f, "--db", str(db_for())]]
    elif case.kind == "roster":
        options = [["validate", f], ["import", program, f, "--db", str(db_for())]]
    elif case.kind == "responses":
        options = [["import", program, f, "--db", str(db_for())]]
    else:  # a database
        options = [["status", program, "--db", f], ["import", program, responses, "--db", f],
                   ["match", program, "--db", f]]
    if every:
        return options[:2] + (options[2:] if case.number % 10 == 0 else [])
    return [options[case.number % len(options)]]


_LOCATED = re.compile(r":\d+(:\d+)?: ")


def judge(run: Run) -> list[str]:
    """What is wrong with this run (empty: fine)."""
    wrong = []
    if run.status is None:
        wrong.append("hang")
    elif run.status not in (0, 1, 2) or "Traceback" in run.stderr:
        wrong.append("traceback")
    elif run.status != 0:
        names = {str(run.case.path), run.case.path.name}
        if not any(n in run.stderr for n in names):
            wrong.append("file not named")
    return wrong


@dataclass
class Tally:
    verdicts: Counter[str] = field(default_factory=Counter)
    by_mutation: Counter[tuple[str, str]] = field(default_factory=Counter)
    examples: dict[str, list[Run]] = field(default_factory=dict)
    runs: int = 0
    failed: int = 0
    located: int = 0
    peak: int = 0

    def add(self, case: Case, run: Run) -> None:
        self.runs += 1
        self.peak = max(self.peak, run.maxrss_kb)
        problems = judge(run)
        if run.status not in (0, None) and not problems:
            self.failed += 1
            self.located += bool(_LOCATED.search(run.stderr))
        for problem in problems:
            self.verdicts[problem] += 1
            self.by_mutation[(problem, case.mutation)] += 1
            self.examples.setdefault(f"{problem} ({case.mutation})", []).append(run)


def _stop(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=2000, help="mutated files (plus the special cases)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--start", type=int, default=0,
                        help="number of the first mutated file: run a long sweep in chunks "
                             "(--start 1000 --files 500 --no-specials is files 1000-1499 of the same sweep)")
    parser.add_argument("--no-specials", action="store_true", help="skip the big/directory/FIFO... inputs")
    parser.add_argument("--timeout", type=float, default=20.0, help="seconds before a run counts as a hang")
    parser.add_argument("--big-mb", type=int, default=50)
    parser.add_argument("--quick", action="store_true", help="60 files, 2 MB big files")
    parser.add_argument("--show", type=int, default=2, help="examples of each problem to print")
    parser.add_argument("--one-command", action="store_true",
                        help="each mutated file through one command (in turn), not all of them")
    parser.add_argument("--only", default="", help="comma-separated mutations to run (debugging)")
    args = parser.parse_args()
    if args.quick:
        args.files, args.big_mb = 60, 2
    rng = random.Random(args.seed)
    tally = Tally()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="rm-tui-fuzz-") as tmp:  # never inside the repo
        work = Path(tmp)
        seeds = make_seeds(work)
        counter = iter(range(10**9))

        def db_for() -> Path:
            target = work / f"run{next(counter)}.db.json"
            target.write_bytes(seeds["database"].read_bytes())
            return target

        groups = [SPECIALS[name](work, seeds, rng, args.big_mb, n)
                  for n, name in enumerate(sorted(SPECIALS))
                  if not args.no_specials and (not args.only or name in args.only.split(","))]
        cases = [c for group in groups for c in group]
        for n in range(args.start, args.start + args.files):
            kind = KINDS[n % len(KINDS)]
            case_rng = random.Random(args.seed * 1_000_003 + n)  # file n is the same in any chunk
            mutation = case_rng.choice(sorted(MUTATIONS))
            case = MUTATIONS[mutation](work, seeds, kind, case_rng, n)
            if args.only and mutation not in args.only.split(","):
                case.cleanup()
                continue
            cases.append(case)
        signal.signal(signal.SIGTERM, _stop)  # `kill` prints what was done so far
        done = 0
        try:
            for case in cases:
                for argv in commands(case, seeds, db_for, every=not args.one_command):
                    tally.add(case, run_one(case, argv, work, args.timeout))
                for leftover in work.glob("run*.db.json*"):
                    with contextlib.suppress(OSError):
                        leftover.unlink()
                case.cleanup()
                done += 1
        except KeyboardInterrupt:
            print(f"stopped early: {done} of {len(cases)} inputs done")
        finally:
            for case in cases:
                case.cleanup()
    elapsed = time.perf_counter() - started
    verdicts, by_mutation, examples = tally.verdicts, tally.by_mutation, tally.examples
    print(f"{done} inputs ({sum(1 for c in cases[:done] if c.number < 100_000)} mutated + "
          f"{sum(1 for c in cases[:done] if c.number >= 100_000)} special), "
          f"{tally.runs} command runs in {elapsed:.0f} s: tracebacks {verdicts['traceback']}, "
          f"hangs {verdicts['hang']}, failures not naming the file {verdicts['file not named']}; "
          f"{tally.failed} clean refusals, {tally.located} of them with a line number; "
          f"peak memory of one run {tally.peak / 1024:.0f} MB")
    for (problem, mutation), count in sorted(by_mutation.items()):
        print(f"  {problem}: {count} from {mutation}")
    for problem, found in examples.items():
        for run in found[: args.show]:
            lines = run.stderr.strip().splitlines()
            where = [line.strip() for line in lines if line.strip().startswith("File ")][-1:]
            last = (where + lines[-1:]) or ["(no message)"]
            print(f"  e.g. {problem}: {run.case.kind} rm-tui {run.argv[0]} -> {run.status}: "
                  + " / ".join(x[:160] for x in last))
    return 1 if sum(verdicts.values()) else 0


if __name__ == "__main__":
    raise SystemExit(main())
