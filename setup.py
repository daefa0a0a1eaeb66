"""Build hook: ship the top-level data folders inside the package.

The repository keeps `questionnaires/`, `sample_programs/` and `schemas/` at the top (where
people edit them); the wheel carries them as package data under `rm_tui/data/`, in the same
layout, where `rm_tui.bundled` finds them with importlib.resources. Everything else about the
build is declared in pyproject.toml.
"""

from __future__ import annotations

from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

DATA_FOLDERS = {"questionnaires": "*.yaml", "sample_programs": "*.yaml", "schemas": "*.json"}


class BuildPyWithData(build_py):
    def run(self) -> None:
        super().run()
        for folder, pattern in DATA_FOLDERS.items():
            target = Path(self.build_lib, "rm_tui", "data", folder)
            self.mkpath(str(target))
            for source in sorted(Path(folder).glob(pattern)):
                self.copy_file(str(source), str(target / source.name))


setup(cmdclass={"build_py": BuildPyWithData})
