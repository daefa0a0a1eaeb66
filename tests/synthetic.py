"""A parsed synthetic cohort in memory, for tests and benchmarks (not shipped: the product's
`rm-tui synth` writes files)."""

from __future__ import annotations

from pathlib import Path

from rm_tui.bundled import questionnaires_dir
from rm_tui.core.program import Program
from rm_tui.core.program_parse import parse_program
from rm_tui.core.responses import Answers, parse_responses
from rm_tui.core.source import SourceMap
from rm_tui.core.synth import synth_cohort
from rm_tui.services.loaders import load_questionnaire_dir


def synthetic_cohort(
    mentors: int, mentees: int, seed: int = 1, capacity: int | None = None,
    questionnaire_dir: Path | None = None,
) -> tuple[Program, Answers]:
    """What `rm-tui synth` writes, parsed, without files."""
    folder = questionnaire_dir or questionnaires_dir()
    questionnaires = load_questionnaire_dir(folder)
    program_doc, responses_doc = synth_cohort(mentors, mentees, seed, questionnaires, str(folder), capacity)
    program = parse_program(program_doc, SourceMap("<synthetic program>"), questionnaires)
    return program, parse_responses(responses_doc, SourceMap("<synthetic responses>"), program)
