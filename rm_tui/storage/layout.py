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
and a line is a document. On write, a document keeps its line when it is the very object that line
was written from or read from and the storage did not report it changed (the storage reports every
document a TinyDB operation touched, or "anything may have changed"). On read, a line is reused
only if it is byte-for-byte the text last seen for that document *and* the document object has
not been touched since (the storage forgets everything whenever a transaction fails). Anything not
in this exact layout (an older file, a hand edit) is parsed as plain JSON.
"""

from __future__ import annotations

import json
from typing import Any

# Compact and unescaped: smaller and faster than TinyDB's default, and a `grep` for a name
# really finds it (erasure is checked that way).
_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), check_circular=False).encode
_scan_key = json.JSONDecoder().raw_decode

# For writing: table -> doc id -> (the document object, the line it was written or read as).
Lines = dict[str, dict[str, tuple[Any, bytes]]]


class LineCodec:
    def __init__(self) -> None:
        # the file last written or read: its documents and their lines (without the comma)
        self._snapshots: Lines = {}

    def forget_live(self) -> None:
        """Loaded objects may have been changed: never reuse them, nor their lines."""
        self._snapshots = {}

    def forget(self) -> None:
        self.forget_live()

    # -- writing ---------------------------------------------------------------------------
    def encode(self, data: dict[str, Any], changed: dict[str, set[str]] | None = None) -> bytes:
        """`changed`: table -> ids of the documents changed in place since the last encode or
        decode; None when anything may have changed (then every document is encoded)."""
        if changed is None:
            self._snapshots = {}
            changed = {}
        snapshots: Lines = {}
        # one flat list joined once: a 2.4 MB file is copied once, not once per nesting level
        pieces: list[bytes] = [b"{\n"]
        for name, table in data.items():
            if not isinstance(name, str) or not isinstance(table, dict):
                return self._plain(data)
            before = self._snapshots.get(name, {})
            touched = changed.get(name, ())
            after: dict[str, tuple[Any, bytes]] = {}
            if len(pieces) > 1:
                pieces.append(b",\n")
            pieces.append(f"{_dumps(name)}:{{".encode())
            separator = b"\n"
            for doc_id, doc in table.items():
                hit = before.get(doc_id)
                if hit is None or hit[0] is not doc or doc_id in touched:
                    if not isinstance(doc_id, str):
                        return self._plain(data)
                    hit = (doc, f"{_dumps(doc_id)}:{_dumps(doc)}".encode())
                after[doc_id] = hit
                pieces.append(separator)
                pieces.append(hit[1])
                separator = b",\n"
            pieces.append(b"\n}")
            snapshots[name] = after
        pieces.append(b"\n}")
        self._snapshots = snapshots
        return b"".join(pieces)

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
        snapshots: Lines = {}
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
            snaps: dict[str, tuple[Any, bytes]] = {}
            before = self._snapshots.get(name, {})
            i += 1
            more = True  # a document line is expected next, or the end of the table
            while i < last and lines[i] not in (b"}", b"},"):
                line = lines[i]
                if not more:
                    return None
                more = line.endswith(b",")
                body = line[:-1] if more else line
                # The id is guessed from the text up to `":`; a guess is only trusted when the whole
                # line equals the line kept for that id (which then really is that document's).
                end = body.find(b'":')
                doc_id = body[1:end].decode("utf-8", "replace") if end > 0 else ""
                seen = before.get(doc_id)
                if seen is not None and seen[1] == body:
                    doc = seen[0]
                else:
                    parsed = _parse_line(body)
                    if parsed is None:
                        return None
                    doc_id, doc = parsed
                table[doc_id] = doc
                snaps[doc_id] = (doc, body)
                i += 1
            if i >= last or (table and more):
                return None
            data[name] = table
            snapshots[name] = snaps
            closing_comma = lines[i] == b"},"
            i += 1
            if closing_comma == (i >= last):  # a comma exactly when another table follows
                return None
        self._snapshots = snapshots
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
