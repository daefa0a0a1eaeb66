"""`rm-tui new`: a conversation that writes a valid program file.

Every choice has a default, so Enter all the way gives a sensible program; the result is
checked with the real program loader before anything is written, and an existing file is never
replaced without asking.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from questionary import Choice

from rm_tui import bundled
from rm_tui.core.errors import InputError, OperationError
from rm_tui.core.name_search import words
from rm_tui.core.participant import ROLES, Participant
from rm_tui.core.program import CRITERIA_MODES, CRITERIA_PARAMS, DEFAULT_CRITERIA, OBJECTIVES
from rm_tui.core.questionnaire import Item, Option, Questionnaire, tr
from rm_tui.core.roster_csv import parse_roster_csv
from rm_tui.prompts.items import ask_choice, ask_number, ask_people, ask_rank, ask_text
from rm_tui.prompts.prompter import Prompter, Stopped
from rm_tui.prompts.wizard_roster import OWN_FOLDER, own_questionnaires, with_schema
from rm_tui.prompts.wizard_text import (
    CRITERIA_HELP,
    DEPTH_HELP,
    LANGUAGE_CHOICES,
    MODE_HELP,
    OBJECTIVE_HELP,
    RULE_HELP,
)
from rm_tui.services.loaders import load_questionnaire_dir, program_from_text
from rm_tui.yaml_io import dump_yaml, write_text, write_yaml


def run_new(p: Prompter, path: Path | None = None,
            questionnaire_dir: Path | None = None, roster: Path | None = None) -> int:
    """0 when written, 1 when the person chose not to write, 130 on Ctrl+C (nothing written)."""
    try:
        return _run(p, path, questionnaire_dir or bundled.questionnaires_dir(), roster)
    except Stopped:
        p.say()
        p.say("Stopped: nothing was written.")
        return 130


def _run(p: Prompter, path: Path | None, questionnaire_dir: Path, roster_csv: Path | None) -> int:
    if not questionnaire_dir.is_dir():
        raise OperationError(f"questionnaire folder not found: {questionnaire_dir}")
    questionnaires = load_questionnaire_dir(questionnaire_dir)
    if not questionnaires:
        raise OperationError(f"no questionnaires (*.yaml) in {questionnaire_dir}")
    preset = read_roster(roster_csv) if roster_csv is not None else None  # bad CSV: exit 2 at once
    p.say("This writes a new program file, step by step. Enter keeps the suggested answer;")
    p.say("you can edit the file afterwards (format: docs/FORMATS.md). Ctrl+C stops without writing.")
    path = choose_path(p, path)
    existed = path.exists()  # and the person agreed to replace it
    roster, people, self_registration = choose_roster(p, path, roster_csv, preset)
    data: dict[str, Any] = {}
    name = ask_text(p, "Program name", required=True, hint="(shown to participants)", check=lambda v: None if v else "a name is required")
    data["id"] = ask_text(p, "Program id (letters, digits, - _ .)", suggested=slug(name), required=True,
                          hint="", check=_ident)
    data["name"] = name
    data["languages"] = list(ask_choice(p, "Languages offered to participants",
                                        [(",".join(v), label) for v, label in LANGUAGE_CHOICES],
                                        default="fr,en").split(","))
    copies: dict[str, str] = {}
    dropped: list[str] = []
    if questionnaire_dir.resolve() == bundled.questionnaires_dir().resolve():
        # a starting point, copied next to the program: the demo company's options never reach
        # this program's participants, and the program does not depend on the installed package
        questionnaires, copies, dropped = own_questionnaires(p, questionnaires, people)
        data["questionnaires_dir"] = OWN_FOLDER
    else:
        data["questionnaires_dir"] = relative(questionnaire_dir, path.parent)
    data["questionnaires"] = choose_questionnaires(p, questionnaires)
    chosen = [questionnaires[q] for q in dict.fromkeys(q for ids in data["questionnaires"].values() for q in ids)]
    data["roster"] = roster
    criteria = choose_criteria(p)
    for field in dropped:
        if criteria[field]["weight"]:
            p.say(f"  {field} is not asked and not on the roster: that criterion is off (weight 0).")
            criteria[field]["weight"] = 0
    intentions = choose_intentions(p, chosen) if criteria["intentions"]["weight"] > 0 else None
    if intentions is None and criteria["intentions"]["weight"] > 0:
        p.say("  No intentions question among the chosen questionnaires: the intentions criterion is off.")
        criteria["intentions"]["weight"] = 0
    if intentions is not None:
        data["intentions"] = intentions
    data["criteria"] = criteria
    data["rules"] = choose_rules(p)
    vetoes = choose_vetoes(p, people)
    if vetoes:
        data["rules"]["vetoes"] = vetoes
    data["capacity"] = {"default": int(ask_number(
        p, "How many mentees can one mentor take?", suggested=capacity_needed(people), lo=1, hi=20,
        integer=True,
        help="Raise it when there are more mentees than mentors; per-mentor exceptions go in the file."))}
    data["objective"] = ask_choice(p, "What should the matching optimise?",
                                   [(o, f"{o}: {OBJECTIVE_HELP[o]}") for o in OBJECTIVES], default="total")
    data["kiosk"] = {"self_registration": self_registration}
    return write_program(p, path, data, replace_ok=existed, questionnaires=questionnaires, copies=copies)


def capacity_needed(people: list[Participant]) -> int:
    """Enough places for every mentee on the roster (1 without a roster)."""
    mentors = sum(1 for x in people if x.role == "mentor")
    mentees = sum(1 for x in people if x.role == "mentee")
    return max(1, -(-mentees // mentors)) if mentors else 1


def choose_path(p: Prompter, path: Path | None) -> Path:
    while True:
        if path is None:
            answer = ask_text(p, "File to write", suggested="program.yaml", required=True, hint="",
                              check=lambda v: None if v else "a file name is required")
            path = Path(answer)
        if path.suffix.lower() not in (".yaml", ".yml"):
            path = path.with_name(path.name + ".yaml")
        if path.is_dir():
            p.say(f"  {path} is a folder; give a file name.")
        elif not path.parent.is_dir():
            p.say(f"  The folder {path.parent} does not exist.")
        elif not path.exists() or p.confirm(f"{path} already exists. Replace it?", default=False):
            return path
        path = None


def slug(name: str) -> str:
    """'Cohorte Été 2027 — Groupe Azur' -> 'cohorte-ete-2027-groupe-azur' (transliterated)."""
    return "-".join(words(name)) or "program"


def _ident(value: Any) -> str | None:
    if isinstance(value, str) and re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_.-]*", value):
        return None
    return "letters, digits, '_', '-' and '.' only, starting with a letter or digit"


def relative(target: Path, start: Path) -> str:
    try:
        return Path(os.path.relpath(target.resolve(), start.resolve())).as_posix()
    except ValueError:  # another drive (Windows): keep it absolute
        return target.resolve().as_posix()


def choose_questionnaires(p: Prompter, found: dict[str, Questionnaire]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for role in ROLES:
        # questionnaires that only fill roster gaps (every item has `field:`) come last
        offered = sorted((q for q in found.values() if role in q.applies_to),
                         key=lambda q: all(item.field for item in q.items))
        if out and all(role in found[q].applies_to for q in out["mentor"]) and p.confirm(
                f"Same questionnaires, in the same order, for {role}s?", default=True):
            out[role] = list(out["mentor"])
            continue
        if not offered:
            raise OperationError(f"no questionnaire applies to {role}s")
        choices = [Choice(f"{tr(q.title, 'en')} ({q.id}, {len(q.items)} items)", value=q.id, checked=True)
                   for q in offered]
        ids = p.checkbox(f"Questionnaires for {role}s", choices,
                         validate=lambda v: True if v else "choose at least one")
        if len(ids) > 1 and not p.confirm(f"Ask them in this order: {', '.join(ids)}?", default=True):
            ids = ask_rank(p, [(q, f"{tr(found[q].title, 'en')} ({q})") for q in ids],
                           question=lambda n: f"Which questionnaire comes {_ordinal(n)}?")
        out[role] = ids
    return out


def _ordinal(n: int) -> str:
    return {1: "first", 2: "second", 3: "third"}.get(n, f"in position {n}")


def read_roster(csv_path: Path) -> list[Participant]:
    """A roster CSV checked as `rm-tui import` checks it (InputError: exit 2, nothing written)."""
    return parse_roster_csv(csv_path.expanduser())


def choose_roster(p: Prompter, path: Path, csv_path: Path | None = None,
                  preset: list[Participant] | None = None) -> tuple[str | list, list[Participant], bool]:
    """(the `roster:` value, its people, self-registration): the roster given with --roster, or
    one asked for now (checked as the import checks it), or none yet."""
    if csv_path is not None and preset is not None:
        return _roster_found(p, path, csv_path, preset)
    while p.confirm("Attach a roster CSV now (one row per participant)?", default=False):
        csv_text = ask_text(p, "Roster CSV file", required=True, hint="(path)", check=lambda v: None if v else "a path is required")
        csv_path = Path(csv_text).expanduser()
        try:
            people = read_roster(csv_path)
        except InputError as exc:
            for problem in exc.problems:
                p.say(f"  {problem}")
            continue
        return _roster_found(p, path, csv_path, people)
    p.say("  No roster yet: people can register themselves at the kiosk, or list them in the file.")
    return [], [], p.confirm("Let people who are not on the roster register at the kiosk?", default=True)


def _roster_found(p: Prompter, path: Path, csv_path: Path,
                  people: list[Participant]) -> tuple[str, list[Participant], bool]:  # fmt: skip
    roles = {role: sum(1 for x in people if x.role == role) for role in ROLES}
    p.say(f"  Roster {csv_path}: {len(people)} participants (mentors: {roles['mentor']}, "
          f"mentees: {roles['mentee']}).")  # fmt: skip
    return relative(csv_path, path.parent), people, False


def choose_criteria(p: Prompter) -> dict[str, dict[str, Any]]:
    p.say("Matching criteria (weight: how much each counts; 0 = not used):")
    for name, (weight, mode) in DEFAULT_CRITERIA.items():
        p.say(f"  {name:<14}{weight:>3g} {mode or '':<14}{CRITERIA_HELP[name]}")
    custom = not p.confirm("Use these recommended criteria?", default=True)
    out: dict[str, dict[str, Any]] = {}
    for name, (weight, mode) in DEFAULT_CRITERIA.items():
        spec: dict[str, Any] = {"weight": weight}
        params = dict(CRITERIA_PARAMS.get(name, {}))
        if custom:
            p.say(f"{name}: {CRITERIA_HELP[name]}")
            spec["weight"] = ask_number(p, f"Weight of {name}", suggested=weight, lo=0, hi=100, integer=False)
            if CRITERIA_MODES[name] and spec["weight"]:
                mode = ask_choice(p, f"Mode of {name}",
                                  [(m, f"{m}: {MODE_HELP[m]}") for m in CRITERIA_MODES[name]], default=mode)
            if name == "seniority_gap" and spec["weight"]:
                params["min_years"] = ask_number(p, "Gap in years below which it scores 0",
                                                 suggested=params["min_years"], lo=0, hi=60, integer=False)
                params["max_years"] = ask_number(
                    p, "Gap in years from which it scores fully", suggested=max(params["max_years"], params["min_years"]),
                    lo=params["min_years"], hi=60, integer=False)
        if mode:
            spec["mode"] = mode
        spec.update({k: _number(v) for k, v in params.items()})
        spec["weight"] = _number(spec["weight"])
        out[name] = spec
    return out


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else float(value)


def intention_items(questionnaires: list[Questionnaire]) -> list[tuple[str, Item]]:
    """Choice items offering options to both roles: what the intentions matrix can use."""
    out = []
    for q in questionnaires:
        for item in q.items:
            both = item.options_for("mentor") and item.options_for("mentee")
            if item.kind in ("single", "multi") and both and item.field is None:
                out.append((f"{q.id}.{item.id}", item))
    return out


def choose_intentions(p: Prompter, questionnaires: list[Questionnaire]) -> dict[str, Any] | None:
    candidates = intention_items(questionnaires)
    if not candidates:
        return None
    ref = candidates[0][0]
    if len(candidates) > 1:
        ref = ask_choice(p, "Which question asks for intentions?",
                         [(r, f"{r}: {item.wording('mentee', 'en')}") for r, item in candidates],
                         default=next((r for r, _ in candidates if r.endswith(".intentions")), ref))
    item = dict(candidates)[ref]
    mentee_opts, mentor_opts = item.options_for("mentee"), item.options_for("mentor")
    owner = next(q for q in questionnaires if ref.startswith(f"{q.id}."))
    if owner.recommended_item == item.id and owner.recommended_matrix:
        p.say(f"Which intentions go together? ({ref}) {owner.id} recommends a matrix:")
        for option in mentee_opts:
            row = owner.recommended_matrix.get(option.id, {})
            best = sorted(row.items(), key=lambda kv: -kv[1])[:2]
            fits = ", ".join(f"{tr(_option(mentor_opts, k).text, 'en')} ({v:g})" for k, v in best)
            p.say(f"  mentee \"{tr(option.text, 'en')}\" fits best: {fits}")
        if p.confirm("Use the recommended matrix?", default=True):
            return {"item": ref, "matrix": {k: dict(v) for k, v in owner.recommended_matrix.items()}}
    p.say(f"Which intentions go together? (from {ref})")
    p.say("For each mentee intention, tick the mentor intentions that fit it (1); the rest get 0.")
    p.say("Finer values (0.6, 0.8...) can be set in the file later.")
    matrix: dict[str, dict[str, float]] = {}
    for option in mentee_opts:
        ticked = p.checkbox(
            f"Mentee: \"{tr(option.text, 'en')}\" fits mentors who want",
            [Choice(tr(o.text, "en"), value=o.id, checked=o.id == option.id) for o in mentor_opts],
        )
        if not ticked:  # a row of zeros would make this intention fit nobody
            p.say("  Nothing ticked: this intention fits every mentor intention a little (0.5).")
        matrix[option.id] = {o.id: 1.0 if o.id in ticked else (0.0 if ticked else 0.5) for o in mentor_opts}
    return {"item": ref, "matrix": matrix}


def _option(options: tuple[Option, ...], option_id: str) -> Option:
    return next(o for o in options if o.id == option_id)


def choose_rules(p: Prompter) -> dict[str, Any]:
    rules: dict[str, Any] = {"reporting_line_depth": 2, **{k: True for k in RULE_HELP}}
    p.say("Hard rules (pairs that are never formed):")
    p.say(f"  reporting line: {DEPTH_HELP[2]}")
    for key, text in RULE_HELP.items():
        p.say(f"  {key}: {text}")
    if p.confirm("Use these rules?", default=True):
        return rules
    rules["reporting_line_depth"] = int(ask_choice(
        p, "Reporting line", [(str(d), text) for d, text in DEPTH_HELP.items()], default="2"))
    for key, text in RULE_HELP.items():
        rules[key] = p.confirm(f"{text[0].upper()}{text[1:]}?", default=True)
    return rules


def choose_vetoes(p: Prompter, people: list[Participant]) -> list[dict[str, str]]:
    """Pairs that must never be formed (people who already work together...), named from the roster."""
    mentors = [(x.id, x.name) for x in people if x.role == "mentor"]
    mentees = [(x.id, x.name) for x in people if x.role == "mentee"]
    vetoes: list[dict[str, str]] = []
    if not mentors or not mentees:
        return vetoes
    question = "Any pair that must never be formed (e.g. they already work together)?"
    while p.confirm(question, default=False):
        mentor = ask_people(p, "The mentor", mentors, max_picks=1, required=True)
        mentee = ask_people(p, "The mentee", mentees, max_picks=1, required=True)
        reason = ask_text(p, "Why (for the record)", suggested="veto", hint="", max_length=200)
        vetoes.append({"mentor": mentor[0], "mentee": mentee[0], "reason": reason})
        question = "Another pair that must never be formed?"
    return vetoes


def header_for(path: Path) -> str:
    return f"# yaml-language-server: $schema={relative(bundled.schema('program'), path.parent)}\n"


def write_program(p: Prompter, path: Path, data: dict[str, Any], replace_ok: bool = False,
                  questionnaires: dict[str, Questionnaire] | None = None,
                  copies: dict[str, str] | None = None) -> int:
    """Check, show, confirm, then write the program (and its own questionnaires, `copies`)."""
    text = header_for(path) + dump_yaml(data)
    try:  # the real loader: what validate will say
        program = program_from_text(text, path, questionnaires if copies else None)
    except InputError as exc:
        for problem in exc.problems:
            p.say(str(problem))
        raise OperationError("the program would not be valid; nothing was written") from None
    p.say()
    p.say(text)
    folder = path.parent / OWN_FOLDER
    if copies:
        p.say(f"Its questionnaires go to {folder}/: {', '.join(sorted(copies))} (yours to edit).")
    if not p.confirm(f"Write {path}?", default=True):
        p.say("Nothing was written.")
        return 1
    if path.exists() and not replace_ok and not p.confirm(f"{path} exists now. Replace it?", default=False):
        p.say("Nothing was written.")
        return 1
    clash = [n for n, t in (copies or {}).items()
             if (folder / n).exists() and (folder / n).read_text(encoding="utf-8", errors="replace") != t]
    if clash and not p.confirm(f"{folder} already has {', '.join(clash)}. Replace them?", default=False):
        p.say("Nothing was written.")
        return 1
    try:
        if copies:
            folder.mkdir(exist_ok=True)
            schema = relative(bundled.schema("questionnaire"), folder)
            for file_name, content in copies.items():
                write_text(folder / file_name, with_schema(content, schema))
        write_yaml(path, data, header=header_for(path))
    except OSError as exc:
        raise OperationError(f"cannot write {path}: {exc.strerror or exc}") from None
    p.say(f"Wrote {path} ({program.name}: {len(program.roster)} participants).")
    p.say("Not asked here, to edit in the file if needed (docs/FORMATS.md): a taxonomy of job")
    p.say("families (domains), vetoes, per-mentor capacity, min_pair_score, kiosk settings,")
    p.say("the facilitator (for `rm-tui introduce`).")
    p.say(f"Next: rm-tui validate {path}   then   rm-tui take {path}")
    return 0
