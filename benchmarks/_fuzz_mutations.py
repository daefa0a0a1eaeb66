"""Seeds and mutations for benchmarks/fuzz_inputs.py (and its short version in the tests)."""

from __future__ import annotations

import contextlib
import json
import os
import random
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
KINDS = ("questionnaire", "program", "roster", "responses", "database")
_SUFFIX = {"questionnaire": ".yaml", "program": ".yaml", "roster": ".csv",
           "responses": ".responses.yaml", "database": ".db.json"}


@dataclass
class Case:
    kind: str
    mutation: str
    path: Path
    number: int
    extra: list[Path] = field(default_factory=list)  # removed by cleanup

    def cleanup(self) -> None:
        for p in [self.path, *self.extra]:
            with contextlib.suppress(OSError):
                if p.is_dir() and not p.is_symlink():
                    shutil.rmtree(p)
                else:
                    p.unlink()


def make_seeds(work: Path) -> dict[str, Path]:
    """The valid originals: programs sit in work/programs so `../questionnaires` resolves."""
    from rm_tui.services.loaders import load_program, load_responses
    from rm_tui.storage import Database

    (work / "questionnaires").symlink_to(ROOT / "questionnaires")
    programs = work / "programs"
    programs.mkdir()
    program = programs / "kickoff_demo.yaml"
    shutil.copy(ROOT / "sample_programs" / "kickoff_demo.yaml", program)
    responses = programs / "kickoff_demo.responses.yaml"
    shutil.copy(ROOT / "sample_programs" / "kickoff_demo.responses.yaml", responses)
    roster = work / "roster.csv"
    rows = ["id,name,email,role,job_family,subsidiary,team,start_date,languages"]
    for i in range(20):
        rows.append(f"n{i:02d},Prénom{i} Nom{i},prenom{i}@example.com,{'mentor' if i % 2 else 'mentee'},"
                    f"data,azur-fr,team-{i},2020-0{i % 9 + 1}-15,fr;en")
    roster.write_text("\n".join(rows) + "\n", encoding="utf-8")
    database = work / "seed.db.json"
    prog = load_program(program)
    with Database(database) as db:
        db.upsert_participants(prog.roster)
        db.import_answers(load_responses(responses, prog))
        db.add_constraint("forbid", "p01", "p13", actor="seed")
        db.save_plan({"pairs": [{"mentor": "p01", "mentee": "p14"}]}, "confirmed", actor="seed")
    for leftover in work.glob("seed.db.json.*"):
        leftover.unlink()
    return {"questionnaire": ROOT / "questionnaires" / "expectations.yaml", "program": program,
            "responses": responses, "roster": roster, "database": database}


def _target(work: Path, kind: str, n: int, mutation: str) -> Path:
    # never inside work/questionnaires: that is the program's questionnaire folder (a link)
    folder = work / ("programs" if kind in ("program", "responses") else f"fuzz-{kind}")
    folder.mkdir(exist_ok=True)
    return folder / f"m{n:05d}-{mutation}{_SUFFIX[kind]}"


def _write(work: Path, kind: str, n: int, mutation: str, data: bytes) -> Case:
    path = _target(work, kind, n, mutation)
    path.write_bytes(data)
    return Case(kind, mutation, path, n)


def _lines(raw: bytes) -> list[bytes]:
    return raw.split(b"\n")


# -- byte-level mutations ----------------------------------------------------------------------
def byte_flip(raw: bytes, rng: random.Random) -> bytes:
    data = bytearray(raw)
    for _ in range(rng.randint(1, 8)):
        k = rng.randrange(len(data))
        data[k] ^= 1 << rng.randrange(8)
    return bytes(data)


def truncate(raw: bytes, rng: random.Random) -> bytes:
    return raw[: rng.randrange(len(raw))]


def duplicate(raw: bytes, rng: random.Random) -> bytes:
    lines = _lines(raw)
    candidates = [k for k, line in enumerate(lines) if b":" in line or b"," in line] or [0]
    k = rng.choice(candidates)
    lines.insert(k + 1, lines[k])
    return b"\n".join(lines)


def non_utf8(raw: bytes, rng: random.Random) -> bytes:
    text = raw.decode("utf-8", "replace")
    if rng.random() < 0.5 and any(ord(c) > 127 for c in text):
        return text.encode("latin-1", "replace")  # a file saved as Latin-1
    k = rng.randrange(len(raw))
    return raw[:k] + rng.choice([b"\xff", b"\xc3\x28", b"\x80\x81", b"\xed\xa0\x80"]) + raw[k:]


