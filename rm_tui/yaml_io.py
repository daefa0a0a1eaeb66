"""The one module that reads and writes YAML.

Reading keeps the position of every node (a `SourceMap`), so that validation can say
`PATH:LINE:COL: error: ...`. Dates stay ISO strings; duplicate keys are errors.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import secrets
import sys
import time
from pathlib import Path
from typing import Any

import yaml

from rm_tui.atomic_file import write_atomic
from rm_tui.core.errors import InputError, Problem
from rm_tui.core.input_file import read_input
from rm_tui.core.source import KeyPath, SourceMap
from rm_tui.i18n import Said

# libyaml (when PyYAML was built with it) reads and writes about ten times faster.
_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_BaseDumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


_STR = "tag:yaml.org,2002:str"


class _Loader(_BaseLoader):  # type: ignore[misc, valid-type]  # base chosen at run time (libyaml or not)
    """Safe loader that keeps dates as text (our formats store ISO strings), and mapping keys
    as written: every key of our formats is a text (participant, item, option ids), and
    `010:` must not become the number 8 (nor `yes:` true)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        self.flatten_mapping(node)  # merge keys (`<<`) first: they are not ours to rename
        for key_node, _ in node.value:
            if isinstance(key_node, yaml.ScalarNode) and not key_node.style:  # plain (libyaml: "")
                key_node.tag = _STR  # a plain scalar key: the text as written
        return super().construct_mapping(node, deep=deep)


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class _DuplicateKey(Exception):
    """Raised by the fast path; the slow path then reports the key with its position."""


class _Unusual(Exception):
    """A node the lean builder leaves to PyYAML's own constructor (merge keys, other tags)."""


_MAP, _SEQ = (f"tag:yaml.org,2002:{t}" for t in ("map", "seq"))
_PLAIN = {f"tag:yaml.org,2002:{t}" for t in ("int", "float", "bool", "null")}


class _FastLoader(_Loader):
    """`_Loader` that refuses duplicate keys instead of keeping the last one."""

    _plain_tags: dict[str, str] = {}  # plain scalar -> resolved tag (the resolvers are fixed)

    def resolve(self, kind: Any, value: Any, implicit: Any) -> Any:
        # libyaml's composer calls this once per node: most plain scalars repeat (keys, roles,
        # languages), and a regex walk per scalar was a third of the load time.
        if kind is not yaml.ScalarNode:
            return super().resolve(kind, value, implicit)
        if not implicit[0]:
            return _STR  # quoted: no implicit type (the loader has no path resolvers)
        tag = self._plain_tags.get(value)
        if tag is None:
            tag = super().resolve(kind, value, implicit)
            if len(self._plain_tags) < 50_000:
                self._plain_tags[value] = tag
        return tag

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        keys = [k.value for k, _ in node.value if isinstance(k, yaml.ScalarNode)]
        if len(set(keys)) != len(keys):
            raise _DuplicateKey
        return super().construct_mapping(node, deep=deep)

    def build(self, node: yaml.Node) -> Any:
        """What `construct_document` gives for the plain data our files hold (maps, lists,
        strings, numbers, booleans, nulls), with less work per node; `_Unusual` otherwise."""
        memo: dict[int, Any] = {}
        constructors = self.yaml_constructors
        scalar, mapping = yaml.ScalarNode, yaml.MappingNode

        def walk(n: yaml.Node) -> Any:
            kind, tag = type(n), n.tag
            if kind is scalar:
                if tag == _STR:
                    return n.value
                if tag in _PLAIN:
                    return constructors[tag](self, n)
                raise _Unusual
            done = memo.get(id(n))
            if done is not None:
                return done  # an alias: the same object, as PyYAML gives
            if kind is mapping:
                if tag != _MAP:
                    raise _Unusual
                out: dict[Any, Any] = {}
                memo[id(n)] = out
                raw: set[str] = set()
                for key_node, value_node in n.value:
                    if type(key_node) is not scalar or key_node.tag not in _PLAIN | {_STR}:
                        raise _Unusual  # merge keys, complex keys: PyYAML decides
                    if key_node.value in raw:
                        raise _DuplicateKey
                    raw.add(key_node.value)
                    out[key_node.value] = walk(value_node)  # keys as written (`_Loader`)
                return out
            if tag != _SEQ:
                raise _Unusual
            items: list[Any] = []
            memo[id(n)] = items
            items.extend(walk(item) for item in n.value)
            return items

        return walk(node)


class _Dumper(_BaseDumper):  # type: ignore[misc, valid-type]  # base chosen at run time (libyaml or not)
    """Block style, unicode, stable key order as given."""


def _str_presenter(dumper: yaml.SafeDumper, data: str) -> yaml.Node:
    style = "|" if "\n" in data else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)


_Dumper.add_representer(str, _str_presenter)
_Dumper.add_representer(tuple, lambda d, data: d.represent_list(list(data)))


