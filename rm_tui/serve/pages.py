"""The HTML serve answers with: the terminal page, and the two small pages a browser may get
instead (wrong link, room full). Bilingual, self-contained: nothing is fetched from outside."""

from __future__ import annotations

import html

from rm_tui.i18n import t

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


def _both(key: str, **params: object) -> tuple[str, str]:
    """(French, English), escaped for HTML."""
    return html.escape(t(key, "fr", **params)), html.escape(t(key, "en", **params))


def _notice(title: str, text: str, **params: object) -> str:
    (title_fr, title_en), (text_fr, text_en) = _both(title), _both(text, **params)
    return f"<h1>{title_fr}</h1><p>{text_fr}</p><p class='en'><b>{title_en}</b> {text_en}</p>"


FORBIDDEN = _page("rm-tui", _notice("serve.bad_link_title", "serve.bad_link"))


def room_full(live: int) -> str:
    return _page("rm-tui", _notice("serve.full_title", "serve.full", live=live),
                 "<meta http-equiv='refresh' content='60'>")


def terminal_page(title: str, static_url: str, ws_path: str, font_size: int) -> str:
    """textual-serve's page, trimmed: no web fonts from the internet, a viewport for phones,
    and the websocket address built from the address the browser used (works behind any
    host name or IP). `static_url` and `ws_path` carry the token."""
    closed, resume, loading = _both("serve.closed"), _both("serve.resume"), _both("serve.loading")
    title = html.escape(title)
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=no">
<title>{title}</title>
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
<div class="closed"><p>{closed[0]}<br><span style="color:#aab">{closed[1]}</span></p>
<button type="button" onclick="location.reload()">{resume[0]} · {resume[1]}</button></div>
<div class="loading">{loading[0]} · {loading[1]}</div>
<div id="terminal" class="textual-terminal" data-font-size="{font_size}"></div>
<script>
document.getElementById("terminal").dataset.sessionWebsocketUrl =
  (location.protocol === "https:" ? "wss://" : "ws://") + location.host + "{ws_path}";
</script>
</body></html>"""
