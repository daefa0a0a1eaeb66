"""Plain mode: every list printed as numbered lines, every answer typed on one line.

Nothing is redrawn, so a screen reader reads each question once, in order, and a dumb terminal
(or a very small one) shows everything. `Prompter(plain=True)` routes its lists here; the
`ask_*` helpers do not change.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from questionary import Choice

from rm_tui.i18n import t
from rm_tui.prompts.markers import BACK

if TYPE_CHECKING:
    from rm_tui.prompts.prompter import Prompter, Validate

YES = {"y", "yes", "o", "oui"}
NO = {"n", "no", "non"}


def keyed(choices: Sequence[Choice]) -> list[tuple[str | None, Choice]]:
    """(key, choice): explicit shortcut keys kept, the others numbered 1, 2, 3..."""
    out: list[tuple[str | None, Choice]] = []
    n = 0
    for choice in choices:
        if choice.disabled:
            out.append((None, choice))
        elif not choice.auto_shortcut and choice.shortcut_key:
            out.append((str(choice.shortcut_key), choice))
        else:
            n += 1
            out.append((str(n), choice))
    return out


def _show(p: Prompter, message: str, rows: list[tuple[str | None, Choice]], ticked: set[Any] | None) -> None:
    p.say(message)
    for key, choice in rows:
        mark = "" if ticked is None else ("[x] " if choice.value in ticked else "[ ] ")
        if key is None:
            p.say(f"   -  {choice.title} ({choice.disabled})")
        else:
            p.say(f"  {key:>2}) {mark}{choice.title}")


def select(p: Prompter, message: str, choices: Sequence[Choice], default: Any) -> Any:
    rows = keyed(choices)
    by_key = {key.casefold(): c.value for key, c in rows if key is not None}
    default_key = next((key for key, c in rows if key is not None and c.value == default), None)
    _show(p, message, rows, None)

    def validate(text: str) -> bool | str:
        text = text.strip().casefold()
        if text in by_key or (not text and default_key is not None):
            return True
        return t("take.plain_which", p.lang, keys=", ".join(k for k, _c in rows if k is not None))

    hint = f"({t('take.plain_pick', p.lang)}{t('take.plain_default', p.lang, choice=default_key) if default_key else ''})"
    text = p.text("›", validate=validate, instruction=hint).strip().casefold()
    return by_key[text or (default_key or "").casefold()]  # empty only with a default


def checkbox(p: Prompter, message: str, choices: Sequence[Choice], validate: Validate,
             back_key: str | None) -> list[Any]:
    rows = [(key, c) for key, c in keyed([c for c in choices if c.value is not BACK])]
    by_key = {key: c.value for key, c in rows if key is not None}
    ticked = [c.value for c in choices if c.checked and c.value is not BACK]
    _show(p, message, rows, set(ticked))
    if back_key is not None:
        p.say(f"  {back_key:>2}) {t('take.back', p.lang)}")

    def parse(text: str) -> list[Any] | None:
        keys = text.replace(",", " ").split()
        if not keys:
            return ticked
        if not all(k in by_key for k in keys):
            return None
        return list(dict.fromkeys(by_key[k] for k in keys))

    def check(text: str) -> bool | str:
        if back_key is not None and text.strip().casefold() == back_key:
            return True
        values = parse(text)
        if values is None:
            return t("take.plain_which", p.lang, keys=", ".join(by_key))
        return validate(values)

    current = " ".join(k for k, c in rows if k is not None and c.value in ticked) or "-"
    text = p.text("›", validate=check, instruction=t("take.plain_ticks", p.lang, current=current))
    if back_key is not None and text.strip().casefold() == back_key:
        return [BACK]
    return parse(text) or []


def confirm(p: Prompter, message: str, default: bool) -> bool:
    def validate(text: str) -> bool | str:
        return True if text.strip().casefold() in YES | NO | {""} else t("take.plain_yes_no", p.lang)

    text = p.text(message, validate=validate,
                  instruction=t("common.yes_no_hint_yes" if default else "common.yes_no_hint_no", p.lang))
    answer = text.strip().casefold()
    return default if not answer else answer in YES
