"""The application layer: what the CLI and every UI call (open a program, decide, match, confirm, export, follow up, repair).

May import rm_tui.core, rm_tui.i18n and the boundaries (storage, solver, yaml_io, bundled, templating, atomic_file); never an interface.
"""
