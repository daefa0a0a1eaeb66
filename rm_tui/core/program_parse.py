"""Build a `Program` from parsed YAML, checking structure and every cross-reference."""

from __future__ import annotations

import datetime as dt
from typing import Any, cast

from rm_tui.core.errors import InputError
from rm_tui.core.participant import ROLES, Participant, Role
from rm_tui.core.program import (
    CRITERIA_MODES,
    CRITERIA_PARAMS,
    OBJECTIVES,
    Criterion,
    Domain,
    KioskSettings,
    Program,
    Rules,
    Veto,
)
from rm_tui.core.program_intro import parse_facilitator, parse_introductions
from rm_tui.core.questionnaire import Questionnaire
from rm_tui.core.roster_csv import email_problem, language_problem
from rm_tui.core.source import Checker, KeyPath, SourceMap, type_name

TOP_KEYS = {
    "id", "name", "languages", "questionnaires_dir", "questionnaires", "roster", "taxonomy",
    "intentions", "criteria", "rules", "capacity", "objective", "min_pair_score", "kiosk",
    "facilitator", "introductions",
}
PARTICIPANT_KEYS = {
    "id", "name", "email", "role", "job_family", "subsidiary", "team", "manager", "start_date",
    "years_in_company", "languages",
}
LANGUAGES = ("fr", "en")
DOMAIN_KEYS = {"name", "families"}
INTENTIONS_KEYS = {"item", "matrix"}
RULES_KEYS = {"reporting_line_depth", "forbid_same_team", "require_shared_language", "honour_rather_not", "vetoes"}
VETO_KEYS = {"mentor", "mentee", "reason"}
CAPACITY_KEYS = {"default", "per_mentor"}
KIOSK_KEYS = {"idle_seconds", "self_registration", "show_profile"}


def parse_participant(check: Checker, raw: Any, keys: KeyPath) -> Participant | None:
    raw = check.mapping(raw, keys, "a roster entry")
    if not raw:
        return None
    check.unknown_keys(raw, PARTICIPANT_KEYS, keys, "a roster entry")
    ok = all([check.required(raw, k, keys, "the roster entry") for k in ("id", "name", "role")])
    if not ok:
        return None
    pid = check.ident(raw["id"], keys + ("id",), "participant 'id'")
    name = check.string(raw["name"], keys + ("name",), "participant 'name'")
    role = check.choice(raw["role"], ROLES, keys + ("role",), "participant 'role'")
    values: dict[str, Any] = {}
    for key in ("email", "job_family", "subsidiary", "team", "manager"):
        value = check.as_written(raw.get(key), keys + (key,))  # a manager `010` is not 8
        if value in (None, ""):
            continue
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            check.error(keys + (key,), f"participant '{key}' must be a text, got {type_name(value)}")
            continue
        values[key] = str(value)
    if "email" in values and email_problem(values["email"]):  # the roster CSV's rule
        check.error(keys + ("email",), f"participant {email_problem(values['email'])}")
        del values["email"]
    if raw.get("start_date") not in (None, ""):
        try:
            values["start_date"] = dt.date.fromisoformat(str(raw["start_date"])).isoformat()
        except ValueError:
            check.error(keys + ("start_date",), f"'start_date' must be a date YYYY-MM-DD, got {raw['start_date']!r}")
    if raw.get("years_in_company") is not None:
        values["years_in_company"] = check.number(raw["years_in_company"], keys + ("years_in_company",), "'years_in_company'", lo=0, hi=80)
    langs = raw.get("languages")
    if langs not in (None, ""):
        if isinstance(langs, str):
            langs = [x for x in langs.replace(";", ",").replace(" ", ",").split(",") if x]
        values["languages"] = codes = tuple(
            str(x).lower() for x in check.sequence(langs, keys + ("languages",), "'languages'"))
        if language_problem(codes):  # the roster CSV's rule
            check.error(keys + ("languages",), f"participant {language_problem(codes)}")
    if pid is None or name is None or role is None:
        return None
    return Participant(id=pid, name=name, role=cast(Role, role), **values)  # choice() allowed ROLES only


