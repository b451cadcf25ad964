"""Repository functions for messages, their links to requests, and IMAP sync cursors."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime

from sqlmodel import Session, col, select

from foibot.db.tables import MessageLink, MessageRow, RequestRow, SyncCursorRow
from foibot.domain import OPEN_STATES, OpenRequest, RequestState
from foibot.errors import NotFound
from foibot.ports import Cursor


def message_by_sha(s: Session, sha256: str) -> MessageRow | None:
    return s.exec(select(MessageRow).where(MessageRow.sha256 == sha256)).first()



def known_inbound(s: Session, shas: list[str], message_ids: list[str]) -> tuple[set[str], set[tuple]]:
    """Which of these hashes (any message) are recorded, and which (Message-ID, sender) pairs of
    inbound mail: a Message-ID only counts as seen from the same sender."""
    found_shas = set(s.exec(select(MessageRow.sha256).where(col(MessageRow.sha256).in_(shas)))) if shas else set()
    found_ids = {tuple(row) for row in s.exec(select(MessageRow.message_id, MessageRow.from_addr).where(
        col(MessageRow.message_id).in_(message_ids), MessageRow.direction == "in"))} if message_ids else set()
    return found_shas, found_ids


def message_by_id(s: Session, message_pk: int) -> MessageRow:
    row = s.get(MessageRow, message_pk)
    if row is None:
        raise NotFound(f"no message #{message_pk} (see `foibot triage`)")
    return row


def link(s: Session, message: MessageRow, request_id: int, *, step: str, evidence: str,
         probable: bool, manual: bool, now: datetime) -> bool:
    """Attach a message to a request; False if it was attached already."""
    if s.get(MessageLink, (message.id, request_id)) is not None:
        return False
    s.add(MessageLink(message_id=message.id, request_id=request_id, step=step, evidence=evidence,
                      probable=probable, manual=manual, created_at=now))
    return True


def unlink_all(s: Session, message: MessageRow) -> list[int]:
    links = list(s.exec(select(MessageLink).where(MessageLink.message_id == message.id)))
    for row in links:
        s.delete(row)
    return [row.request_id for row in links]


def links_of(s: Session, message_pk: int) -> list[MessageLink]:
    return list(s.exec(select(MessageLink).where(MessageLink.message_id == message_pk)))


def messages_for(s: Session, request_id: int) -> list[tuple[MessageRow, MessageLink | None]]:
    """Every message of a request, in and out, oldest first."""
    q = (select(MessageRow, MessageLink).join(MessageLink, col(MessageLink.message_id) == MessageRow.id)
         .where(MessageLink.request_id == request_id))
    rows = list(s.exec(q))
    return sorted(rows, key=lambda pair: (pair[0].received_at, pair[0].id))


def holding_pen(s: Session) -> list[MessageRow]:
    """Inbound messages that are unmatched, probable or quarantined: what triage shows."""
    q = select(MessageRow).where(MessageRow.direction == "in",
                                 col(MessageRow.match_status).in_(["unmatched", "probable", "quarantined"]))
    return list(s.exec(q.order_by(MessageRow.id)))


def open_requests(s: Session) -> list[OpenRequest]:
    """Requests that may still receive mail, with what matching needs (issue 5's ladder)."""
    from foibot.db.tables import ForceRow

    rows = s.exec(select(RequestRow, ForceRow).join(ForceRow, col(ForceRow.slug) == RequestRow.force_slug)
                  .where(col(RequestRow.state).notin_([str(RequestState.QUEUED)])))
    result = []
    for req, force in rows:
        domain = force.email.rsplit("@", 1)[1].lower() if force.email and "@" in force.email else None
        result.append(OpenRequest(
            request_id=req.id, our_reference=req.our_reference, token=req.token,
            message_ids=(req.message_id,) if req.message_id else (),
            authority_reference=req.authority_reference, force_slug=req.force_slug,
            force_domain=domain, open=req.state in {str(x) for x in OPEN_STATES}))
    return result


def cursors(s: Session, source: str) -> dict[str, Cursor]:
    rows = s.exec(select(SyncCursorRow).where(SyncCursorRow.source == source))
    return {r.folder: Cursor(folder=r.folder, uidvalidity=r.uidvalidity, last_uid=r.last_uid) for r in rows}


def save_cursor(s: Session, source: str, cursor: Cursor, now: datetime) -> None:
    row = s.get(SyncCursorRow, (source, cursor.folder))
    if row is None:
        row = SyncCursorRow(source=source, folder=cursor.folder, uidvalidity=cursor.uidvalidity,
                            last_uid=cursor.last_uid, updated_at=now)
    elif row.uidvalidity != cursor.uidvalidity or cursor.last_uid > row.last_uid:
        row.uidvalidity, row.last_uid, row.updated_at = cursor.uidvalidity, cursor.last_uid, now
    s.add(row)


def search_messages(s: Session, words: Sequence[str], limit: int = 50) -> list[MessageRow]:
    q = select(MessageRow)
    for word in words:
        pattern = f"%{word}%"
        q = q.where(col(MessageRow.text).ilike(pattern) | col(MessageRow.subject).ilike(pattern))
    return list(s.exec(q.order_by(col(MessageRow.id).desc()).limit(limit)))


def decode_json(value: str, default):
    try:
        return json.loads(value) if value else default
    except ValueError:
        return default


def pending_extraction(s: Session) -> list[tuple[int, str]]:
    """(message id, archive path) of messages whose attachments are still to be read."""
    q = select(MessageRow.id, MessageRow.raw_path).where(MessageRow.extraction == "pending")
    return [tuple(row) for row in s.exec(q.order_by(MessageRow.id))]
