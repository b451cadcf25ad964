"""Publishing and follow-up commands: report, export, calendar, digest, chase, review, complain."""

from __future__ import annotations

import click

from foibot.cli.base import cli, home_of


def _app(ctx: click.Context):
    from foibot.app import open_app

    return open_app(home_of(ctx))


@cli.command()
@click.argument("campaign")
@click.option("--output", type=click.Path(dir_okay=False), help="The HTML file to write.")
@click.option("--bundle", type=click.Path(file_okay=False),
              help="Write DIR/index.html plus copies of the replies: one folder to publish.")
@click.pass_context
def report(ctx: click.Context, campaign: str, output: str | None, bundle: str | None) -> None:
    """Write CAMPAIGN's comparison report: one self-contained HTML file (league table, working
    days chart, outcomes, exemptions matrix, links to the archived replies).

    Example: foibot report social-media-monitoring --output smm.html
    """
    from pathlib import Path

    from foibot.report.gather import campaign_facts
    from foibot.report.html import write_report

    if not output and not bundle:
        raise click.UsageError("give --output FILE.html or --bundle DIR")
    app = _app(ctx)
    path = write_report(campaign_facts(app, campaign), app.state_dir, Path(output) if output else None,
                        Path(bundle) if bundle else None)
    click.echo(f"report written to {path}")


@cli.command()
@click.argument("campaign")
@click.option("--format", "fmt", type=click.Choice(["csv", "json"]), default="csv", show_default=True)
@click.option("--output", type=click.Path(dir_okay=False), help="Write to this file instead of stdout.")
@click.pass_context
def export(ctx: click.Context, campaign: str, fmt: str, output: str | None) -> None:
    """One row per force: references, ISO dates, working days taken, outcome, exemptions.

    Example: foibot export social-media-monitoring --format csv --output smm.csv
    """
    from pathlib import Path

    from foibot.service.exports import export as do_export

    text = do_export(_app(ctx), campaign, fmt)
    if output:
        Path(output).write_text(text, encoding="utf-8")
        click.echo(f"exported to {output}")
    else:
        click.echo(text, nl=False)


@cli.command()
@click.option("--campaign", help="Only this campaign.")
@click.option("--output", type=click.Path(dir_okay=False), required=True, help="The .ics file to write.")
@click.pass_context
def calendar(ctx: click.Context, campaign: str | None, output: str) -> None:
    """Every open deadline (reply due, review due, your review window) as an iCalendar file.

    Example: foibot calendar --output ~/public/foi.ics
    """
    from pathlib import Path

    from foibot.fsutil import atomic_write
    from foibot.service.exports import open_deadlines, to_ics

    app = _app(ctx)
    items = open_deadlines(app, campaign)
    atomic_write(Path(output), to_ics(items, app.now()))
    click.echo(f"{len(items)} deadline(s) written to {output}")


@cli.command()
@click.option("--force", "force_send", is_flag=True, help="Send even when there is nothing new.")
@click.option("--print", "print_only", is_flag=True, help="Print the digest; send and record nothing.")
@click.pass_context
def digest(ctx: click.Context, force_send: bool, print_only: bool) -> None:
    """Send the digest of what happened since the last one ([notify] in config/foibot.toml).

    Example: foibot digest --print
    """
    from foibot.service.alerts import build_digest, send_digest

    app = _app(ctx)
    if print_only:
        click.echo(build_digest(app).text(), nl=False)
        return
    result = send_digest(app, force=force_send)
    click.echo(f"digest: {', '.join(result.channels) or 'nothing sent'}")


def _print_chase(report) -> None:
    for ref in report.sent:
        click.echo(f"sent     {ref}")
    for ref in report.drafted:
        click.echo(f"drafted  {ref} (state/outbox/{ref}.eml)")
    for ref, why in report.skipped:
        click.echo(f"skipped  {ref}: {why}")
    for ref, why in report.failed:
        click.echo(f"failed   {ref}: {why}")


@cli.command()
@click.argument("campaign")
@click.option("--live", is_flag=True, help="Really send through SMTP. Without it reminders go to state/outbox/.")
@click.pass_context
def chase(ctx: click.Context, campaign: str, live: bool) -> None:
    """Remind each overdue force of CAMPAIGN, quoting its reference and the statutory deadline
    (once per request and stage: overdue, then long overdue).

    Example: foibot chase social-media-monitoring --live
    """
    from foibot.service.chasers import chase as do_chase

    _print_chase(do_chase(_app(ctx), campaign, live=live))


@cli.command()
@click.argument("reference")
@click.option("--grounds", help="Your grounds for the review (default: a standard text for the outcome).")
@click.option("--live", is_flag=True, help="Really send through SMTP. Without it the request goes to state/outbox/.")
@click.pass_context
def review(ctx: click.Context, reference: str, grounds: str | None, live: bool) -> None:
    """Ask for an internal review of REFERENCE (after a refusal, or when it is long overdue).

    Example: foibot review FOI-SMM26-DYFED-7K3Q --grounds "s.31 applied to statistics" --live
    """
    from foibot.service.chasers import request_review

    _print_chase(request_review(_app(ctx), reference, live=live, grounds=grounds))


@cli.command()
@click.argument("reference")
@click.option("--output", type=click.Path(file_okay=False), required=True, help="The folder to create.")
@click.pass_context
def complain(ctx: click.Context, reference: str, output: str) -> None:
    """Make a complaint pack for the ICO (or the Scottish Information Commissioner): the request,
    all correspondence, the timeline and a draft complaint.

    Example: foibot complain FOI-SMM26-DYFED-7K3Q --output complaint-dyfed
    """
    from pathlib import Path

    from foibot.service.chasers import complain as do_complain

    files = do_complain(_app(ctx), reference, Path(output))
    click.echo(f"{len(files)} file(s) written to {output}; edit complaint.md before sending it")
