"""Build the RFC 5322 bytes of an outbound request (pure: time and randomness are passed in).

The Message-ID is made before sending and stored first (RFC 5322 §3.6.4): it is what threads the
force's reply back to the request and what reconciliation looks for in the Sent folder after a
crash. Every header value is checked for CR/LF so that nothing from a template, a force name or an
address can inject a header or a recipient.
"""

from __future__ import annotations

from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

from foibot.domain import Requester
from foibot.errors import UnsafeHeaderError
from foibot.templating import check_header_value


def new_message_id(reference: str, sender_email: str, nonce: str) -> str:
    """``<ref.nonce@requester-domain>`` without the angle brackets."""
    domain = sender_email.rsplit("@", 1)[-1].lower()
    return f"{reference.lower()}.{nonce}@{domain}"


def reply_address(template: str | None, token: str) -> str | None:
    return template.replace("{token}", token) if template else None


def _address(display: str, email: str) -> Address:
    check_header_value("address", display)
    check_header_value("address", email)
    try:
        username, domain = email.rsplit("@", 1)
        return Address(display_name=display, username=username, domain=domain)
    except (ValueError, IndexError) as exc:
        raise UnsafeHeaderError(f"invalid address {email!r}: {exc}") from None


def build_message(*, requester: Requester, to_name: str, to_email: str, subject: str, body: str,
                  message_id: str, date: datetime, reply_to: str | None = None,
                  in_reply_to: str | None = None, references: tuple[str, ...] = ()) -> bytes:
    msg = EmailMessage(policy=SMTP)
    msg["Message-ID"] = f"<{check_header_value('message-id', message_id)}>"
    msg["Date"] = format_datetime(date)
    msg["From"] = _address(requester.name, requester.email)
    msg["To"] = _address(to_name, to_email)
    if reply_to:
        msg["Reply-To"] = _address(requester.name, reply_to)
    msg["Subject"] = check_header_value("subject", subject)
    if in_reply_to:
        msg["In-Reply-To"] = f"<{check_header_value('in-reply-to', in_reply_to)}>"
        msg["References"] = " ".join(f"<{r}>" for r in (*references, in_reply_to))
    msg["X-Foibot-Version"] = "1"
    msg.set_content(body, charset="utf-8")
    return msg.as_bytes()
