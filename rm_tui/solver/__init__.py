"""The solver boundary: `cold` (the one module that imports munkres), `warm` (re-solve from the last optimum), `forced_pairs`.

May import rm_tui.core only.
"""
