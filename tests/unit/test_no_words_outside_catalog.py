"""No user-facing string is built outside the catalogue (`rm_tui/i18n`).

An ast scan of the interfaces: every string literal that reaches a user-facing sink (a widget's
text, `notify`, `print`, a Static's `update`, a table's columns or rows, a Select's prompt, an
Input's placeholder, a screen's title) must not contain words; words come from `t()`/`tn()`.
Binding descriptions and tooltips must be catalogue keys (worded per screen by `tui.speak`).
Literals reach a sink through string building (f-strings, `+`, `%`, `"sep".join`, conditional
expressions, tuples and lists); calls, subscripts and attributes are not followed (a key like
`checkins.get("mentor")` is data, not words).

View modules, which build text for several interfaces, are scanned strictly: every literal with
words, wherever it is (docstrings, catalogue keys and lowercase codes such as `low_twice` aside).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from rm_tui.i18n import CATALOG

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "rm_tui"

# Interfaces whose facilitator-facing words are all in the catalogue (the scan enforces it).
ENFORCED = [
    "rm_tui/services/followup_view.py",
    "rm_tui/services/analytics_view.py",
    "rm_tui/services/repair_view.py",
    "rm_tui/cli/cmd_followup.py",
    "rm_tui/tui/speak.py",
    "rm_tui/tui/console/followup/screen.py",
    "rm_tui/tui/console/followup/overview.py",
    "rm_tui/tui/console/followup/analytics.py",
    "rm_tui/tui/console/followup/repair_dialog.py",
    "rm_tui/tui/console/followup/health.py",
    "rm_tui/tui/console/app.py",
    "rm_tui/tui/console/dashboard.py",
    "rm_tui/tui/console/participants.py",
    "rm_tui/tui/console/person.py",
    "rm_tui/tui/console/weights.py",
    "rm_tui/tui/console/decisions_screen.py",
    "rm_tui/tui/console/dialogs.py",
    "rm_tui/tui/console/pairing.py",
    "rm_tui/tui/console/pairing_keys.py",
    "rm_tui/tui/console/pair_detail.py",
    "rm_tui/tui/console/words.py",
    "rm_tui/tui/console/cohort_map.py",
    "rm_tui/tui/console/browser_room.py",
]

# The words side's share (#14): the pairing flows, the engine's session, check-in and outcome
# forms, the CLI (kept apart from the list above so parallel additions merge cleanly).
ENFORCED_WORDS = [
    "rm_tui/tui/console/confirm.py",
    "rm_tui/tui/console/assign.py",
    "rm_tui/tui/console/unmatched.py",
    "rm_tui/tui/console/kiosk_launch.py",
    "rm_tui/tui/console/followup/checkin_form.py",
    "rm_tui/tui/console/followup/outcome_form.py",
    "rm_tui/prompts/checkin.py",
    "rm_tui/services/followup_words.py",
    "rm_tui/services/pairing_session.py",
    # every CLI command (kiosk_supervisor.py writes the kiosk's technical log: not scanned)
    *sorted(str(p.relative_to(ROOT)) for p in (PACKAGE / "cli").glob("*.py")
            if p.name != "kiosk_supervisor.py"),
]
ENFORCED += ENFORCED_WORDS

# The style side's share (#14): the kiosk, a browser session, `rm-tui serve`, the shared answer
# widgets, the console's help and widgets (kept apart so parallel additions merge cleanly).
ENFORCED_STYLE = [
    *sorted(str(p.relative_to(ROOT)) for folder in ("tui/kiosk", "tui/browser", "serve", "tui/widgets")
            for p in (PACKAGE / folder).rglob("*.py")),
    "rm_tui/tui/console/help.py",
    "rm_tui/tui/console/widgets.py",
]
ENFORCED += ENFORCED_STYLE

# View modules: text builders, scanned strictly (see `strict_violations`).
STRICT = [
    "rm_tui/services/followup_view.py",
    "rm_tui/services/analytics_view.py",
    "rm_tui/services/repair_view.py",
    "rm_tui/tui/console/render.py",
]

SINK_CALLS = {
    "Label", "Static", "Button", "Checkbox", "RadioButton", "Markdown", "Log", "Pretty",
    "notify", "print", "echo", "update", "add_columns", "add_column", "add_row", "write",
    "SystemCommand", "Option", "Selection", "warn", "AskText", "AskYesNo", "ChooseOne",
}
SINK_KEYWORDS = {"prompt", "placeholder", "label", "title", "sub_title", "border_title",
                 "border_subtitle", "tooltip", "help_text"}
NOT_TEXT_KEYWORDS = {"id", "classes", "name", "key", "group", "severity", "variant", "cursor_type",
                     "file", "sep", "end", "markup", "timeout", "disabled", "value", "expand"}
SINK_ATTRIBUTES = {"title", "sub_title", "TITLE", "SUB_TITLE", "border_title", "border_subtitle",
                   "tooltip"}
CATALOGUE_CALLS = {"t", "tn", "word", "_w"}

# Literals with letters that are not words: short and justified.
ALLOWED = {
    "rho",  # the statistic's symbol, the same in both languages
    "Scan to answer · Scannez pour répondre",  # the projected join code speaks to every participant
}
# The CLI's message tags, as fixed as `PATH:LINE:COL: error:` (scripts look for them): not words.
ALLOWED |= {"rm-tui", ": error:", ": warning:"}
_MARKUP = re.compile(r"\[/?[a-z #$-]*\]")  # Rich markup tags such as [b] or [/] or [bold green]
_WORDS = re.compile(r"[^\W\d_]{2,}")
_NOT_WORDS_IN_PROBLEMS = re.compile(r"^([a-z_]+|rm-tui( [a-z]+)?)$")
_OPTION = re.compile(r"^--[a-z][a-z-]*$")  # an option's name ("--limit"), the same in every language


def has_words(text: str) -> bool:
    bare = _MARKUP.sub("", text)
    return bool(_WORDS.search(bare)) and text.strip() not in ALLOWED and not _OPTION.match(text)


def _literals(node: ast.AST) -> Iterator[ast.Constant]:
    """String literals that flow into `node`'s value through string building only."""
    if isinstance(node, ast.Constant):
        if isinstance(node.value, str):
            yield node
    elif isinstance(node, ast.JoinedStr):
        for part in node.values:
            yield from _literals(part)
    elif isinstance(node, ast.FormattedValue):
        yield from _literals(node.value)
    elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod):
        yield from _literals(node.left)
        yield from _literals(node.right)
    elif isinstance(node, ast.IfExp):
        yield from _literals(node.body)
        yield from _literals(node.orelse)
    elif isinstance(node, ast.BoolOp):
        for value in node.values:
            yield from _literals(value)
    elif isinstance(node, ast.Tuple | ast.List | ast.Set):
        for element in node.elts:
            yield from _literals(element)
    elif isinstance(node, ast.Starred):
        yield from _literals(node.value)
    elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "join":
        yield from _literals(node.func.value)  # the separator
        for arg in node.args:
            yield from _literals(arg)
    elif isinstance(node, ast.GeneratorExp | ast.ListComp):
        yield from _literals(node.elt)


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def violations(source: str, filename: str = "<source>", sinks: frozenset[str] = frozenset()) -> list[str]:
    """`file:line: text` for each word-bearing literal reaching a sink (`SINK_CALLS` and `sinks`),
    or a Binding whose description or tooltip is not a catalogue key."""
    found: list[str] = []
    sink_calls = SINK_CALLS | sinks

    def flag(node: ast.AST, why: str) -> None:
        for literal in _literals(node):
            if sinks and _NOT_WORDS_IN_PROBLEMS.match(literal.value):
                continue  # a key path's code ('per_mentor') or a command named as a place ('rm-tui kiosk')
            if has_words(literal.value):
                found.append(f"{filename}:{literal.lineno}: {why}: {literal.value!r}")

    for node in ast.walk(ast.parse(source, filename)):
        if isinstance(node, ast.Call):
            name = _name(node.func)
            if name in CATALOGUE_CALLS:
                continue
            if name == "Binding":
                texts = [*node.args[2:3], *(k.value for k in node.keywords
                                            if k.arg in ("description", "tooltip"))]
                for text in texts:
                    if not (isinstance(text, ast.Constant) and (text.value in CATALOG or text.value == "")):
                        found.append(f"{filename}:{node.lineno}: Binding text is not a catalogue key: "
                                     f"{ast.unparse(text)}")
                continue
            if name in sink_calls:
                for arg in node.args:
                    flag(arg, name)
            for keyword in node.keywords:
                if keyword.arg in SINK_KEYWORDS or (name in sink_calls and keyword.arg is not None
                                                    and keyword.arg not in NOT_TEXT_KEYWORDS):
                    flag(keyword.value, f"{name}({keyword.arg}=)")
        elif isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Attribute | ast.Name) and (
                        getattr(target, "attr", None) in SINK_ATTRIBUTES
                        or getattr(target, "id", None) in SINK_ATTRIBUTES):
                    flag(node.value, "title")
    return found


