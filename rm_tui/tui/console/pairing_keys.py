"""The pairing screen's keys (most used first: the Footer shows as many as fit)."""

from __future__ import annotations

from textual.binding import Binding, BindingType

PAIRING_BINDINGS: list[BindingType] = [
    Binding("r", "run", "Run", tooltip="Run the matching: score everyone and solve (keeps locks and forbids)"),
    Binding("enter", "detail", "Detail", tooltip="Breakdown and alternatives of the selected pair"),
    Binding("l", "lock", "Lock", tooltip="Lock or unlock: keep this pair whatever re-optimising does"),
    Binding("x", "forbid", "Forbid", tooltip="Never pair these two (asks for a reason)"),
    Binding("s", "swap", "Swap", tooltip="Mark a pair, then s on another: exchange their mentees"),
    Binding("u", "unpair", "Unpair", tooltip="Split the selected pair"),
    Binding("a", "assign", "Assign", tooltip="Pair the selected person by hand, from a list sorted by score"),
    Binding("R", "reoptimise", "Re-optimise", tooltip="Re-solve everything that is not locked"),
    Binding("ctrl+z", "undo", "Undo", tooltip="Back to the plan before the last change"),
    Binding("ctrl+y", "redo", "Redo", tooltip="Redo the change just undone"),
    Binding("c", "confirm", "Confirm", tooltip="Review and confirm this pairing as a new version"),
    Binding("e", "export", "Export", tooltip="Write the confirmed pairs as YAML"),
    Binding("o", "objective", "Total/fair", tooltip="Switch objective: best total or best worst pair"),
    Binding("w", "weights", "Weights", tooltip="Change criterion weights, preview the effect first"),
    Binding("h", "cohort", "Cohort map", tooltip="Score heatmap and distribution of the cohort"),
    Binding("v", "load_confirmed", "Load confirmed",
            tooltip="Bring back the latest confirmed version to review or adjust it"),
    Binding("g", "decisions", "Decisions", tooltip="Locks, forbids, splits, exclusions and "
            "the decision log; lift a forbid or a lock there"),
    Binding("i", "unfinished", "Unfinished in/out", tooltip="Include or leave out people who "
            "have not finished their questionnaires (left out by default), then re-run"),
    Binding("escape", "cancel_swap", "Cancel swap", show=False),
]
