"""``ImapInbox``: incremental, bounded-memory IMAP sync (RFC 3501) with IDLE (RFC 2177).

A poll costs one STATUS per folder when nothing is new: UIDVALIDITY and UIDNEXT (RFC 3501
§6.3.10) are compared with the service's ``Cursor`` and the folder is not even selected. When
there is new mail, UIDs are searched in bounded windows ``lo:hi`` below the UIDNEXT seen at
STATUS time (never ``n:*``, which by §6.4.8 matches the highest UID even when it is below ``n``)
and bodies are fetched ``batch_size`` at a time with ``BODY.PEEK[]`` so ``\\Seen`` is untouched
(§6.4.5). A changed UIDVALIDITY means the old UIDs are meaningless (§2.3.1.1): the folder is
read again from UID 1 and the service deduplicates by Message-ID and content hash.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from imapclient import IMAPClient

from foibot.errors import ConfigError
from foibot.mail.imap_session import KEY, ImapSession, server_folder_name
from foibot.ports import Cursor, IncomingMail

if TYPE_CHECKING:
    from foibot.config import ImapSettings

UID_WINDOW = 5000  # UIDs per SEARCH: bounds the memory of a full resync of a huge folder
IDLE_MAX = 25 * 60  # RFC 2177: re-issue IDLE at least every 29 minutes
_STATUS = [b"UIDVALIDITY", b"UIDNEXT", b"MESSAGES"]


@dataclass
class _Plan:
    """Progress of one folder's sync; lives outside the retried calls so a reconnect resumes."""

    folder: str
    uidvalidity: int
    after: int  # highest UID already handed to the service
    end: int  # highest UID to look at (UIDNEXT - 1 at STATUS time)
    scanned: int = 0  # UIDs up to here have been searched
    pending: list[int] = field(default_factory=list)

    def restart(self, uidvalidity: int, uidnext: int) -> None:
        """UIDVALIDITY changed under us: every UID we hold is void (RFC 3501 §2.3.1.1)."""
        self.uidvalidity, self.after, self.end, self.scanned = uidvalidity, 0, uidnext - 1, 0
        self.pending = []


