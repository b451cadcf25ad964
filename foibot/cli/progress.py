"""Long sends and syncs: a rich progress bar on a terminal, plain lines otherwise."""

from __future__ import annotations

import sys
from contextlib import contextmanager

import click


@contextmanager
def progress_bar(label: str, total: int | None):
    if not sys.stderr.isatty():
        yield lambda *_: None
        return
    from rich.progress import Progress

    with Progress(transient=True) as bar:
        task = bar.add_task(label, total=total)
        yield lambda n=1: bar.advance(task, n if isinstance(n, int) else 1)


def send_with_progress(app, campaign: str, only: tuple[str, ...], live: bool) -> None:
    from foibot.db import repo
    from foibot.domain import RequestState
    from foibot.service.sending import prepare_campaign, send_pending

    prepared = prepare_campaign(app, campaign, only)
    if prepared.skipped_no_address:
        click.echo(f"no address for: {', '.join(prepared.skipped_no_address)} (fix config/forces.toml)")
    with app.db.session() as s:
        total = len(repo.requests_in_states(s, [RequestState.QUEUED, RequestState.DRAFTED],
                                            repo.campaign_by_slug(s, campaign).id))
    stagger = app.settings.schedule.stagger_seconds
    with progress_bar(f"sending {campaign}", total) as advance:
        report = send_pending(app, live=live, campaign=campaign, stagger=stagger, progress=advance)
    for ref in report.sent:
        click.echo(f"sent     {ref}")
    for ref in report.drafted:
        click.echo(f"drafted  {ref} -> state/outbox/{ref}.eml")
    for ref, why in report.deferred:
        click.echo(f"deferred {ref}: {why} (stays queued; will be retried)")
    for ref, why in report.failed:
        click.echo(f"FAILED   {ref}: {why}")
    for ref in report.unresolved:
        click.echo(f"UNKNOWN  {ref} may have been sent (a crash or a lost server reply): check your Sent "
                   f"folder; foibot checks it again on the next run, or `foibot resend {ref} --confirm`")
    mode = "sent" if report.sent else "drafted (nothing sent: add --live and configure SMTP to send)"
    click.echo(f"{len(prepared.created)} new request(s); {len(report.sent) + len(report.drafted)} {mode}")
    if report.unresolved:
        raise SystemExit(1)  # something needs the user's attention


def poll_with_progress(app, extract: bool = True) -> None:
    from foibot.service.extraction import extract_pending
    from foibot.service.ingest import poll

    with progress_bar("polling", None) as advance:
        r = poll(app, progress=advance)
    if r.busy:
        click.echo("another foibot is syncing this mailbox right now; nothing done")
        return
    click.echo(f"{r.fetched} fetched, {r.recorded} new, {r.duplicates} duplicate(s), {r.matched} matched, "
               f"{r.probable} probable, {r.unmatched} unmatched, {r.quarantined} quarantined")
    for ref in dict.fromkeys(r.references):
        click.echo(f"  reply for {ref}")
    if extract:
        with progress_bar("reading attachments", r.pending_extraction or None) as advance:
            x = extract_pending(app, progress=advance)
        if x.extracted or x.failed:
            click.echo(f"{x.extracted} message(s) with attachments read and classified, {x.failed} unreadable")
    elif r.pending_extraction:
        click.echo(f"{r.pending_extraction} message(s) with attachments wait for `foibot poll` (or the daemon)")
    if r.unmatched or r.probable or r.quarantined:
        click.echo("see `foibot triage` for messages that need you")
