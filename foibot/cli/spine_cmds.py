"""The spine's commands: init, forces, send, resend, poll, status, show, run."""

from __future__ import annotations

import sys

import click

from foibot.cli.base import cli, home_of


def _app(ctx: click.Context, **kw):
    from foibot.app import open_app

    return open_app(home_of(ctx), **kw)


@cli.command()
@click.argument("directory", required=False, type=click.Path(file_okay=False))
@click.pass_context
def init(ctx: click.Context, directory: str | None) -> None:
    """Create a home: default config files (never overwritten) and an empty state/.

    Example: foibot init ~/foi-campaigns
    """
    from pathlib import Path

    from foibot.home import init_home

    home = Path(directory).resolve() if directory else home_of(ctx)
    created = init_home(home)
    click.echo(f"home {home}: {len(created)} file(s)/folder(s) created" if created else f"home {home} is ready")


@cli.command()
@click.option("--check", is_flag=True, help="Validate addresses and flag low-confidence ones (exit 1 on errors).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def forces(ctx: click.Context, check: bool, as_json: bool) -> None:
    """List the bodies in config/forces.toml.

    Example: foibot forces --check
    """
    from foibot.cli.forces_view import show_forces

    sys.exit(show_forces(home_of(ctx), check=check, as_json=as_json))


@cli.command()
@click.argument("campaign")
@click.option("--only", multiple=True, metavar="SLUG", help="Send only to these forces (repeatable).")
@click.option("--live", is_flag=True, help="Really send through SMTP. Without it nothing leaves the machine.")
@click.pass_context
def send(ctx: click.Context, campaign: str, only: tuple[str, ...], live: bool) -> None:
    """Create CAMPAIGN's requests (one per force, ever) and send or draft what is due.

    Without --live (or with the outbox transport) the messages are written to state/outbox/.

    Example: foibot send social-media-monitoring --only dyfed-powys --live
    """
    from foibot.cli.progress import send_with_progress

    app = _app(ctx)
    send_with_progress(app, campaign, only, live)


@cli.command()
@click.argument("reference")
@click.option("--confirm", is_flag=True, help="Yes: send it again even though it may have gone already.")
@click.option("--live", is_flag=True, help="Really send through SMTP.")
@click.pass_context
def resend(ctx: click.Context, reference: str, confirm: bool, live: bool) -> None:
    """Send a request again: after a crash left it 'sending?', or after a bounce once the address is fixed.

    Example: foibot resend FOI-SMM26-DYFED-7K3Q --confirm --live
    """
    from foibot.service.sending import resend as do_resend

    report = do_resend(_app(ctx), reference, confirm=confirm, live=live)
    for ref in report.sent + report.drafted:
        click.echo(f"{'sent' if report.sent else 'drafted'} {ref}")
    for ref, why in report.failed + report.deferred:
        click.echo(f"not sent {ref}: {why}")


@cli.command()
@click.option("--no-extract", is_flag=True,
              help="Only fetch, archive, match and record; leave attachment text for a later poll or the daemon.")
@click.pass_context
def poll(ctx: click.Context, no_extract: bool) -> None:
    """Read new mail, archive it, match it to requests and record it; then read attachments
    (PDF, DOCX, …) on every core and classify those messages.

    Example: foibot poll
    """
    from foibot.cli.progress import poll_with_progress

    poll_with_progress(_app(ctx), extract=not no_extract)


@cli.command()
@click.option("--campaign", help="Only this campaign.")
@click.option("--force", "force_slug", help="Only this force (slug).")
@click.option("--overdue", is_flag=True, help="Only overdue requests.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list.")
@click.option("--csv", "as_csv", is_flag=True, help="Print CSV.")
@click.option("--check", is_flag=True, help="Exit with status 3 when any request is overdue.")
@click.pass_context
def status(ctx: click.Context, campaign: str | None, force_slug: str | None, overdue: bool,
           as_json: bool, as_csv: bool, check: bool) -> None:
    """One row per request: force, references, state, sent, due, working days left, last message.

    Example: foibot status --overdue --check
    """
    from foibot.cli import render
    from foibot.service.queries import status_rows

    rows = status_rows(_app(ctx), campaign=campaign, force=force_slug, overdue_only=overdue)
    if as_json:
        click.echo(render.status_json(rows))
    elif as_csv:
        click.echo(render.status_csv(rows), nl=False)
    else:
        render.status_table(rows)
    if check and any(r.overdue for r in rows):
        sys.exit(3)


@cli.command()
@click.argument("reference")
@click.pass_context
def show(ctx: click.Context, reference: str) -> None:
    """A request's whole timeline: clocks, messages, classifications and events.

    Example: foibot show FOI-SMM26-DYFED-7K3Q
    """
    from foibot.cli.timeline_view import print_timeline
    from foibot.service.queries import timeline

    print_timeline(timeline(_app(ctx), reference))


@cli.command()
@click.option("--once", is_flag=True, help="Run every job once (queue, send/draft, poll, check), print status, exit.")
@click.option("--verbose", is_flag=True, help="Debug logging.")
@click.pass_context
def run(ctx: click.Context, once: bool, verbose: bool) -> None:
    """The daemon: sends within the send window (mode = "live" only), polls, checks deadlines daily.

    Example: foibot run --once
    """
    from foibot.cli.render import setup_logging, status_table
    from foibot.daemon import DaemonLock, run_forever, run_once
    from foibot.fsutil import ensure_dir
    from foibot.service.queries import status_rows

    app = _app(ctx)
    setup_logging(verbose, ensure_dir(app.state_dir / "logs") / "foibot.log")
    with DaemonLock(app.state_dir):
        if not once:
            run_forever(app, list(app.settings.campaigns))
            return
        ok = run_once(app, list(app.settings.campaigns))
    status_table(status_rows(app))
    if not ok:
        sys.exit(1)


@cli.command("check-config")
@click.option("--connect", is_flag=True, help="Also log in to SMTP and IMAP (sends nothing).")
@click.pass_context
def check_config(ctx: click.Context, connect: bool) -> None:
    """Validate config/, render every campaign for every force, and optionally test the servers.

    Example: foibot check-config --connect
    """
    from foibot.cli.checks import run_checks

    sys.exit(run_checks(home_of(ctx), connect=connect))
