"""Every catalogue key the code names exists: read from the source with `ast`, so a misspelt
or forgotten key fails here, not in front of a participant."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

from rm_tui.core.coded_problem import CODES
from rm_tui.i18n import CATALOG

ROOT = Path(__file__).resolve().parents[2] / "rm_tui"
TRANSLATORS = {"t", "tr", "_known", "tn", "coded", "Said"}  # rm_tui.i18n.t, screens' `self.tr(key)`, thanks' `_known(key, ...)`,
# coded errors (`OperationError.coded(key, ...)`) and the core's sentences as codes (`Said(key, ...)`)
AREAS = tuple(sorted({key.split(".")[0] + "." for key in CATALOG}))
NOT_KEYS = (".tcss", ".py", ".yaml", ".yml", ".csv", ".json", ".db", ".md", ".txt", ".svg")


def _name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _keys(node: ast.expr) -> Iterator[tuple[str, bool]]:
    """(key, exact) for each key an argument can be: a literal, either branch of `a if c else b`,
    or the fixed start of an f-string (exact=False: some key must start with it)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node.value, True
    elif isinstance(node, ast.IfExp):
        yield from _keys(node.body)
        yield from _keys(node.orelse)
    elif isinstance(node, ast.JoinedStr) and node.values:
        first = node.values[0]
        if isinstance(first, ast.Constant) and isinstance(first.value, str):
            yield first.value, False


def _used() -> Iterator[tuple[str, int, str, bool]]:
    for path in sorted(ROOT.rglob("*.py")):
        if "i18n" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _name(node.func) in TRANSLATORS and node.args:
                for key, exact in _keys(node.args[0]):
                    where = str(path.relative_to(ROOT.parent)), node.lineno
                    counted = _name(node.func) == "tn" or (_name(node.func) == "Said" and len(node.args) > 1)
                    if counted and exact:  # a count: both forms must exist
                        stem = key if key.endswith(".") else f"{key}."
                        yield (*where, f"{stem}one", True)
                        yield (*where, f"{stem}other", True)
                    else:
                        yield (*where, key, exact)


def test_every_key_named_in_the_code_exists() -> None:
    used = list(_used())
    assert len(used) > 140  # the scan does see the call sites
    missing = [f"{path}:{line}: {key!r}" for path, line, key, exact in used
               if (key not in CATALOG if exact else not any(k.startswith(key) for k in CATALOG))]
    assert not missing, "keys not in the catalogue:\n" + "\n".join(missing)


def test_dynamic_keys_name_their_area() -> None:
    """An f-string key starts with its area ("kiosk.role_{r}"), so the scan above can check it."""
    loose = [f"{path}:{line}: {key!r}" for path, line, key, exact in _used()
             if not exact and "." not in key]
    assert not loose, "\n".join(loose)


def test_key_literals_held_in_variables_exist() -> None:
    """Keys chosen before the call (`label = "kiosk.next" if ... else "kiosk.to_review"`)."""
    missing = []
    for path in sorted(ROOT.rglob("*.py")):
        if "i18n" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        parts = {id(v) for n in ast.walk(tree) if isinstance(n, ast.JoinedStr) for v in n.values}
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Constant) and isinstance(node.value, str)) or id(node) in parts:
                continue
            text = node.value
            if (text.startswith(AREAS) and " " not in text and not text.endswith(NOT_KEYS)
                    and not text.endswith(".") and text not in CATALOG and f"{text}.one" not in CATALOG):
                missing.append(f"{path.relative_to(ROOT.parent)}:{node.lineno}: {text!r}")
    assert not missing, "\n".join(missing)


def test_every_problem_code_has_both_wordings() -> None:
    for code in CODES:
        assert f"problem.{code}" in CATALOG, code  # files and the CLI
        assert f"answer.{code}" in CATALOG or f"answer.{code}.one" in CATALOG, code  # the person answering


def test_problem_codes_used_in_the_code_are_known() -> None:
    unknown = []
    for path in sorted(ROOT.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and _name(node.func) == "problem" and node.args
                    and isinstance(node.args[0], ast.Constant) and node.args[0].value not in CODES):
                unknown.append(f"{path.relative_to(ROOT.parent)}:{node.lineno}: {node.args[0].value!r}")
    assert not unknown, "\n".join(unknown)


def test_the_language_argument_is_never_a_key() -> None:
    """`t(key, lang)`: a key slipped into the language's place would silently read English."""
    wrong = []
    for path in sorted(ROOT.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and _name(node.func) == "t" and len(node.args) >= 2:  # tn: a count
                literals = [key for key, _exact in _keys(node.args[1])]
                if any(text not in ("fr", "en") for text in literals):
                    wrong.append(f"{path.relative_to(ROOT.parent)}:{node.lineno}")
    assert not wrong, "\n".join(wrong)


PARTICIPANT_AREAS = ("kiosk", "take", "common", "answer", "problem", "wizard", "serve", "checkin",
                     "introduce")


def test_no_participant_key_is_left_unused() -> None:
    """A key nobody names is a text that drifted away from its screen (or a screen lost)."""
    exact, prefixes = set(), set()
    for _path, _line, key, is_exact in _used():
        (exact if is_exact else prefixes).add(key)
    for path in sorted(ROOT.rglob("*.py")):  # keys chosen before the call, held in variables
        if "i18n" not in path.parts:
            tree = ast.parse(path.read_text(encoding="utf-8"))
            exact |= {n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)}
            prefixes |= {n.values[0].value for n in ast.walk(tree) if isinstance(n, ast.JoinedStr) and n.values
                         and isinstance(n.values[0], ast.Constant) and str(n.values[0].value).startswith(AREAS)}
    unused = [key for key in CATALOG if key.split(".")[0] in PARTICIPANT_AREAS
              and key not in exact and key.rsplit(".", 1)[0] not in exact
              and not key.startswith(tuple(prefixes))]
    assert not unused, unused
