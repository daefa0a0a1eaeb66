"""Help: every key of every console screen, generated from the screens' own BINDINGS."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Label, Static

from rm_tui.i18n import t
from rm_tui.tui.console.dashboard import DashboardScreen
from rm_tui.tui.console.followup.analytics import AnalyticsScreen
from rm_tui.tui.console.followup.screen import FollowupScreen
from rm_tui.tui.console.pair_detail import PairDetailScreen
from rm_tui.tui.console.pairing import PairingScreen
from rm_tui.tui.console.participants import ParticipantsScreen
from rm_tui.tui.console.person import PersonScreen
from rm_tui.tui.console.weights import WeightsScreen
from rm_tui.tui.speak import program_lang, speak, worded

Sections = list[tuple[str, list[BindingType]]]


def console_sections(everywhere: list[BindingType]) -> Sections:
    """Every console screen's keys, after the app's own (`everywhere`); titles are catalogue keys."""
    return [
        ("console.help.everywhere", everywhere),
        ("console.help.dashboard", DashboardScreen.BINDINGS),
        ("console.help.participants", ParticipantsScreen.BINDINGS),
        ("console.help.person", PersonScreen.BINDINGS),
        ("console.help.pairing", PairingScreen.BINDINGS),
        ("console.help.pair_detail", PairDetailScreen.BINDINGS),
        ("console.help.weights", WeightsScreen.BINDINGS),
        ("console.help.followup", FollowupScreen.BINDINGS),
        ("console.help.analytics", AnalyticsScreen.BINDINGS),
    ]


def help_text(sections: Sections, lang: str = "en") -> str:
    lines = []
    for title, bindings in sections:
        lines.append(f"[b]{t(title, lang)}[/b]")
        for binding in bindings:
            if not isinstance(binding, Binding) or not binding.description:
                continue
            b = worded(binding, lang)  # binding texts are catalogue keys
            keys = b.key.replace("question_mark", "?").replace("slash", "/")
            extra = f" — {b.tooltip}" if b.tooltip else ""
            lines.append(f"  {keys:<18} {b.description}{extra}")
        lines.append("")
    lines.append(t("console.help.palette", lang))
    return "\n".join(lines)


class HelpScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,q,f1,question_mark", "app.pop_screen", "console.bind.close")]

    def __init__(self, sections: Sections) -> None:
        super().__init__()
        self.sections = sections

    def compose(self) -> ComposeResult:
        lang = program_lang(self.app)
        speak(self, lang)
        with VerticalScroll(id="help-box"):
            yield Label(t("console.help.title", lang), classes="dialog-title")
            yield Static(help_text(self.sections, lang), id="help-text")
