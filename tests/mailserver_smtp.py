"""An in-process aiosmtpd submission server (STARTTLS + AUTH) that delivers into Dovecot.

Tests program failures: ``server.fail("RCPT", 451, times=2)`` makes the next two RCPT commands
answer 451, and every message the server accepted is in ``server.messages``. Recipients at
``@localhost`` are delivered with dovecot-lda into the fixture Dovecot; others are recorded only.

``server.file_sent_copy = True`` makes it behave like Gmail: a message from an authenticated user
is also filed in that user's "Sent" folder (dovecot-lda -m Sent) before the 250 reply, so the Sent
folder is an exact record of what the server accepted (foibot's ``sent_copy = "server"``). The
filing, the delivery and the record in ``messages`` happen in one worker-thread call that a
client disconnect cannot cancel half-way.
"""

from __future__ import annotations

import asyncio
import ssl
import threading
import time
from collections import deque
from dataclasses import dataclass, field

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from mailserver_dovecot import Dovecot, free_port


@dataclass
class Fault:
    stage: str  # "MAIL" | "RCPT" | "DATA"
    reply: str  # e.g. "451 4.3.0 try again later"
    times: int = 1
    recipient: str | None = None  # only this RCPT (case-insensitive), else any


@dataclass(frozen=True)
class Accepted:
    mail_from: str
    rcpt_tos: tuple[str, ...]
    data: bytes
    login: str | None


@dataclass
class SmtpServer:
    """Submission on ``port`` (STARTTLS required) and ``tls_port`` (implicit TLS)."""

    dovecot: Dovecot
    host: str = "127.0.0.1"
    port: int = 0
    tls_port: int = 0
    messages: list[Accepted] = field(default_factory=list)
    commands: list[str] = field(default_factory=list)  # stage of every MAIL/RCPT/DATA seen
    faults: deque[Fault] = field(default_factory=deque)
    file_sent_copy: bool = False  # Gmail-like: file a copy in the sender's Sent before 250
    in_flight: int = 0  # DATA commands being processed right now
    reply_delay: float = 0.0  # seconds between accepting a message and saying 250 (a slow server)

    def __post_init__(self) -> None:
        self._lock = threading.Lock()
        self._controllers: list[Controller] = []

    @property
    def ca_file(self) -> str:
        return str(self.dovecot.ca_file)

    def start(self) -> None:
        ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ctx.load_cert_chain(self.dovecot.ca_file, self.dovecot.key_file)
        self.port, self.tls_port = free_port(), free_port()
        self._controllers = [
            Controller(_Handler(self), hostname=self.host, port=self.port, tls_context=ctx,
                       require_starttls=True, authenticator=self._authenticate,
                       auth_required=True),
            # aiosmtpd 1.4 does not count implicit TLS as TLS for AUTH: allow AUTH explicitly
            # (the socket is encrypted anyway); AUTH is then offered but not enforced here.
            Controller(_Handler(self), hostname=self.host, port=self.tls_port, ssl_context=ctx,
                       authenticator=self._authenticate, auth_require_tls=False),
        ]
        for c in self._controllers:
            c.start()

    def stop(self) -> None:
        for c in self._controllers:
            c.stop()
        self._controllers = []

    def reset(self) -> None:
        with self._lock:
            self.messages.clear()
            self.commands.clear()
            self.faults.clear()
            self.file_sent_copy = False
            self.reply_delay = 0.0

    def wait_idle(self, timeout: float = 10.0) -> None:
        """Wait until no DATA is being processed (a killed client's last message is settled)."""
        deadline = time.monotonic() + timeout
        while self.in_flight and time.monotonic() < deadline:
            time.sleep(0.005)

    def fail(self, stage: str, code: int, text: str = "", *, times: int = 1,
             recipient: str | None = None) -> None:
        """Queue a programmed reply; queued faults are used in order."""
        text = text or {421: "4.3.2 service shutting down", 451: "4.3.0 local error",
                        550: "5.1.1 mailbox unavailable"}.get(code, "programmed failure")
        with self._lock:
            self.faults.append(Fault(stage, f"{code} {text}", times, recipient))

    def take_fault(self, stage: str, recipient: str | None = None) -> str | None:
        with self._lock:
            self.commands.append(stage)
            for fault in self.faults:
                if fault.stage != stage or (fault.recipient and recipient and
                                            fault.recipient.lower() != recipient.lower()):
                    continue
                fault.times -= 1
                if fault.times <= 0:
                    self.faults.remove(fault)
                return fault.reply
        return None

    def _authenticate(self, server, session, envelope, mechanism, auth_data) -> AuthResult:
        ok = (isinstance(auth_data, LoginPassword) and
              (user := self.dovecot.users.get(auth_data.login.decode())) is not None and
              user.password == auth_data.password.decode())
        return AuthResult(success=ok, handled=False, auth_data=auth_data)


class _Handler:
    def __init__(self, owner: SmtpServer) -> None:
        self.owner = owner

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        if reply := self.owner.take_fault("MAIL"):
            return reply
        envelope.mail_from, envelope.mail_options = address, list(mail_options)
        return "250 OK"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if reply := self.owner.take_fault("RCPT", address):
            return reply
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if reply := self.owner.take_fault("DATA"):
            return reply
        data = envelope.original_content or b""
        auth = session.auth_data
        login = auth.login.decode() if isinstance(auth, LoginPassword) else None
        with self.owner._lock:
            self.owner.in_flight += 1
        try:
            return await asyncio.get_running_loop().run_in_executor(
                None, self._accept, envelope.mail_from, tuple(envelope.rcpt_tos), data, login)
        finally:
            with self.owner._lock:
                self.owner.in_flight -= 1

    def _accept(self, mail_from: str, rcpt_tos: tuple[str, ...], data: bytes,
                login: str | None) -> str:
        """Deliver, file the Sent copy and record, all or nothing as far as the client can
        tell: runs in a thread, so a client that vanishes cannot cancel it half-way."""
        dovecot = self.owner.dovecot
        for rcpt in rcpt_tos:
            local, _, domain = rcpt.partition("@")
            if domain.lower() != "localhost":
                continue
            rc = dovecot.lda_deliver(local, mail_from, data)
            if rc == 67:
                return f"550 5.1.1 <{rcpt}>: no such user"
            if rc != 0:
                return f"451 4.3.0 local delivery failed (dovecot-lda exit {rc})"
        if self.owner.file_sent_copy and login in dovecot.users:
            rc = dovecot.lda_deliver(login, mail_from, data, folder="Sent")
            if rc != 0:
                return f"451 4.3.0 could not file the Sent copy (dovecot-lda exit {rc})"
        with self.owner._lock:
            self.owner.messages.append(Accepted(mail_from, rcpt_tos, data, login))
            n = len(self.owner.messages)
        if self.owner.reply_delay:
            time.sleep(self.owner.reply_delay)  # accepted, the client does not know yet
        return f"250 2.0.0 Ok: queued as T{n}"
