"""rm-tui: form, explain, adjust and follow reverse-mentoring pairs from the terminal."""

import os

__version__ = "0.1.0"

# numpy's OpenBLAS runs a large product on every core, then keeps its helper threads spinning
# (a sixth of the scorer's CPU time at 1,000 x 1,000, and a core taken from a busy machine).
# Our products are small: one thread is as fast, and its floats do not depend on the core count.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