def read_text(path: str | Path) -> str:
    """Read a UTF-8 text file, or raise InputError saying what it is instead."""
    path = Path(path)
    raw = read_input(path)  # a regular file of bounded size, else why not
    if b"\x00" in raw:
        raise InputError(Problem(str(path), Said("file.binary_yaml"), 1, 1))
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputError(Problem(str(path), Said("file.not_utf8"), line, 1)) from None


class _LazySourceMap(SourceMap):
    """Positions read only when a problem needs one: valid files (the common case) are
    parsed once, without walking every node for its line and column."""

    def __init__(self, path: str, text: str) -> None:
        super().__init__(path)
        self._text: str | None = text

    def _walk(self) -> None:
        if self._text is not None:
            text, self._text = self._text, None
            walked = parse_yaml_with_marks(text, self.path)[1]
            self.marks.update(walked.marks)
            self.texts.update(walked.texts)

    def locate(self, keys: KeyPath) -> tuple[int | None, int | None]:
        self._walk()
        return super().locate(keys)

    def text(self, keys: KeyPath) -> str | None:
        self._walk()
        return super().text(keys)


def parse_yaml(text: str, path: str) -> tuple[Any, SourceMap]:
    """Parse YAML text into plain Python data and the position of every node (computed
    when first asked for). Duplicate keys are errors naming their line.

    An empty document gives `None` with the position 1:1, so "the file is empty" has a line.
    """
    loader = _FastLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            data = None
        else:
            try:
                data = loader.build(node)
            except _Unusual:
                data = loader.construct_document(node)
    except (_DuplicateKey, yaml.YAMLError, RecursionError):
        return parse_yaml_with_marks(text, path)  # the slow path says where
    finally:
        loader.dispose()
    if data is None:
        return parse_yaml_with_marks(text, path)
    return data, _LazySourceMap(path, text)


def parse_yaml_with_marks(text: str, path: str) -> tuple[Any, SourceMap]:
    """`parse_yaml` walking every node for its position first."""
    source = SourceMap(path)
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            source.marks[()] = (1, 1)
            return None, source
        problems: list[Problem] = []
        _record_marks(node, (), source, problems, set())
        if problems:
            raise InputError(problems)
        data = loader.construct_document(node)  # from the same nodes: the text is parsed once
    except yaml.YAMLError as exc:
        raise InputError(_yaml_problem(exc, path, text)) from None
    except RecursionError:
        raise InputError(Problem(path, Said("file.yaml_deep"), 1, 1)) from None
    finally:
        loader.dispose()
    return data, source


def _yaml_problem(exc: yaml.YAMLError, path: str, text: str) -> Problem:
    if isinstance(exc, yaml.MarkedYAMLError):
        mark = exc.problem_mark or exc.context_mark
        what = exc.problem or exc.context or Said("file.yaml_invalid")  # the parser's own words, as they are
        line, col = (mark.line + 1, mark.column + 1) if mark else (None, None)
        if mark and text[mark.index: mark.index + 1] == "\t":
            what = Said("file.yaml_tab")
        return Problem(path, Said("file.yaml_syntax", what=what), line, col)
    return Problem(path, Said("file.yaml_syntax", what=str(exc)), 1, 1)


def load_yaml(path: str | Path) -> tuple[Any, SourceMap]:
    """`parse_yaml` of the file; a large file's data comes from the parse cache when its
    exact text was parsed before (see `_ParseCache`)."""
    text = read_text(path)
    cache = _ParseCache.open() if len(text) >= _ParseCache.MIN_CHARS else None
    if cache is None:
        return parse_yaml(text, str(path))
    key = cache.key(text)
    hit = cache.get(key)
    if hit is not None:
        return hit[0], _LazySourceMap(str(path), text)
    data, source = parse_yaml(text, str(path))
    if isinstance(source, _LazySourceMap):  # a clean parse (problems are never cached)
        cache.put(key, data)
    return data, source


