"""Shared fixtures: a fresh foibot home per test, and a CLI runner bound to it."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

pytest_plugins = ["mailserver_fixtures"]

REPO = Path(__file__).resolve().parents[1]
SEEDS = Path(__file__).parent / "fixtures" / "seeds"


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """A home made by `foibot init`, with the shipped config."""
    from foibot.home import init_home

    init_home(tmp_path / "home")
    return tmp_path / "home"


class Foibot:
    """Runs foibot commands against one home, in process (click's CliRunner)."""

    def __init__(self, home: Path) -> None:
        self.home = home
        self.runner = CliRunner()

    def __call__(self, *args: str, code: int | None = 0):
        from foibot.cli import cli

        result = self.runner.invoke(cli, ["--home", str(self.home), *args], catch_exceptions=False)
        if code is not None:
            assert result.exit_code == code, f"exit {result.exit_code}\n{result.output}"
        return result

    def json(self, *args: str):
        import json

        return json.loads(self(*args).stdout)


@pytest.fixture
def foibot(home: Path) -> Foibot:
    return Foibot(home)


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def fixed_now(moment: datetime):
    return lambda: moment.astimezone(UTC)


def copy_seed(name: str, dest: Path) -> Path:
    return Path(shutil.copyfile(SEEDS / name, dest))
