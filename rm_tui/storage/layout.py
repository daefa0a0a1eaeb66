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
        self._snapshots: dict[Key, tuple[Any, str]] = {}  # for writing: (parsed copy, text)
        self._live: dict[Key, tuple[str, Any]] = {}  # for reading: (text, the loaded object)

    def forget_live(self) -> None:
        """Loaded objects may have been changed: never reuse them when reading."""
        self._live = {}

    def forget(self) -> None:
        self._snapshots = {}
        self._live = {}

    # -- writing ---------------------------------------------------------------------------
    def encode(self, data: dict[str, Any]) -> bytes:
        snapshots: dict[Key, tuple[Any, str]] = {}
        live: dict[Key, tuple[str, Any]] = {}
        lines = ["{"]
        tables = list(data.items())
        for t, (name, table) in enumerate(tables):
            if not isinstance(name, str) or not isinstance(table, dict):
                return self._plain(data)
            lines.append(f"{_dumps(name)}:{{")
            docs = list(table.items())
            for d, (doc_id, doc) in enumerate(docs):
                if not isinstance(doc_id, str):
                    return self._plain(data)
                key = (name, doc_id)
                hit = self._snapshots.get(key)
                if hit is not None and hit[0] == doc:
                    text = hit[1]
                    snapshots[key] = hit
                else:
                    text = _dumps(doc)
                    snapshots[key] = (json.loads(text), text)
                live[key] = (text, doc)
                lines.append(f"{_dumps(doc_id)}:{text}{',' if d < len(docs) - 1 else ''}")
            lines.append("}," if t < len(tables) - 1 else "}")
        lines.append("}")
        self._snapshots, self._live = snapshots, live
        return "\n".join(lines).encode()

    def _plain(self, data: dict[str, Any]) -> bytes:
        self.forget()
        return _dumps(data).encode()

    # -- reading ---------------------------------------------------------------------------
    def decode(self, text: str) -> Any:
        """Parse a database file, reusing unchanged documents. Raises ValueError if not JSON."""
        data = self._decode_lines(text)
        if data is None:
            self._live = {}
            return json.loads(text)
        return data

    def _decode_lines(self, text: str) -> dict[str, Any] | None:
        lines = text.split("\n")
        if len(lines) < 2 or lines[0] != "{" or lines[-1] != "}":
            return None
        data: dict[str, Any] = {}
        live: dict[Key, tuple[str, Any]] = {}
        previous = self._live
        i, last = 1, len(lines) - 1
        while i < last:
            header = lines[i]
            if not header.endswith(":{"):
                return None
            try:
                name = json.loads(header[:-2])
            except ValueError:
                return None
            if not isinstance(name, str) or name in data:
                return None
            table: dict[str, Any] = {}
            i += 1
            more = True  # a document line is expected next, or the end of the table
            while i < last and lines[i] not in ("}", "},"):
                line = lines[i]
                if not more or not line.startswith('"'):
                    return None
                try:
                    doc_id, end = _scan_key(line)
                except ValueError:
                    return None
                if line[end:end + 1] != ":":
                    return None
                more = line.endswith(",")
                body = line[end + 1:-1] if more else line[end + 1:]
                key = (name, doc_id)
                seen = previous.get(key)
                if seen is not None and seen[0] == body:
                    doc = seen[1]
                else:
                    try:
                        doc = json.loads(body)
                    except ValueError:
                        return None
                table[doc_id] = doc
                live[key] = (body, doc)
                i += 1
            if i >= last or (table and more):
                return None
            data[name] = table
            closing_comma = lines[i] == "},"
            i += 1
            if closing_comma == (i >= last):  # a comma exactly when another table follows
                return None
        self._live = live
        return data
