"""The pure domain: questionnaires, programs, scoring, plans, decisions, follow-up, statistics, dates, numbers.

May import rm_tui.core and rm_tui.i18n only; no UI, storage, YAML or solver library (tests and import-linter check).
"""
