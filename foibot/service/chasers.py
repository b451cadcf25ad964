"""Chasers (opt-in): a reminder to an overdue force, a request for internal review, a complaint pack.

Nothing here runs by default. `foibot chase` and `foibot review` draft into state/outbox/ and send
only with --live (and [mail.outbound] transport = "smtp"); the daemon sends reminders on its own
only with [escalation] auto_chase = true. Each (request, stage) is sent at most once, with the
same claim discipline as requests (foibot.service.sending): a ``chasing`` event is committed before
any byte leaves, ``chaser_sent`` after; a ``chasing`` with no outcome means "maybe sent" and is
never retried automatically. Chasers are threaded under the original request (RFC 5322 §3.6.4:
In-Reply-To and References carry its Message-ID), so the force's case file stays together.
"""

from __future__ import annotations

import json
import logging
import re
import secrets
from dataclasses import dataclass, field
from datetime import date

from foibot.app import App
from foibot.compose import build_message, new_message_id
from foibot.db import mail as mailrepo
from foibot.db import repo
from foibot.db.tables import ForceRow, MessageRow, RequestRow
from foibot.domain import Regime, RequestState
from foibot.errors import DeliveryError, FoibotError, PermanentDeliveryError, TemplateError
from foibot.ports import OutgoingMail
from foibot.service.clocks import clock_for
from foibot.timeutil import uk_date

log = logging.getLogger("foibot.chase")
STAGES = ("reminder", "long_overdue", "internal_review")
_TEMPLATES = {"reminder": "reminder.txt.j2", "long_overdue": "reminder.txt.j2",
              "internal_review": "internal_review.txt.j2"}
NOREPLY = re.compile(r"^(?:no-?reply|do-?not-?reply|donotreply|mailer-daemon|postmaster|bounces?)[+@.\-]",
                     re.IGNORECASE)
_CHASEABLE = {str(s) for s in (RequestState.SENT, RequestState.DRAFTED, RequestState.ACKNOWLEDGED,
                               RequestState.REPLIED, RequestState.EXTENDED)}
_MARKERS = ("chasing", "chaser_sent", "chaser_failed")


class NothingToChase(FoibotError):
    """The request is not in a state where this chaser makes sense (e.g. a review of a request
    that was answered in full and in time)."""


@dataclass
class ChaseReport:
    sent: list[str] = field(default_factory=list)
    drafted: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)


def stage_status(events, stage: str) -> str | None:
    """The last chaser marker of ``stage``: None (never tried), chasing, chaser_sent or chaser_failed."""
    last = None
    for e in events:
        if e.kind in _MARKERS and json.loads(e.detail or "{}").get("stage") == stage:
            last = e.kind
    return last


def due_stage(req: RequestRow, clock) -> str | None:
    """Which reminder an open request is due for today, if any."""
    if req.state not in _CHASEABLE or not clock.overdue:
        return None
    return "long_overdue" if clock.long_overdue else "reminder"


def chase(app: App, campaign: str, *, live: bool) -> ChaseReport:
    """Remind every overdue force of ``campaign`` (once per stage)."""
    report = ChaseReport()
    today = uk_date(app.now())
    with app.db.session(readonly=True) as s:
        camp = repo.campaign_by_slug(s, campaign)
        todo = []
        for req in sorted(repo.requests_of(s, camp.id).values(), key=lambda r: r.our_reference):
            regime = Regime(s.get(ForceRow, req.force_slug).regime)
            stage = due_stage(req, clock_for(req, repo.events_for(s, [req.id]), regime, app, today))
            if stage:
                todo.append((req.id, stage))
    outbox = _outbox(app, live)
    try:
        for request_id, stage in todo:
            send_chaser(app, outbox, request_id, stage, report)
    finally:
        outbox.close()
    return report


def request_review(app: App, reference: str, *, live: bool, grounds: str | None = None) -> ChaseReport:
    """Ask for an internal review (after a refusal, a partial answer, or when long overdue)."""
    from foibot.service.queries import timeline

    t = timeline(app, reference)
    if not (t.request.outcome in _OUTCOME_WORDS and t.request.outcome != "full_disclosure"
            or (t.clock.long_overdue and t.request.state in _CHASEABLE)):
        raise NothingToChase(f"{t.request.our_reference} was not refused and is not long overdue: "
                             "nothing to review (see `foibot show`)")
    report = ChaseReport()
    outbox = _outbox(app, live)
    try:
        send_chaser(app, outbox, t.request.id, "internal_review", report, grounds=grounds)
    finally:
        outbox.close()
    return report


def _outbox(app: App, live: bool):
    """As for requests (FOIA s.8): nothing real is sent while the requester is a placeholder."""
    outbox = app.outbox(live)
    if outbox.live:
        try:
            app.settings.require_requester()
        except FoibotError:
            outbox.close()
            raise
    return outbox