_CODE = re.compile(r"^[a-z0-9_]+(\.[a-z0-9_]*)*$")  # "low_twice", "followup.reason." (key prefix)


def _docstrings(tree: ast.AST) -> set[int]:
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                ids.add(id(body[0].value))
    return ids


def strict_violations(source: str, filename: str = "<source>") -> list[str]:
    """Every literal with words outside catalogue calls, docstrings and comparisons."""
    tree = ast.parse(source, filename)
    skip = _docstrings(tree)
    for node in ast.walk(tree):
        worded = isinstance(node, ast.Call) and _name(node.func) in CATALOGUE_CALLS
        if worded or isinstance(node, ast.Compare | ast.Subscript):
            skip.update(id(n) for n in ast.walk(node))
    return [f"{filename}:{n.lineno}: {n.value!r}" for n in ast.walk(tree)
            if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in skip
            and not _CODE.match(n.value) and has_words(n.value)]


@pytest.mark.parametrize("path", STRICT)
def test_views_build_no_words_outside_the_catalogue(path: str) -> None:
    assert strict_violations((ROOT / path).read_text(encoding="utf-8"), path) == []


def test_the_strict_scan_catches_a_sentence_in_a_view() -> None:
    assert strict_violations('def f():\n    lines.append("Dry run: nothing stored.")\n') != []
    assert strict_violations('def f(p):\n    """Words."""\n    return t("a.b", "fr") if p == "x y" else "—"\n') == []


