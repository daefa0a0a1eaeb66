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
from rm_tui.i18n import Said

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
    raw = check.mapping(raw, keys, Said("check.what.roster_entry"))
    if not raw:
        return None
    check.unknown_keys(raw, PARTICIPANT_KEYS, keys, Said("check.what.roster_entry"))
    ok = all([check.required(raw, k, keys, Said("check.what.the_roster_entry")) for k in ("id", "name", "role")])
    if not ok:
        return None
    pid = check.ident(raw["id"], keys + ("id",), Said("check.what.participant_key", key="id"))
    name = check.string(raw["name"], keys + ("name",), Said("check.what.participant_key", key="name"))
    role = check.choice(raw["role"], ROLES, keys + ("role",), Said("check.what.participant_key", key="role"))
    values: dict[str, Any] = {}
    for key in ("email", "job_family", "subsidiary", "team", "manager"):
        value = check.as_written(raw.get(key), keys + (key,))  # a manager `010` is not 8
        if value in (None, ""):
            continue
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            check.error(keys + (key,), Said("check.program.must_be_text", what=Said("check.what.participant_key", key=key),
                                            got=type_name(value)))
            continue
        values[key] = str(value)
    why = email_problem(values["email"]) if "email" in values else None  # the roster CSV's rule
    if why:
        check.error(keys + ("email",), Said("check.program.participant", why=why))
        del values["email"]
    if raw.get("start_date") not in (None, ""):
        try:
            values["start_date"] = dt.date.fromisoformat(str(raw["start_date"])).isoformat()
        except ValueError:
            check.error(keys + ("start_date",), Said("check.program.start_date", got=repr(raw["start_date"])))
    if raw.get("years_in_company") is not None:
        values["years_in_company"] = check.number(raw["years_in_company"], keys + ("years_in_company",), "'years_in_company'", lo=0, hi=80)
    langs = raw.get("languages")
    if langs not in (None, ""):
        if isinstance(langs, str):
            langs = [x for x in langs.replace(";", ",").replace(" ", ",").split(",") if x]
        values["languages"] = codes = tuple(
            str(x).lower() for x in check.sequence(langs, keys + ("languages",), "'languages'"))
        why = language_problem(codes)  # the roster CSV's rule
        if why:
            check.error(keys + ("languages",), Said("check.program.participant", why=why))
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
        check.error((), Said("check.program.empty"))
        raise InputError(check.problems)
    doc = check.mapping(data, (), Said("check.what.a_program"))
    if not isinstance(data, dict):
        raise InputError(check.problems)
    check.unknown_keys(doc, TOP_KEYS, (), Said("check.what.a_program"))
    for key in ("id", "name", "questionnaires", "roster"):
        check.required(doc, key, (), Said("check.what.the_program"))
    pid = check.ident(doc.get("id"), ("id",), "'id'") if "id" in doc else None
    if "questionnaires_dir" in doc:
        check.string(doc["questionnaires_dir"], ("questionnaires_dir",), Said("check.what.folder_path", key="'questionnaires_dir'"))
    name = doc.get("name")
    if isinstance(name, dict):
        name = check.bilingual(name, ("name",), "'name'").get("en", "")
    elif "name" in doc:
        name = check.string(name, ("name",), "'name'")
    languages = tuple(
        lang for i, lang in enumerate(check.sequence(doc.get("languages", ["fr", "en"]), ("languages",), "'languages'"))
        if check.choice(lang, LANGUAGES, ("languages", i), Said("check.what.language"))
    ) or LANGUAGES

    q_ids: dict[str, tuple[str, ...]] = {}
    for role, ids in check.mapping(doc.get("questionnaires") or {}, ("questionnaires",), "'questionnaires'").items():
        if not check.choice(role, ROLES, ("questionnaires", role), Said("check.what.key_of", key="'questionnaires'")):
            continue
        listed = []
        for i, qid in enumerate(check.sequence(ids, ("questionnaires", role), Said("check.what.questionnaires_for", role=Said(f"args.role.{role}")))):
            q = questionnaires.get(str(qid))
            if q is None:
                check.error(("questionnaires", role, i),
                            Said("check.program.no_questionnaire", qid=qid,
                                 known=", ".join(sorted(questionnaires)) or Said("check.none")))
            elif role not in q.applies_to:
                check.error(("questionnaires", role, i), Said("check.program.not_for_role", qid=qid, roles=Said(f"check.roles.{role}"),
                                                              applies=", ".join(q.applies_to)))
            if str(qid) in listed:
                check.error(("questionnaires", role, i), Said("check.program.listed_twice", qid=qid, roles=Said(f"check.roles.{role}")))
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
        check.error(("roster",), Said("check.program.roster_kind"))
    _check_roster(check, people, where, inline=isinstance(raw_roster, list))

    taxonomy = _taxonomy(check, doc.get("taxonomy"))
    families = {f for d in taxonomy for f in d.families}
    if taxonomy:
        for person, keys in zip(people, where, strict=True):
            if person.job_family and person.job_family not in families:
                keys = keys + (("job_family",) if len(keys) > 1 else ())
                check.error(keys, Said("check.program.family_unknown", pid=person.id, family=person.job_family))
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
                check.error(("taxonomy",), Said("check.program.families_offered", len(missing),
                                                families=", ".join(repr(m) for m in missing), item=f"{q.id}.{item.id}"))


