"""Poll the inbox: archive every raw message first, then parse, match, classify and record it.

Order matters for "nothing lost": the raw bytes are on disk (fsynced) before anything parses them;
the database row and the sync cursor are committed together per batch; only then is the mailbox
told the batch is processed. A crash anywhere re-reads the batch, and the content hash and
Message-ID make the second reading a no-op. One bad message is quarantined, never fatal.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from foibot.app import App
from foibot.db import mail as mailrepo
from foibot.db import repo
from foibot.db.tables import MessageRow, RequestRow
from foibot.domain import MatchStatus, ParsedMail
from foibot.ports import Cursor, IncomingMail
from foibot.service.replies import apply_classification

log = logging.getLogger("foibot.poll")


@dataclass
class PollReport:
    fetched: int = 0
    recorded: int = 0
    duplicates: int = 0
    matched: int = 0
    probable: int = 0
    unmatched: int = 0
    quarantined: int = 0
    pending_extraction: int = 0
    busy: bool = False
    references: list[str] = field(default_factory=list)


def poll(app: App, *, progress: Callable[[int], None] | None = None, batch_size: int = 100) -> PollReport:
    """One sync of the mailbox; skipped (busy=True) while another worker is syncing the same one."""
    with app.job_lock(app.mailbox_name()) as held:
        if not held:
            return PollReport(busy=True)
        return _poll(app, progress, batch_size)


def _poll(app: App, progress, batch_size: int) -> PollReport:
    report = PollReport()
    app.archive.sweep()  # temporary files orphaned by a crashed poll (never finished messages)
    inbox = app.inbox()
    source = app.settings.inbound
    try:
        with app.db.session() as s:
            cursors = mailrepo.cursors(s, source)
        for batch in inbox.batches(cursors, batch_size):
            if not batch:
                continue
            _ingest_batch(app, source, batch, report)
            inbox.processed(batch)
            if progress:
                progress(len(batch))
    finally:
        inbox.close()
    return report


def _ingest_batch(app: App, source: str, batch: list[IncomingMail], report: PollReport) -> None:
    stored = app.archive.store_batch([m.raw for m in batch])  # on disk before anything parses it
    parsed = [_parse(m.raw) for m in batch]
    now = app.now()
    with app.db.session() as s:
        open_requests = mailrepo.open_requests(s)
        known = mailrepo.known_inbound(s, [sha for sha, _ in stored],  # dedupe: one query per batch
                                       [p.message_id for p, _ in parsed if p is not None and p.message_id])
        for mail, (sha, path), (mail_parsed, deferred) in zip(batch, stored, parsed, strict=True):
            report.fetched += 1
            try:
                with s.begin_nested():
                    _ingest_one(app, s, mail, sha, path, open_requests, now, report,
                                parsed=mail_parsed, deferred=deferred, known=known)
            except Exception as exc:  # noqa: BLE001 — one bad message must never stop the poll
                log.exception("message %s could not be processed; quarantined", sha[:12])
                with s.begin_nested():
                    _quarantine(s, mail, sha, path.relative_to(app.state_dir), now, f"{type(exc).__name__}: {exc}")
                report.quarantined += 1
        for cursor in _cursors_after(batch):
            mailrepo.save_cursor(s, source, cursor, now)


def _parse(raw: bytes):
    """(ParsedMail, deferred): heavy attachments wait for service/extraction.py; light parts (text,
    HTML, DSN reports, quoted headers) are read now. (None, False) if even that fails."""
    from foibot.mailparse import parse_mail

    try:
        parsed = parse_mail(raw, extract_attachments=False)
        deferred = needs_extraction(parsed)
        if parsed.attachments and not deferred:
            parsed = parse_mail(raw)
        return parsed, deferred
    except Exception:  # noqa: BLE001 — parse_mail never raises; if it ever does, _ingest_one quarantines
        log.exception("parse failed")
        return None, False


def _cursors_after(batch: list[IncomingMail]) -> list[Cursor]:
    best: dict[str, Cursor] = {}
    for m in batch:
        if m.uid is None or m.uidvalidity is None:
            continue
        old = best.get(m.folder)
        if old is None or m.uid > old.last_uid:
            best[m.folder] = Cursor(folder=m.folder, uidvalidity=m.uidvalidity, last_uid=m.uid)
    return list(best.values())


def _ingest_one(app, s, mail: IncomingMail, sha: str, path, open_requests, now, report, *,
                parsed, deferred: bool, known: tuple[set, set]) -> None:
    from foibot.classify import classify
    from foibot.matching import match_mail
    from foibot.senders import check_sender

    known_shas, known_ids = known
    if sha in known_shas:
        report.duplicates += 1
        return
    if parsed is None:
        raise ValueError("the message could not be parsed")
    identity = (parsed.message_id, parsed.from_addr)  # a forged copy of a Message-ID is not a duplicate
    if parsed.message_id and identity in known_ids:
        report.duplicates += 1  # the same message fetched again (e.g. after UIDVALIDITY changed)
        return
    known_shas.add(sha)
    if parsed.message_id:
        known_ids.add(identity)
    match = check_sender(parsed, match_mail(parsed, open_requests), open_requests)  # spoofed replies → triage
    classification = classify(parsed)
    row = _message_row(mail, sha, path, parsed, app, now)
    row.kind = str(classification.kind)
    row.classification = _classification_json(classification)
    row.match_status, row.match_step, row.match_evidence = str(match.status), match.step, match.evidence
    if deferred:
        row.extraction = "pending"
        report.pending_extraction += 1
    s.add(row)
    s.flush()
    report.recorded += 1
    _count(report, match.status)
    for request_id in match.request_ids:
        req = s.get(RequestRow, request_id)
        mailrepo.link(s, row, request_id, step=match.step, evidence=match.evidence,
                      probable=match.status == MatchStatus.PROBABLE, manual=False, now=now)
        repo.add_event(s, request_id, "message_received", now, message_id=row.id, message_kind=row.kind,
                       step=match.step, evidence=match.evidence, probable=match.status == MatchStatus.PROBABLE)
        if match.status == MatchStatus.MATCHED and not deferred:
            apply_classification(s, req, row, classification, parsed, now)
        report.references.append(req.our_reference)
    if not match.request_ids:
        repo.add_event(s, None, "unmatched", now, message_id=row.id, subject=parsed.subject[:200])


HEAVY_KINDS = frozenset({"pdf", "docx", "rtf", "zip"})


def needs_extraction(parsed: ParsedMail) -> bool:
    """Whether an attachment is costly to read (PDF, DOCX, RTF, zip, and a forwarded message,
    which may hold any of those): those wait for the extraction stage and its hard timeout.
    Light text parts (HTML, DSN reports, quoted headers) are read inline, and so is the returned
    message inside a bounce, which matching needs at once."""
    from foibot.extract import kind_of

    bounce = "multipart/report" in (parsed.header("content-type") or "").lower()
    heavy = HEAVY_KINDS if bounce else HEAVY_KINDS | {"eml"}
    return any(kind_of(a.filename, a.content_type) in heavy for a in parsed.attachments)


def _count(report: PollReport, status: MatchStatus) -> None:
    if status == MatchStatus.MATCHED:
        report.matched += 1
    elif status == MatchStatus.PROBABLE:
        report.probable += 1
    else:
        report.unmatched += 1


def _message_row(mail: IncomingMail, sha: str, path, parsed: ParsedMail, app: App, now) -> MessageRow:
    return MessageRow(
        direction="in", message_id=parsed.message_id, in_reply_to=" ".join(parsed.in_reply_to),
        references=" ".join(parsed.references), from_addr=parsed.from_addr,
        to_addrs=", ".join(parsed.to_addrs), subject=parsed.subject[:998], date=parsed.date,
        raw_path=str(path.relative_to(app.state_dir)), sha256=sha, size=len(mail.raw),
        text=parsed.full_text, attachments=json.dumps([
            {"filename": a.filename, "content_type": a.content_type, "size": a.size,
             "warnings": list(a.warnings)} for a in parsed.attachments]),
        warnings="\n".join(parsed.warnings), source=mail.source, folder=mail.folder, uid=mail.uid,
        received_at=now)


def _classification_json(c) -> str:
    return json.dumps({
        "kind": str(c.kind), "authority_reference": c.authority_reference,
        "exemptions": list(c.exemptions), "response_date": c.response_date.isoformat() if c.response_date else None,
        "our_reference": c.our_reference, "new_due_date": c.new_due_date.isoformat() if c.new_due_date else None,
        "evidence": c.evidence}, default=str)


def _quarantine(s, mail: IncomingMail, sha: str, path, now: datetime, reason: str) -> None:
    if mailrepo.message_by_sha(s, sha) is not None:
        return
    row = MessageRow(direction="in", raw_path=str(path), sha256=sha, size=len(mail.raw),
                     match_status=str(MatchStatus.QUARANTINED), warnings=reason, source=mail.source,
                     folder=mail.folder, uid=mail.uid, received_at=now)
    s.add(row)
    s.flush()
    repo.add_event(s, None, "quarantined", now, message_id=row.id, reason=reason)


def record_outbound(app: App, s, req: RequestRow, raw: bytes, now: datetime) -> MessageRow:
    """Archive and record our own outgoing message before it is handed to SMTP."""
    sha, path = app.archive.store(raw)
    row = mailrepo.message_by_sha(s, sha)
    if row is None:
        row = MessageRow(direction="out", message_id=req.message_id, from_addr=app.settings.requester.email,
                         to_addrs=req.to_addr or "", subject=req.subject, date=now,
                         raw_path=str(path.relative_to(app.state_dir)), sha256=sha, size=len(raw),
                         text=req.body, kind="request", match_status="matched", match_step="outbound",
                         received_at=now)
        s.add(row)
        s.flush()
    mailrepo.link(s, row, req.id, step="outbound", evidence="our request", probable=False, manual=False, now=now)
    return row
