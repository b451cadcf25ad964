"""Machine-readable exports: one row per force (CSV/JSON) and open deadlines as iCalendar.

The rows carry the same facts as the report (foibot.report.facts) with ISO dates, so a journalist
can rebuild any table in a spreadsheet. The calendar gives each deadline a stable UID
(RFC 5545 §3.8.4.7: ``<our reference>-<deadline kind>@foibot``), so a subscribed calendar updates
an event in place when a deadline moves instead of duplicating it.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from datetime import date, timedelta

from sqlmodel import select

from foibot.app import App
from foibot.db.tables import CampaignRow
from foibot.errors import FoibotError
from foibot.report.facts import ForceFacts
from foibot.report.gather import campaign_facts
from foibot.timeutil import uk_date

EXPORT_FIELDS = ["campaign", "force", "force_name", "regime", "our_reference", "authority_reference",
                 "state", "standing", "sent_on", "due_date", "responded_on", "working_days_taken",
                 "late_by", "overdue_by", "outcome", "exemptions", "sections", "review_request_deadline",
                 "review_due_date", "reply_path"]


def export_row(campaign: str, f: ForceFacts) -> dict:
    row = {"campaign": campaign}
    for name in EXPORT_FIELDS[1:]:
        value = getattr(f, name)
        row[name] = value.isoformat() if isinstance(value, date) else value
    row["exemptions"], row["sections"] = list(f.exemptions), list(f.sections)
    return row


def export_rows(app: App, campaign: str) -> list[dict]:
    facts = campaign_facts(app, campaign)
    return [export_row(facts.slug, f) for f in facts.forces]


def to_csv(rows: list[dict]) -> str:
    """Lists become space-separated cells (exemption citations never contain spaces)."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=EXPORT_FIELDS, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: " ".join(v) if isinstance(v, list) else ("" if v is None else v)
                         for k, v in row.items()})
    return out.getvalue()


def to_json(rows: list[dict]) -> str:
    return json.dumps(rows, indent=2, ensure_ascii=False) + "\n"


def export(app: App, campaign: str, fmt: str) -> str:
    rows = export_rows(app, campaign)
    if fmt == "csv":
        return to_csv(rows)
    if fmt == "json":
        return to_json(rows)
    raise FoibotError(f"unknown export format {fmt!r}: use csv or json")


@dataclass(frozen=True)
class Deadline:
    """One open deadline. ``kind``: response_due, review_due (the force's internal review) or
    review_window (the last day for us to ask for an internal review: s.45 Code 5.4, FOISA s.20(5))."""

    uid: str
    kind: str
    on: date
    summary: str
    description: str


_TITLES = {"response_due": "FOI reply due", "review_due": "Internal review due",
           "review_window": "Last day to ask for a review"}
_OPEN = ("awaiting reply", "overdue", "long overdue")


def deadlines_of(campaign: str, f: ForceFacts, today: date) -> list[Deadline]:
    found: list[tuple[str, date | None]] = []
    if f.state == "review_requested":
        found.append(("review_due", f.review_due_date))
    elif f.standing in _OPEN:
        found.append(("response_due", f.due_date))
    elif f.standing.startswith("answered") and f.review_request_deadline and f.review_request_deadline >= today:
        found.append(("review_window", f.review_request_deadline))
    return [Deadline(uid=f"{f.our_reference}-{kind}@foibot", kind=kind, on=on,
                     summary=f"{_TITLES[kind]}: {f.force_name} ({f.our_reference})",
                     description=(f"Campaign {campaign}. Our reference {f.our_reference}; their reference "
                                  f"{f.authority_reference or '-'}. State: {f.display}."))
            for kind, on in found if on is not None]


def open_deadlines(app: App, campaign: str | None = None) -> list[Deadline]:
    with app.db.session(readonly=True) as s:
        slugs = [campaign] if campaign else [c.slug for c in s.exec(select(CampaignRow).order_by(CampaignRow.slug))]
    today = uk_date(app.now())
    out: list[Deadline] = []
    for slug in slugs:
        facts = campaign_facts(app, slug, today)
        out += [d for f in facts.forces for d in deadlines_of(slug, f, today)]
    return sorted(out, key=lambda d: (d.on, d.uid))


def to_ics(deadlines: list[Deadline], stamp) -> bytes:
    """All-day events (RFC 5545 §3.6.1: DTEND is the day after); ``stamp`` is DTSTAMP (now, UTC)."""
    from icalendar import Calendar, Event

    cal = Calendar()
    cal.add("prodid", "-//foibot//FOI deadlines//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", "foibot deadlines")
    for d in deadlines:
        ev = Event()
        ev.add("uid", d.uid)
        ev.add("dtstamp", stamp)
        ev.add("dtstart", d.on)
        ev.add("dtend", d.on + timedelta(days=1))
        ev.add("summary", d.summary)
        ev.add("description", d.description)
        ev.add("categories", [d.kind])
        ev.add("transp", "TRANSPARENT")
        cal.add_component(ev)
    return cal.to_ical()