def _check_roster(check: Checker, people: list[Participant], where: list[KeyPath], inline: bool) -> None:
    seen: dict[str, int] = {}
    ids = {p.id for p in people}
    for i, (person, keys) in enumerate(zip(people, where, strict=True)):
        if person.id in seen:
            check.error(keys + (("id",) if inline else ()), Said("check.program.duplicate_id", pid=person.id))
        seen[person.id] = i
        if person.manager and person.manager not in ids:
            check.error(keys + (("manager",) if inline else ()),
                        Said("check.program.manager_unknown", pid=person.id, manager=person.manager))
        if person.manager == person.id:
            check.error(keys + (("manager",) if inline else ()), Said("check.program.own_manager", pid=person.id))
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
            check.error(keys, Said("check.program.loop", path=path))
        reported.update(chain)


def _taxonomy(check: Checker, value: Any) -> tuple[Domain, ...]:
    if value is None:
        return ()
    domains: list[Domain] = []
    seen: set[str] = set()
    for did, raw in check.mapping(value, ("taxonomy",), "'taxonomy'").items():
        keys = ("taxonomy", did)
        raw = check.mapping(raw, keys, Said("check.what.domain", did=did))
        check.unknown_keys(raw, DOMAIN_KEYS, keys, Said("check.what.domain", did=did))
        name = check.bilingual(raw.get("name"), keys + ("name",), Said("check.what.domain_name", did=did))
        families: dict[str, dict[str, str]] = {}
        for fid, text in check.mapping(raw.get("families") or {}, keys + ("families",), "'families'").items():
            if fid in seen:
                check.error(keys + ("families", fid), Said("check.program.family_twice", fid=fid))
            seen.add(fid)
            families[str(fid)] = check.bilingual(text, keys + ("families", fid), Said("check.what.family", fid=fid))
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
        check.error(keys + ("item",) if "item" in spec else keys, Said("check.program.intentions_item"))
        ref = None
    else:
        qid, item_id = ref.split(".", 1)
        q = questionnaires.get(qid)
        if q is None:
            check.error(keys + ("item",), Said("check.program.questionnaire_unknown", qid=qid))
        elif item_id not in q.item_ids():
            check.error(keys + ("item",), Said("check.program.no_item", qid=qid, item=item_id))
        else:
            item = q.item(item_id)
            if item.kind not in ("single", "multi"):
                check.error(keys + ("item",), Said("check.program.not_choice", ref=ref))
            else:
                mentee_opts = {o.id for o in item.options_for("mentee")}
                mentor_opts = {o.id for o in item.options_for("mentor")}
    matrix: dict[str, dict[str, float]] = {}
    for mentee_int, row in check.mapping(spec.get("matrix") or {}, keys + ("matrix",), "'intentions.matrix'").items():
        k = keys + ("matrix", mentee_int)
        if mentee_opts is not None and mentee_int not in mentee_opts:
            check.error(k, Said("check.program.mentee_intention", value=mentee_int, ref=ref))
        matrix[str(mentee_int)] = {}
        for mentor_int, val in check.mapping(row, k, Said("check.what.row", row=mentee_int)).items():
            if mentor_opts is not None and mentor_int not in mentor_opts:
                check.error(k + (mentor_int,), Said("check.program.mentor_intention", value=mentor_int, ref=ref))
            num = check.number(val, k + (mentor_int,), Said("check.what.compatibility"), lo=0, hi=1)
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
            check.error(keys, Said("check.program.criterion_unknown", name=name, expected=", ".join(CRITERIA_MODES)))
            continue
        raw = check.mapping(raw, keys, Said("check.what.criterion", name=name))
        params = dict(CRITERIA_PARAMS.get(name, {}))
        check.unknown_keys(raw, {"weight", "mode"} | set(params), keys, Said("check.what.criterion", name=name))
        weight = check.number(raw.get("weight", 1), keys + ("weight",), Said("check.what.weight_of", name=name), lo=0, hi=100)
        mode = None
        modes = CRITERIA_MODES[name]
        if modes:
            mode = check.choice(raw.get("mode", modes[0]), modes, keys + ("mode",), Said("check.what.mode_of", name=name))
        elif "mode" in raw:
            check.error(keys + ("mode",), Said("check.program.no_mode", name=name))
        for key in params:
            if key in raw:
                num = check.number(raw[key], keys + (key,), f"'{name}' {key}", lo=0)
                if num is not None:
                    params[key] = float(num)
        if name == "seniority_gap" and params["min_years"] > params["max_years"]:
            check.error(keys, Said("check.program.seniority"))
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
        raw = check.mapping(raw, k, Said("check.what.veto"))
        check.unknown_keys(raw, VETO_KEYS, k, Said("check.what.veto"))
        ok = True
        people_of = {role: check.as_written(raw.get(role), k + (role,)) for role in ("mentor", "mentee")}
        for role in ("mentor", "mentee"):
            who = people_of[role]
            if not isinstance(who, str) or who not in people:
                check.error(k + (role,) if role in raw else k, Said("check.program.veto_unknown", role=Said(f"args.role.{role}"), who=who))
                ok = False
            elif people[who].role != role:
                check.error(k + (role,), Said("check.program.veto_role", who=who, is_role=Said(f"args.role.{people[who].role}"),
                                              role=Said(f"args.role.{role}")))
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
            check.error(keys + ("per_mentor", mid), Said("check.program.capacity_unknown", mid=mid))
        elif people[mid].role != "mentor":
            check.error(keys + ("per_mentor", mid), Said("check.program.capacity_mentee", mid=mid))
        num = check.number(cap, keys + ("per_mentor", mid), Said("check.what.capacity"), lo=0, hi=20, integer=True)
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
