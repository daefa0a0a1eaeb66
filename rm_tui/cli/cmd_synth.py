"""`rm-tui synth OUT_DIR --mentors M --mentees N [--seed S]`: write a realistic synthetic cohort."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from rm_tui import bundled
from rm_tui.core.errors import InputError, Problem
from rm_tui.core.synth import synth_cohort
from rm_tui.i18n import Said, t
from rm_tui.services.loaders import load_questionnaire_dir
from rm_tui.yaml_io import write_yaml

HEADER = "# yaml-language-server: $schema={schema}\n# Synthetic cohort written by `rm-tui synth` ({args}).\n"


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "synth",
        help="write a realistic synthetic cohort (program + responses) for demos, tests and benchmarks",
        description=(
            "Write OUT_DIR/program.yaml and OUT_DIR/responses.yaml: an org chart with reporting lines, "
            "teams, subsidiaries and job families, and plausible answers to the questionnaires (about "
            "5%% of people incomplete). The same seed always gives the same files."
        ),
    )
    parser.add_argument("out_dir", metavar="OUT_DIR", type=Path, help="folder to write into (created if needed)")
    parser.add_argument("--mentors", type=_count, required=True, metavar="M", help="number of mentors (juniors)")
    parser.add_argument("--mentees", type=_count, required=True, metavar="N", help="number of mentees (seniors)")
    parser.add_argument("--seed", type=int, default=1, metavar="S", help="random seed (default 1)")
    parser.add_argument("--capacity", type=_positive, default=None, metavar="K",
                        help="mentees per mentor for everyone (default: 1, a few mentors take 2 when mentees outnumber mentors)")
    parser.add_argument("--questionnaires", type=Path, default=None, metavar="DIR",
                        help="questionnaire folder the cohort answers and the program refers to (default: the bundled one)")
    parser.set_defaults(func=run)


def _count(text: str) -> int:
    value = int(text) if text.isdigit() else -1
    if not 0 <= value <= 100_000:
        raise argparse.ArgumentTypeError(f"expected a whole number from 0 to 100000, got {text!r}")
    return value


def _positive(text: str) -> int:
    value = int(text) if text.isdigit() else 0
    if not 1 <= value <= 20:
        raise argparse.ArgumentTypeError(f"expected a whole number from 1 to 20, got {text!r}")
    return value


def run(args: argparse.Namespace) -> int:
    if args.mentors + args.mentees == 0:
        raise InputError(Problem("rm-tui", Said("args.synth_zero")))
    folder = (args.questionnaires or bundled.questionnaires_dir()).resolve()
    if not folder.is_dir():
        raise InputError(Problem(str(args.questionnaires), Said("args.no_questionnaire_folder")))
    questionnaires = load_questionnaire_dir(folder)
    out: Path = args.out_dir
    if out.exists() and not out.is_dir():
        raise InputError(Problem(str(out), Said("args.not_a_folder")))
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(Problem(str(out), Said("args.cannot_create", why=exc.strerror or exc))) from None
    relative = os.path.relpath(folder, out.resolve())
    program, responses = synth_cohort(args.mentors, args.mentees, args.seed, questionnaires, relative, args.capacity)
    schema = os.path.relpath(bundled.schema("program"), out.resolve())
    what = f"--mentors {args.mentors} --mentees {args.mentees} --seed {args.seed}"
    try:
        write_yaml(out / "program.yaml", program, HEADER.format(schema=schema, args=what))
        write_yaml(out / "responses.yaml", responses, f"# Answers of the synthetic cohort in program.yaml ({what}).\n")
    except OSError as exc:
        raise InputError(Problem(str(out), Said("args.cannot_write", why=exc.strerror or exc))) from None
    answered = len(responses["responses"])
    print(t("cli.synth.wrote", "en", program=out / "program.yaml", mentors=args.mentors,  # a test tool
            mentees=args.mentees, responses=out / "responses.yaml", answered=answered))
    return 0
