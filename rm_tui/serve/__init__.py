"""Browser mode (`rm-tui serve`): the participant questionnaire served to phones and laptops.
May import rm_tui.core and rm_tui.atomic_file; the only importer of aiohttp and textual-serve.

access.py (tokens, personal links) and status.py (the sidecar the console reads) are plain
Python; server.py wraps textual-serve's aiohttp server and is imported only by `serve` itself.
"""
