"""What a classified reply does to its request, and the user's corrections (triage, mark).

A classification moves the request and records the clock event it implies (issue 4): an
acknowledgement teaches us the force's own reference; a clarification request stops the clock; an
extension records the new date; a final response closes the clock and opens the review window; a
bounce marks the delivery failed. A state the user set by hand is never silently undone
(repo.set_state keeps it and records that it did).
"""

from __future__ import annotations

import json
from datetime import date, datetime

from foibot.clock import detached_messages
from foibot.db import mail as mailrepo
from foibot.db import repo
from foibot.db.tables import MessageRow, RequestRow
from foibot.domain import (
    FINAL_KINDS,
    Classification,
    MatchStatus,
    MessageKind,
    ParsedMail,
    RequestState,
)
from foibot.errors import FoibotError
from foibot.timeutil import aware, uk_date

#: kind → (new state, clock event kind or None)
_EFFECTS: dict[MessageKind, tuple[RequestState | None, str | None]] = {
    MessageKind.ACKNOWLEDGEMENT: (RequestState.ACKNOWLEDGED, None),
    MessageKind.CLARIFICATION_REQUEST: (RequestState.AWAITING_CLARIFICATION, "clarification_requested"),
    MessageKind.FEES_NOTICE: (RequestState.AWAITING_FEE, "fee_notice"),
    MessageKind.EXTENSION_NOTICE: (RequestState.EXTENDED, "extension"),
    MessageKind.INTERNAL_REVIEW_OUTCOME: (RequestState.REVIEW_ANSWERED, "review_outcome"),
    MessageKind.BOUNCE: (RequestState.DELIVERY_FAILED, None),
    MessageKind.AUTO_REPLY: (None, None),
}
_FINAL = frozenset(str(k) for k in FINAL_KINDS)
_EARLY = {str(s) for s in (RequestState.SENT, RequestState.DRAFTED, RequestState.ACKNOWLEDGED, RequestState.REPLIED)}


def message_day(parsed_date: datetime | None, req: RequestRow, now: datetime) -> date:
    """The UK date a reply counts from: its Date header if plausible, else when we received it."""
    moment = aware(parsed_date)
    sent = aware(req.sent_at or req.drafted_at)
    if moment is None or moment > now or (sent is not None and moment < sent):
        moment = now
    return uk_date(moment)


def apply_classification(s, req: RequestRow, msg: MessageRow, c: Classification,
                         parsed: ParsedMail | None, now: datetime) -> None:
    on = message_day(parsed.date if parsed else msg.date, req, now)
    req.last_message_at = now
    if c.authority_reference and not req.authority_reference and c.kind != MessageKind.BOUNCE:
        req.authority_reference = c.authority_reference
        repo.add_event(s, req.id, "authority_reference", now, message_id=msg.id, value=c.authority_reference)
    if c.kind in FINAL_KINDS:
        state, clock_event = RequestState.ANSWERED, "response"
        if req.state == RequestState.REVIEW_REQUESTED:
            state, clock_event = RequestState.REVIEW_ANSWERED, "review_outcome"
        if req.manual_state:  # the user's decision stands; say what the reply would have done
            repo.add_event(s, req.id, "state_kept", now, message_id=msg.id, kept=req.state,
                           kept_outcome=req.outcome, wanted_outcome=str(c.kind))
            s.add(req)
            return
        req.outcome = str(c.kind)
        req.exemptions = json.dumps(sorted(set(c.exemptions)))
    else:
        state, clock_event = _EFFECTS.get(c.kind, (RequestState.REPLIED, None))
        if state == RequestState.REPLIED and req.state not in _EARLY:
            state = None
        if c.kind == MessageKind.ACKNOWLEDGEMENT and req.state not in _EARLY:
            state = None
    if c.kind == MessageKind.BOUNCE:
        req.delivery_error = (c.evidence.get("kind") or ["bounced"])[0][:500]
    if clock_event:
        extra = {"new_due": c.new_due_date.isoformat()} if c.new_due_date else {}
        repo.add_event(s, req.id, clock_event, now, on_date=on, message_id=msg.id, **extra)
    if state is not None:
        repo.set_state(s, req, state, now, why=f"{c.kind} received", message_id=msg.id)
    s.add(req)


def assign(s, message_pk: int, reference: str, now: datetime, state_dir) -> RequestRow:
    """The user files a message from the holding pen under a request (recorded as an event)."""
    from foibot.classify import classify
    from foibot.mailparse import parse_mail

    msg = mailrepo.message_by_id(s, message_pk)
    req = repo.request_by_ref(s, reference)
    if not mailrepo.link(s, msg, req.id, step="manual", evidence="assigned by the user",
                         probable=False, manual=True, now=now):
        existing = next(link for link in mailrepo.links_of(s, msg.id) if link.request_id == req.id)
        existing.probable, existing.manual = False, True
        s.add(existing)
    msg.match_status, msg.match_step = str(MatchStatus.MATCHED), "manual"
    s.add(msg)
    repo.add_event(s, req.id, "assigned", now, message_id=msg.id, actor="user")
    if msg.direction == "in" and msg.sha256:
        path = state_dir / msg.raw_path
        raw = path.read_bytes() if msg.raw_path and path.is_file() else None
        parsed = parse_mail(raw) if raw is not None else None
        c = classify(parsed) if parsed else _stored_classification(msg)
        apply_classification(s, req, msg, c, parsed, now)
    return req


