"""The embedded default outbound transport: each message becomes ``state/outbox/<REF>.eml``.

Nothing leaves the machine. The files are complete RFC 5322 messages, so a user can read exactly
what would be sent, or import them into a mail client.
"""

from __future__ import annotations

from pathlib import Path

from foibot.fsutil import atomic_write
from foibot.ports import DeliveryResult, OutgoingMail


class FileOutbox:
    live = False
    sent_authoritative = False

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def deliver(self, mail: OutgoingMail) -> DeliveryResult:
        path = atomic_write(self.directory / f"{mail.reference}.eml", mail.raw)
        return DeliveryResult(status="drafted", detail=str(path))

    def find_sent(self, message_id: str) -> bool | None:
        return None

    def close(self) -> None:
        pass
