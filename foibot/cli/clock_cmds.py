"""``foibot deadline`` and ``foibot holidays``: the statutory clock from the command line.

Heavy imports stay inside the command bodies so that ``foibot --help`` starts fast.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import click

from foibot.cli.base import cli, home_of

_DATE = click.DateTime(formats=["%Y-%m-%d"])


def _state_dir(ctx: click.Context) -> Path | None:
    """The home's state/ if it exists: ``foibot deadline`` must work without any home."""
    state = home_of(ctx) / "state"
    return state if state.is_dir() else None


def _fmt(d: date | None) -> str:
    return d.strftime("%a %d %b %Y") if d else "-"


@cli.command()
@click.option("--regime", type=click.Choice(["foia", "foisa"]), default="foia", show_default=True,
              help="FOIA 2000 (every UK bank holiday) or FOISA 2002 (Police Scotland: Scottish ones).")
@click.option("--clarified", type=_DATE, help="Date the clarification was sent: 20 new days (s.1(3)).")
@click.option("--fee-notice", type=_DATE, help="Date of the fees notice (s.9); needs --fee-paid.")
@click.option("--fee-paid", type=_DATE, help="Date the fee was paid: the days between are disregarded.")
@click.option("--explain", is_flag=True, help="Show the count day by day, naming each day skipped.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list, one object per date.")
@click.argument("dates", nargs=-1, required=True, type=_DATE)
@click.pass_context
def deadline(ctx, regime, clarified, fee_notice, fee_paid, explain, as_json, dates) -> None:
    """Show the due date (20th working day after receipt) for each receipt DATE (YYYY-MM-DD).

    Example: foibot deadline --explain 2025-12-22
    """
    from foibot.domain import Regime
    from foibot.holidaydata import load_calendars

    if (fee_notice is None) != (fee_paid is None):
        raise click.UsageError("--fee-notice and --fee-paid go together")
    days = [d.date() for d in dates]
    extra = [x.date() for x in (clarified, fee_paid) if x]
    cal = load_calendars(_state_dir(ctx), first_year=min(days).year - 1,
                         last_year=max(days + extra).year + 2)[Regime(regime)]
    pauses = [(fee_notice.date(), fee_paid.date())] if fee_notice else []
    results = [_deadline_row(cal, d, clarified.date() if clarified else None, pauses) for d in days]
    if as_json:
        import json

        click.echo(json.dumps(results, indent=2))
        return
    for row in results:
        _print_row(row, cal, pauses, explain)


def _deadline_row(cal, received: date, clarified: date | None, pauses) -> dict:
    from foibot.clock import response_deadlines

    dl = response_deadlines(cal, received, clarified=clarified, pauses=pauses)
    notes = list(dl.notes)
    if cal.beyond_data(dl.long_overdue_date):
        notes.append(f"depends on holidays after {cal.data_until} (from rules only): a "
                     "proclaimed bank holiday could move it")
    elif cal.data_until is None:
        notes.append("holidays from the holidays package (run `foibot holidays update` for GOV.UK's list)")
    return {
        "received": received.isoformat(), "regime": cal.regime.value,
        "start": dl.start.isoformat(), "due_date": dl.due_date.isoformat(),
        "lenient_due_date": dl.lenient_due_date.isoformat(),
        "long_overdue_date": dl.long_overdue_date.isoformat(),
        "disregarded_days": dl.disregarded_days,
        "skipped": [{"date": d.isoformat(), "name": n}
                    for d, n in cal.skipped_weekdays(dl.start, dl.due_date)],
        "notes": notes,
    }


def _print_row(row: dict, cal, pauses, explain: bool) -> None:
    due, lenient = date.fromisoformat(row["due_date"]), date.fromisoformat(row["lenient_due_date"])
    received = date.fromisoformat(row["received"])
    click.echo(f"Received {_fmt(received)} ({row['regime'].upper()}): due {_fmt(due)}, "
               f"overdue from the day after")
    if lenient != due:
        click.echo(f"  lenient due date (receipt moved to the next working day): {_fmt(lenient)}")
    click.echo(f"  long overdue after {_fmt(date.fromisoformat(row['long_overdue_date']))} "
               "(40 working days)")
    if explain:
        for day in cal.explain(date.fromisoformat(row["start"]), 20, pauses):
            what = f"day {day.number}" if day.number else f"skipped: {day.reason}"
            click.echo(f"    {_fmt(day.day)}  {what}")
    else:
        for s in row["skipped"]:
            click.echo(f"  skipped {_fmt(date.fromisoformat(s['date']))}: {s['name']}")
    for note in row["notes"]:
        click.echo(f"  note: {note}")


@cli.group(invoke_without_command=True)
@click.pass_context
def holidays(ctx: click.Context) -> None:
    """Show where bank holidays come from; `update` fetches GOV.UK's list, `list YEAR` prints it.

    Example: foibot holidays update
    """
    if ctx.invoked_subcommand is None:
        from foibot.holidaydata import cache_path, load_calendars

        state = _state_dir(ctx)
        cal = next(iter(load_calendars(state).values()))
        if cal.data_until is None:
            click.echo("Source: the holidays package only (no GOV.UK cache; run `foibot holidays update`).")
        else:
            click.echo(f"Source: GOV.UK ({cache_path(state)}) up to {cal.data_until}, "
                       "then the holidays package's rules.")


@holidays.command("update")
@click.pass_context
def holidays_update(ctx: click.Context) -> None:
    """Fetch GOV.UK's bank-holidays.json into state/holidays/ (the daemon does it weekly).

    Example: foibot holidays update
    """
    from foibot.holidaydata import update_from_govuk

    report = update_from_govuk(home_of(ctx) / "state")
    click.echo(f"Saved {report.events} holidays for {report.first_year}-{report.last_year} "
               f"to {report.path}")
    for line in report.differences:
        click.echo(f"  differs from the holidays package: {line}")
    if report.changed_days:
        click.echo("  changed since the last update: "
                   + ", ".join(d.isoformat() for d in report.changed_days))


@holidays.command("list")
@click.argument("year", type=click.IntRange(1990, 2100))
@click.pass_context
def holidays_list(ctx: click.Context, year: int) -> None:
    """List the weekday bank holidays of YEAR, and which regimes they stop the clock under.

    Example: foibot holidays list 2026
    """
    from foibot.domain import Regime
    from foibot.holidaydata import load_calendars

    cals = load_calendars(_state_dir(ctx), first_year=year, last_year=year)
    foia, foisa = cals[Regime.FOIA], cals[Regime.FOISA]
    for d in sorted(x for x in foia.holidays if x.year == year):
        where = "FOIA+FOISA" if not foisa.is_working_day(d) else "FOIA only"
        click.echo(f"{d.isoformat()}  {d.strftime('%a')}  {where:<10}  {foia.holidays[d]}")
