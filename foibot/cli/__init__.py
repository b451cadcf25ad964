"""Command-line entry point: importing the command modules registers their commands."""

from foibot.cli import clock_cmds, mail_cmds, reply_cmds, report_cmds, spine_cmds, triage_cmds  # noqa: F401
from foibot.cli.base import cli


def main() -> None:
    cli(prog_name="foibot")
