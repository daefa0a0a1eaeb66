"""The pairing screen's keys (most used first: the Footer shows as many as fit); their texts are
catalogue keys (`rm_tui/i18n/console.py`), worded by the screen in the program's language."""

from __future__ import annotations

from textual.binding import Binding, BindingType

from rm_tui.i18n import CATALOG, t


def action_words(action: str, lang: str) -> str:
    """An action's code ("run the matching", "lock", ...) in words."""
    key = f"console.pairing.action.{action.replace(' ', '_')}"
    return t(key, lang) if key in CATALOG else action


PAIRING_BINDINGS: list[BindingType] = [
    Binding("r", "run", "console.pairing.bind.run", tooltip="console.pairing.bind.run_tip"),
    Binding("enter", "detail", "console.pairing.bind.detail", tooltip="console.pairing.bind.detail_tip"),
    Binding("l", "lock", "console.pairing.bind.lock", tooltip="console.pairing.bind.lock_tip"),
    Binding("x", "forbid", "console.pairing.bind.forbid", tooltip="console.pairing.bind.forbid_tip"),
    Binding("s", "swap", "console.pairing.bind.swap", tooltip="console.pairing.bind.swap_tip"),
    Binding("u", "unpair", "console.pairing.bind.unpair", tooltip="console.pairing.bind.unpair_tip"),
    Binding("a", "assign", "console.pairing.bind.assign", tooltip="console.pairing.bind.assign_tip"),
    Binding("R", "reoptimise", "console.pairing.bind.reoptimise", tooltip="console.pairing.bind.reoptimise_tip"),
    Binding("ctrl+z", "undo", "console.pairing.bind.undo", tooltip="console.pairing.bind.undo_tip"),
    Binding("ctrl+y", "redo", "console.pairing.bind.redo", tooltip="console.pairing.bind.redo_tip"),
    Binding("c", "confirm", "console.pairing.bind.confirm", tooltip="console.pairing.bind.confirm_tip"),
    Binding("e", "export", "console.pairing.bind.export", tooltip="console.pairing.bind.export_tip"),
    Binding("o", "objective", "console.pairing.bind.objective", tooltip="console.pairing.bind.objective_tip"),
    Binding("w", "weights", "console.pairing.bind.weights", tooltip="console.pairing.bind.weights_tip"),
    Binding("h", "cohort", "console.pairing.bind.cohort", tooltip="console.pairing.bind.cohort_tip"),
    Binding("v", "load_confirmed", "console.pairing.bind.load_confirmed", tooltip="console.pairing.bind.load_confirmed_tip"),
    Binding("g", "decisions", "console.pairing.bind.decisions", tooltip="console.pairing.bind.decisions_tip"),
    Binding("i", "unfinished", "console.pairing.bind.unfinished", tooltip="console.pairing.bind.unfinished_tip"),
    Binding("escape", "cancel_swap", "console.pairing.bind.cancel_swap", show=False),
]
