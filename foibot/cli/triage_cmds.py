"""The holding pen and the user's corrections: triage, assign, unassign, mark, search."""

from __future__ import annotations

import click

from foibot.cli.base import cli, home_of


def _app(ctx):
    from foibot.app import open_app

    return open_app(home_of(ctx))


@cli.command()
@click.pass_context
def triage(ctx: click.Context) -> None:
    """List unmatched, probable and quarantined messages with their evidence.

    Example: foibot triage
    """
    from foibot.service.queries import triage_rows

    rows = triage_rows(_app(ctx))
    for msg, refs in rows:
        click.echo(f"#{msg.id} [{msg.match_status}] {msg.received_at:%Y-%m-%d} from {msg.from_addr or '-'}: "
                   f"{(msg.subject or '(no subject)')[:70]}")
        click.echo(f"    kind {msg.kind}; {msg.match_evidence or 'no evidence'}"
                   + (f"; probably {', '.join(refs)}" if refs else ""))
        if msg.warnings:
            click.echo(f"    warnings: {msg.warnings.splitlines()[0][:120]}")
        click.echo(f"    raw: state/{msg.raw_path}")
    click.echo(f"{len(rows)} message(s) need you: `foibot assign MESSAGE REF` or `foibot unassign MESSAGE`")


@cli.command()
@click.argument("message", type=int)
@click.argument("reference")
@click.pass_context
def assign(ctx: click.Context, message: int, reference: str) -> None:
    """File message #MESSAGE under request REFERENCE (confirms a probable match too).

    Example: foibot assign 12 FOI-SMM26-DYFED-7K3Q
    """
    from foibot.service.replies import assign as do_assign

    app = _app(ctx)
    with app.db.session() as s:
        req = do_assign(s, message, reference, app.now(), app.state_dir)
        click.echo(f"message #{message} assigned to {req.our_reference} (state {req.state})")


@cli.command()
@click.argument("message", type=int)
@click.pass_context
def unassign(ctx: click.Context, message: int) -> None:
    """Detach message #MESSAGE from every request, undo what it did there (its clock events,
    the state, outcome and reference it set) and put it back in the holding pen.

    Example: foibot unassign 12
    """
    from foibot.service.replies import unassign as do_unassign

    app = _app(ctx)
    with app.db.session() as s:
        ids = do_unassign(s, message, app.now())
    click.echo(f"message #{message} detached from {len(ids)} request(s); what it changed there is "
               "undone (see `foibot show REF`)")


@cli.command()
@click.argument("reference")
@click.argument("what")
@click.option("--on", "on", type=click.DateTime(["%Y-%m-%d"]), help="The date it happened (default today).")
@click.option("--note", default="", help="Why (kept in the event).")
@click.pass_context
def mark(ctx: click.Context, reference: str, what: str, on, note: str) -> None:
    """Override a request: a reply kind (refusal, partial-disclosure, ...), or an action of yours
    (clarification-sent, fee-paid, review-requested, withdrawn). Later automatic classifications
    never silently undo it.

    Example: foibot mark FOI-SMM26-DYFED-7K3Q clarification-sent --on 2026-11-20
    """
    from foibot.service.replies import mark as do_mark
    from foibot.timeutil import uk_date

    app = _app(ctx)
    day = on.date() if on else uk_date(app.now())
    with app.db.session() as s:
        req = do_mark(s, reference, what, day, app.now(), note)
        click.echo(f"{req.our_reference}: marked {what} on {day} (state {req.state})")


@cli.command()
@click.argument("words", nargs=-1, required=True)
@click.pass_context
def search(ctx: click.Context, words: tuple[str, ...]) -> None:
    """Find messages whose text (body and attachments) contains all WORDS.

    Example: foibot search "section 31" OSINT
    """
    from foibot.service.queries import search as do_search

    hits = do_search(_app(ctx), words)
    for msg, refs in hits:
        text = " ".join(msg.text.split())
        pos = max(text.lower().find(words[0].lower()), 0)
        click.echo(f"#{msg.id} {', '.join(refs) or '(unmatched)'} {msg.kind}: {msg.subject[:60]}")
        click.echo(f"    …{text[max(pos - 60, 0):pos + 100]}…")
    click.echo(f"{len(hits)} message(s)")



