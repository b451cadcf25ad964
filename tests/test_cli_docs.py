"""Every command has --help with an Example, and the README documents every command."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from conftest import REPO

from foibot.cli import cli

COMMANDS = sorted(cli.commands)


def test_there_are_commands() -> None:
    assert {"init", "forces", "send", "resend", "poll", "status", "show", "run"} <= set(COMMANDS)


@pytest.mark.parametrize("name", COMMANDS)
def test_help_has_an_example(name: str) -> None:
    result = CliRunner().invoke(cli, [name, "--help"])
    assert result.exit_code == 0, result.output
    assert "Example:" in result.output, f"`foibot {name} --help` has no Example"


@pytest.mark.parametrize("name", COMMANDS)
def test_readme_documents_command(name: str) -> None:
    readme = (REPO / "README.md").read_text()
    assert f"foibot {name}" in readme, f"README.md does not mention `foibot {name}`"


def test_top_level_help() -> None:
    result = CliRunner().invoke(cli, ["--help"])
    assert result.exit_code == 0 and "Example:" in result.output
