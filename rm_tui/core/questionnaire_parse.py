"""Build a `Questionnaire` from parsed YAML, reporting every problem with its position."""

from __future__ import annotations

from typing import Any

from rm_tui.core.errors import InputError
from rm_tui.core.participant import BACKGROUND_FIELDS, ROLES
from rm_tui.core.questionnaire import (
    ITEM_KINDS,
    PICK_FROM,
    Axis,
    Item,
    Option,
    Questionnaire,
    Scale,
    Subscale,
)
from rm_tui.core.questionnaire_matrix import parse_recommended
from rm_tui.core.source import Checker, KeyPath, SourceMap
from rm_tui.i18n import Said

TOP_KEYS = {"id", "version", "title", "intro", "applies_to", "scales", "items", "scoring",
            "recommended_intentions"}
COMMON_ITEM_KEYS = {"id", "kind", "text", "text_by_role", "help", "required", "roles", "group", "field", "ask_if_missing"}
KIND_KEYS: dict[str, set[str]] = {
    "scale": {"scale"},
    "single": {"options"},
    "multi": {"options", "max_picks", "min_picks", "ranked"},
    "text": {"max_length"},
    "number": {"min", "max", "integer"},
    "date": {"min", "max"},
    "roster": {"max_picks", "min_picks", "pick_from"},
}
SCALE_KEYS = {"points", "labels"}
OPTION_KEYS = {"id", "text", "roles"}
SCORING_KEYS = {"subscales", "axes"}
SUBSCALE_KEYS = {"items", "reverse", "min_answered"}
AXIS_KEYS = {"plus", "minus"}


def parse_questionnaire(data: Any, source: SourceMap) -> Questionnaire:
    check = Checker(source)
    if data is None:
        check.error((), Said("check.q.empty"))
        raise InputError(check.problems)
    doc = check.mapping(data, (), Said("check.what.a_questionnaire"))
    if not isinstance(data, dict):
        raise InputError(check.problems)
    check.unknown_keys(doc, TOP_KEYS, (), Said("check.what.a_questionnaire"))
    for key in ("id", "version", "title", "applies_to", "items"):
        check.required(doc, key, (), Said("check.what.the_questionnaire"))
    qid = check.ident(doc.get("id"), ("id",), "'id'") if "id" in doc else None
    version = check.number(doc.get("version"), ("version",), "'version'", lo=1, integer=True) if "version" in doc else None
    title = check.bilingual(doc.get("title"), ("title",), "'title'") if "title" in doc else {}
    intro = check.bilingual(doc["intro"], ("intro",), "'intro'") if doc.get("intro") is not None else None
    applies_to = _roles(check, doc.get("applies_to"), ("applies_to",), "'applies_to'") if "applies_to" in doc else ()

    scales: dict[str, Scale] = {}
    for name, spec in check.mapping(doc.get("scales") or {}, ("scales",), "'scales'").items():
        scale = _scale(check, name, spec, ("scales", name))
        if scale:
            scales[name] = scale

    items: list[Item] = []
    seen: set[str] = set()
    for index, raw in enumerate(check.sequence(doc.get("items") or [], ("items",), "'items'")):
        item = _item(check, raw, ("items", index), scales)
        if item is None:
            continue
        if item.id in seen:
            check.error(("items", index, "id"), Said("check.q.duplicate_item", item=item.id))
        seen.add(item.id)
        items.append(item)
    if "items" in doc and not items and not check.problems:
        check.error(("items",), Said("check.q.no_items"))

    subscales, axes = _scoring(check, doc.get("scoring"), {i.id: i for i in items})
    rec_item, rec_matrix = parse_recommended(check, doc.get("recommended_intentions"), {i.id: i for i in items})
    if check.problems:
        raise InputError(check.problems)
    return Questionnaire(
        id=qid or "", version=int(version or 1), title=title, applies_to=applies_to, items=tuple(items),
        intro=intro, subscales=subscales, axes=axes, path=source.path,
        recommended_item=rec_item, recommended_matrix=rec_matrix,
    )


def _of(what: str, key: str) -> Said:
    """`item 'q1' 'text'`: a key of a place, said in the reader's language."""
    return Said("check.what.key_in", what=what, key=key)


def _roles(check: Checker, value: Any, keys: KeyPath, what: str) -> tuple[str, ...]:
    roles = []
    for i, role in enumerate(check.sequence(value, keys, what)):
        if check.choice(role, ROLES, keys + (i,), Said("check.what.entry_of", what=what)):
            roles.append(role)
    return tuple(roles)


