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
    """One key/value block per file (readable in an 80-column terminal), then the evidence."""
    from rich.console import Console
    from rich.table import Table

    console = Console()
    for r in results:
        grid = Table(title=r["file"], title_justify="left", show_header=False, box=None,
                     padding=(0, 2))
        grid.add_column(style="bold", no_wrap=True)
        grid.add_column(overflow="fold")
        for label, value in (("kind", r["kind"]),
                             ("authority reference", r["authority_reference"]),
                             ("exemptions", ", ".join(r["exemptions"])),
                             ("response date", r["response_date"]),
                             ("our reference", r["our_reference"])):
            grid.add_row(label, value or "-")
        for field, phrases in r["evidence"].items():
            if phrases:
                grid.add_row(f"why {field}", " | ".join(f"\u201c{p}\u201d" for p in phrases))
        console.print(grid, markup=False, highlight=False)
        console.print()