class ImapInbox:
    """``ports.Inbox`` over IMAP; also ``wait_for_mail`` for the daemon."""

    def __init__(self, settings: ImapSettings, *, retry_wait: object = None,
                 max_attempts: int = 5, poll_interval: float = 60.0,
                 logger: logging.Logger | None = None,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        if settings.processed not in ("leave", "move"):
            raise ConfigError(f'processed must be "leave" or "move", not {settings.processed!r}',
                              key=f"{KEY}.processed")
        if not settings.folders:
            raise ConfigError("folders must name at least one folder", key=f"{KEY}.folders")
        self.settings = settings
        self._log = logger or logging.getLogger("foibot.mail.imap")
        self._session = ImapSession(settings, retry_wait=retry_wait, max_attempts=max_attempts,
                                    logger=self._log, sleep=sleep)
        self._sleep, self._poll_interval = sleep, poll_interval
        #: (session generation, folder, UIDVALIDITY, UIDNEXT at SELECT) of the selected folder
        self._selected: tuple[int, str, int, int] | None = None
        self._uidnext_seen: dict[str, int] = {}
        self._move_target: str | None = None

    # -- ports.Inbox ------------------------------------------------------------------------

    def batches(self, cursors: Mapping[str, Cursor], batch_size: int = 100
                ) -> Iterator[list[IncomingMail]]:
        """New mail since ``cursors`` (keyed by folder), oldest first, ``batch_size`` at a time."""
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        for folder in self.settings.folders:
            yield from self._folder_batches(folder, cursors.get(folder), batch_size)

    def processed(self, mails: list[IncomingMail]) -> None:
        """With ``processed = "move"``, move the committed messages to ``move_to`` (RFC 6851)."""
        if self.settings.processed != "move":
            return
        by_folder: dict[str, list[IncomingMail]] = {}
        for mail in mails:
            if mail.source == "imap" and mail.uid is not None:
                by_folder.setdefault(mail.folder, []).append(mail)
        for folder, group in by_folder.items():
            self._session.run(lambda c, f=folder, g=group: self._move(c, f, g))

    def close(self) -> None:
        self._session.close()
        self._selected = None

    def check(self) -> dict[str, int]:
        """Log in and STATUS every configured folder (for ``check-config``): {folder: messages}.

        Raises ``InboxError`` naming the folder the server does not know.
        """
        def run(c: IMAPClient) -> dict[str, int]:
            self._unselect(c)
            return {f: c.folder_status(f, [b"MESSAGES"])[b"MESSAGES"]
                    for f in self.settings.folders}
        return self._session.run(run)

    # -- sync -------------------------------------------------------------------------------

    def _folder_batches(self, folder: str, cursor: Cursor | None, batch_size: int
                        ) -> Iterator[list[IncomingMail]]:
        plan = self._session.run(lambda c: self._plan(c, folder, cursor))
        if plan is None:
            return
        while True:
            batch = self._session.run(lambda c: self._next_batch(c, plan, batch_size))
            if not batch:
                break
            plan.after = batch[-1].uid or plan.after
            yield batch
        self._session.run(self._unselect)

    def _plan(self, c: IMAPClient, folder: str, cursor: Cursor | None) -> _Plan | None:
        """One STATUS decides whether there is anything to do (the whole cost of an idle poll)."""
        self._unselect(c)  # RFC 3501 §6.3.10: STATUS SHOULD NOT be used on the selected mailbox
        status = c.folder_status(folder, _STATUS)
        validity, uidnext = status[b"UIDVALIDITY"], status[b"UIDNEXT"]
        self._uidnext_seen[folder] = uidnext
        same = cursor is not None and cursor.uidvalidity == validity
        after = cursor.last_uid if (same and cursor is not None) else 0
        if cursor is not None and not same:
            self._log.warning("IMAP %s: UIDVALIDITY changed (%d -> %d); reading it all again",
                              folder, cursor.uidvalidity, validity)
        if status[b"MESSAGES"] == 0 or uidnext <= after + 1:
            return None
        return _Plan(folder, validity, after=after, end=uidnext - 1, scanned=after)

    def _next_batch(self, c: IMAPClient, plan: _Plan, batch_size: int) -> list[IncomingMail]:
        self._select(c, plan)
        while True:
            while not plan.pending and plan.scanned < plan.end:
                lo, hi = plan.scanned + 1, min(plan.scanned + UID_WINDOW, plan.end)
                found = c.search(["UID", f"{lo}:{hi}"])
                plan.pending = sorted(u for u in found if lo <= u <= hi and u > plan.after)
                plan.scanned = hi
            if not plan.pending:
                return []
            take = plan.pending[:batch_size]
            data = c.fetch(take, [b"BODY.PEEK[]"])
            del plan.pending[:len(take)]
            mails = [IncomingMail(source="imap", folder=plan.folder, key=str(uid),
                                  raw=data[uid][b"BODY[]"], uid=uid, uidvalidity=plan.uidvalidity)
                     for uid in take if uid in data and b"BODY[]" in data[uid]]
            if mails:  # all of ``take`` may have been expunged meanwhile: look further
                return mails

    def _select(self, c: IMAPClient, plan: _Plan) -> None:
        """(Re)select after a reconnect or a move elsewhere; notice a UIDVALIDITY change."""
        validity, uidnext = self._ensure_selected(c, plan.folder)
        if validity != plan.uidvalidity:
            self._log.warning("IMAP %s: UIDVALIDITY changed during the sync; starting again",
                              plan.folder)
            plan.restart(validity, uidnext)

    def _ensure_selected(self, c: IMAPClient, folder: str) -> tuple[int, int]:
        """SELECT ``folder`` unless this connection already has it; (UIDVALIDITY, UIDNEXT)."""
        current = self._selected
        if current is not None and current[:2] == (self._session.generation, folder):
            return current[2], current[3]
        info = c.select_folder(folder, readonly=self.settings.processed == "leave")
        validity, uidnext = info[b"UIDVALIDITY"], info.get(b"UIDNEXT", 0)
        self._selected = (self._session.generation, folder, validity, uidnext)
        return validity, uidnext

    def _unselect(self, c: IMAPClient) -> None:
        if self._selected is not None and self._selected[0] == self._session.generation:
            if c.has_capability("UNSELECT"):
                c.unselect_folder()
            else:
                c.close_folder()  # read-only selections expunge nothing on CLOSE
        self._selected = None

    # -- processed = "move" -----------------------------------------------------------------

    def _move(self, c: IMAPClient, folder: str, mails: list[IncomingMail]) -> None:
        if self._move_target is None:
            target = server_folder_name(c, self.settings.move_to)
            if not c.folder_exists(target):
                c.create_folder(target)
            self._move_target = target
        target = self._move_target
        validity, _ = self._ensure_selected(c, folder)
        uids = [m.uid for m in mails if m.uidvalidity == validity]
        if len(uids) < len(mails):
            self._log.warning("IMAP %s: UIDVALIDITY changed; %d message(s) left in place",
                              folder, len(mails) - len(uids))
        if not uids:
            return
        if c.has_capability("MOVE"):
            c.move(uids, target)
        else:  # RFC 3501 COPY + \Deleted + (UID) EXPUNGE
            c.copy(uids, target)
            c.delete_messages(uids)
            c.uid_expunge(uids) if c.has_capability("UIDPLUS") else c.expunge()

    # -- daemon -----------------------------------------------------------------------------

    def wait_for_mail(self, timeout: float) -> bool:
        """Block until new mail may be in the first folder (True) or ``timeout`` passes (False).

        Uses IDLE (RFC 2177) when enabled and offered, else STATUS every ``poll_interval``.
        Mail that arrived since the last ``batches()`` returns True at once (no lost wake-up).
        """
        folder = self.settings.folders[0]
        timeout = max(0.0, min(timeout, IDLE_MAX))
        if self.settings.idle and self._session.run(lambda c: c.has_capability("IDLE")):
            return self._session.run(lambda c: self._idle(c, folder, timeout))
        return self._poll_wait(folder, timeout)

    def _idle(self, c: IMAPClient, folder: str, timeout: float) -> bool:
        self._unselect(c)
        _, uidnext = self._ensure_selected(c, folder)
        if uidnext > self._uidnext_seen.setdefault(folder, uidnext):
            self._unselect(c)
            return True
        deadline = time.monotonic() + timeout
        c.idle()
        woke, empty = False, 0
        while not woke and (left := deadline - time.monotonic()) > 0:
            responses = c.idle_check(timeout=left)
            empty = empty + 1 if not responses and deadline - time.monotonic() > 0 else 0
            if empty >= 3 or any(r[:1] == (b"BYE",) for r in responses):
                # imapclient's idle_check returns [] at once, forever, on EOF: without this a
                # restarted server went unnoticed (CPU spinning) until the IDLE timeout.
                raise ConnectionResetError("the server closed the connection during IDLE")
            woke = any(len(r) > 1 and r[1] == b"EXISTS" for r in responses)
        c.idle_done()
        self._unselect(c)
        return woke

    def _poll_wait(self, folder: str, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while True:
            uidnext = self._session.run(
                lambda c: c.folder_status(folder, [b"UIDNEXT"])[b"UIDNEXT"])
            if uidnext > self._uidnext_seen.setdefault(folder, uidnext):
                return True
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            self._sleep(min(self._poll_interval, left))


class SentFolder:
    """The user's Sent folder, so their own mail client shows what foibot sent (RFC 3501 APPEND).

    ``contains`` is how the service reconciles a request caught in "sending" by a crash: if the
    Message-ID is there, the server took the message (SEARCH HEADER, RFC 3501 §6.4.4).
    """

    def __init__(self, settings: ImapSettings, folder: str, *, retry_wait: object = None,
                 max_attempts: int = 5, logger: logging.Logger | None = None,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self._folder = folder
        self.folder: str | None = None  # as the server spells it, once connected
        self._session = ImapSession(settings, retry_wait=retry_wait, max_attempts=max_attempts,
                                    logger=logger, sleep=sleep)
        self._ready = False

    def append(self, raw: bytes) -> None:
        """APPEND ``raw`` flagged \\Seen, creating the folder the first time if it is missing."""
        def run(c: IMAPClient) -> None:
            folder = self._server_name(c)
            if not self._ready and not c.folder_exists(folder):
                c.create_folder(folder)
            self._ready = True
            c.append(folder, _crlf(raw), flags=[b"\\Seen"])
        self._session.run(run)

    def contains(self, message_id: str) -> bool:
        """Whether a message with this Message-ID (no angle brackets) is in the folder."""
        needle = f"<{message_id.strip('<>')}>"

        def run(c: IMAPClient) -> bool:
            folder = self._server_name(c)
            if not c.folder_exists(folder):
                return False
            c.select_folder(folder, readonly=True)
            found = c.search(["HEADER", "Message-ID", needle])
            c.unselect_folder() if c.has_capability("UNSELECT") else c.close_folder()
            return bool(found)
        return self._session.run(run)

    def _server_name(self, c: IMAPClient) -> str:
        if self.folder is None:
            self.folder = server_folder_name(c, self._folder)
        return self.folder

    def close(self) -> None:
        self._session.close()


def _crlf(raw: bytes) -> bytes:
    """APPEND takes a message with CRLF line ends (RFC 3501 §6.3.11, RFC 5322 §2.1)."""
    return re.sub(rb"\r?\n", b"\r\n", raw)
