"""Read-only views: the status table's rows and one request's timeline.

Status is one query per table (requests ⋈ forces ⋈ campaigns, then the dated events), and each
request's clock is replayed in memory: O(1) working-day arithmetic per request keeps this fast on
100,000 requests.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from foibot.app import App
from foibot.clock import ClockEvent, compute_clock
from foibot.db import mail as mailrepo
from foibot.db import repo
from foibot.db.tables import CampaignRow, EventRow, ForceRow, MessageLink, MessageRow, RequestRow
from foibot.domain import Regime
from foibot.service.clocks import clock_for
from foibot.statusrows import StatusRow, clock_view, make_row
from foibot.timeutil import uk_date


def status_rows(app: App, *, campaign: str | None = None, force: str | None = None,
                overdue_only: bool = False, today: date | None = None) -> list[StatusRow]:
    """Every request's status row. Reads plain tuples (no ORM objects): 100,000 rows must take
    seconds, not minutes (issue 8's status benchmark)."""
    today = today or uk_date(app.now())
    with app.db.session(readonly=True) as s:
        rows = repo.status_tuples(s, campaign=campaign, force=force)
        grouped = repo.clock_event_tuples(s)
    calendars = app.calendars()
    regimes = {r: calendars[Regime(r)] for r in {row[2] for row in rows}}
    clocks: dict[tuple, object] = {}  # (history, draft day, regime) → Clock: histories repeat a lot
    out = []
    for (rid, slug, regime, name, camp, ref, auth, state, sent_at, drafted_at, last, outcome, exemptions) in rows:
        events = grouped.get(rid, ())
        draft_day = None
        if drafted_at is not None and state != "queued" and not any(e.kind == "sent" for e in events):
            draft_day = uk_date(repo.as_datetime(drafted_at))
        key = (id(events), draft_day, regime)
        shared = clocks.get(key)
        if shared is None:
            history = (ClockEvent("sent", draft_day), *events) if draft_day else events
            clock = compute_clock(history, regimes[regime], today)
            shared = clocks[key] = (clock, clock_view(clock))
        clock, view = shared
        row = make_row(campaign=camp, force=slug, force_name=name, reference=ref, authority_reference=auth,
                       state=state, sent_at=repo.as_datetime(sent_at), clock=clock, outcome=outcome,
                       exemptions=tuple(json.loads(exemptions)) if exemptions and exemptions != "[]" else (),
                       last_message_at=repo.as_datetime(last), view=view)
        if not overdue_only or row.overdue:
            out.append(row)
    return out


@dataclass
class Timeline:
    request: RequestRow
    force: ForceRow
    campaign: CampaignRow
    clock: object
    messages: list[tuple[MessageRow, MessageLink | None]]
    events: list[EventRow]


def timeline(app: App, reference: str, today: date | None = None) -> Timeline:
    today = today or uk_date(app.now())
    with app.db.session(readonly=True) as s:
        req = repo.request_by_ref(s, reference)
        force = s.get(ForceRow, req.force_slug)
        campaign = s.get(CampaignRow, req.campaign_id)
        events = repo.events_for(s, [req.id])
        messages = mailrepo.messages_for(s, req.id)
    clock = clock_for(req, events, Regime(force.regime), app, today)
    return Timeline(request=req, force=force, campaign=campaign, clock=clock, messages=messages, events=events)


def triage_rows(app: App) -> list[tuple[MessageRow, list[str]]]:
    """The holding pen with, for probable matches, the references they were tentatively filed under."""
    with app.db.session(readonly=True) as s:
        pen = mailrepo.holding_pen(s)
        out = []
        for msg in pen:
            refs = [s.get(RequestRow, link.request_id).our_reference for link in mailrepo.links_of(s, msg.id)]
            out.append((msg, refs))
    return out


def search(app: App, words: tuple[str, ...]) -> list[tuple[MessageRow, list[str]]]:
    with app.db.session(readonly=True) as s:
        hits = mailrepo.search_messages(s, words)
        return [(m, [s.get(RequestRow, link.request_id).our_reference for link in mailrepo.links_of(s, m.id)])
                for m in hits]
