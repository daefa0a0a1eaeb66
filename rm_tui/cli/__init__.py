"""The rm-tui commands: main.py dispatches `rm-tui NAME` to cmd_NAME.py (argparse; exit 2 on bad input).

May import every other package; nothing imports the CLI.
"""
