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
from rm_tui.i18n import t
from rm_tui.prompts.items import ask_choice, ask_number, ask_people, ask_rank, ask_text
from rm_tui.prompts.prompter import Prompter, Stopped
from rm_tui.prompts.wizard_roster import OWN_FOLDER, own_questionnaires, with_schema
from rm_tui.services.loaders import load_questionnaire_dir, program_from_text
from rm_tui.yaml_io import dump_yaml, write_text, write_yaml

LANGUAGE_CHOICES: tuple[tuple[str, ...], ...] = (("fr", "en"), ("en", "fr"), ("fr",), ("en",))
DEPTHS = (2, 1, 0)  # reporting-line depth, the recommended one first
RULES = ("forbid_same_team", "require_shared_language", "honour_rather_not")


def run_new(p: Prompter, path: Path | None = None,
            questionnaire_dir: Path | None = None, roster: Path | None = None) -> int:
    """0 when written, 1 when the person chose not to write, 130 on Ctrl+C (nothing written)."""
    try:
        return _run(p, path, questionnaire_dir or bundled.questionnaires_dir(), roster)
    except Stopped:
        p.say()
        p.say(t("wizard.stopped", p.lang))
        return 130


def _run(p: Prompter, path: Path | None, questionnaire_dir: Path, roster_csv: Path | None) -> int:
    if not questionnaire_dir.is_dir():
        raise OperationError(t("wizard.no_folder", p.lang, path=questionnaire_dir))
    questionnaires = load_questionnaire_dir(questionnaire_dir)
    if not questionnaires:
        raise OperationError(t("wizard.no_questionnaires", p.lang, path=questionnaire_dir))
    preset = read_roster(roster_csv) if roster_csv is not None else None  # bad CSV: exit 2 at once
    p.say(t("wizard.intro", p.lang))
    path = choose_path(p, path)
    existed = path.exists()  # and the person agreed to replace it
    roster, people, self_registration = choose_roster(p, path, roster_csv, preset)
    data: dict[str, Any] = {}
    name = ask_text(p, t("wizard.name", p.lang), required=True, hint=t("wizard.name_hint", p.lang),
                    check=lambda v: None if v else t("wizard.name_needed", p.lang))
    data["id"] = ask_text(p, t("wizard.id", p.lang), suggested=slug(name), required=True,
                          hint="", check=lambda v: _ident(p, v))
    data["name"] = name
    data["languages"] = list(ask_choice(p, t("wizard.languages", p.lang),
                                        [(",".join(v), t(f"wizard.languages.{'_'.join(v)}", p.lang))
                                         for v in LANGUAGE_CHOICES],
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
            p.say(t("wizard.field_off", p.lang, field=field))
            criteria[field]["weight"] = 0
    intentions = choose_intentions(p, chosen) if criteria["intentions"]["weight"] > 0 else None
    if intentions is None and criteria["intentions"]["weight"] > 0:
        p.say(t("wizard.no_intentions", p.lang))
        criteria["intentions"]["weight"] = 0
    if intentions is not None:
        data["intentions"] = intentions
    data["criteria"] = criteria
    data["rules"] = choose_rules(p)
    vetoes = choose_vetoes(p, people)
    if vetoes:
        data["rules"]["vetoes"] = vetoes
    data["capacity"] = {"default": int(ask_number(
        p, t("wizard.capacity", p.lang), suggested=capacity_needed(people), lo=1, hi=20,
        integer=True, help=t("wizard.capacity_help", p.lang)))}
    data["objective"] = ask_choice(p, t("wizard.objective", p.lang),
                                   [(o, f"{o}: {t(f'wizard.objective.{o}', p.lang)}") for o in OBJECTIVES],
                                   default="total")
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
            answer = ask_text(p, t("wizard.file", p.lang), suggested="program.yaml", required=True, hint="",
                              check=lambda v: None if v else t("wizard.file_needed", p.lang))
            path = Path(answer)
        if path.suffix.lower() not in (".yaml", ".yml"):
            path = path.with_name(path.name + ".yaml")
        if path.is_dir():
            p.say(t("wizard.is_folder", p.lang, path=path))
        elif not path.parent.is_dir():
            p.say(t("wizard.no_parent", p.lang, path=path.parent))
        elif not path.exists() or p.confirm(t("wizard.replace", p.lang, path=path), default=False):
            return path
        path = None


def slug(name: str) -> str:
    """'Cohorte Été 2027 — Groupe Azur' -> 'cohorte-ete-2027-groupe-azur' (transliterated)."""
    return "-".join(words(name)) or "program"


def _ident(p: Prompter, value: Any) -> str | None:
    if isinstance(value, str) and re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_.-]*", value):
        return None
    return t("wizard.bad_id", p.lang)


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
        roles = t(f"wizard.roles.{role}", p.lang)
        if out and all(role in found[q].applies_to for q in out["mentor"]) and p.confirm(
                t("wizard.same_questionnaires", p.lang, roles=roles), default=True):
            out[role] = list(out["mentor"])
            continue
        if not offered:
            raise OperationError(t("wizard.no_questionnaire_for", p.lang, roles=roles))
        choices = [Choice(t("wizard.questionnaire_line", p.lang, title=tr(q.title, p.lang), id=q.id,
                            n=len(q.items)), value=q.id, checked=True)
                   for q in offered]
        ids = p.checkbox(t("wizard.questionnaires_for", p.lang, roles=roles), choices,
                         validate=lambda v: True if v else t("wizard.choose_one", p.lang))
        if len(ids) > 1 and not p.confirm(t("wizard.this_order", p.lang, ids=", ".join(ids)), default=True):
            ids = ask_rank(p, [(q, f"{tr(found[q].title, p.lang)} ({q})") for q in ids],
                           question=lambda n: t("wizard.which_rank", p.lang, ordinal=_ordinal(p, n)))
        out[role] = ids
    return out


def _ordinal(p: Prompter, n: int) -> str:
    return t(f"wizard.ordinal.{n}", p.lang) if n <= 3 else t("wizard.ordinal.n", p.lang, n=n)


def read_roster(csv_path: Path) -> list[Participant]:
    """A roster CSV checked as `rm-tui import` checks it (InputError: exit 2, nothing written)."""
    return parse_roster_csv(csv_path.expanduser())


def choose_roster(p: Prompter, path: Path, csv_path: Path | None = None,
                  preset: list[Participant] | None = None) -> tuple[str | list, list[Participant], bool]:
    """(the `roster:` value, its people, self-registration): the roster given with --roster, or
    one asked for now (checked as the import checks it), or none yet."""
    if csv_path is not None and preset is not None:
        return _roster_found(p, path, csv_path, preset)
    while p.confirm(t("wizard.attach_roster", p.lang), default=False):
        csv_text = ask_text(p, t("wizard.roster_file", p.lang), required=True, hint=t("wizard.roster_hint", p.lang),
                            check=lambda v: None if v else t("wizard.path_needed", p.lang))
        csv_path = Path(csv_text).expanduser()
        try:
            people = read_roster(csv_path)
        except InputError as exc:
            for problem in exc.problems:
                p.say(f"  {problem.text(p.lang)}")
            continue
        return _roster_found(p, path, csv_path, people)
    p.say(t("wizard.no_roster", p.lang))
    return [], [], p.confirm(t("wizard.self_registration", p.lang), default=True)


def _roster_found(p: Prompter, path: Path, csv_path: Path,
                  people: list[Participant]) -> tuple[str, list[Participant], bool]:  # fmt: skip
    roles = {role: sum(1 for x in people if x.role == role) for role in ROLES}
    p.say(t("wizard.roster_found", p.lang, path=csv_path, n=len(people), mentors=roles["mentor"],
            mentees=roles["mentee"]))
    return relative(csv_path, path.parent), people, False


def choose_criteria(p: Prompter) -> dict[str, dict[str, Any]]:
    p.say(t("wizard.criteria", p.lang))
    for name, (weight, mode) in DEFAULT_CRITERIA.items():
        p.say(f"  {name:<14}{weight:>3g} {mode or '':<14}{t(f'wizard.criterion.{name}', p.lang)}")
    custom = not p.confirm(t("wizard.use_criteria", p.lang), default=True)
    out: dict[str, dict[str, Any]] = {}
    for name, (weight, mode) in DEFAULT_CRITERIA.items():
        spec: dict[str, Any] = {"weight": weight}
        params = dict(CRITERIA_PARAMS.get(name, {}))
        if custom:
            p.say(f"{name}: {t(f'wizard.criterion.{name}', p.lang)}")
            spec["weight"] = ask_number(p, t("wizard.weight_of", p.lang, name=name), suggested=weight, lo=0,
                                        hi=100, integer=False)
            if CRITERIA_MODES[name] and spec["weight"]:
                mode = ask_choice(p, t("wizard.mode_of", p.lang, name=name),
                                  [(m, f"{m}: {t(f'wizard.mode.{m}', p.lang)}") for m in CRITERIA_MODES[name]],
                                  default=mode)
            if name == "seniority_gap" and spec["weight"]:
                params["min_years"] = ask_number(p, t("wizard.gap_min", p.lang),
                                                 suggested=params["min_years"], lo=0, hi=60, integer=False)
                params["max_years"] = ask_number(
                    p, t("wizard.gap_max", p.lang), suggested=max(params["max_years"], params["min_years"]),
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
        ref = ask_choice(p, t("wizard.which_intentions", p.lang),
                         [(r, f"{r}: {item.wording('mentee', p.lang)}") for r, item in candidates],
                         default=next((r for r, _ in candidates if r.endswith(".intentions")), ref))
    item = dict(candidates)[ref]
    mentee_opts, mentor_opts = item.options_for("mentee"), item.options_for("mentor")
    owner = next(q for q in questionnaires if ref.startswith(f"{q.id}."))
    if owner.recommended_item == item.id and owner.recommended_matrix:
        p.say(t("wizard.recommended_matrix", p.lang, ref=ref, owner=owner.id))
        for option in mentee_opts:
            row = owner.recommended_matrix.get(option.id, {})
            best = sorted(row.items(), key=lambda kv: -kv[1])[:2]
            fits = ", ".join(f"{tr(_option(mentor_opts, k).text, p.lang)} ({v:g})" for k, v in best)
            p.say(t("wizard.fits_best", p.lang, option=tr(option.text, p.lang), fits=fits))
        if p.confirm(t("wizard.use_matrix", p.lang), default=True):
            return {"item": ref, "matrix": {k: dict(v) for k, v in owner.recommended_matrix.items()}}
    p.say(t("wizard.intentions_from", p.lang, ref=ref))
    p.say(t("wizard.tick_fits", p.lang))
    p.say(t("wizard.finer_later", p.lang))
    matrix: dict[str, dict[str, float]] = {}
    for option in mentee_opts:
        ticked = p.checkbox(
            t("wizard.mentee_fits", p.lang, option=tr(option.text, p.lang)),
            [Choice(tr(o.text, p.lang), value=o.id, checked=o.id == option.id) for o in mentor_opts],
        )
        if not ticked:  # a row of zeros would make this intention fit nobody
            p.say(t("wizard.nothing_ticked", p.lang))
        matrix[option.id] = {o.id: 1.0 if o.id in ticked else (0.0 if ticked else 0.5) for o in mentor_opts}
    return {"item": ref, "matrix": matrix}


def _option(options: tuple[Option, ...], option_id: str) -> Option:
    return next(o for o in options if o.id == option_id)


def choose_rules(p: Prompter) -> dict[str, Any]:
    rules: dict[str, Any] = {"reporting_line_depth": 2, **{k: True for k in RULES}}
    p.say(t("wizard.rules", p.lang))
    p.say(t("wizard.reporting_line_is", p.lang, text=t("wizard.depth.2", p.lang)))
    for key in RULES:
        p.say(f"  {key}: {t(f'wizard.rule.{key}', p.lang)}")
    if p.confirm(t("wizard.use_rules", p.lang), default=True):
        return rules
    rules["reporting_line_depth"] = int(ask_choice(
        p, t("wizard.reporting_line", p.lang), [(str(d), t(f"wizard.depth.{d}", p.lang)) for d in DEPTHS],
        default="2"))
    for key in RULES:
        rules[key] = p.confirm(t(f"wizard.rule_q.{key}", p.lang), default=True)
    return rules


def choose_vetoes(p: Prompter, people: list[Participant]) -> list[dict[str, str]]:
    """Pairs that must never be formed (people who already work together...), named from the roster."""
    mentors = [(x.id, x.name) for x in people if x.role == "mentor"]
    mentees = [(x.id, x.name) for x in people if x.role == "mentee"]
    vetoes: list[dict[str, str]] = []
    if not mentors or not mentees:
        return vetoes
    question = t("wizard.veto_first", p.lang)
    while p.confirm(question, default=False):
        mentor = ask_people(p, t("wizard.the_mentor", p.lang), mentors, max_picks=1, required=True)
        mentee = ask_people(p, t("wizard.the_mentee", p.lang), mentees, max_picks=1, required=True)
        reason = ask_text(p, t("wizard.why", p.lang), suggested="veto", hint="", max_length=200)
        vetoes.append({"mentor": mentor[0], "mentee": mentee[0], "reason": reason})
        question = t("wizard.veto_next", p.lang)
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
            p.say(problem.text(p.lang))
        raise OperationError(t("wizard.invalid", p.lang)) from None
    p.say()
    p.say(text)
    folder = path.parent / OWN_FOLDER
    if copies:
        p.say(t("wizard.copies", p.lang, folder=folder, names=", ".join(sorted(copies))))
    if not p.confirm(t("wizard.write", p.lang, path=path), default=True):
        p.say(t("wizard.nothing_written", p.lang))
        return 1
    if path.exists() and not replace_ok and not p.confirm(t("wizard.exists_now", p.lang, path=path),
                                                          default=False):
        p.say(t("wizard.nothing_written", p.lang))
        return 1
    clash = [n for n, text in (copies or {}).items()
             if (folder / n).exists() and (folder / n).read_text(encoding="utf-8", errors="replace") != text]
    if clash and not p.confirm(t("wizard.clash", p.lang, folder=folder, names=", ".join(clash)), default=False):
        p.say(t("wizard.nothing_written", p.lang))
        return 1
    try:
        if copies:
            folder.mkdir(exist_ok=True)
            schema = relative(bundled.schema("questionnaire"), folder)
            for file_name, content in copies.items():
                write_text(folder / file_name, with_schema(content, schema))
        write_yaml(path, data, header=header_for(path))
    except OSError as exc:
        raise OperationError(t("wizard.cannot_write", p.lang, path=path, why=exc.strerror or exc)) from None
    p.say(t("wizard.wrote", p.lang, path=path, name=program.name, n=len(program.roster)))
    p.say(t("wizard.not_asked", p.lang))
    p.say(t("wizard.next", p.lang, path=path))
    return 0
