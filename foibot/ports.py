"""The seams between the service layer and the mail adapters.

The service layer talks to these protocols only, so tests and the composition root (app.py) can
plug in the file outbox or real SMTP, a Maildir or real IMAP, without the use cases changing.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class OutgoingMail:
    """A fully rendered RFC 5322 message and its envelope."""

    reference: str
    message_id: str  # without angle brackets
    sender: str  # envelope MAIL FROM
    recipients: tuple[str, ...]  # envelope RCPT TO
    raw: bytes


@dataclass(frozen=True)
class DeliveryResult:
    """``sent`` = accepted by a real server; ``drafted`` = written to the file outbox only."""

    status: str  # "sent" | "drafted"
    detail: str = ""


class Outbox(Protocol):
    #: True when deliver() hands mail to a server that delivers it to real recipients.
    live: bool
    #: True when find_sent() == False proves the server never accepted the message.
    sent_authoritative: bool

    def deliver(self, mail: OutgoingMail) -> DeliveryResult:
        """Deliver once. Raises TransientDeliveryError (retry later) or PermanentDeliveryError."""

    def find_sent(self, message_id: str) -> bool | None:
        """Whether a copy of ``message_id`` is in the Sent folder; None when that cannot be known."""

    def close(self) -> None: ...


@dataclass(frozen=True)
class Cursor:
    """Where an incremental sync of one folder stopped (RFC 3501 §2.3.1.1 UIDVALIDITY + UID)."""

    folder: str
    uidvalidity: int
    last_uid: int


@dataclass(frozen=True)
class IncomingMail:
    """One raw message as fetched, before anything is parsed."""

    source: str  # "maildir" | "imap"
    folder: str
    key: str  # maildir key or str(uid)
    raw: bytes
    uid: int | None = None
    uidvalidity: int | None = None


class Inbox(Protocol):
    def batches(self, cursors: Mapping[str, Cursor], batch_size: int = 100
                ) -> Iterator[list[IncomingMail]]:
        """New mail since ``cursors``, in batches of bounded size, oldest first."""

    def processed(self, mails: list[IncomingMail]) -> None:
        """Called after a batch is committed to the database (e.g. move new/ → cur/)."""

    def close(self) -> None: ...
