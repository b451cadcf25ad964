"""The click group, the --home option and error handling shared by every command module.

Each command module (spine, clock, replies, mail) registers its commands on ``cli`` and keeps
heavy imports inside the command functions, so ``foibot status`` starts fast.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from foibot.errors import FoibotError


class FoibotGroup(click.Group):
    """Turns FoibotError into ``foibot: <message>`` and exit status 1 (no traceback)."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except FoibotError as exc:
            click.echo(f"foibot: {exc}", err=True)
            sys.exit(1)


def resolve_home(home: str | None) -> Path:
    return Path(home or os.environ.get("FOIBOT_HOME") or ".").resolve()


@click.group(cls=FoibotGroup)
@click.option("--home", "home", type=click.Path(file_okay=False), default=None,
              help="Directory holding config/ and state/ (default: $FOIBOT_HOME or the current directory).")
@click.version_option(package_name="foibot")
@click.pass_context
def cli(ctx: click.Context, home: str | None) -> None:
    """foibot: send one FOI request to every UK police force and track every reply and deadline.

    Example: foibot --home ~/foi send social-media-monitoring
    """
    os.umask(0o077)  # state/ holds other people's correspondence: every file we create is ours alone
    ctx.obj = resolve_home(home)


def home_of(ctx: click.Context) -> Path:
    return ctx.find_root().obj
