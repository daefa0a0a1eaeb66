"""The join link as a QR code made of text, for the terminal and the console's dashboard."""

from __future__ import annotations

import io


def qr_text(url: str) -> str:
    """Two rows of modules per line with half blocks, dark modules on a light background
    (phones read it from a dark terminal too), with the quiet zone the standard asks for."""
    import segno

    code = segno.make(url, error="m", micro=False)
    rows = [[bool(v) for v in row] for row in code.matrix_iter(scale=1, border=2)]
    if len(rows) % 2:
        rows.append([False] * len(rows[0]))
    out = io.StringIO()
    for top, bottom in zip(rows[0::2], rows[1::2], strict=True):
        for up, down in zip(top, bottom, strict=True):
            # light = block drawn; dark = space, so the code reads right on a dark terminal
            out.write({(False, False): "█", (True, False): "▄", (False, True): "▀",
                       (True, True): " "}[(up, down)])
        out.write("\n")
    return out.getvalue()
