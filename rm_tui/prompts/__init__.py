"""Plain-terminal flows (questionary): `rm-tui take`, `rm-tui new`, and prompts other commands reuse.

The only package that imports questionary; may import rm_tui.services and rm_tui.core. Reusable pieces:
- `Prompter(lang, input=None, output=None, stream=None)`: where keys come from and prompts go;
  `say(text)`, `select`, `checkbox`, `text`, `autocomplete`, `confirm`. Ctrl+C/Ctrl+D raise `Stopped`.
- `rm_tui.prompts.items`: `ask_scale`, `ask_choice`, `ask_multi`, `ask_rank`, `ask_text`,
  `ask_number`, `ask_date`, `ask_people` — each returns the answer, None (blank) or `BACK`.
- `rm_tui.prompts.questions.ask_item(p, intake, questionnaire, item)`: one questionnaire item.
"""

from rm_tui.prompts.markers import BACK, SKIP
from rm_tui.prompts.prompter import Prompter, Stopped

__all__ = ["BACK", "SKIP", "Prompter", "Stopped"]