class _ParseCache:
    """Parsed data of large YAML files (a 1,000-person program: libyaml ~90 ms, this ~5 ms),
    stored with `marshal` (plain data only: no code runs on reading) under a key that hashes
    the file's whole text with the parsing code (compiled), PyYAML's and Python's versions. The
    text is read every time anyway: a changed file, even with the same size and time, is a
    different key, so an entry can never be stale. Folder: $RM_TUI_CACHE_DIR, else
    $XDG_CACHE_HOME/rm-tui (~/.cache/rm-tui), `yaml/` inside (0700, files 0600: rosters are
    personal data; `rm-tui erase` empties it; unused entries go after a week);
    RM_TUI_CACHE_DIR=off turns it off. Any failure to read or write it is a cache miss."""

    MIN_CHARS = 64 * 1024  # smaller files parse in a few milliseconds
    KEEP = 64  # entries kept (the least recently used go first)
    MAX_AGE = 7 * 24 * 3600.0  # seconds unused before an entry is deleted
    _stamp: bytes | None = None

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    @classmethod
    def open(cls) -> _ParseCache | None:
        where = os.environ.get("RM_TUI_CACHE_DIR")
        if where is not None and where.strip().lower() in ("", "off", "0", "no"):
            return None
        if where is None:
            home = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
            where = os.path.join(home, "rm-tui")
        if cls._stamp is None:  # the code that turns text into data, as compiled here
            code = (parse_yaml, _Loader.construct_mapping, _FastLoader.resolve,
                    _FastLoader.construct_mapping, _FastLoader.build)  # fmt: skip
            cls._stamp = b"".join([
                f"{sys.version}|{yaml.__version__}|{marshal.version}|{sorted(_PLAIN)}|".encode(),
                repr(sorted(_Loader.yaml_implicit_resolvers.items(), key=repr)).encode(),
                *(marshal.dumps(f.__code__) for f in code)])  # fmt: skip
        return cls(Path(where) / "yaml")

    def key(self, text: str) -> str:
        assert self._stamp is not None
        digest = hashlib.blake2b(self._stamp, digest_size=20)
        digest.update(text.encode("utf-8", "surrogatepass"))
        return digest.hexdigest()

    def get(self, key: str) -> tuple[Any] | None:
        path = self.folder / key
        try:
            stored = marshal.loads(path.read_bytes())
            os.utime(path)  # recently used
        except (OSError, EOFError, ValueError, TypeError):
            return None
        if type(stored) is not tuple or len(stored) != 2 or stored[0] != key:
            return None
        return (stored[1],)

    def put(self, key: str, data: Any) -> None:
        try:
            blob = marshal.dumps((key, data))
        except (ValueError, RecursionError):  # not plain data after all, or nested too deep
            return
        tmp = self.folder / f".{key}{secrets.token_hex(4)}.tmp"
        try:
            self.folder.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            self.folder.mkdir(mode=0o700, exist_ok=True)
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)  # personal data
            with os.fdopen(fd, "wb") as out:
                out.write(blob)
            os.replace(tmp, self.folder / key)
            self._prune()
        except OSError:
            tmp.unlink(missing_ok=True)

    def _prune(self) -> None:
        """At most KEEP entries, none unused for MAX_AGE (a roster that was edited or
        deleted does not linger here)."""
        entries = [e for e in os.scandir(self.folder) if e.is_file()]
        entries.sort(key=lambda e: e.stat().st_mtime)
        now = time.time()
        stale = [e for e in entries if now - e.stat().st_mtime > self.MAX_AGE]
        for old in {*stale, *entries[: max(0, len(entries) - self.KEEP)]}:
            Path(old.path).unlink(missing_ok=True)


def clear_parse_cache() -> None:
    """Delete every cached parse (`rm-tui erase`: no copy of a roster is kept here)."""
    cache = _ParseCache.open()
    if cache is None or not cache.folder.is_dir():
        return
    for entry in os.scandir(cache.folder):
        if entry.is_file():
            Path(entry.path).unlink(missing_ok=True)


def _record_marks(
    node: yaml.Node, keys: KeyPath, source: SourceMap, problems: list[Problem], seen_nodes: set[int],
) -> None:
    source.marks[keys] = (node.start_mark.line + 1, node.start_mark.column + 1)
    if isinstance(node, yaml.ScalarNode) and not node.style and node.tag != _STR:
        source.texts[keys] = node.value  # `010` read as 8: an id needs the text as written
    # An alias reuses a node: walk it once, so recursive or exponential aliases stay cheap.
    if id(node) in seen_nodes:
        return
    seen_nodes.add(id(node))
    if isinstance(node, yaml.MappingNode):
        seen: set[Any] = set()
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else repr(key_node)
            if key in seen:
                problems.append(
                    Problem(source.path, Said("file.duplicate_key", key=key),
                            key_node.start_mark.line + 1, key_node.start_mark.column + 1)
                )
            seen.add(key)
            _record_marks(value_node, keys + (key,), source, problems, seen_nodes)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _record_marks(item, keys + (index,), source, problems, seen_nodes)


def dump_yaml(data: Any) -> str:
    # no folding: a reason or a free-text answer stays on one greppable, diffable line
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=1_000_000)


def write_yaml(path: str | Path, data: Any, header: str = "", mode: int | None = None) -> None:
    """Write YAML atomically (temp file + rename), so a crash never leaves half a file."""
    write_text(path, header + dump_yaml(data), mode=mode)


def write_text(path: str | Path, text: str, mode: int | None = None) -> None:
    """Write a text file atomically with the project's one atomic writer (thread-safe, a
    symlinked path written through); `mode` (e.g. 0o600 for personal data), else the replaced
    file's, else rw-r--r--."""
    write_atomic(path, text.encode("utf-8"), mode=mode, new_mode=0o644)
