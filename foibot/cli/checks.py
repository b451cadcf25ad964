"""`foibot check-config`: everything that can be verified before a live send, without sending."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import click

from foibot.errors import FoibotError


def _ok(message: str) -> None:
    click.echo(f"ok       {message}")


def run_checks(home: Path, *, connect: bool) -> int:
    from foibot.config import load_settings
    from foibot.directory import campaign_files, load_campaign, load_forces, select_forces
    from foibot.templating import render_request

    settings = load_settings(home)
    _ok(f"{settings.file} (mode {settings.mode}, outbound {settings.outbound}, inbound {settings.inbound})")
    forces = load_forces(home / "config")
    _ok(f"{home / 'config' / 'forces.toml'} ({len(forces)} bodies)")
    problems = 0
    for path in campaign_files(home / "config"):
        campaign = load_campaign(home / "config", path.stem)
        chosen = select_forces(campaign, forces)
        for force in chosen:
            render_request(campaign, force, settings.requester, "FOI-CHECK-X-0000", date.today())
        _ok(f"{path} renders for {len(chosen)} bodies")
    try:
        settings.require_requester()
        _ok(f"requester {settings.requester.name} <{settings.requester.email}>")
    except FoibotError as exc:
        click.echo(f"warning  {exc}")
    if connect:
        problems += _connect(settings)
    return 1 if problems else 0


def _connect(settings) -> int:
    failures = 0
    if settings.outbound == "smtp" and settings.smtp is not None:
        from foibot.mail.smtp import SmtpOutbox

        try:
            _ok(f"SMTP {SmtpOutbox(settings.smtp, imap=settings.imap).check()}")
        except FoibotError as exc:
            click.echo(f"FAILED   SMTP: {exc}")
            failures += 1
    if settings.inbound == "imap" and settings.imap is not None:
        from foibot.mail.imap import ImapInbox

        try:
            folders = ImapInbox(settings.imap).check()
            _ok("IMAP " + ", ".join(f"{name}: {count} message(s)" for name, count in folders.items()))
        except FoibotError as exc:
            click.echo(f"FAILED   IMAP: {exc}")
            failures += 1
    return failures