def send_chaser(app: App, outbox, request_id: int, stage: str, report: ChaseReport,
                grounds: str | None = None) -> None:
    mail, why = _claim(app, outbox.live, request_id, stage, grounds)
    if mail is None:
        report.skipped.append((why[0], why[1]))
        return
    try:
        result = outbox.deliver(mail)
    except DeliveryError as exc:
        _mark(app, request_id, "chaser_failed", stage=stage, reason=str(exc),
              permanent=isinstance(exc, PermanentDeliveryError))
        report.failed.append((mail.reference, str(exc)))
        return
    if result.status == "sent":
        _mark(app, request_id, "chaser_sent", stage=stage, rfc_message_id=mail.message_id)
        report.sent.append(mail.reference)
    else:
        _mark(app, request_id, "chaser_drafted", stage=stage, path=result.detail)
        report.drafted.append(mail.reference)


def _claim(app: App, live: bool, request_id: int, stage: str, grounds: str | None):
    """Render the chaser; for a live send, commit the ``chasing`` marker (and the archived copy)
    before returning, so a crash after this point can never lead to a second copy."""
    now = app.now()
    with app.db.session() as s:
        req = s.get(RequestRow, request_id)
        done = stage_status(repo.events_for(s, [req.id]), stage)
        if done in ("chasing", "chaser_sent"):
            return None, (req.our_reference, f"{stage} already {'sent' if done == 'chaser_sent' else 'being sent'}")
        if not req.to_addr or NOREPLY.match(req.to_addr):
            return None, (req.our_reference, f"no address to write to ({req.to_addr or 'none'})")
        if not req.message_id:
            return None, (req.our_reference, "the request itself was never sent or drafted")
        force = s.get(ForceRow, req.force_slug)
        ctx = chaser_context(app, s, req, force, stage, grounds, uk_date(now))
        body = render_template(app.settings.config_dir, _TEMPLATES[stage], ctx)
        subject = req.subject if req.subject.lower().startswith("re:") else f"Re: {req.subject}"
        requester = app.settings.requester
        message_id = new_message_id(f"{req.our_reference}-{stage}", requester.email, secrets.token_hex(6))
        raw = build_message(requester=requester, to_name=force.name, to_email=req.to_addr, subject=subject,
                            body=body, message_id=message_id, date=now, in_reply_to=req.message_id)
        if live and outbox_live(app):
            repo.add_event(s, req.id, "chasing", now, stage=stage, rfc_message_id=message_id)
            _record(app, s, req, raw, message_id, subject, body, now)
            if stage == "internal_review":
                repo.add_event(s, req.id, "review_requested", now, on_date=uk_date(now), via="foibot review")
                repo.set_state(s, req, RequestState.REVIEW_REQUESTED, now, why="internal review requested")
        return OutgoingMail(reference=f"{req.our_reference}-{stage}", message_id=message_id,
                            sender=requester.email, recipients=(req.to_addr,), raw=raw), None


def outbox_live(app: App) -> bool:
    return app.settings.outbound == "smtp" and app.settings.smtp is not None


def _record(app: App, s, req: RequestRow, raw: bytes, message_id: str, subject: str, body: str, now) -> None:
    sha, path = app.archive.store(raw)
    row = MessageRow(direction="out", message_id=message_id, in_reply_to=req.message_id or "",
                     from_addr=app.settings.requester.email, to_addrs=req.to_addr or "", subject=subject,
                     date=now, raw_path=str(path.relative_to(app.state_dir)), sha256=sha, size=len(raw),
                     text=body, kind="chaser", match_status="matched", match_step="outbound", received_at=now)
    s.add(row)
    s.flush()
    mailrepo.link(s, row, req.id, step="outbound", evidence="our chaser", probable=False, manual=False, now=now)


def _mark(app: App, request_id: int, kind: str, **detail) -> None:
    with app.db.session() as s:
        repo.add_event(s, request_id, kind, app.now(), **detail)


_OUTCOME_WORDS = {"refusal": "refused my request", "partial_disclosure": "disclosed only part of the information",
                  "ncnd": "neither confirmed nor denied that the information is held",
                  "not_held": "said that the information is not held",
                  "full_disclosure": "provided the information"}

_DEFAULT_GROUNDS = {
    "refused": "I do not accept that the exemptions cited apply to all of the information requested, or "
               "that the public interest favours withholding it. Please consider each part of the request "
               "separately, disclose whatever is not exempt, and explain which exemption applies to which "
               "part (section 17(1)); section 16 also requires advice and assistance.",
    "not_held": "I believe the information is held: please describe the searches made and where such "
                "records would be kept.",
    "late": "No response was received within the 20 working days required by section 10(1).",
}


