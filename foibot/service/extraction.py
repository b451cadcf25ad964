"""The second stage of ingest: read attachments (PDF, DOCX, RTF, zip …) and classify again.

Kept off the poll's critical path (issue 8): the poll records, archives and matches every message
from its body alone; messages with attachments are marked ``extraction = pending`` and their
classification is applied here, once the attachments' text is known — the exemptions of a police
response are usually in the PDF. The work is CPU-bound, so it runs on every core in worker
processes ("spawn": never fork a daemon that has threads); each worker reads the raw file from
the archive itself, so only paths and small results cross process boundaries.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from multiprocessing import get_context
from pathlib import Path

from foibot.app import App
from foibot.db import mail as mailrepo
from foibot.db.tables import MessageRow, RequestRow
from foibot.domain import Classification, MessageKind

log = logging.getLogger("foibot.extract")
INLINE_BELOW = 8  # fewer messages than this: not worth starting worker processes
BATCH = 64
#: Hard wall-clock cap on one message's extraction. ``extract.Budget`` is checked between PDF pages
#: and zip members, but one pathological pypdf page can run for minutes inside a single call; the
#: worker's SIGALRM interrupts it (issue 7: the daemon never stalls). Three times the soft budget.
HARD_TIMEOUT_SECONDS = 60.0


class ExtractionTimeout(BaseException):  # noqa: N818 - named like the stdlib's TimeoutError
    """Raised inside a worker by SIGALRM when one message's extraction overruns. A BaseException,
    like KeyboardInterrupt, so that no ``except Exception`` inside a third-party parser swallows it;
    it never leaves ``read_attachments``."""


@dataclass
class ExtractReport:
    extracted: int = 0
    failed: int = 0
    reclassified: int = 0


@contextmanager
def hard_deadline(seconds: float):
    """Raise ``ExtractionTimeout`` in this thread after ``seconds`` (POSIX interval timer).
    Signals reach only the main thread, so elsewhere this is a no-op and ``extract_pending``
    sends the work to worker processes instead (see ``_inline_ok``)."""
    if seconds <= 0 or not _inline_ok():
        yield
        return

    def _expire(signum, frame):
        raise ExtractionTimeout(f"extraction took longer than {seconds:g} s; stopped")

    started = time.monotonic()
    previous = signal.signal(signal.SIGALRM, _expire)
    old_delay, old_interval = signal.setitimer(signal.ITIMER_REAL, seconds, 1.0)  # re-fires each second
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if old_delay:  # someone else's alarm (e.g. pytest-timeout) was running: put it back
            left = max(old_delay - (time.monotonic() - started), 0.001)
            signal.setitimer(signal.ITIMER_REAL, left, old_interval)


def _inline_ok() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


def read_attachments(path: str, timeout: float | None = None) -> dict:
    """Worker: full parse of one archived message, then classification, stopped after
    ``timeout`` seconds (default ``HARD_TIMEOUT_SECONDS``). Never raises."""
    from foibot.classify import classify
    from foibot.mailparse import parse_mail

    try:
        with hard_deadline(HARD_TIMEOUT_SECONDS if timeout is None else timeout):
            parsed = parse_mail(Path(path).read_bytes())
            c = classify(parsed)
    except ExtractionTimeout as exc:
        return {"error": f"{type(exc).__name__}: {exc}"}
    except Exception as exc:  # noqa: BLE001 — reported back, the message keeps its body-only result
        return {"error": f"{type(exc).__name__}: {exc}"}
    return {
        "text": parsed.full_text,
        "attachments": [{"filename": a.filename, "content_type": a.content_type, "size": a.size,
                         "warnings": list(a.warnings)} for a in parsed.attachments],
        "kind": str(c.kind), "authority_reference": c.authority_reference, "exemptions": list(c.exemptions),
        "response_date": c.response_date.isoformat() if c.response_date else None,
        "our_reference": c.our_reference, "new_due_date": c.new_due_date.isoformat() if c.new_due_date else None,
        "evidence": c.evidence,
    }


def extract_pending(app: App, *, workers: int | None = None, progress=None) -> ExtractReport:
    report = ExtractReport()
    with app.db.session(readonly=True) as s:
        pending = mailrepo.pending_extraction(s)
    if not pending:
        return report
    paths = [str(app.state_dir / raw_path) for _, raw_path in pending]
    if len(pending) < INLINE_BELOW and _inline_ok():  # off the main thread: no SIGALRM, use workers
        results = map(read_attachments, paths)
        _store_all(app, pending, results, report, progress)
        return report
    workers = workers or os.cpu_count() or 1
    with ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn")) as pool:
        _store_all(app, pending, pool.map(read_attachments, paths, chunksize=8), report, progress)
    return report


def _store_all(app: App, pending, results, report: ExtractReport, progress) -> None:
    batch: list[tuple[int, dict]] = []
    for (message_pk, _), result in zip(pending, results, strict=True):
        batch.append((message_pk, result))
        if len(batch) >= BATCH:
            _store(app, batch, report)
            if progress:
                progress(len(batch))
            batch = []
    if batch:
        _store(app, batch, report)
        if progress:
            progress(len(batch))


def _store(app: App, batch: list[tuple[int, dict]], report: ExtractReport) -> None:
    from foibot.service.replies import apply_classification

    now = app.now()
    with app.db.session() as s:
        for message_pk, result in batch:
            row = s.get(MessageRow, message_pk)
            if row is None or row.extraction != "pending":
                continue
            if "error" in result:
                row.extraction, row.warnings = "failed", (row.warnings + "\n" + result["error"]).strip()
                report.failed += 1
                log.warning("attachments of message #%s unreadable: %s", message_pk, result["error"])
                s.add(row)
                continue
            row.extraction, row.text = "done", result["text"]
            row.attachments = json.dumps(result["attachments"])
            row.kind = result["kind"]
            row.classification = json.dumps({k: result[k] for k in (
                "kind", "authority_reference", "exemptions", "response_date", "our_reference", "new_due_date",
                "evidence")}, default=str)
            s.add(row)
            report.extracted += 1
            if row.match_status == "unmatched":
                _rematch(app, s, row, result["text"], now)
            if row.match_status == "matched":
                for link in mailrepo.links_of(s, row.id):
                    req = s.get(RequestRow, link.request_id)
                    apply_classification(s, req, row, _classification(result), None, now)
                    report.reclassified += 1


def _rematch(app: App, s, row: MessageRow, full_text: str, now) -> None:
    """A message unmatched on its body alone may name our reference in its attachment."""
    from dataclasses import replace

    from foibot.db import repo
    from foibot.domain import MatchStatus
    from foibot.mailparse import parse_mail
    from foibot.matching import match_mail

    parsed = replace(parse_mail((app.state_dir / row.raw_path).read_bytes(), extract_attachments=False),
                     text=full_text)
    from foibot.senders import check_sender

    open_requests = mailrepo.open_requests(s)
    match = check_sender(parsed, match_mail(parsed, open_requests), open_requests)  # forged → triage
    if match.status == MatchStatus.UNMATCHED:
        return
    row.match_status, row.match_step, row.match_evidence = str(match.status), match.step, match.evidence
    for request_id in match.request_ids:
        mailrepo.link(s, row, request_id, step=match.step, evidence=match.evidence,
                      probable=match.status == MatchStatus.PROBABLE, manual=False, now=now)
        repo.add_event(s, request_id, "message_received", now, message_id=row.id, message_kind=row.kind,
                       step=match.step, evidence=match.evidence + " (in an attachment)")
    s.add(row)


def _classification(result: dict) -> Classification:
    def day(value):
        return date.fromisoformat(value) if value else None

    return Classification(kind=MessageKind(result["kind"]), authority_reference=result["authority_reference"],
                          exemptions=tuple(result["exemptions"]), response_date=day(result["response_date"]),
                          our_reference=result["our_reference"], new_due_date=day(result["new_due_date"]),
                          evidence=result["evidence"])
