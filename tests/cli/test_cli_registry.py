"""The command registry in rm_tui/cli/main.py agrees with the command modules."""

from __future__ import annotations

import argparse

import pytest

from rm_tui.cli.main import COMMANDS, build_parser, command_module, main


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_registry_summary_is_the_modules_help(name: str) -> None:
    sub = argparse.ArgumentParser().add_subparsers()
    command_module(name).register(sub)
    (action,) = sub._choices_actions  # argparse keeps each sub-command's help= here
    assert (action.dest, action.help) == (name, COMMANDS[name][1]), (
        f"update the summary of {name!r} in COMMANDS (rm_tui/cli/main.py) to its help="
    )


def test_only_the_named_command_is_loaded() -> None:
    parser = build_parser(["status", "--help"])
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    loaded = {name for name, p in sub.choices.items() if p._actions[1:]}  # more than -h
    assert loaded == {"status"}


def test_every_command_has_a_module_with_a_func() -> None:
    parser = build_parser(load_all=True)
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    assert list(sub.choices) == list(COMMANDS)
    for name, p in sub.choices.items():
        assert p.get_default("func") is not None or p._subparsers is not None, name


def test_unknown_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["no-such-command"])
    assert exc.value.code == 2
    assert "invalid choice: 'no-such-command'" in capsys.readouterr().err


def test_no_command_prints_the_list_and_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    err = capsys.readouterr().err
    assert all(name in err for name in COMMANDS)


def test_windows_is_refused_with_a_clear_message(monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr("sys.platform", "win32")
    assert main(["--help"]) == 1
    assert "Linux and macOS only" in capsys.readouterr().err
