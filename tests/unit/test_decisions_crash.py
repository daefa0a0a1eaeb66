"""A decision is one write: kill the writer at random points over hundreds of decisions and
every decision is either whole (the decision, its audit entry, its plan or person flag) or
absent, and every acknowledged one is there."""

from __future__ import annotations

import os
import random
import signal
import time
from collections.abc import Callable
from pathlib import Path

from rm_tui.core.decisions import Decision, fold
from rm_tui.core.participant import Participant
from rm_tui.storage import Database
from tests.unit.test_storage_processes import _drain, _fork, _read_line

MIN_DECISIONS = 200


def _seed(path: Path) -> None:
    with Database(path) as db:
        db.upsert_participants([Participant(f"m{i:02d}", f"Mentor {i}", "mentor") for i in range(30)]
                               + [Participant(f"e{i:02d}", f"Mentee {i}", "mentee") for i in range(30)])
        for i in range(60):  # ~100 KB, so a write takes long enough to be interrupted
            db.save_answers(f"m{i % 30:02d}" if i < 30 else f"e{i % 30:02d}", "lp",
                            {f"i{k}": k % 5 + 1 for k in range(40)})


def _one_call(n: int, tag: str) -> tuple[list[Decision], dict | None]:
    """The shapes of write the application makes: one or several decisions, with a plan."""
    pair = {"mentor": f"m{n % 30:02d}", "mentee": f"e{(n * 7) % 30:02d}"}
    kind = n % 6
    if kind == 0:
        return [Decision("lock", reason=tag, **pair)], None
    if kind == 1:
        return [Decision("forbid", reason=tag, **pair), Decision("weight", reason=tag,
                                                                 name="job_family", weight=n % 4)], None
    if kind == 2:
        return [Decision("lift", reason=tag, **pair)], None
    if kind == 3:
        return [Decision("exclude" if n % 12 == 3 else "include", reason=tag,
                         participant=f"e{n % 30:02d}")], None
    if kind == 4:
        plan = {"pairs": [{"mentor": f"m{i:02d}", "mentee": f"e{i:02d}"} for i in range(30)]}
        return [Decision("split", reason=tag, **pair), Decision("confirm", reason=tag)], plan
    return [Decision("draft", reason=tag)], {"pairs": []}


def _writer(path: Path, trial: int) -> Callable[[int], None]:
    def work(ack_fd: int) -> None:
        db = Database(path)
        os.write(ack_fd, b"ready\n")
        for n in range(10_000):
            tag = f"t{trial}n{n}"
            decisions, plan = _one_call(n + trial, tag)
            kind = "confirmed" if any(d.action == "confirm" for d in decisions) else "draft"
            db.record_decisions(decisions, plan=plan, plan_kind=kind)
            os.write(ack_fd, f"{tag}\n".encode())  # only after the write returned
    return work


def _check_whole(db: Database) -> set[str]:
    """Every decision has its audit entry (and plan, and person flag); returns their tags."""
    log = db.decisions()
    audits = {e["details"]["decision_id"]: e for e in db.audit_log()
              if "decision_id" in e.get("details", {})}  # fmt: skip
    ids = {d.id for d in log}
    assert set(audits) == ids, "an audit entry without its decision, or the reverse"
    plans = {p["id"]: p for p in db.plans()}
    for d in log:
        assert audits[d.id]["action"] == d.action and audits[d.id]["reason"] == d.reason
        if d.action in ("confirm", "draft"):
            assert d.plan_id in plans and plans[d.plan_id]["note"] == d.reason
    owned = {d.plan_id for d in log if d.plan_id is not None}
    assert owned == set(plans), "a plan stored without its decision"
    flags = {p.id for p in db.participants() if p.excluded}
    assert flags == {x.id for x in fold(log).excluded}
    return {d.reason for d in log if d.reason}


def test_killed_between_the_steps_of_decisions_leaves_each_whole_or_absent(tmp_path: Path) -> None:
    path = tmp_path / "decide.db.json"
    _seed(path)
    rng = random.Random(11)
    acked: set[str] = set()
    trial = 0
    while len(acked) < MIN_DECISIONS or trial < 25:
        pid, ack_fd = _fork(_writer(path, trial))
        assert _read_line(ack_fd) == "ready"
        acked.add(_read_line(ack_fd))
        time.sleep(rng.uniform(0.002, 0.05))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        acked.update(_drain(ack_fd))
        with Database(path) as db:
            stored = _check_whole(db)
        missing = acked - stored
        assert not missing, f"trial {trial}: acknowledged but lost: {sorted(missing)[:5]}"
        trial += 1
    with Database(path) as db:
        assert len(db.decisions()) >= MIN_DECISIONS
