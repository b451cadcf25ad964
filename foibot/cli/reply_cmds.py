"""Reply commands. This module holds ``inspect`` (classify files, no database); the lead's
triage/assign/mark/search commands live with the database code."""

from __future__ import annotations

import json

import click

from foibot.cli.base import cli


@cli.command()
@click.option("--json", "as_json_out", is_flag=True, help="Print a JSON list, one object per FILE.")
@click.argument("files", nargs=-1, required=True,
                type=click.Path(exists=True, dir_okay=False, readable=True))
def inspect(as_json_out: bool, files: tuple[str, ...]) -> None:
    """Classify reply files without touching the database: kind, the force's reference,
    exemptions, response date, our reference, and the phrases that decided each.

    A FILE is an .eml message or a plain-text body.

    Example: foibot inspect --json reply.eml letter.txt
    """
    from pathlib import Path

    from foibot.classify import as_json, understand

    results = [{"file": f, **as_json(understand(Path(f).read_bytes(), Path(f).name))}
               for f in files]
    if as_json_out:
        click.echo(json.dumps(results, indent=2, ensure_ascii=False))
    else:
        _print_table(results)


def _print_table(results: list[dict]) -> None:
    """A summary table, then the evidence per file (too long for a table cell)."""
    from rich.console import Console
    from rich.table import Table

    console = Console()
    table = Table(title="foibot inspect")
    for column in ("#", "file", "kind", "authority ref", "exemptions", "date", "our ref"):
        table.add_column(column, overflow="fold")
    for i, r in enumerate(results, start=1):
        table.add_row(str(i), r["file"], r["kind"], r["authority_reference"] or "-",
                      " ".join(r["exemptions"]) or "-", r["response_date"] or "-",
                      r["our_reference"] or "-")
    console.print(table)
    for i, r in enumerate(results, start=1):
        console.print(f"[bold]#{i} why[/bold]")
        for field, phrases in r["evidence"].items():
            if phrases:
                console.print(f"  {field}: " + " | ".join(phrases), markup=False, highlight=False)