def _grounds(outcome: str | None, late: bool) -> str:
    if outcome in ("refusal", "partial_disclosure", "ncnd"):
        return _DEFAULT_GROUNDS["refused"]
    if outcome == "not_held":
        return _DEFAULT_GROUNDS["not_held"]
    return _DEFAULT_GROUNDS["late"] if late else "I am not satisfied with the handling of my request."


def chaser_context(app: App, s, req: RequestRow, force: ForceRow, stage: str, grounds: str | None,
                   today: date) -> dict:
    """What the chaser and complaint templates may use (names are listed in docs/reports.md)."""
    from foibot.templating import LAW_NAMES

    regime = Regime(force.regime)
    clock = clock_for(req, repo.events_for(s, [req.id]), regime, app, today)
    due = clock.extension_due_date or clock.response_due_date or clock.due_date
    cal = app.calendars()[regime]
    overdue_by = cal.working_days_between(due, today) if due and today > due else 0
    late = bool(clock.answered_late) or (clock.responded_on is None and overdue_by > 0)
    requester = app.settings.requester
    return {
        "stage": stage, "force": {"name": force.name, "slug": force.slug}, "regime": str(regime),
        "requester": {"name": requester.name, "email": requester.email},
        "reference": req.our_reference, "their_reference": req.authority_reference,
        "law": LAW_NAMES[regime], "sent_on": clock.received, "due_date": due, "overdue_by": overdue_by,
        "responded_on": clock.responded_on, "outcome": req.outcome,
        "outcome_words": _OUTCOME_WORDS.get(req.outcome or "", ""),
        "exemptions": json.loads(req.exemptions or "[]"), "grounds": grounds or _grounds(req.outcome, late),
        "review_requested_on": clock.review_requested_on, "review_due_date": clock.review_due_date,
        "review_outcome_on": clock.review_outcome_on, "today": today,
        "commissioner": ("Scottish Information Commissioner" if regime is Regime.FOISA
                         else "Information Commissioner's Office"),
    }


def render_template(config_dir, name: str, values: dict) -> str:
    """A chaser template from config/templates/ (the packaged default when the home has none),
    sandboxed with StrictUndefined like the request templates (foibot.templating)."""
    from importlib.resources import files

    from jinja2 import StrictUndefined
    from jinja2 import TemplateError as JinjaError
    from jinja2.sandbox import SandboxedEnvironment

    path = config_dir / "templates" / name
    text = path.read_text("utf-8") if path.is_file() else (files("foibot") / "defaults" / "templates" / name).read_text("utf-8")
    env = SandboxedEnvironment(undefined=StrictUndefined, autoescape=False, keep_trailing_newline=True)
    env.filters["long"] = lambda d: f"{d.day} {d:%B %Y}" if d else "-"
    try:
        return env.from_string(text).render(values).strip() + "\n"
    except JinjaError as exc:
        raise TemplateError(f"{path}: {exc} (available: {', '.join(sorted(values))})") from None


def complain(app: App, reference: str, output) -> list:
    """The complaint pack: the request, all correspondence as received, the timeline and a draft
    complaint to the ICO (FOIA s.50) or the Scottish Information Commissioner (FOISA s.47)."""
    from foibot.service.queries import timeline

    t = timeline(app, reference)
    today = uk_date(app.now())
    output.mkdir(parents=True, exist_ok=True)
    written = [_write(output / "request.txt", f"To: {t.request.to_addr}\nSubject: {t.request.subject}\n\n{t.request.body}")]
    for n, (msg, _) in enumerate(t.messages, start=1):
        src = app.state_dir / msg.raw_path
        if msg.raw_path and src.is_file():
            name = "request.eml" if msg.kind == "request" else (
                f"correspondence/{n:02d}-{msg.received_at:%Y-%m-%d}-{msg.direction}-{msg.kind}.eml")
            written.append(_write(output / name, src.read_bytes()))
    written.append(_write(output / "timeline.txt", _timeline_text(t)))
    with app.db.session(readonly=True) as s:
        ctx = chaser_context(app, s, t.request, t.force, "complaint", None, today)
    written.append(_write(output / "complaint.md", render_template(app.settings.config_dir, "complaint.md.j2", ctx)))
    with app.db.session() as s:
        repo.add_event(s, t.request.id, "complaint_pack", app.now(), actor="user", path=str(output))
    return written


def _write(path, data):
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def _timeline_text(t) -> str:
    """`foibot show`'s text, captured (the same view the user already knows)."""
    import contextlib
    import io

    from foibot.cli.timeline_view import print_timeline

    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        print_timeline(t)
    return buf.getvalue()
