"""Repository functions for forces, campaigns, requests and events (rows ↔ domain values)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlmodel import Session, col, select

from foibot.db.tables import CampaignRow, EventRow, ForceRow, RequestRow
from foibot.domain import Campaign, Force, Regime, RequestState
from foibot.errors import NotFound


def sync_forces(s: Session, forces: Iterable[Force], now: datetime) -> None:
    """Mirror config/forces.toml into the table (the TOML is the source of truth)."""
    existing = {row.slug: row for row in s.exec(select(ForceRow))}
    for f in forces:
        row = existing.get(f.slug) or ForceRow(slug=f.slug, name=f.name, regime=f.regime,
                                               nation=f.nation, updated_at=now)
        row.name, row.regime, row.nation, row.email = f.name, str(f.regime), f.nation, f.email
        row.email_source, row.email_confidence = f.email_source, f.email_confidence
        row.tags, row.updated_at = json.dumps(list(f.tags)), now
        s.add(row)


def force_of(row: ForceRow) -> Force:
    return Force(slug=row.slug, name=row.name, regime=Regime(row.regime), nation=row.nation,
                 email=row.email, email_source=row.email_source,
                 email_confidence=row.email_confidence, tags=tuple(json.loads(row.tags or "[]")))


def upsert_campaign(s: Session, c: Campaign, now: datetime) -> CampaignRow:
    row = s.exec(select(CampaignRow).where(CampaignRow.slug == c.slug)).first()
    if row is None:
        row = CampaignRow(slug=c.slug, title=c.title, code=c.code, subject_template=c.subject,
                          body_template=c.body, created_at=now)
    else:
        row.title, row.subject_template, row.body_template = c.title, c.subject, c.body
    s.add(row)
    s.flush()
    return row


def campaign_by_slug(s: Session, slug: str) -> CampaignRow:
    row = s.exec(select(CampaignRow).where(CampaignRow.slug == slug)).first()
    if row is None:
        raise NotFound(f"no campaign {slug!r} in the database (send it first: foibot send {slug})")
    return row


def requests_of(s: Session, campaign_id: int) -> dict[str, RequestRow]:
    rows = s.exec(select(RequestRow).where(RequestRow.campaign_id == campaign_id))
    return {r.force_slug: r for r in rows}


def reference_taken(s: Session, reference: str) -> bool:
    return s.exec(select(RequestRow.id).where(RequestRow.our_reference == reference)).first() is not None


def request_by_ref(s: Session, reference: str) -> RequestRow:
    ref = reference.strip().upper()
    row = s.exec(select(RequestRow).where(RequestRow.our_reference == ref)).first()
    if row is None:
        row = s.exec(select(RequestRow).where(RequestRow.authority_reference == reference.strip())).first()
    if row is None:
        raise NotFound(f"no request with reference {reference!r} (see `foibot status`)")
    return row


def requests_in_states(s: Session, states: Sequence[RequestState],
                       campaign_id: int | None = None) -> list[RequestRow]:
    q = select(RequestRow).where(col(RequestRow.state).in_([str(x) for x in states]))
    if campaign_id is not None:
        q = q.where(RequestRow.campaign_id == campaign_id)
    return list(s.exec(q.order_by(RequestRow.id)))


def add_event(s: Session, request_id: int | None, kind: str, at: datetime, *, on_date=None,
              message_id: int | None = None, actor: str = "foibot", **detail) -> EventRow:
    """Append to the audit trail. Events are never updated or deleted."""
    row = EventRow(request_id=request_id, message_id=message_id, at=at, kind=kind,
                   on_date=on_date.isoformat() if on_date else None,
                   detail=json.dumps(detail, default=str, sort_keys=True), actor=actor)
    s.add(row)
    return row


def set_state(s: Session, req: RequestRow, state: RequestState, at: datetime, *, why: str,
              actor: str = "foibot", **detail) -> None:
    """Move a request to ``state`` and record it; a manual state is kept unless the user moves it."""
    if req.state == state:
        return
    if req.manual_state and actor != "user":
        add_event(s, req.id, "state_kept", at, actor=actor, wanted=str(state), kept=req.state, why=why)
        return
    add_event(s, req.id, "state_changed", at, actor=actor, old=req.state, new=str(state), why=why, **detail)
    req.state = str(state)
    req.manual_state = actor == "user"
    s.add(req)


def events_for(s: Session, request_ids: Sequence[int] | None = None) -> list[EventRow]:
    q = select(EventRow)
    if request_ids is not None:
        q = q.where(col(EventRow.request_id).in_(list(request_ids)))
    return list(s.exec(q.order_by(EventRow.at, EventRow.id)))


def regimes(s: Session) -> dict[str, Regime]:
    return {f.slug: Regime(f.regime) for f in s.exec(select(ForceRow))}


def clock_event_rows(s: Session) -> list[EventRow]:
    """Only the events that carry a date for the clock (fast path for status over many requests)."""
    q = select(EventRow).where(col(EventRow.on_date).is_not(None), col(EventRow.request_id).is_not(None))
    return list(s.exec(q.order_by(EventRow.at, EventRow.id)))


def claim_for_sending(s: Session, request_id: int, worker: str, now: datetime, lease) -> bool:
    """Atomically move one unsent request to ``sending`` under a lease; False if another got it."""
    from sqlalchemy import update

    result = s.execute(
        update(RequestRow)
        .where(RequestRow.id == request_id,
               col(RequestRow.state).in_([str(RequestState.QUEUED), str(RequestState.DRAFTED)]))
        .values(state=str(RequestState.SENDING), lease_owner=worker, lease_until=now + lease,
                manual_state=False))
    return result.rowcount == 1
