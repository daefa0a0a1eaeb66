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

from rm_tui.storage.kept import Kept, doc_line, dumps, parse_line, patch_decode, patch_encode

_dumps = dumps

Lines = dict[str, Kept]
Changes = dict[str, tuple[dict[str, Any], set[str]]]


class LineCodec:
    def __init__(self) -> None:
        # the file last written or read: its documents and their lines (without the comma)
        self._snapshots: Lines = {}
        # after a decode: table -> (the table dict it was derived from, ids of changed lines),
        # for tables where only those lines changed (the validator and the counts use it)
        self.derived: Changes = {}

    def forget_live(self) -> None:
        """Loaded objects may have been changed: never reuse them, nor their lines."""
        self._snapshots = {}
        self.derived = {}

    def forget(self) -> None:
        self.forget_live()

    # -- writing ---------------------------------------------------------------------------
    def encode(self, data: dict[Any, Any], changed: dict[str, set[str]] | None = None) -> bytes:
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
            if len(pieces) > 1:
                pieces.append(b",\n")
            pieces.append(f"{_dumps(name)}:{{".encode())
            kept = self._snapshots.get(name)
            found = None
            if kept is not None and kept.table is table:
                # the very dict last written or read: its unchanged text is reused, only the
                # documents reported touched (or added at its end) are encoded
                found = patch_encode(kept, table, changed.get(name, ()))
            if found is None:
                found = self._encode_table(table, kept, changed.get(name, ()))
                if found is None:
                    return self._plain(data)
            if found.lines:
                pieces += (b"\n", found.body)
            pieces.append(b"\n}")
            snapshots[name] = found
        pieces.append(b"\n}")
        self._snapshots = snapshots
        self.derived = {}
        return b"".join(pieces)

    @staticmethod
    def _encode_table(table: dict[Any, Any], kept: Kept | None,
                      touched: set[str] | tuple[()]) -> Kept | None:
        before = kept.by_id if kept is not None else {}
        ids: list[str] = []
        docs: list[Any] = []
        lines: list[bytes] = []
        for doc_id, doc in table.items():
            hit = before.get(doc_id)
            if hit is None or hit[0] is not doc or doc_id in touched:
                if not isinstance(doc_id, str):
                    return None
                hit = (doc, doc_line(doc_id, doc))
            ids.append(doc_id)
            docs.append(doc)
            lines.append(hit[1])
        return Kept(ids, docs, lines, table)

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
            # a repeated key would silently drop a document (JSON keeps the last one)
            return json.loads(raw.decode("utf-8"), object_pairs_hook=_unique_keys)
        return data

    def _decode_lines(self, raw: bytes) -> dict[str, Any] | None:
        """The layout, or None if `raw` is not exactly in it. Tables are found with `find` (a
        document line starts with `"`, so `\\n}` only closes a table) and split at `,\\n` (a
        comma then a newline only ends a line). A table whose text is unchanged is taken over
        whole (one memcmp), one with one changed line is patched (patch_decode); otherwise
        each line is reused if it equals the line at the same place or kept for the same id,
        and parsed if not."""
        if not raw.startswith(b"{\n") or not raw.endswith(b"\n}"):
            return None
        data: dict[str, Any] = {}
        snapshots: Lines = {}
        derived: Changes = {}
        pos, stop = 2, len(raw) - 2  # stop: where the final `\n}` starts
        while True:
            newline = raw.find(b"\n", pos)
            if newline < 0 or newline > stop:
                return None
            header = raw[pos:newline]
            if not header.endswith(b":{"):
                return None
            try:
                name = json.loads(header[:-2].decode("utf-8"))
            except ValueError:
                return None
            if not isinstance(name, str) or name in data:
                return None
            kept = self._snapshots.get(name)
            patched = None
            if kept is not None and self._same_body(raw, newline, kept):
                close = newline + 1 + len(kept.body) if kept.lines else newline
                data[name], snapshots[name] = kept.table, kept
            elif kept is not None and (patched := patch_decode(raw, newline + 1, kept)):
                found, close, doc_id = patched
                data[name], snapshots[name] = found.table, found
                derived[name] = (kept.table, {doc_id})
            else:
                close = raw.find(b"\n}", newline)
                lines = raw[newline + 1:close].split(b",\n") if close > newline else []
                if lines and raw.count(b"\n", newline + 1, close) != len(lines) - 1:
                    return None  # a line without its comma
                table = self._decode_table(kept, lines)
                if table is None:
                    return None
                data[name], snapshots[name] = table.table, table
            if raw.startswith(b"\n},\n", close):  # another table follows
                pos = close + 4
            elif close + 2 == stop:  # `\n}\n}`: the end of the file
                break
            else:
                return None
        self._snapshots = snapshots
        self.derived = derived
        return data

    @staticmethod
    def _same_body(raw: bytes, newline: int, kept: Kept) -> bool:
        """Whether the table starting after `raw[newline]` is exactly `kept`'s text. A document
        line starts with `"`, so `\\n}` right after the body can only close the table."""
        if not kept.lines:
            return raw.startswith(b"\n}", newline)
        start = newline + 1
        return raw.startswith(kept.body, start) and raw.startswith(b"\n}", start + len(kept.body))

    @staticmethod
    def _decode_table(kept: Kept | None, lines: list[bytes]) -> Kept | None:
        if kept is not None and kept.lines == lines:  # unchanged: compared by C-level memcmp
            return kept
        if kept is None:
            fresh = _parse_table(lines)
            if fresh is not None:
                return fresh
        before = kept.by_id if kept is not None else {}
        old_lines, old_ids = (kept.lines, kept.ids) if kept is not None else ([], [])
        table: dict[str, Any] = {}
        docs: list[Any] = []
        for k, line in enumerate(lines):
            if k < len(old_lines) and old_lines[k] == line:
                doc_id = old_ids[k]
                hit = before[doc_id]
            else:
                # The id is guessed from the text up to `":`; a guess is only trusted when the
                # whole line equals the line kept for that id (then it is that document's line).
                end = line.find(b'":')
                doc_id = line[1:end].decode("utf-8", "replace") if end > 0 else ""
                seen = before.get(doc_id)
                if seen is not None and seen[1] == line:
                    hit = seen
                else:
                    parsed = parse_line(line)
                    if parsed is None:
                        return None
                    doc_id, doc = parsed
                    hit = (doc, line)
            if doc_id in table:
                return None  # a repeated document id: the plain parser reports it
            table[doc_id] = hit[0]
            docs.append(hit[0])
        return Kept(list(table), docs, lines, table)


def _parse_table(lines: list[bytes]) -> Kept | None:
    """A table seen for the first time: parsed in one C call (twice as fast as line by line),
    then each line checked to start with its document's id (so lines and documents pair up) and
    the count of documents compared (a repeated id would have kept only the last)."""
    try:
        table = json.loads(b"{" + b",".join(lines) + b"}")
    except ValueError:
        return None
    if not isinstance(table, dict) or len(table) != len(lines):
        return None
    ids = list(table)
    for doc_id, line in zip(ids, lines, strict=True):
        if not line.startswith(f"{_dumps(doc_id)}:".encode()):
            return None
    return Kept(ids, list(table.values()), lines, table)


class DuplicateKeyError(ValueError):
    pass


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            from rm_tui.i18n import Said

            raise DuplicateKeyError(Said("storage.duplicate_key", key=repr(key)))
        out[key] = value
    return out