def parse_program(
    data: Any,
    source: SourceMap,
    questionnaires: dict[str, Questionnaire],
    roster: list[Participant] | None = None,
) -> Program:
    """`questionnaires`: every questionnaire found in the program's questionnaire folder.
    `roster`: participants read from the program's roster CSV, when `roster:` is a path."""
    check = Checker(source)
    if data is None:
        check.error((), "the file is empty; expected a program (id, name, questionnaires, roster...)")
        raise InputError(check.problems)
    doc = check.mapping(data, (), "a program")
    if not isinstance(data, dict):
        raise InputError(check.problems)
    check.unknown_keys(doc, TOP_KEYS, (), "a program")
    for key in ("id", "name", "questionnaires", "roster"):
        check.required(doc, key, (), "the program")
    pid = check.ident(doc.get("id"), ("id",), "'id'") if "id" in doc else None
    if "questionnaires_dir" in doc:
        check.string(doc["questionnaires_dir"], ("questionnaires_dir",), "'questionnaires_dir' (a folder path)")
    name = doc.get("name")
    if isinstance(name, dict):
        name = check.bilingual(name, ("name",), "'name'").get("en", "")
    elif "name" in doc:
        name = check.string(name, ("name",), "'name'")
    languages = tuple(
        lang for i, lang in enumerate(check.sequence(doc.get("languages", ["fr", "en"]), ("languages",), "'languages'"))
        if check.choice(lang, LANGUAGES, ("languages", i), "a language")
    ) or LANGUAGES

    q_ids: dict[str, tuple[str, ...]] = {}
    for role, ids in check.mapping(doc.get("questionnaires") or {}, ("questionnaires",), "'questionnaires'").items():
        if not check.choice(role, ROLES, ("questionnaires", role), "'questionnaires' key"):
            continue
        listed = []
        for i, qid in enumerate(check.sequence(ids, ("questionnaires", role), f"questionnaires for {role}")):
            q = questionnaires.get(str(qid))
            if q is None:
                check.error(("questionnaires", role, i),
                            f"questionnaire '{qid}' not found (known: {', '.join(sorted(questionnaires)) or 'none'})")
            elif role not in q.applies_to:
                check.error(("questionnaires", role, i), f"questionnaire '{qid}' does not apply to {role}s (applies_to: {', '.join(q.applies_to)})")
            if str(qid) in listed:
                check.error(("questionnaires", role, i), f"questionnaire '{qid}' is listed twice for {role}s")
                continue
            listed.append(str(qid))
        q_ids[role] = tuple(listed)
    used = {qid for ids in q_ids.values() for qid in ids}

    people: list[Participant] = []
    where: list[KeyPath] = []  # where each person is written, for messages
    raw_roster = doc.get("roster")
    if isinstance(raw_roster, list):
        for i, raw in enumerate(raw_roster):
            person = parse_participant(check, raw, ("roster", i))
            if person:
                people.append(person)
                where.append(("roster", i))
    elif isinstance(raw_roster, str):
        people = list(roster or [])
        where = [("roster",)] * len(people)
    elif raw_roster is not None:
        check.error(("roster",), "'roster' must be a list of participants or the path of a roster CSV")
    _check_roster(check, people, where, inline=isinstance(raw_roster, list))

    taxonomy = _taxonomy(check, doc.get("taxonomy"))
    families = {f for d in taxonomy for f in d.families}
    if taxonomy:
        for person, keys in zip(people, where, strict=True):
            if person.job_family and person.job_family not in families:
                keys = keys + (("job_family",) if len(keys) > 1 else ())
                check.error(keys, f"participant '{person.id}': job family '{person.job_family}' is not in the taxonomy")
        _check_family_items(check, [questionnaires[q] for q in sorted(used) if q in questionnaires], families)

    item_ref, matrix = _intentions(check, doc.get("intentions"), questionnaires)
    criteria = _criteria(check, doc.get("criteria"))
    ids = {p.id: p for p in people}
    rules = _rules(check, doc.get("rules"), ids)
    cap_default, capacity = _capacity(check, doc.get("capacity"), ids)
    objective = check.choice(doc.get("objective", "total"), OBJECTIVES, ("objective",), "'objective'") or "total"
    min_score = None
    if doc.get("min_pair_score") is not None:
        min_score = check.number(doc["min_pair_score"], ("min_pair_score",), "'min_pair_score'", lo=0, hi=100)
    kiosk = _kiosk(check, doc.get("kiosk"))
    facilitator = parse_facilitator(check, doc.get("facilitator"))
    templates = parse_introductions(check, doc.get("introductions"))
    if check.problems:
        raise InputError(check.problems)
    return Program(
        id=pid or "", name=str(name or ""), languages=languages, questionnaire_ids=q_ids,
        questionnaires={q: questionnaires[q] for q in used if q in questionnaires}, roster=tuple(people),
        taxonomy=taxonomy, intentions_item=item_ref, intention_matrix=matrix, criteria=criteria,
        rules=rules, capacity_default=cap_default, capacity=capacity, objective=objective,
        min_pair_score=min_score, kiosk=kiosk, path=source.path, facilitator=facilitator,
        introductions_dir=templates,
    )


