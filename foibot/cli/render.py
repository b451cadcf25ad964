"""Output for humans and machines: rich tables on a terminal, plain text otherwise, JSON and CSV."""

from __future__ import annotations

import csv
import io
import json
import logging
import sys
from collections import Counter

from foibot.statusrows import StatusRow

COLOURS = {"in time": "green", "due soon": "yellow", "overdue": "red", "long overdue": "bold red",
           "answered": "cyan", "refused": "magenta", "failed": "bold magenta", "queued": "dim",
           "sending?": "bold yellow", "clock stopped": "blue"}
STATUS_COLUMNS = ["force", "our_reference", "authority_reference", "display", "sent_at", "due_date",
                  "working_days_left", "last_message_at", "exemptions"]


def setup_logging(verbose: bool = False, logfile=None) -> None:
    handlers: list[logging.Handler] = []
    if sys.stderr.isatty():
        from rich.logging import RichHandler

        handlers.append(RichHandler(show_path=False, rich_tracebacks=False))
    else:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        handlers.append(handler)
    if logfile is not None:
        fh = logging.FileHandler(logfile)
        fh.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        handlers.append(fh)
    logging.basicConfig(level=logging.DEBUG if verbose else logging.INFO, handlers=handlers, force=True)
    for noisy in ("apscheduler", "httpx", "mail.log"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    logging.getLogger("pypdf").setLevel(logging.ERROR)  # one warning per broken PDF: hostile mail floods it


def status_json(rows: list[StatusRow]) -> str:
    """Indented on a terminal; compact when piped (json's C encoder: 100,000 rows in well under a second)."""
    return json.dumps([r.as_json() for r in rows], indent=2 if sys.stdout.isatty() else None)


def status_csv(rows: list[StatusRow]) -> str:
    out = io.StringIO()
    keys = list(StatusRow._fields)
    writer = csv.DictWriter(out, fieldnames=keys)
    writer.writeheader()
    for r in rows:
        data = r.as_json()
        data["exemptions"] = " ".join(data["exemptions"])
        writer.writerow(data)
    return out.getvalue()


def summary(rows: list[StatusRow]) -> str:
    counts = Counter(r.display for r in rows)
    return f"{len(rows)} request(s): " + ", ".join(f"{n} {k}" for k, n in counts.most_common())


def _cell(row: StatusRow, key: str) -> str:
    value = getattr(row, key)
    if key in ("sent_at", "last_message_at") and value:
        return value[:10]
    if key == "due_date" and value and row.provisional:
        return f"{value}*"
    if key == "exemptions":
        return " ".join(value)
    if key == "working_days_left" and value is not None:
        return f"overdue by {-value}" if row.overdue else f"{value} left"
    return "" if value is None else str(value)


def status_table(rows: list[StatusRow], console=None) -> None:
    """A rich table per campaign on a terminal (or the given ``console``, e.g. one recording for a
    screenshot), tab-separated plain text otherwise."""
    from rich.console import Console
    from rich.table import Table

    console = console or Console()
    plain = not console.is_terminal and not console.record
    out = print if plain else console.print
    for campaign in sorted({r.campaign for r in rows}):
        group = [r for r in rows if r.campaign == campaign]
        if plain:
            print(f"# {campaign}")
            print("\t".join(STATUS_COLUMNS))
            for r in group:
                print("\t".join(_cell(r, k) for k in STATUS_COLUMNS))
            continue
        table = Table(title=campaign, title_justify="left")
        for name in ("force", "ours", "theirs", "state", "sent", "due", "working days", "last message", "exemptions"):
            table.add_column(name, overflow="fold")
        for r in group:
            cells = [_cell(r, k) for k in STATUS_COLUMNS]
            cells[0] = r.force_name
            cells[3] = f"[{COLOURS.get(r.display, 'white')}]{r.display}[/]"
            table.add_row(*cells)
        console.print(table)
    if any(r.provisional for r in rows):
        out("* drafted, not sent: the due date shows when it would fall had it been sent on its draft date")
    out(summary(rows))