@pytest.mark.parametrize("path", ENFORCED)
def test_no_words_built_outside_the_catalogue(path: str) -> None:
    file = ROOT / path
    assert violations(file.read_text(encoding="utf-8"), path) == []


@pytest.mark.parametrize("code", [
    'Label("Pairs")',
    'self.notify(f"Saved {n} pairs.")',
    'print("No pairs" if not rows else "")',
    'table.add_columns(*("Date", "Mentor"))',
    'x.update(", ".join(parts) + " unchanged")',
    'Select(options, prompt="Choose a pair")',
    'BINDINGS = [Binding("r", "reload", "Reload")]',
    'self.title = "rm-tui console"',
])
def test_the_scan_catches_words_outside_the_catalogue(code: str) -> None:
    assert violations(code) != []


@pytest.mark.parametrize("code", [
    'Label(t("followup.pairs_title", lang), id="fu-pairs", classes="section-title")',
    'self.notify(t("followup.checkin_saved", lang, pair=label), severity="warning")',
    'print(f"{name} — {other}: {count}")',
    'table.add_row(names.get(p.mentor, "—"), str(p.checkins.get("mentor", 0)), key=f"{a}/{b}")',
    'BINDINGS = [Binding("r", "reload", "followup.bind.reload", tooltip="followup.bind.reload_tip")]',
    'x.update(f"[{style}]{words}[/]")',
])
def test_the_scan_lets_catalogue_words_and_data_through(code: str) -> None:
    assert violations(code) == []


