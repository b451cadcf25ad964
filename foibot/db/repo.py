"""Repository functions for forces, campaigns, requests and events (rows ↔ domain values)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime

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


def status_tuples(s: Session, *, campaign: str | None = None, force: str | None = None) -> list[tuple]:
    """(request id, force slug, regime, force name, campaign slug, our ref, their ref, state, sent_at,
    drafted_at, last_message_at, outcome, exemptions) per request, ordered for display."""
    from sqlalchemy import String, type_coerce

    from foibot.db.tables import CampaignRow

    r, f, c = RequestRow.__table__.c, ForceRow.__table__.c, CampaignRow.__table__.c
    # timestamps as stored (skipping SQLAlchemy's per-row regex parse on SQLite); see as_datetime()
    raw = [type_coerce(col_, String) for col_ in (r.sent_at, r.drafted_at, r.last_message_at)]
    q = (select(r.id, r.force_slug, f.regime, f.name, c.slug, r.our_reference, r.authority_reference,
                r.state, *raw, r.outcome, r.exemptions)
         .join_from(RequestRow.__table__, ForceRow.__table__, f.slug == r.force_slug)
         .join(CampaignRow.__table__, c.id == r.campaign_id))
    if campaign:
        q = q.where(c.slug == campaign)
    if force:
        q = q.where(r.force_slug == force)
    return s.connection().execute(q.order_by(c.slug, f.name, r.id)).all()


def clock_event_tuples(s: Session) -> dict[int, tuple]:
    """request id → its dated clock events, in order, as ClockEvent values (shared when equal).
    The events of a reply the user took back out of the request (``unassign``) do not count."""
    from foibot.clock import ASSIGNMENT_KINDS, EVENT_KINDS, ClockEvent, detached_messages

    e = EventRow.__table__.c
    marks = (select(e.request_id, e.kind, e.message_id)
             .where(e.kind.in_(sorted(ASSIGNMENT_KINDS)), e.request_id.is_not(None))
             .order_by(e.request_id, e.at, e.id))
    by_request: dict[int, list] = {}
    for request_id, kind, message_id in s.connection().execute(marks).all():
        by_request.setdefault(request_id, []).append((kind, message_id))
    detached = {r: detached_messages(m) for r, m in by_request.items()}
    q = (select(e.request_id, e.kind, e.on_date, e.detail, e.message_id)
         .where(e.on_date.is_not(None), e.request_id.is_not(None), e.kind.in_(sorted(EVENT_KINDS)))
         .order_by(e.request_id, e.at, e.id))
    interned: dict[tuple, ClockEvent] = {}
    grouped: dict[int, list] = {}
    for request_id, kind, on_date, detail, message_id in s.connection().execute(q).all():
        if message_id is not None and message_id in detached.get(request_id, ()):
            continue
        new_due = json.loads(detail).get("new_due") if kind == "extension" else None
        key = (kind, on_date, new_due)
        event = interned.get(key)
        if event is None:
            event = interned[key] = ClockEvent(kind, date.fromisoformat(on_date),
                                               date.fromisoformat(new_due) if new_due else None)
        grouped.setdefault(request_id, []).append(event)
    histories: dict[tuple, tuple] = {}  # equal histories share one tuple: callers may key on id()
    return {k: histories.setdefault(tuple(v), tuple(v)) for k, v in grouped.items()}


def as_datetime(value) -> datetime | None:
    """A stored timestamp (SQLite text or a driver datetime) as an aware UTC datetime."""
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value if value.tzinfo else value.replace(tzinfo=UTC)


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
