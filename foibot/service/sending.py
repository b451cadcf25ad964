"""Create a campaign's requests (one per force, ever) and send them exactly once.

A request moves ``queued → sending → sent`` (or ``delivery_failed``), each step committed before
the next I/O, so a crash leaves it in a state that says what may have happened: ``sending`` means
"handed to SMTP, outcome unknown" and is reconciled against the Sent folder or left for the user
(``foibot resend REF --confirm``) — never silently resent. Drafting into the file outbox is not
sending: a drafted request stays unsent and goes out with the first live send.
"""

from __future__ import annotations

import logging
import os
import secrets
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from foibot.app import App
from foibot.compose import build_message, new_message_id, reply_address
from foibot.db import repo
from foibot.db.tables import RequestRow
from foibot.directory import load_campaign, load_forces, select_forces
from foibot.domain import RequestState
from foibot.errors import (
    AuthenticationError,
    DeliveryUncertainError,
    PermanentDeliveryError,
    SafetyError,
    TransientDeliveryError,
)
from foibot.ports import Outbox, OutgoingMail
from foibot.references import make_reference, token_for
from foibot.templating import render_request
from foibot.timeutil import aware, uk_date

log = logging.getLogger("foibot.send")


@dataclass
class SendReport:
    created: list[str] = field(default_factory=list)
    sent: list[str] = field(default_factory=list)
    drafted: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    deferred: list[tuple[str, str]] = field(default_factory=list)
    skipped_no_address: list[str] = field(default_factory=list)
    unresolved: list[str] = field(default_factory=list)  # stuck in "sending"


def prepare_campaign(app: App, slug: str, only: tuple[str, ...] = ()) -> SendReport:
    """Sync forces and the campaign into the database and queue one request per force (idempotent).

    Several daemons sharing a database may do this at once: the unique constraints (one request
    per campaign and force) make one of them win; the loser rolls back and finds the rows made."""
    from sqlalchemy.exc import IntegrityError

    for attempt in range(3):
        try:
            return _prepare(app, slug, only)
        except IntegrityError:
            if attempt == 2:
                raise
            time.sleep(0.05 * (attempt + 1))
    raise AssertionError("unreachable")


def _prepare(app: App, slug: str, only: tuple[str, ...]) -> SendReport:
    report = SendReport()
    config_dir = app.settings.config_dir
    campaign = load_campaign(config_dir, slug)
    forces = select_forces(campaign, load_forces(config_dir), only)
    now = app.now()
    requester = app.settings.requester
    send_day = max(uk_date(now), campaign.start) if campaign.start else uk_date(now)
    with app.db.session() as s:
        repo.sync_forces(s, load_forces(config_dir), now)
        row = repo.upsert_campaign(s, campaign, now)
        existing = repo.requests_of(s, row.id)
        for force in forces:
            if force.slug in existing:
                continue
            if not force.email:
                report.skipped_no_address.append(force.slug)
                continue
            reference = _unique_reference(s, campaign, force.slug, uk_date(now).year)
            rendered = render_request(campaign, force, requester, reference, send_day)
            req = RequestRow(campaign_id=row.id, force_slug=force.slug, our_reference=reference,
                             token=token_for(reference), state=str(RequestState.QUEUED), to_addr=force.email,
                             subject=rendered.subject, body=rendered.body, created_at=now)
            s.add(req)
            s.flush()
            repo.add_event(s, req.id, "created", now, campaign=slug, to=force.email)
            report.created.append(reference)
    return report


def _unique_reference(s, campaign, force_slug: str, year: int) -> str:
    for salt in range(100):
        ref = make_reference(campaign.slug, campaign.code, year, force_slug, salt)
        if not repo.reference_taken(s, ref):
            return ref
    raise RuntimeError("could not find a free reference")  # 100 collisions of 20 bits: impossible in practice


def send_pending(app: App, *, live: bool, campaign: str | None = None, limit: int | None = None,
                 stagger: float = 0.0, progress: Callable[[str], None] | None = None,
                 sleep: Callable[[float], None] = time.sleep) -> SendReport:
    """Deliver queued (and drafted) requests; with a file outbox, draft the queued ones only."""
    report = SendReport()
    outbox = app.outbox(live)
    if live and outbox.live:
        app.settings.require_requester()
    try:
        reconcile_sending(app, outbox, report)
        with app.db.session() as s:
            cid = repo.campaign_by_slug(s, campaign).id if campaign else None
            states = [RequestState.QUEUED, RequestState.DRAFTED] if outbox.live else [RequestState.QUEUED]
            todo = [r.id for r in repo.requests_in_states(s, states, cid)]
        for count, request_id in enumerate(todo[:limit] if limit else todo):
            if count and outbox.live and stagger:
                sleep(stagger)
            _send_one(app, outbox, request_id, report)
            if progress:
                progress(str(request_id))
    finally:
        outbox.close()
    return report


def _send_one(app: App, outbox: Outbox, request_id: int, report: SendReport) -> None:
    mail = _claim(app, request_id, outbox.live)
    if mail is None:
        return
    try:
        result = outbox.deliver(mail)
    except AuthenticationError:
        _finish(app, request_id, RequestState.QUEUED, "delivery_deferred", reason="login refused")
        raise
    except DeliveryUncertainError as exc:  # stays "sending": reconciled later, never resent blindly
        with app.db.session() as s:
            repo.add_event(s, request_id, "delivery_uncertain", app.now(), reason=str(exc))
        report.unresolved.append(mail.reference)
        return
    except TransientDeliveryError as exc:
        _finish(app, request_id, RequestState.QUEUED, "delivery_deferred", reason=str(exc))
        report.deferred.append((mail.reference, str(exc)))
        return
    except PermanentDeliveryError as exc:
        _finish(app, request_id, RequestState.DELIVERY_FAILED, "delivery_failed", reason=str(exc), code=exc.code)
        report.failed.append((mail.reference, str(exc)))
        return
    if result.status == "sent":
        _finish(app, request_id, RequestState.SENT, "sent", detail=result.detail)
        report.sent.append(mail.reference)
    else:
        _finish(app, request_id, RequestState.DRAFTED, "drafted", path=result.detail)
        report.drafted.append(mail.reference)