def _check_family_items(check: Checker, used: list[Questionnaire], families: set[str]) -> None:
    """A job family a person can pick in a background questionnaire must be in the taxonomy."""
    for q in used:
        for item in q.items:
            if item.field != "job_family":
                continue
            missing = [o.id for o in item.options if o.id not in families]
            if missing:
                check.error(("taxonomy",), f"job famil{'ies' if len(missing) > 1 else 'y'} "
                            f"{', '.join(repr(m) for m in missing)} offered by '{q.id}.{item.id}' "
                            "not in the taxonomy (every family a person can pick needs a domain)")


def _check_roster(check: Checker, people: list[Participant], where: list[KeyPath], inline: bool) -> None:
    seen: dict[str, int] = {}
    ids = {p.id for p in people}
    for i, (person, keys) in enumerate(zip(people, where, strict=True)):
        if person.id in seen:
            check.error(keys + (("id",) if inline else ()), f"duplicate participant id '{person.id}'")
        seen[person.id] = i
        if person.manager and person.manager not in ids:
            check.error(keys + (("manager",) if inline else ()),
                        f"participant '{person.id}': manager '{person.manager}' is not on the roster")
        if person.manager == person.id:
            check.error(keys + (("manager",) if inline else ()), f"participant '{person.id}' is their own manager")
    _check_reporting_loops(check, people, where, inline)


def _check_reporting_loops(check: Checker, people: list[Participant], where: list[KeyPath], inline: bool) -> None:
    """Managers must form trees: a loop (a manages b, b manages a) has no top and is reported once."""
    manager = {p.id: p.manager for p in people if p.manager and p.manager != p.id}
    position = {p.id: keys for p, keys in zip(people, where, strict=True)}
    order = {p.id: i for i, p in enumerate(people)}
    reported: set[str] = set()
    for start in manager:
        chain, current = [start], manager.get(start)
        while current is not None and current not in chain and current not in reported:
            chain.append(current)
            current = manager.get(current)
        if current is not None and current in chain:
            loop = chain[chain.index(current):]
            reported.update(loop)
            first = min(loop, key=lambda pid: order[pid])
            keys = position[first] + (("manager",) if inline else ())
            path = " -> ".join(loop[loop.index(first):] + loop[:loop.index(first)] + [first])
            check.error(keys, f"reporting lines form a loop: {path} (each arrow: 'is managed by')")
        reported.update(chain)


def _taxonomy(check: Checker, value: Any) -> tuple[Domain, ...]:
    if value is None:
        return ()
    domains: list[Domain] = []
    seen: set[str] = set()
    for did, raw in check.mapping(value, ("taxonomy",), "'taxonomy'").items():
        keys = ("taxonomy", did)
        raw = check.mapping(raw, keys, f"domain '{did}'")
        check.unknown_keys(raw, DOMAIN_KEYS, keys, f"domain '{did}'")
        name = check.bilingual(raw.get("name"), keys + ("name",), f"domain '{did}' 'name'")
        families: dict[str, dict[str, str]] = {}
        for fid, text in check.mapping(raw.get("families") or {}, keys + ("families",), "'families'").items():
            if fid in seen:
                check.error(keys + ("families", fid), f"job family '{fid}' appears in two domains")
            seen.add(fid)
            families[str(fid)] = check.bilingual(text, keys + ("families", fid), f"job family '{fid}'")
        domains.append(Domain(str(did), name, families))
    return tuple(domains)


