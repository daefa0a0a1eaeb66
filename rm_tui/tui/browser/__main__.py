"""`python -m rm_tui.tui.browser PROGRAM DB [--person ID] [--lang fr|en]`: run by `rm-tui serve`
for each browser session (under textual-serve's web driver)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="rm_tui.tui.browser")
    parser.add_argument("program", type=Path)
    parser.add_argument("db", type=Path)
    parser.add_argument("--person", default=None)
    parser.add_argument("--lang", choices=("fr", "en"), default=None)
    args = parser.parse_args(argv)

    from rm_tui.core.errors import RmTuiError
    from rm_tui.i18n import t
    from rm_tui.services.loaders import load_program
    from rm_tui.tui.browser.app import BrowserApp

    try:
        program = load_program(args.program)
        app = BrowserApp(program, args.db, person_id=args.person, lang=args.lang)
    except RmTuiError as exc:
        sys.stderr.write(t("serve.session_failed", args.lang or "en", error=exc))
        return 1
    app.run()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
