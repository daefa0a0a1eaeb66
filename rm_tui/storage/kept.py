"""A table of the line layout as last written or read (`Kept`), and the two shortcuts that make
an autosave cost the same at 20 or 2,000 participants: re-encoding only the documents an
operation touched (`patch_encode`), and re-reading a table in which another process changed
one line by comparing bytes rather than splitting the whole table (`patch_decode`).

Both check what they rely on and return None when it does not hold; the caller then takes
the general path (layout.py), so a shortcut can make a save faster, never different.
"""

from __future__ import annotations

import json
import operator
from itertools import accumulate, islice
from typing import Any

# Compact and unescaped: smaller and faster than TinyDB's default, and a `grep` for a name
# really finds it (erasure is checked that way).
dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), check_circular=False,
                         allow_nan=False).encode  # NaN is not JSON
_scan_key = json.JSONDecoder().raw_decode


def doc_line(doc_id: str, doc: Any) -> bytes:
    return f"{dumps(doc_id)}:{dumps(doc)}".encode()


def parse_line(raw: bytes) -> tuple[str, Any] | None:
    """`"ID":DOCUMENT` -> (id, document), or None if the line is not exactly that."""
    if not raw.startswith(b'"'):
        return None
    try:
        line = raw.decode("utf-8")
        doc_id, end = _scan_key(line)
        if line[end:end + 1] != ":" or not isinstance(doc_id, str):
            return None
        return doc_id, json.loads(line[end + 1:])
    except ValueError:
        return None


class Kept:
    """A table as last written or read: its document ids, document objects and lines (without
    the comma) in file order, and the dict handed out for it. Never changed once made (so it can
    be shared); the derived views are built on first use."""

    __slots__ = ("ids", "docs", "lines", "table", "_body", "_by_id", "_index", "_offsets")

    def __init__(self, ids: list[str], docs: list[Any], lines: list[bytes],
                 table: dict[str, Any], body: bytes | None = None,
                 index: dict[str, int] | None = None) -> None:
        self.ids, self.docs, self.lines, self.table = ids, docs, lines, table
        self._body = body
        self._by_id: dict[str, tuple[Any, bytes]] | None = None
        self._index = index
        self._offsets: list[int] | None = None

    @property
    def body(self) -> bytes:
        """The lines joined by `,\\n`: the table's text between its header and `\\n}`."""
        if self._body is None:
            self._body = b",\n".join(self.lines)
        return self._body

    @property
    def by_id(self) -> dict[str, tuple[Any, bytes]]:
        if self._by_id is None:
            self._by_id = dict(zip(self.ids, zip(self.docs, self.lines, strict=True), strict=True))
        return self._by_id

    @property
    def index(self) -> dict[str, int]:
        if self._index is None:
            self._index = dict(zip(self.ids, range(len(self.ids)), strict=True))
        return self._index

    @property
    def offsets(self) -> list[int]:
        """Where each line starts in `body` (and, last, where one more line would start)."""
        if self._offsets is None:
            starts = accumulate(map(len, self.lines), initial=0)
            self._offsets = list(map(operator.add, starts, range(0, 2 * len(self.lines) + 1, 2)))
        return self._offsets


def patch_encode(kept: Kept, table: dict[str, Any], touched: set[str] | tuple[()]) -> Kept | None:
    """`kept` updated for the very dict it was made from, after documents `touched` changed in
    place and documents were added at its end; None if anything else happened to the dict."""
    n = len(kept.ids)
    if len(table) < n or list(islice(table, n)) != kept.ids:
        return None
    if not all(map(operator.is_, islice(table.values(), n), kept.docs)):
        return None  # a document replaced by another object
    lines = kept.lines
    index = kept.index
    replaced = [(index[doc_id], doc_id) for doc_id in touched if doc_id in index]
    if replaced:
        lines = list(lines)
        for k, doc_id in replaced:
            lines[k] = doc_line(doc_id, kept.docs[k])
    if len(table) == n:
        if not replaced:
            return kept
        body = None
        if len(replaced) == 1 and kept._body is not None:
            # one document changed (an autosave): its line swapped into the kept text, one
            # copy of the table instead of joining its 20,000 lines again
            k = replaced[0][0]
            begin = kept._offsets[k] if kept._offsets is not None else \
                sum(map(len, islice(kept.lines, k))) + 2 * k  # (without listing every offset)
            body = kept._body[:begin] + lines[k] + kept._body[begin + len(kept.lines[k]):]
        return Kept(kept.ids, kept.docs, lines, table, body, index=index)
    ids, docs = list(kept.ids), list(kept.docs)
    if not replaced:
        lines = list(lines)
    for doc_id, doc in islice(table.items(), n, None):
        if not isinstance(doc_id, str):
            return None
        ids.append(doc_id)
        docs.append(doc)
        lines.append(doc_line(doc_id, doc))
    return Kept(ids, docs, lines, table)


def patch_decode(raw: bytes, start: int, kept: Kept) -> tuple[Kept, int, str] | None:
    """The table whose text starts at `raw[start]`, if it is `kept`'s text with exactly one
    line changed (another kiosk's autosave) and that line still holds the same document id:
    (the new Kept, where its `\\n}` starts, the changed id). Found by comparing bytes: the
    longest run of kept lines that starts the new text (binary search, each step one memcmp),
    then the changed line, then the kept rest. None in any other case."""
    n = len(kept.lines)
    if n == 0:
        return None
    body = memoryview(kept.body)
    off = kept.offsets
    lo, hi = 0, n - 1  # lines before `lo` are known to match
    while lo < hi:
        mid = (lo + hi + 1) // 2
        # only the lines from `lo` to `mid` are compared: the text before is known to match,
        # so the whole search reads each byte about twice (not once per step)
        if raw.startswith(body[off[lo]:off[mid]], start + off[lo]):
            lo = mid
        else:
            hi = mid - 1
    k = lo
    begin = start + off[k]
    end = raw.find(b"\n", begin)
    if end < 0:
        return None
    if k < n - 1:
        rest = body[off[k + 1]:]
        if raw[end - 1:end] != b"," or not raw.startswith(rest, end + 1):
            return None
        line, close = raw[begin:end - 1], end + 1 + len(rest)
    else:
        line, close = raw[begin:end], end
    if not raw.startswith(b"\n}", close) or line == kept.lines[k]:
        return None
    parsed = parse_line(line)
    if parsed is None or parsed[0] != kept.ids[k]:
        return None
    doc_id, doc = parsed
    docs, lines = list(kept.docs), list(kept.lines)
    docs[k], lines[k] = doc, line
    table = dict(kept.table)
    table[doc_id] = doc
    return Kept(kept.ids, docs, lines, table, raw[start:close], kept._index), close, doc_id
