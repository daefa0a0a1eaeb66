"""The HTML serve answers with: the terminal page, and the two small pages a browser may get
instead (wrong link, room full). Bilingual, self-contained: nothing is fetched from outside."""

from __future__ import annotations

import html

STYLE = """
body { background: #0c181f; color: #eef; font: 18px/1.5 system-ui, sans-serif; margin: 0; }
main { max-width: 30em; margin: 15vh auto; padding: 0 1.2em; }
h1 { font-size: 1.4em; } p { margin: .6em 0; } .en { color: #aab; }
"""


def _page(title: str, body: str, extra_head: str = "") -> str:
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'>"
            f"<meta name='viewport' content='width=device-width, initial-scale=1'>"
            f"{extra_head}<title>{html.escape(title)}</title><style>{STYLE}</style></head>"
            f"<body><main>{body}</main></body></html>")


FORBIDDEN = _page("rm-tui", (
    "<h1>Lien non valide</h1><p>Ce lien n'est pas (ou plus) valide. Demandez le lien du jour "
    "à l'animateur, ou scannez le code affiché.</p>"
    "<p class='en'>This link is not valid (any more). Ask the facilitator for today's link, "
    "or scan the code on the screen.</p>"))


def room_full(live: int) -> str:
    return _page("rm-tui", (
        f"<h1>La salle est pleine</h1><p>{live} personnes répondent en ce moment. Réessayez "
        "dans une minute : cette page se recharge toute seule.</p>"
        f"<p class='en'><b>The room is full.</b> {live} people are answering right now. Please "
        "retry in a minute: this page reloads by itself.</p>"),
        "<meta http-equiv='refresh' content='60'>")


def terminal_page(title: str, static_url: str, ws_path: str, font_size: int) -> str:
    """textual-serve's page, trimmed: no web fonts from the internet, a viewport for phones,
    and the websocket address built from the address the browser used (works behind any
    host name or IP). `static_url` and `ws_path` carry the token."""
    t = html.escape(title)
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=no">
<title>{t}</title>
<link rel="stylesheet" href="{static_url}css/xterm.css">
<script src="{static_url}js/textual.js"></script>
<style>
html, body {{ margin: 0; height: 100%; background: #0c181f; overflow: hidden; }}
#terminal {{ position: absolute; inset: 0; }}
.closed {{ display: none; position: absolute; inset: 0; z-index: 10; background: #0c181f;
  color: #eef; font: 18px/1.5 system-ui, sans-serif; text-align: center; padding: 20vh 1.2em 0; }}
body.-closed .closed {{ display: block; }}
.loading {{ position: absolute; inset: 0; color: #aab; font: 18px/1.5 system-ui, sans-serif;
  text-align: center; padding-top: 30vh; }}
body.-first-byte .loading, body.-closed .loading {{ display: none; }}
.closed button {{ font-size: 1.1em; padding: .8em 2em; margin-top: 1em; border: 0;
  background: #5e0ba7; color: #fff; border-radius: 6px; }}
</style></head>
<body>
<div class="closed"><p>Session terminée (ou salle pleine) — vos réponses déjà données sont
enregistrées.<br><span style="color:#aab">Session ended (or the room is full) — the answers you
gave are saved.</span></p>
<button type="button" onclick="location.reload()">Reprendre · Continue</button></div>
<div class="loading">Chargement… · Loading…</div>
<div id="terminal" class="textual-terminal" data-font-size="{font_size}"></div>
<script>
document.getElementById("terminal").dataset.sessionWebsocketUrl =
  (location.protocol === "https:" ? "wss://" : "ws://") + location.host + "{ws_path}";
</script>
</body></html>"""
