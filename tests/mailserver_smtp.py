"""An in-process aiosmtpd submission server (STARTTLS + AUTH) that delivers into Dovecot.

Tests program failures: ``server.fail("RCPT", 451, times=2)`` makes the next two RCPT commands
answer 451, and every message the server accepted is in ``server.messages``. Recipients at
``@localhost`` are delivered with dovecot-lda into the fixture Dovecot; others are recorded only.
"""

from __future__ import annotations

import asyncio
import ssl
import threading
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
        loop = asyncio.get_running_loop()
        for rcpt in envelope.rcpt_tos:
            local, _, domain = rcpt.partition("@")
            if domain.lower() != "localhost":
                continue
            rc = await loop.run_in_executor(None, self.owner.dovecot.lda_deliver, local,
                                            envelope.mail_from, data)
            if rc == 67:
                return f"550 5.1.1 <{rcpt}>: no such user"
            if rc != 0:
                return f"451 4.3.0 local delivery failed (dovecot-lda exit {rc})"
        auth = session.auth_data
        login = auth.login.decode() if isinstance(auth, LoginPassword) else None
        with self.owner._lock:
            self.owner.messages.append(Accepted(envelope.mail_from, tuple(envelope.rcpt_tos),
                                                data, login))
            n = len(self.owner.messages)
        return f"250 2.0.0 Ok: queued as T{n}"