def _intentions(check: Checker, value: Any, questionnaires: dict[str, Questionnaire]) -> tuple[str | None, dict[str, dict[str, float]]]:
    if value is None:
        return None, {}
    keys: KeyPath = ("intentions",)
    spec = check.mapping(value, keys, "'intentions'")
    check.unknown_keys(spec, INTENTIONS_KEYS, keys, "'intentions'")
    ref = spec.get("item")
    mentee_opts: set[str] | None = None
    mentor_opts: set[str] | None = None
    if not isinstance(ref, str) or "." not in ref:
        check.error(keys + ("item",) if "item" in spec else keys, "'intentions.item' must be QUESTIONNAIRE_ID.ITEM_ID")
        ref = None
    else:
        qid, item_id = ref.split(".", 1)
        q = questionnaires.get(qid)
        if q is None:
            check.error(keys + ("item",), f"questionnaire '{qid}' not found")
        elif item_id not in q.item_ids():
            check.error(keys + ("item",), f"questionnaire '{qid}' has no item '{item_id}'")
        else:
            item = q.item(item_id)
            if item.kind not in ("single", "multi"):
                check.error(keys + ("item",), f"item '{ref}' must be a single or multiple choice")
            else:
                mentee_opts = {o.id for o in item.options_for("mentee")}
                mentor_opts = {o.id for o in item.options_for("mentor")}
    matrix: dict[str, dict[str, float]] = {}
    for mentee_int, row in check.mapping(spec.get("matrix") or {}, keys + ("matrix",), "'intentions.matrix'").items():
        k = keys + ("matrix", mentee_int)
        if mentee_opts is not None and mentee_int not in mentee_opts:
            check.error(k, f"mentee intention '{mentee_int}' is not an option of '{ref}' offered to mentees")
        matrix[str(mentee_int)] = {}
        for mentor_int, val in check.mapping(row, k, f"row '{mentee_int}'").items():
            if mentor_opts is not None and mentor_int not in mentor_opts:
                check.error(k + (mentor_int,), f"mentor intention '{mentor_int}' is not an option of '{ref}' offered to mentors")
            num = check.number(val, k + (mentor_int,), "a compatibility", lo=0, hi=1)
            if num is not None:
                matrix[str(mentee_int)][str(mentor_int)] = float(num)
    return ref, matrix


def _criteria(check: Checker, value: Any) -> dict[str, Criterion]:
    from rm_tui.core.program import DEFAULT_CRITERIA

    if value is None:
        return {n: Criterion(n, w, m, dict(CRITERIA_PARAMS.get(n, {}))) for n, (w, m) in DEFAULT_CRITERIA.items()}
    out: dict[str, Criterion] = {}
    for name, raw in check.mapping(value, ("criteria",), "'criteria'").items():
        keys = ("criteria", name)
        if name not in CRITERIA_MODES:
            check.error(keys, f"unknown criterion '{name}' (expected one of: {', '.join(CRITERIA_MODES)})")
            continue
        raw = check.mapping(raw, keys, f"criterion '{name}'")
        params = dict(CRITERIA_PARAMS.get(name, {}))
        check.unknown_keys(raw, {"weight", "mode"} | set(params), keys, f"criterion '{name}'")
        weight = check.number(raw.get("weight", 1), keys + ("weight",), f"'{name}' weight", lo=0, hi=100)
        mode = None
        modes = CRITERIA_MODES[name]
        if modes:
            mode = check.choice(raw.get("mode", modes[0]), modes, keys + ("mode",), f"'{name}' mode")
        elif "mode" in raw:
            check.error(keys + ("mode",), f"criterion '{name}' takes no mode")
        for key in params:
            if key in raw:
                num = check.number(raw[key], keys + (key,), f"'{name}' {key}", lo=0)
                if num is not None:
                    params[key] = float(num)
        if name == "seniority_gap" and params["min_years"] > params["max_years"]:
            check.error(keys, "seniority_gap: 'min_years' is larger than 'max_years'")
        out[name] = Criterion(name, float(weight or 0), mode, params)
    return out