# Every module of the interfaces and the application layer is scanned: a new file cannot escape.
NOT_SCANNED = {
    "rm_tui/cli/kiosk_supervisor.py",  # the kiosk's technical log, for the facilitator's support, not a screen
}
SCANNED_FOLDERS = ("cli", "tui", "prompts", "serve", "services")
ENFORCED_EVERYWHERE = sorted(
    str(p.relative_to(ROOT)) for folder in SCANNED_FOLDERS for p in (PACKAGE / folder).rglob("*.py")
    if str(p.relative_to(ROOT)) not in NOT_SCANNED and str(p.relative_to(ROOT)) not in ENFORCED
)


@pytest.mark.parametrize("path", ENFORCED_EVERYWHERE)
def test_every_other_interface_module_builds_no_words(path: str) -> None:
    assert violations((ROOT / path).read_text(encoding="utf-8"), path) == []


def test_the_exemptions_name_existing_modules() -> None:
    """An exemption for a file that was renamed or removed must go too."""
    for path in NOT_SCANNED:
        assert (ROOT / path).is_file(), path


# Problems (#14): where file, argument and database problems are codes (`Said`, `X.coded`), a
# sentence given to a problem or an error is a violation (`Checker.error`, `_fail` included).
PROBLEM_SINKS = frozenset({"Problem", "InputError", "OperationError", "StorageError", "FileAccessError",
                           "MissingDatabaseError", "TimeoutError", "_fail"})
PROBLEMS_CODED = sorted({
    *(str(p.relative_to(ROOT)) for folder in ("cli", "services", "storage") for p in (PACKAGE / folder).glob("*.py")
      if str(p.relative_to(ROOT)) not in NOT_SCANNED),
    *(f"rm_tui/{name}.py" for name in ("yaml_io", "templating", "bundled", "prompts/take", "prompts/wizard",
                                        "serve/run")),
})
# The core's parsers and checks: a problem they record (`check.error`, `CheckInError`) is a code too.
CORE_CODED = [f"rm_tui/core/{name}.py" for name in (
    "source", "program_parse", "program_intro", "program_advice", "questionnaire_parse", "questionnaire_matrix",
    "responses", "responses_csv", "roster_csv", "followup_parse", "input_file", "checkins", "repair")]


@pytest.mark.parametrize("path", PROBLEMS_CODED)
def test_problems_are_codes_not_sentences(path: str) -> None:
    assert violations((ROOT / path).read_text(encoding="utf-8"), path, PROBLEM_SINKS) == []


@pytest.mark.parametrize("path", CORE_CODED)
def test_the_cores_problems_are_codes_not_sentences(path: str) -> None:
    sinks = PROBLEM_SINKS | {"error", "CheckInError"}
    assert violations((ROOT / path).read_text(encoding="utf-8"), path, sinks) == []


@pytest.mark.parametrize("code", [
    'raise InputError(Problem("--limit", f"N must be >= 0, got {n}"))',
    'raise OperationError(f"no constraint {cid} in force")',
    'raise TimeoutError(f"{path} is locked")',
    'raise StorageError(f"{path}: corrupt database, not valid JSON{where}. " + todo)',
])
def test_the_problem_scan_catches_a_sentence(code: str) -> None:
    assert violations(code, sinks=PROBLEM_SINKS) != []


def test_the_problem_scan_lets_codes_through() -> None:
    assert violations('raise InputError(Problem("--limit", Said("args.at_least_zero", name="N", value=n)))\n'
                      'raise OperationError.coded("storage.no_constraint", cid=cid, path=p)', sinks=PROBLEM_SINKS) == []
