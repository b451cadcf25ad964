"""The daily digest: what happened since the last one, by email and/or a webhook.

A digest lists new replies, requests that became overdue or long overdue, review deadlines coming
up, delivery failures and messages waiting in triage. It covers the events since the previous
digest, whose time is recorded as an event (``digest_sent``, request_id NULL) once at least one
channel took it; a digest that reached no channel is not recorded, so nothing is skipped.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlmodel import col, select

from foibot.app import App
from foibot.db import repo
from foibot.db.tables import EventRow, MessageRow, RequestRow
from foibot.errors import FoibotError
from foibot.notifyconfig import NotifySettings, load_notify
from foibot.timeutil import aware, uk_date

log = logging.getLogger("foibot.alerts")
REVIEW_HORIZON = timedelta(days=7)


class AlertError(FoibotError):
    """A digest could not be delivered on one of its channels (the message says which, never the URL)."""


class WebhookError(AlertError):
    """The webhook refused the digest or could not be reached (after retries for transient errors)."""


@dataclass
class Digest:
    since: datetime | None
    until: datetime
    replies: list[str] = field(default_factory=list)
    overdue: list[str] = field(default_factory=list)
    long_overdue: list[str] = field(default_factory=list)
    reviews_due: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    triage: int = 0

    @property
    def empty(self) -> bool:
        return not (self.replies or self.overdue or self.long_overdue or self.reviews_due
                    or self.failures or self.triage)

    def sections(self) -> list[tuple[str, list[str]]]:
        return [("New replies", self.replies), ("Became overdue", self.overdue),
                ("Became long overdue (40 working days)", self.long_overdue),
                ("Review deadlines in the next 7 days", self.reviews_due),
                ("Delivery failures", self.failures)]

    def text(self) -> str:
        since = f"since {self.since:%Y-%m-%d %H:%M} UTC" if self.since else "so far"
        lines = [f"foibot digest {self.until:%Y-%m-%d}: {since}"]
        for title, items in self.sections():
            if items:
                lines += ["", f"{title} ({len(items)}):", *[f"- {i}" for i in items]]
        if self.triage:
            lines += ["", f"{self.triage} message(s) waiting in triage: run `foibot triage`"]
        if self.empty:
            lines += ["", "Nothing new."]
        return "\n".join(lines) + "\n"

    def as_json(self) -> dict:
        return {"since": self.since.isoformat() if self.since else None, "until": self.until.isoformat(),
                "replies": self.replies, "overdue": self.overdue, "long_overdue": self.long_overdue,
                "reviews_due": self.reviews_due, "delivery_failures": self.failures, "triage": self.triage}


def last_digest(s) -> datetime | None:
    q = (select(EventRow).where(EventRow.kind == "digest_sent", col(EventRow.request_id).is_(None))
         .order_by(col(EventRow.at).desc(), col(EventRow.id).desc()))
    row = s.exec(q).first()
    return aware(row.at) if row else None


def build_digest(app: App) -> Digest:
    from foibot.db import mail as mailrepo

    now = app.now()
    with app.db.session(readonly=True) as s:
        since = last_digest(s)
        d = Digest(since=since, until=now)
        q = select(EventRow, RequestRow).join(RequestRow, col(RequestRow.id) == EventRow.request_id)
        if since is not None:
            q = q.where(EventRow.at > since)
        for e, req in s.exec(q.order_by(EventRow.at, EventRow.id)):
            _add(s, d, e, req)
        d.triage = len(mailrepo.holding_pen(s))
    d.reviews_due = _reviews_due(app)
    return d


def _add(s, d: Digest, e: EventRow, req: RequestRow) -> None:
    ref = req.our_reference
    if e.kind == "message_received":
        msg = s.get(MessageRow, e.message_id) if e.message_id else None
        d.replies.append(f"{ref} ({req.force_slug}): {msg.kind if msg else 'message'}"
                         + (f" — {msg.subject[:80]}" if msg and msg.subject else ""))
    elif e.kind == "overdue":
        d.overdue.append(f"{ref} ({req.force_slug})")
    elif e.kind == "long_overdue":
        d.long_overdue.append(f"{ref} ({req.force_slug})")
    elif e.kind in ("delivery_failed", "chaser_failed") or (
            e.kind == "state_changed" and '"new": "delivery_failed"' in (e.detail or "")):
        what = "delivery failed" if e.kind == "state_changed" else e.kind.replace("_", " ")
        d.failures.append(f"{ref} ({req.force_slug}): {what}")


def _reviews_due(app: App) -> list[str]:
    from foibot.service.exports import open_deadlines

    today = uk_date(app.now())
    return [f"{d.on}: {d.summary}" for d in open_deadlines(app)
            if d.kind in ("review_due", "review_window") and d.on <= today + REVIEW_HORIZON]


@dataclass
class DigestResult:
    digest: Digest
    channels: list[str] = field(default_factory=list)  # "email:drafted", "email:sent", "webhook"
    errors: list[str] = field(default_factory=list)


def send_digest(app: App, *, notify: NotifySettings | None = None, force: bool = False) -> DigestResult:
    """Build and deliver the digest; an empty one is only sent with ``force``."""
    notify = notify or load_notify(app.settings.home)[0]
    result = DigestResult(build_digest(app))
    if result.digest.empty and not force:
        return result
    if notify.email:
        _email(app, notify, result)
    if notify.webhook_url:
        try:
            post_digest(notify.webhook_url, notify.webhook_format, result.digest.text(),
                        result.digest.as_json(), timeout=notify.timeout)
            result.channels.append("webhook")
        except WebhookError as exc:
            result.errors.append(str(exc))
    if result.channels:
        with app.db.session() as s:
            repo.add_event(s, None, "digest_sent", result.digest.until, channels=result.channels,
                           replies=len(result.digest.replies), overdue=len(result.digest.overdue))
    if result.errors:
        raise AlertError("; ".join(result.errors))
    return result


def _email(app: App, notify: NotifySettings, result: DigestResult) -> None:
    import secrets

    from foibot.compose import build_message
    from foibot.errors import DeliveryError
    from foibot.ports import OutgoingMail

    requester, now = app.settings.requester, result.digest.until
    to = notify.email_to or requester.email
    message_id = f"digest.{now:%Y%m%d%H%M}.{secrets.token_hex(4)}@{requester.email.rsplit('@', 1)[1]}"
    raw = build_message(requester=requester, to_name=requester.name, to_email=to,
                        subject=f"foibot digest {now:%Y-%m-%d}", body=result.digest.text(),
                        message_id=message_id, date=now)
    outbox = app.outbox(app.settings.mode == "live")
    try:
        delivered = outbox.deliver(OutgoingMail(reference=f"digest-{now:%Y%m%dT%H%M}", message_id=message_id,
                                                sender=requester.email, recipients=(to,), raw=raw))
        result.channels.append(f"email:{delivered.status}")
    except DeliveryError as exc:
        result.errors.append(f"digest email not delivered: {exc}")
    finally:
        outbox.close()


# --- the webhook adapter (httpx + tenacity) -------------------------------------------------------

class _Retryable(Exception):
    """An HTTP status worth retrying: 429 and 5xx (RFC 9110 §15.6, RFC 6585 §4)."""


class _Redact(logging.Filter):
    """Drops httpx/httpcore log records that would show a webhook URL (it carries the token)."""

    secrets: set[str] = set()

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        return not any(s in message for s in self.secrets)


_REDACT = _Redact()


def payload(fmt: str, text: str, data: dict, url: str) -> tuple[str, dict]:
    """The (URL, JSON body) for each service: Slack incoming webhooks take ``text``; a Matrix
    m.room.message takes ``msgtype``/``body`` (hookshot-style bridges read ``text``); ntfy's JSON
    publishing is a POST to the server root naming the topic (docs.ntfy.sh/publish/#publish-as-json)."""
    if fmt == "slack":
        return url, {"text": text}
    if fmt == "matrix":
        return url, {"msgtype": "m.text", "body": text, "text": text}
    if fmt == "ntfy":
        base, _, topic = url.rstrip("/").rpartition("/")
        return base + "/", {"topic": topic, "title": "foibot digest", "message": text, "tags": ["foibot"]}
    return url, {"text": text, **data}


def post_digest(url: str, fmt: str, text: str, data: dict, *, timeout: float = 10.0,
                attempts: int = 4) -> None:
    import httpx
    from tenacity import retry, retry_if_exception_type, stop_after_attempt, wait_exponential

    target, body = payload(fmt, text, data, url)
    _REDACT.secrets |= {url, target}
    for name in ("httpx", "httpcore"):
        if _REDACT not in logging.getLogger(name).filters:
            logging.getLogger(name).addFilter(_REDACT)

    @retry(retry=retry_if_exception_type((httpx.TransportError, _Retryable)),
           stop=stop_after_attempt(attempts), wait=wait_exponential(multiplier=0.2, max=5), reraise=True)
    def once(client: httpx.Client) -> None:
        response = client.post(target, json=body)
        if response.status_code == 429 or response.status_code >= 500:
            raise _Retryable(f"HTTP {response.status_code}")
        if response.status_code >= 400:
            raise WebhookError(f"the webhook refused the digest: HTTP {response.status_code}")

    try:
        with httpx.Client(timeout=timeout, follow_redirects=False) as client:
            once(client)
    except _Retryable as exc:
        raise WebhookError(f"the webhook kept failing ({exc}) after {attempts} attempts") from None
    except httpx.HTTPError as exc:
        raise WebhookError(f"the webhook could not be reached: {type(exc).__name__}") from None