def _rules(check: Checker, value: Any, people: dict[str, Participant]) -> Rules:
    if value is None:
        return Rules()
    keys: KeyPath = ("rules",)
    spec = check.mapping(value, keys, "'rules'")
    check.unknown_keys(spec, RULES_KEYS, keys, "'rules'")
    depth = check.number(spec.get("reporting_line_depth", 2), keys + ("reporting_line_depth",), "'reporting_line_depth'", lo=0, hi=10, integer=True)
    flags = {}
    for key in ("forbid_same_team", "require_shared_language", "honour_rather_not"):
        flags[key] = bool(check.boolean(spec.get(key, True), keys + (key,), f"'{key}'"))
    vetoes = []
    for i, raw in enumerate(check.sequence(spec.get("vetoes") or [], keys + ("vetoes",), "'vetoes'")):
        k = keys + ("vetoes", i)
        raw = check.mapping(raw, k, "a veto")
        check.unknown_keys(raw, VETO_KEYS, k, "a veto")
        ok = True
        people_of = {role: check.as_written(raw.get(role), k + (role,)) for role in ("mentor", "mentee")}
        for role in ("mentor", "mentee"):
            who = people_of[role]
            if not isinstance(who, str) or who not in people:
                check.error(k + (role,) if role in raw else k, f"veto: {role} '{who}' is not on the roster")
                ok = False
            elif people[who].role != role:
                check.error(k + (role,), f"veto: '{who}' is a {people[who].role}, not a {role}")
                ok = False
        if ok:
            vetoes.append(Veto(people_of["mentor"], people_of["mentee"], str(raw.get("reason") or "veto")))
    return Rules(int(depth if depth is not None else 2), vetoes=tuple(vetoes), **flags)


def _capacity(check: Checker, value: Any, people: dict[str, Participant]) -> tuple[int, dict[str, int]]:
    if value is None:
        return 1, {}
    if isinstance(value, int) and not isinstance(value, bool):
        return max(1, value), {}
    keys: KeyPath = ("capacity",)
    spec = check.mapping(value, keys, "'capacity'")
    check.unknown_keys(spec, CAPACITY_KEYS, keys, "'capacity'")
    default = check.number(spec.get("default", 1), keys + ("default",), "'capacity.default'", lo=1, hi=20, integer=True)
    per: dict[str, int] = {}
    for mid, cap in check.mapping(spec.get("per_mentor") or {}, keys + ("per_mentor",), "'per_mentor'").items():
        if mid not in people:
            check.error(keys + ("per_mentor", mid), f"capacity: '{mid}' is not on the roster")
        elif people[mid].role != "mentor":
            check.error(keys + ("per_mentor", mid), f"capacity: '{mid}' is a mentee; capacity is for mentors")
        num = check.number(cap, keys + ("per_mentor", mid), "a capacity", lo=0, hi=20, integer=True)
        if num is not None:
            per[str(mid)] = int(num)
    return int(default or 1), per


def _kiosk(check: Checker, value: Any) -> KioskSettings:
    if value is None:
        return KioskSettings()
    keys: KeyPath = ("kiosk",)
    spec = check.mapping(value, keys, "'kiosk'")
    check.unknown_keys(spec, KIOSK_KEYS, keys, "'kiosk'")
    idle = check.number(spec.get("idle_seconds", 120), keys + ("idle_seconds",), "'idle_seconds'", lo=10, hi=3600, integer=True)
    reg = check.boolean(spec.get("self_registration", False), keys + ("self_registration",), "'self_registration'")
    show = check.boolean(spec.get("show_profile", True), keys + ("show_profile",), "'show_profile'")
    return KioskSettings(int(idle or 120), bool(reg), bool(show if show is not None else True))
