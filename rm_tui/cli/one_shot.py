"""Commands that run once and exit (`explain`, `status`) run without the cyclic garbage collector."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def without_gc() -> Iterator[None]:
    """Loading a program and a database makes ~10^5 objects and frees few: the cyclic collector
    walks them again and again (25-40 ms of `explain` or `status` at 1,000 people) and finds
    nothing to free. Restored afterwards (tests run commands in-process)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()
