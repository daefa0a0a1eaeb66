"""The headless smoke script .ci/run runs against the installed wheel must also run against the
checkout, so a rename in the apps fails here, in the suite, and not only at the end of CI."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_ci_smoke_script_starts_the_console_and_the_kiosk(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, str(ROOT / ".ci" / "smoke_tui.py")], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=300, stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stderr
    assert "console started: DashboardScreen" in done.stdout
    assert "kiosk started: WelcomeScreen" in done.stdout