def _claim(app: App, request_id: int, live: bool) -> OutgoingMail | None:
    """Render the message and, for a live send, commit ``sending`` before any byte leaves.

    The claim is one conditional UPDATE (… WHERE state IN (queued, drafted)): of several workers
    sharing a database, exactly one sees a row change, so exactly one sends (issue 8).
    """
    now = app.now()
    requester = app.settings.requester
    sending = outbox_is_live(app, live)
    with app.db.session() as s:
        if sending and not repo.claim_for_sending(s, request_id, worker_id(), now, LEASE):
            return None
        req = s.get(RequestRow, request_id)
        if req is None or (not sending and req.state not in UNSENT):
            return None
        force = s.get(repo.ForceRow, req.force_slug)
        if req.message_id is None:
            req.message_id = new_message_id(req.our_reference, requester.email, secrets.token_hex(6))
        smtp = app.settings.smtp
        raw = build_message(requester=requester, to_name=force.name, to_email=req.to_addr,
                            subject=req.subject, body=req.body, message_id=req.message_id, date=now,
                            reply_to=reply_address(smtp.reply_to if (smtp and sending) else None, req.token))
        if sending:
            req.sending_at = now
            repo.add_event(s, req.id, "state_changed", now, old="queued", new="sending",
                           why="handing to SMTP", outgoing_message_id=req.message_id, worker=worker_id())
            _record_outbound(app, s, req, raw, now)
        s.add(req)
        return OutgoingMail(reference=req.our_reference, message_id=req.message_id,
                            sender=requester.email, recipients=(req.to_addr,), raw=raw)


UNSENT = (str(RequestState.QUEUED), str(RequestState.DRAFTED))
LEASE = timedelta(minutes=10)


def worker_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def lease_expired(owner: str | None, until: datetime | None, now: datetime) -> bool:
    """A ``sending`` row may be reconciled once its lease ran out or its owner process on this
    host is gone; never while another live worker may still be talking to SMTP about it."""
    if until is None or aware(until) < now:
        return True
    host, _, pid = (owner or "").rpartition(":")
    if host == socket.gethostname() and pid.isdigit():
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            return True
        except PermissionError:
            return False
        return False  # the owner is alive: it is still deciding
    return False


def outbox_is_live(app: App, live: bool) -> bool:
    return live and app.settings.outbound == "smtp" and app.settings.smtp is not None


def _record_outbound(app: App, s, req: RequestRow, raw: bytes, now: datetime) -> None:
    from foibot.service.ingest import record_outbound

    record_outbound(app, s, req, raw, now)


def _finish(app: App, request_id: int, state: RequestState, event: str, **detail) -> None:
    now = app.now()
    with app.db.session() as s:
        req = s.get(RequestRow, request_id)
        if state == RequestState.SENT:
            req.sent_at = now
            repo.add_event(s, req.id, "sent", now, on_date=uk_date(now), **detail)
        elif state == RequestState.DRAFTED:
            req.drafted_at = req.drafted_at or now
            repo.add_event(s, req.id, event, now, **detail)
        else:
            req.delivery_error = detail.get("reason")
            repo.add_event(s, req.id, event, now, **detail)
        repo.set_state(s, req, state, now, why=event)
        if req.state != str(state):  # a manual state must not hide a delivery outcome
            req.state = str(state)
        s.add(req)


def reconcile_sending(app: App, outbox: Outbox, report: SendReport) -> None:
    """Requests caught in ``sending`` by a crash: sent if the Sent folder has them, else the user's."""
    with app.db.session() as s:
        stuck = repo.requests_in_states(s, [RequestState.SENDING])
        for req in stuck:
            if not lease_expired(req.lease_owner, req.lease_until, app.now()):
                continue
            found = outbox.find_sent(req.message_id) if outbox.live else None
            now = app.now()
            if found is False and outbox.sent_authoritative:
                repo.add_event(s, req.id, "reconciled", now, result="not in the Sent folder: never accepted",
                               outgoing_message_id=req.message_id)
                req.state = str(RequestState.QUEUED)
                s.add(req)
                continue
            if found:
                req.sent_at = req.sending_at or now
                repo.add_event(s, req.id, "sent", now, on_date=uk_date(req.sent_at),
                               detail="reconciled: found in the Sent folder")
                repo.set_state(s, req, RequestState.SENT, now, why="reconciled from Sent folder")
            else:
                report.unresolved.append(req.our_reference)
                log.warning("%s was being sent when foibot stopped; check your Sent folder, then "
                            "`foibot resend %s --confirm` if it did not go", req.our_reference, req.our_reference)


def resend(app: App, reference: str, *, confirm: bool, live: bool) -> SendReport:
    """The user's explicit decision to send a request again (after a crash or a bounce)."""
    if not confirm:
        raise SafetyError("resending can send a second copy to the force: add --confirm if you are sure")
    with app.db.session() as s:
        req = repo.request_by_ref(s, reference)
        now = app.now()
        repo.add_event(s, req.id, "resend_requested", now, actor="user", previous=req.state)
        req.state, req.manual_state, req.message_id = str(RequestState.QUEUED), False, None
        s.add(req)
        request_id = req.id
    report = SendReport()
    outbox = app.outbox(live)
    try:
        _send_one(app, outbox, request_id, report)
    finally:
        outbox.close()
    return report
