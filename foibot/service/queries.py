"""Read-only views: the status table's rows and one request's timeline.

Status is one query per table (requests ⋈ forces ⋈ campaigns, then the dated events), and each
request's clock is replayed in memory: O(1) working-day arithmetic per request keeps this fast on
100,000 requests.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlmodel import col, select

from foibot.app import App
from foibot.db import mail as mailrepo
from foibot.db import repo
from foibot.db.tables import CampaignRow, EventRow, ForceRow, MessageLink, MessageRow, RequestRow
from foibot.domain import Regime
from foibot.service.clocks import clock_for
from foibot.statusrows import StatusRow, make_row
from foibot.timeutil import aware, uk_date


def status_rows(app: App, *, campaign: str | None = None, force: str | None = None,
                overdue_only: bool = False, today: date | None = None) -> list[StatusRow]:
    today = today or uk_date(app.now())
    with app.db.session(readonly=True) as s:
        q = (select(RequestRow, ForceRow, CampaignRow)
             .join(ForceRow, col(ForceRow.slug) == RequestRow.force_slug)
             .join(CampaignRow, col(CampaignRow.id) == RequestRow.campaign_id))
        if campaign:
            q = q.where(CampaignRow.slug == campaign)
        if force:
            q = q.where(RequestRow.force_slug == force)
        rows = list(s.exec(q.order_by(CampaignRow.slug, ForceRow.name)))
        grouped: dict[int, list[EventRow]] = defaultdict(list)
        for e in repo.clock_event_rows(s):
            grouped[e.request_id].append(e)
    out = []
    for req, f, c in rows:
        clock = clock_for(req, grouped.get(req.id, []), Regime(f.regime), app, today)
        row = make_row(campaign=c.slug, force=f.slug, force_name=f.name, reference=req.our_reference,
                       authority_reference=req.authority_reference, state=req.state,
                       sent_at=aware(req.sent_at), clock=clock, outcome=req.outcome,
                       exemptions=tuple(json.loads(req.exemptions or "[]")),
                       last_message_at=aware(req.last_message_at))
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