def unassign(s, message_pk: int, now: datetime) -> list[int]:
    """Take a message back out of the requests it was filed under, and undo what it did there:
    its clock events stop counting (``clock.detached_messages``), and the state, outcome and
    authority reference it set go back to what the request's other replies say. A state the user
    set by hand stays (recorded as ``state_kept``)."""
    msg = mailrepo.message_by_id(s, message_pk)
    if msg.direction != "in":
        raise FoibotError(f"message #{message_pk} is one of our own requests; it cannot be unassigned")
    ids = mailrepo.unlink_all(s, msg)
    for request_id in ids:
        repo.add_event(s, request_id, "unassigned", now, message_id=msg.id, actor="user")
        _undo(s, s.get(RequestRow, request_id), msg, now)
    msg.match_status, msg.match_step = str(MatchStatus.UNMATCHED), "manual"
    s.add(msg)
    return ids


def _undo(s, req: RequestRow, msg: MessageRow, now: datetime) -> None:
    """Replay the request without ``msg`` (already unlinked): what it set, the others decide."""
    s.flush()
    events = repo.events_for(s, [req.id])
    others = [m for m, _ in mailrepo.messages_for(s, req.id) if m.direction == "in" and m.id != msg.id]
    learned = [e for e in events if e.kind == "authority_reference" and e.message_id == msg.id]
    if learned and req.authority_reference == json.loads(learned[-1].detail or "{}").get("value"):
        refs = [classification_of(m).get("authority_reference") for m in others
                if m.kind != str(MessageKind.BOUNCE)]
        req.authority_reference = next((r for r in refs if r), None)
        repo.add_event(s, req.id, "authority_reference", now, message_id=msg.id,
                       value=req.authority_reference, why="its message was unassigned")
    if req.manual_state:
        repo.add_event(s, req.id, "state_kept", now, message_id=msg.id, kept=req.state,
                       why="a message was unassigned; the state was set by hand")
        s.add(req)
        return
    if msg.kind in _FINAL and req.outcome == msg.kind:
        finals = [m for m in others if m.kind in _FINAL]
        last = finals[-1] if finals else None
        req.outcome = last.kind if last else None
        req.exemptions = json.dumps(sorted(classification_of(last).get("exemptions") or [])) if last else "[]"
    # the state is the last change made by anything but a detached reply (or by its undoing)
    detached = detached_messages((e.kind, e.message_id) for e in events)
    changes = [json.loads(e.detail or "{}") for e in events if e.kind == "state_changed"
               and (e.message_id is None or e.message_id not in detached)]
    first = next((json.loads(e.detail or "{}") for e in events if e.kind == "state_changed"), None)
    target = changes[-1].get("new") if changes else (first or {}).get("old")
    if target and target != req.state:
        repo.set_state(s, req, RequestState(target), now, why=f"{msg.kind} unassigned", message_id=msg.id)
        if msg.kind == str(MessageKind.BOUNCE):
            req.delivery_error = None
    s.add(req)


def _stored_classification(msg: MessageRow) -> Classification:
    data = mailrepo.decode_json(msg.classification, {})
    return Classification(kind=MessageKind(data.get("kind") or "unclassified"),
                          authority_reference=data.get("authority_reference"),
                          exemptions=tuple(data.get("exemptions") or ()))


#: `foibot mark REF STATE`: user-facing names → (state, clock event recorded with --on)
MARKS: dict[str, tuple[RequestState | None, str | None]] = {
    "clarification-sent": (RequestState.SENT, "clarification_sent"),
    "fee-paid": (RequestState.SENT, "fee_paid"),
    "review-requested": (RequestState.REVIEW_REQUESTED, "review_requested"),
    "withdrawn": (RequestState.WITHDRAWN, None),
    "delivery-failed": (RequestState.DELIVERY_FAILED, None),
    "queued": (RequestState.QUEUED, None),
    **{k.value.replace("_", "-"): (None, None) for k in MessageKind if k not in (
        MessageKind.REQUEST, MessageKind.UNCLASSIFIED)},
}


def mark(s, reference: str, what: str, on: date, now: datetime, note: str = "") -> RequestRow:
    """A manual override: a state, a user action for the clock, or a reply kind for the outcome."""
    if what not in MARKS:
        raise FoibotError(f"unknown mark {what!r}; one of: {', '.join(sorted(MARKS))}")
    req = repo.request_by_ref(s, reference)
    state, clock_event = MARKS[what]
    if state is None:  # a message kind: treat as if such a reply had arrived on `on`
        kind = MessageKind(what.replace("-", "_"))
        fake = MessageRow(direction="in", raw_path="", sha256="", received_at=now, kind=str(kind))
        c = Classification(kind=kind)
        repo.add_event(s, req.id, "marked", now, actor="user", what=what, on=on.isoformat(), note=note)
        req.manual_state = False
        apply_classification(s, req, fake, c, None, datetime.combine(on, datetime.min.time(), now.tzinfo))
        req.manual_state = True
        s.add(req)
        return req
    if clock_event:
        repo.add_event(s, req.id, clock_event, now, on_date=on, actor="user", note=note)
    repo.set_state(s, req, state, now, why=f"marked {what} by the user", actor="user", note=note)
    return req


def classification_of(msg: MessageRow) -> dict:
    return json.loads(msg.classification or "{}")
