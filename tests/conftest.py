"""Shared fixtures: a fresh foibot home per test, and a CLI runner bound to it."""

from __future__ import annotations

import os
import shutil
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

pytest_plugins = ["mailserver_fixtures"]

REPO = Path(__file__).resolve().parents[1]
SEEDS = Path(__file__).parent / "fixtures" / "seeds"


def _backends() -> list[str]:
    """SQLite always; PostgreSQL too when FOIBOT_TEST_POSTGRES_URL is set (CI sets it, and then a
    PostgreSQL that cannot be reached fails the tests instead of skipping them)."""
    return ["sqlite", "postgres"] if os.environ.get("FOIBOT_TEST_POSTGRES_URL") else ["sqlite"]


@pytest.fixture(params=_backends())
def db_url(request, tmp_path: Path):
    """A fresh, empty database: a SQLite file, or a new schema in the test PostgreSQL."""
    if request.param == "sqlite":
        yield "sqlite:///state/foibot.db"
        return
    from sqlalchemy import create_engine, text

    base = os.environ["FOIBOT_TEST_POSTGRES_URL"]
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base)
    with admin.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    yield f"{base}{'&' if '?' in base else '?'}options=-csearch_path%3D{schema}"
    with admin.begin() as conn:
        conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
    admin.dispose()


@pytest.fixture
def home(tmp_path: Path, db_url: str) -> Path:
    """A home made by `foibot init`, with the shipped config, on each database backend."""
    from foibot.home import init_home

    init_home(tmp_path / "home")
    cfg = tmp_path / "home" / "config" / "foibot.toml"
    cfg.write_text(cfg.read_text().replace('url = "sqlite:///state/foibot.db"', f'url = "{db_url}"', 1))
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
