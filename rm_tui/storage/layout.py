"""The file layout: valid JSON with one document per line, so unchanged documents are neither
re-encoded on write nor re-parsed on read.

    {
    "participants":{
    "1":{"id":"p01",...},
    "2":{"id":"p02",...}
    },
    "responses":{
    ...
    }
    }

Whole-file JSON costs about 13 ms per MB to encode and as much to parse here, which made an
autosave at 2,000 participants (2.4 MB) miss its 30 ms budget, twice over when another kiosk had
written in between. JSON strings cannot hold a raw newline, so newlines are always structural
and a line is a document. Reuse is always checked: on write, a document is compared with a
snapshot parsed from the text kept for it; on read, a line is reused only if it is byte-for-byte
the text last seen for that document *and* the document object has not been touched since (the
storage forgets everything whenever a transaction fails). Anything not in this exact layout
(an older file, a hand edit) is parsed as plain JSON.
"""

from __future__ import annotations

import json
from typing import Any

# Compact and unescaped: smaller and faster than TinyDB's default, and a `grep` for a name
# really finds it (erasure is checked that way).
_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), check_circular=False).encode
_scan_key = json.JSONDecoder().raw_decode

Key = tuple[str, str]


class LineCodec:
    def __init__(self) -> None:
        # for writing: table -> doc id -> (parsed copy of the document, its line)
        self._snapshots: dict[str, dict[str, tuple[Any, bytes]]] = {}
        # for reading: line (without its comma) -> (table, doc id, the loaded document);
        # after a write it is built only if needed, from the data last written
        self._live: dict[bytes, tuple[str, str, Any]] | None = {}
        self._written: dict[str, Any] | None = None

    def forget_live(self) -> None:
        """Loaded objects may have been changed: never reuse them when reading."""
        self._live = {}
        self._written = None

    def forget(self) -> None:
        self._snapshots = {}
        self.forget_live()

    # -- writing ---------------------------------------------------------------------------
    def encode(self, data: dict[str, Any]) -> bytes:
        snapshots: dict[str, dict[str, tuple[Any, bytes]]] = {}
        parts: list[bytes] = []
        for name, table in data.items():
            if not isinstance(name, str) or not isinstance(table, dict):
                return self._plain(data)
            before = self._snapshots.get(name, {})
            after: dict[str, tuple[Any, bytes]] = {}
            lines: list[bytes] = []
            for doc_id, doc in table.items():
                hit = before.get(doc_id)
                if hit is None or hit[0] != doc:  # new or changed (compared by value)
                    if not isinstance(doc_id, str):
                        return self._plain(data)
                    text = _dumps(doc)
                    hit = (json.loads(text), f"{_dumps(doc_id)}:{text}".encode())
                after[doc_id] = hit
                lines.append(hit[1])
            snapshots[name] = after
            body = b"\n" + b",\n".join(lines) if lines else b""
            parts.append(f"{_dumps(name)}:{{".encode() + body + b"\n}")
        self._snapshots, self._live, self._written = snapshots, None, data
        return b"{\n" + b",\n".join(parts) + b"\n}"

    def _live_lines(self) -> dict[bytes, tuple[str, str, Any]]:
        if self._live is None:
            live: dict[bytes, tuple[str, str, Any]] = {}
            for name, table in (self._written or {}).items():
                snaps = self._snapshots[name]
                for doc_id, doc in table.items():
                    live[snaps[doc_id][1]] = (name, doc_id, doc)
            self._live, self._written = live, None
        return self._live

    def _plain(self, data: dict[str, Any]) -> bytes:
        self.forget()
        return _dumps(data).encode()

    # -- reading ---------------------------------------------------------------------------
    def decode(self, raw: bytes) -> Any:
        """Parse a database file, reusing unchanged documents. Raises ValueError if not UTF-8
        JSON. Works on bytes: a newline byte never occurs inside a UTF-8 multi-byte character."""
        data = self._decode_lines(raw)
        if data is None:
            self.forget_live()
            return json.loads(raw.decode("utf-8"))
        return data

    def _decode_lines(self, raw: bytes) -> dict[str, Any] | None:
        lines = raw.split(b"\n")
        if len(lines) < 2 or lines[0] != b"{" or lines[-1] != b"}":
            return None
        data: dict[str, Any] = {}
        live: dict[bytes, tuple[str, str, Any]] = {}
        previous = self._live_lines()
        i, last = 1, len(lines) - 1
        while i < last:
            header = lines[i]
            if not header.endswith(b":{"):
                return None
            try:
                name = json.loads(header[:-2].decode("utf-8"))
            except ValueError:
                return None
            if not isinstance(name, str) or name in data:
                return None
            table: dict[str, Any] = {}
            i += 1
            more = True  # a document line is expected next, or the end of the table
            while i < last and lines[i] not in (b"}", b"},"):
                line = lines[i]
                if not more:
                    return None
                more = line.endswith(b",")
                body = line[:-1] if more else line
                seen = previous.get(body)
                if seen is not None and seen[0] == name:
                    doc_id, doc = seen[1], seen[2]
                else:
                    parsed = _parse_line(body)
                    if parsed is None:
                        return None
                    doc_id, doc = parsed
                table[doc_id] = doc
                live[body] = (name, doc_id, doc)
                i += 1
            if i >= last or (table and more):
                return None
            data[name] = table
            closing_comma = lines[i] == b"},"
            i += 1
            if closing_comma == (i >= last):  # a comma exactly when another table follows
                return None
        self._live = live
        return data


def _parse_line(raw: bytes) -> tuple[str, Any] | None:
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