def _scale(check: Checker, name: str, spec: Any, keys: KeyPath) -> Scale | None:
    scale = Said("check.what.scale", name=name)
    spec = check.mapping(spec, keys, scale)
    check.unknown_keys(spec, SCALE_KEYS, keys, scale)
    if not check.required(spec, "points", keys, scale):
        return None
    points = check.number(spec["points"], keys + ("points",), "'points'", lo=2, hi=11, integer=True)
    if points is None:
        return None
    labels: dict[str, tuple[str, ...]] = {}
    raw = check.mapping(spec.get("labels") or {}, keys + ("labels",), "'labels'")
    if "labels" in spec:
        for lang in ("fr", "en"):
            values = raw.get(lang)
            if not isinstance(values, list) or len(values) != points or not all(isinstance(v, str) for v in values):
                check.error(keys + ("labels", lang) if lang in raw else keys + ("labels",),
                            Said("check.q.labels", name=name, points=points, lang=lang))
            else:
                labels[lang] = tuple(values)
    return Scale(name, int(points), labels)


def _item(check: Checker, raw: Any, keys: KeyPath, scales: dict[str, Scale]) -> Item | None:
    raw = check.mapping(raw, keys, Said("check.what.an_item"))
    if not raw:
        return None
    the_item = Said("check.what.the_item")
    ok = check.required(raw, "id", keys, the_item) & check.required(raw, "kind", keys, the_item)
    check.required(raw, "text", keys, the_item)
    if not ok:
        return None
    item_id = check.ident(raw["id"], keys + ("id",), Said("check.what.item_id"))
    kind = check.choice(raw["kind"], ITEM_KINDS, keys + ("kind",), _of(Said("check.what.item", item=raw["id"]), "kind"))
    if item_id is None or kind is None:
        return None
    what = Said("check.what.item", item=item_id)
    check.unknown_keys(raw, COMMON_ITEM_KEYS | KIND_KEYS[kind], keys, Said("check.what.item_kind", what=what, kind=kind))
    text = check.bilingual(raw.get("text"), keys + ("text",), _of(what, "text"))
    by_role: dict[str, dict[str, str]] = {}
    for role, value in check.mapping(raw.get("text_by_role") or {}, keys + ("text_by_role",), "'text_by_role'").items():
        if check.choice(role, ROLES, keys + ("text_by_role", role), "'text_by_role' key"):
            by_role[role] = check.bilingual(value, keys + ("text_by_role", role), Said("check.what.text_for", what=what, role=Said(f"args.role.{role}")))
    help_text = check.bilingual(raw["help"], keys + ("help",), _of(what, "help")) if raw.get("help") is not None else None
    default_required = kind not in ("text", "roster")
    required = raw.get("required", default_required)
    if check.boolean(required, keys + ("required",), _of(what, "required")) is None:
        required = default_required
    roles = _roles(check, raw["roles"], keys + ("roles",), _of(what, "roles")) if "roles" in raw else ()
    field = raw.get("field")
    if field is not None:
        field = check.choice(field, BACKGROUND_FIELDS, keys + ("field",), _of(what, "field"))
    ask_if_missing = bool(check.boolean(raw.get("ask_if_missing", False), keys + ("ask_if_missing",), _of(what, "ask_if_missing")))
    if ask_if_missing and not field:
        check.error(keys + ("ask_if_missing",), Said("check.q.ask_if_missing", what=what))
    extra: dict[str, Any] = {}
    if kind == "scale":
        name = raw.get("scale")
        if not isinstance(name, str) or name not in scales:
            check.error(keys + ("scale",) if "scale" in raw else keys,
                        Said("check.q.needs_scale", what=what, scales=", ".join(scales) or Said("check.q.none_defined")))
        else:
            extra["scale"] = scales[name]
    if kind in ("single", "multi"):
        extra["options"] = _options(check, raw.get("options"), keys + ("options",), what)
    if kind in ("multi", "roster"):
        default_max = 3 if kind == "roster" else None
        max_picks = raw.get("max_picks", default_max)
        if max_picks is not None:
            max_picks = check.number(max_picks, keys + ("max_picks",), _of(what, "max_picks"), lo=1, integer=True)
        extra["max_picks"] = max_picks
        min_picks = raw.get("min_picks", 1 if required else 0)
        extra["min_picks"] = int(check.number(min_picks, keys + ("min_picks",), _of(what, "min_picks"), lo=0, integer=True) or 0)
        if max_picks is not None and extra["min_picks"] > max_picks:
            check.error(keys + ("min_picks",), Said("check.q.min_picks", what=what))
    if kind == "multi":
        extra["ranked"] = bool(check.boolean(raw.get("ranked", False), keys + ("ranked",), _of(what, "ranked")))
    if kind == "roster":
        extra["pick_from"] = check.choice(raw.get("pick_from", "any"), PICK_FROM, keys + ("pick_from",), _of(what, "pick_from")) or "any"
    if kind == "text":
        extra["max_length"] = int(check.number(raw.get("max_length", 500), keys + ("max_length",), _of(what, "max_length"), lo=1, integer=True) or 500)
    if kind == "number":
        integer = raw.get("integer", True)
        extra["integer"] = bool(check.boolean(integer, keys + ("integer",), _of(what, "integer")))
        for key in ("min", "max"):
            if key in raw:
                extra[key] = check.number(raw[key], keys + (key,), _of(what, key))
        if extra.get("min") is not None and extra.get("max") is not None and extra["min"] > extra["max"]:
            check.error(keys + ("min",), Said("check.q.min_max", what=what))
    if kind == "date":
        for key in ("min", "max"):
            if key in raw:
                extra[f"{key}_date"] = _iso_date(check, raw[key], keys + (key,), _of(what, key))
    return Item(
        id=item_id, kind=kind, text=text, required=bool(required), text_by_role=by_role, help=help_text,
        roles=roles, group=str(raw["group"]) if raw.get("group") is not None else None, field=field,
        ask_if_missing=ask_if_missing, **extra,
    )