def bom(raw: bytes, rng: random.Random) -> bytes:
    return rng.choice([b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"]) + raw


def crlf(raw: bytes, rng: random.Random) -> bytes:
    return raw.replace(b"\n", rng.choice([b"\r\n", b"\r"]))


def empty(raw: bytes, rng: random.Random) -> bytes:
    return rng.choice([b"", b"\n", b"   \n", b"\x00" * 16, b"---\n...\n"])


# -- structure-aware mutations ------------------------------------------------------------------
_SCALAR = re.compile(rb"^(\s*-?\s*[A-Za-z_][\w.-]*:\s+)(\S.*)$")
_WRONG = [b"[1, 2, 3]", b"{a: 1}", b"12345678901234567890", b"null", b"true", b"-.inf", b"''",
          b"2026-02-30", b'"\\x00"', b"&a [*a]"]


def wrong_type_yaml(raw: bytes, rng: random.Random) -> bytes:
    lines = _lines(raw)
    candidates = [k for k, line in enumerate(lines) if _SCALAR.match(line)]
    for k in rng.sample(candidates, min(len(candidates), rng.randint(1, 3))):
        m = _SCALAR.match(lines[k])
        assert m is not None
        lines[k] = m.group(1) + rng.choice(_WRONG)
    return b"\n".join(lines)


def wrong_type_csv(raw: bytes, rng: random.Random) -> bytes:
    lines = _lines(raw)
    k = rng.randrange(1, max(2, len(lines) - 1))
    cells = lines[k].split(b",")
    c = rng.randrange(len(cells))
    cells[c] = rng.choice([b"", b"12345678901234567890", b"[1,2]", b'"unterminated', b"x" * 5000,
                           b"\x00", b"=cmd|' /C calc'!A0", b"-1"])
    lines[k] = b",".join(cells)
    if rng.random() < 0.2:
        lines[0] = lines[0] + b",id"  # a duplicated column
    return b"\n".join(lines)


def _random_node(data: object, rng: random.Random) -> tuple[object, object] | None:
    """A random (container, key) inside JSON data."""
    spots: list[tuple[object, object]] = []

    def walk(value: object, depth: int) -> None:
        if depth > 6:
            return
        if isinstance(value, dict):
            for k, v in value.items():
                spots.append((value, k))
                walk(v, depth + 1)
        elif isinstance(value, list):
            for k, v in enumerate(value):
                spots.append((value, k))
                walk(v, depth + 1)

    walk(data, 0)
    return rng.choice(spots) if spots else None


def wrong_type_db(raw: bytes, rng: random.Random) -> bytes:
    data = json.loads(raw)
    for _ in range(rng.randint(1, 3)):
        spot = _random_node(data, rng)
        if spot is None:
            break
        container, key = spot
        container[key] = rng.choice([[], {}, "abc", 12345678901234567890, None, True, -1.5,  # type: ignore[index]
                                     {"1": []}, [[{"x": None}]]])
    if rng.random() < 0.3:  # a table or document key that is not a number
        table = rng.choice([t for t in data if isinstance(data[t], dict)] or ["participants"])
        if isinstance(data.get(table), dict):
            data[table]["abc"] = {"id": "zz"}
    return json.dumps(data).encode()


def alias_bomb(raw: bytes, rng: random.Random) -> bytes:
    bomb = [b'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for k in range(1, 10):
        prev = chr(ord("a") + k - 1).encode()
        name = chr(ord("a") + k).encode()
        bomb.append(name + b": &" + name + b" [" + b",".join([b"*" + prev] * 9) + b"]")
    if rng.random() < 0.3:
        bomb.append(b"loop: &loop [*loop]")
    return b"\n".join(bomb) + b"\n" + raw


def python_tag(raw: bytes, rng: random.Random) -> bytes:
    lines = _lines(raw)
    k = rng.randrange(len(lines))
    tag = rng.choice([b'!!python/object/apply:os.system ["echo pwned"]', b"!!python/name:os.system",
                      b"!!binary aGVsbG8=", b"!!set {a, b}", b'!!python/object:__main__.X {}',
                      b"!custom value"])
    m = _SCALAR.match(lines[k])
    lines[k] = (m.group(1) + tag) if m else (b"injected: " + tag)
    return b"\n".join(lines)


def deep_nesting(raw: bytes, rng: random.Random) -> bytes:
    depth = rng.choice([1000, 10000, 100000])
    return b"key: " + b"[" * depth + b"]" * depth + b"\n" + raw


MutateBytes = Callable[[bytes, random.Random], bytes]
_COMMON: dict[str, MutateBytes] = {
    "byte_flip": byte_flip, "truncate": truncate, "duplicate": duplicate, "non_utf8": non_utf8,
    "bom": bom, "crlf": crlf, "empty": empty,
}
_BY_KIND: dict[str, dict[str, MutateBytes]] = {
    "questionnaire": {"wrong_type": wrong_type_yaml, "alias_bomb": alias_bomb,
                      "python_tag": python_tag, "deep_nesting": deep_nesting},
    "program": {"wrong_type": wrong_type_yaml, "alias_bomb": alias_bomb,
                "python_tag": python_tag, "deep_nesting": deep_nesting},
    "responses": {"wrong_type": wrong_type_yaml, "alias_bomb": alias_bomb,
                  "python_tag": python_tag, "deep_nesting": deep_nesting},
    "roster": {"wrong_type": wrong_type_csv, "alias_bomb": wrong_type_csv,
               "python_tag": wrong_type_csv, "deep_nesting": wrong_type_csv},
    "database": {"wrong_type": wrong_type_db, "alias_bomb": wrong_type_db,
                 "python_tag": wrong_type_db, "deep_nesting": deep_nesting},
}


def _mutation(name: str) -> Callable[..., Case]:
    def make(work: Path, seeds: dict[str, Path], kind: str, rng: random.Random, n: int) -> Case:
        fn = _COMMON.get(name) or _BY_KIND[kind][name]
        data = seeds[kind].read_bytes()
        for _ in range(rng.choice([1, 1, 1, 2])):  # sometimes two mutations on top
            data = fn(data, rng) if data else data
        return _write(work, kind, n, name, data)
    return make


MUTATIONS: dict[str, Callable[..., Case]] = {
    name: _mutation(name) for name in [*_COMMON, "wrong_type", "alias_bomb", "python_tag", "deep_nesting"]
}


# -- special files: one of each per kind ----------------------------------------------------------
def _special(kind_maker: Callable[[Path, dict[str, Path], str, random.Random, int, int], Case]) -> Callable[..., list[Case]]:
    def make(work: Path, seeds: dict[str, Path], rng: random.Random, big_mb: int, n: int) -> list[Case]:
        return [kind_maker(work, seeds, kind, rng, big_mb, 100_000 + n * 10 + k)
                for k, kind in enumerate(KINDS)]
    return make


def _big(work: Path, seeds: dict[str, Path], kind: str, rng: random.Random, big_mb: int, n: int) -> Case:
    path = _target(work, kind, n, "big")
    seed = seeds[kind].read_bytes()
    with open(path, "wb") as out:
        if kind == "database":  # valid JSON padded with whitespace to the size
            out.write(seed[:-1] + b" " * (big_mb << 20) + seed[-1:])
        elif kind == "roster":
            out.write(seed)
            row = b"x%07d,Name,e@example.com,mentor,data,azur-fr,t,2020-01-01,fr\n"
            for i in range((big_mb << 20) // len(row)):
                out.write(row.replace(b"%07d", b"%07d" % i))
        else:
            out.write(seed + b"\n# " + b"padding " * ((big_mb << 20) // 8) + b"\n")
    return Case(kind, "big", path, n)


def _directory(work: Path, seeds: dict[str, Path], kind: str, rng: random.Random, big_mb: int, n: int) -> Case:
    path = _target(work, kind, n, "directory")
    path.mkdir()
    return Case(kind, "directory", path, n)


def _loop(work: Path, seeds: dict[str, Path], kind: str, rng: random.Random, big_mb: int, n: int) -> Case:
    path = _target(work, kind, n, "symlink_loop")
    other = path.with_name(path.name + ".other")
    path.symlink_to(other)
    other.symlink_to(path)
    return Case(kind, "symlink_loop", path, n, [other])


def _fifo(work: Path, seeds: dict[str, Path], kind: str, rng: random.Random, big_mb: int, n: int) -> Case:
    path = _target(work, kind, n, "fifo")
    os.mkfifo(path)
    return Case(kind, "fifo", path, n)


def _dev_zero(work: Path, seeds: dict[str, Path], kind: str, rng: random.Random, big_mb: int, n: int) -> Case:
    path = _target(work, kind, n, "dev_zero")
    path.symlink_to("/dev/zero")
    return Case(kind, "dev_zero", path, n)


SPECIALS: dict[str, Callable[..., list[Case]]] = {
    "big": _special(_big), "directory": _special(_directory), "symlink_loop": _special(_loop),
    "fifo": _special(_fifo), "dev_zero": _special(_dev_zero),
}