def _iso_date(check: Checker, value: Any, keys: KeyPath, what: str) -> str | None:
    import datetime as dt

    try:
        return dt.date.fromisoformat(str(value)).isoformat()
    except ValueError:
        check.error(keys, Said("check.q.date", what=what, got=repr(value)))
        return None


def _options(check: Checker, value: Any, keys: KeyPath, what: str) -> tuple[Option, ...]:
    options: list[Option] = []
    seen: set[str] = set()
    raw_list = check.sequence(value, keys, _of(what, "options")) if value is not None else []
    if value is None:
        check.error(keys[:-1], Said("check.q.needs_options", what=what))
    for i, raw in enumerate(raw_list):
        raw = check.mapping(raw, keys + (i,), Said("check.what.an_option"))
        if not raw:
            continue
        check.unknown_keys(raw, OPTION_KEYS, keys + (i,), Said("check.what.an_option"))
        if not check.required(raw, "id", keys + (i,), Said("check.what.the_option")):
            continue
        oid = check.ident(raw["id"], keys + (i, "id"), Said("check.what.option_key", key="id"))
        text = check.bilingual(raw.get("text"), keys + (i, "text"), _of(Said("check.what.option", option=raw["id"]), "text"))
        roles = _roles(check, raw["roles"], keys + (i, "roles"), Said("check.what.option_key", key="roles")) if "roles" in raw else ()
        if oid is None:
            continue
        if oid in seen:
            check.error(keys + (i, "id"), Said("check.q.duplicate_option", option=oid))
        seen.add(oid)
        options.append(Option(oid, text, roles))
    if value is not None and not options and not check.problems:
        check.error(keys, Said("check.q.one_option", what=what))
    return tuple(options)


def _scoring(check: Checker, value: Any, items: dict[str, Item]) -> tuple[tuple[Subscale, ...], tuple[Axis, ...]]:
    if value is None:
        return (), ()
    keys: KeyPath = ("scoring",)
    spec = check.mapping(value, keys, "'scoring'")
    check.unknown_keys(spec, SCORING_KEYS, keys, "'scoring'")
    subscales: list[Subscale] = []
    for name, raw in check.mapping(spec.get("subscales") or {}, keys + ("subscales",), "'subscales'").items():
        k = keys + ("subscales", name)
        subscale = Said("check.what.subscale", name=name)
        raw = check.mapping(raw, k, subscale)
        check.unknown_keys(raw, SUBSCALE_KEYS, k, subscale)
        names = [str(x) for x in check.sequence(raw.get("items", []), k + ("items",), _of(subscale, "items"))]
        if not names:
            check.error(k, Said("check.q.subscale_items", name=name))
        for i, item_id in enumerate(names):
            if item_id not in items:
                check.error(k + ("items", i), Said("check.q.subscale_unknown", name=name, item=item_id))
            elif items[item_id].kind != "scale":
                check.error(k + ("items", i), Said("check.q.subscale_kind", name=name, item=item_id))
        reverse = [str(x) for x in check.sequence(raw.get("reverse", []), k + ("reverse",), "'reverse'")]
        for i, item_id in enumerate(reverse):
            if item_id not in names:
                check.error(k + ("reverse", i), Said("check.q.subscale_reverse", name=name, item=item_id))
        min_answered = int(check.number(raw.get("min_answered", 1), k + ("min_answered",), "'min_answered'", lo=1, integer=True) or 1)
        if names and min_answered > len(names):
            check.error(k + ("min_answered",), Said("check.q.min_answered", name=name, n=min_answered, count=len(names)))
        subscales.append(Subscale(str(name), tuple(names), tuple(reverse), min_answered))
    known = {s.name for s in subscales}
    axes: list[Axis] = []
    for name, raw in check.mapping(spec.get("axes") or {}, keys + ("axes",), "'axes'").items():
        k = keys + ("axes", name)
        raw = check.mapping(raw, k, Said("check.what.axis", name=name))
        check.unknown_keys(raw, AXIS_KEYS, k, Said("check.what.axis", name=name))
        for side in ("plus", "minus"):
            if not isinstance(raw.get(side), str) or raw[side] not in known:
                check.error(k + (side,) if side in raw else k,
                            Said("check.q.axis_side", name=name, side=side, known=", ".join(sorted(known)) or Said("check.none")))
        axes.append(Axis(str(name), str(raw.get("plus")), str(raw.get("minus"))))
    return tuple(subscales), tuple(axes)
