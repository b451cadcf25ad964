"""``SmtpOutbox``: message submission over SMTP (RFC 6409, RFC 5321) with verified TLS.

Reply codes decide what happens (RFC 5321 §4.2.1): 2xx = sent; 4xx (421, 450, 451, 452 ...)
and broken connections are transient, retried here a bounded number of times with exponential
backoff and jitter, then surface as ``TransientDeliveryError`` so the request stays queued for
the next run; 5xx on MAIL, RCPT or DATA is permanent: ``PermanentDeliveryError`` carries the code
and the server's text. The transaction is driven one command at a time (MAIL, every RCPT, DATA)
so a refused recipient stops the whole message before DATA: a request goes to all of its
recipients or to none.
"""

from __future__ import annotations

import logging
import re
import smtplib
import ssl
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

import tenacity

from foibot.errors import (
    AuthenticationError,
    ConfigError,
    DeliveryUncertainError,
    InboxError,
    PermanentDeliveryError,
    TransientDeliveryError,
)
from foibot.mail.imap_session import make_wait
from foibot.mail.secrets import LazyPassword
from foibot.mail.tls import cert_hint, check_security, client_context
from foibot.ports import DeliveryResult, OutgoingMail

if TYPE_CHECKING:
    from foibot.config import ImapSettings, SmtpSettings

KEY = "mail.outbound"
T = TypeVar("T")


class _Retry(Exception):
    """Internal: a transient failure; tenacity tries again on a fresh connection."""


class SmtpOutbox:
    """``ports.Outbox`` that hands mail to a real submission server."""

    live = True

    def __init__(self, settings: SmtpSettings, *, imap: ImapSettings | None = None,
                 retry_wait: object = None, logger: logging.Logger | None = None,
                 sleep: Callable[[float], None] = time.sleep,
                 clock: Callable[[], float] = time.monotonic) -> None:
        check_security(settings.security, settings.host, key=KEY)
        if settings.max_attempts < 1:
            raise ConfigError("max_attempts must be at least 1", key=f"{KEY}.max_attempts")
        self.settings = settings
        self._context = client_context(settings.ca_file, key=KEY)
        self._wait, self._sleep, self._clock = make_wait(retry_wait), sleep, clock
        self._log = logger or logging.getLogger("foibot.mail.smtp")
        self._conn: smtplib.SMTP | None = None
        self._password = LazyPassword(settings, KEY)
        self._last_send: dict[str, float] = {}
        self.where = f"SMTP {settings.host}:{settings.port}"
        self._sent = self._sent_folder(imap, retry_wait)

    def _sent_folder(self, imap: ImapSettings | None, retry_wait: object):  # -> SentFolder|None
        if not self.settings.sent_copy:
            return None
        if imap is None:
            raise ConfigError('sent_copy = true needs [mail.inbound] transport = "imap" (the '
                              "copy is stored with the inbound IMAP account)",
                              key=f"{KEY}.sent_copy")
        from foibot.mail.imap import SentFolder

        return SentFolder(imap, self.settings.sent_folder, retry_wait=retry_wait,
                          logger=self._log, sleep=self._sleep)

    # -- ports.Outbox -----------------------------------------------------------------------

    def deliver(self, mail: OutgoingMail) -> DeliveryResult:
        """Submit ``mail`` once (retrying only transient failures); see the module docstring."""
        if not mail.recipients:
            raise PermanentDeliveryError(f"{mail.reference}: no recipients")
        self._respect_domain_interval(mail.recipients)
        retrying = tenacity.Retrying(
            retry=tenacity.retry_if_exception_type(_Retry), wait=self._wait,
            stop=tenacity.stop_after_attempt(self.settings.max_attempts), sleep=self._sleep,
            before_sleep=self._log_retry, reraise=True)
        try:
            reply = retrying(self._attempt, mail)
        except _Retry as exc:
            raise TransientDeliveryError(
                f"{self.where}: {mail.reference} not sent after {self.settings.max_attempts} "
                f"attempts ({exc}); it stays queued for the next run") from None
        for domain in _domains(mail.recipients):
            self._last_send[domain] = self._clock()
        self._log.info("%s: sent %s <%s>: %s", self.where, mail.reference, mail.message_id, reply)
        self._copy_to_sent(mail)
        return DeliveryResult(status="sent", detail=reply)

    @property
    def sent_authoritative(self) -> bool:
        """With ``sent_copy = "server"`` the provider files every accepted message in Sent as it
        accepts it, so a Message-ID missing from Sent was never accepted: safe to send again."""
        return self.settings.sent_copy == "server"

    def find_sent(self, message_id: str) -> bool | None:
        """True/False from the IMAP Sent folder; None without a Sent copy or when unreachable."""
        if self._sent is None:
            return None
        try:
            return self._sent.contains(message_id)
        except InboxError as exc:
            self._log.warning("cannot look for <%s> in the Sent folder: %s", message_id, exc)
            return None

    def close(self) -> None:
        if self._conn is not None:
            try:
                self._conn.quit()
            except (smtplib.SMTPException, OSError):
                self._conn.close()
            self._conn = None
        if self._sent is not None:
            self._sent.close()

    # -- one attempt ------------------------------------------------------------------------

    def check(self) -> str:
        """Connect, secure, log in and NOOP, sending nothing (for ``check-config``); one try.

        Raises ``TransientDeliveryError`` (or ``ConfigError`` for a missing password) with the
        same messages ``deliver`` would give.
        """
        try:
            self._guarded(self._connection)
        except _Retry as exc:
            raise TransientDeliveryError(f"{self.where}: {exc}") from None
        auth = f", logged in as {self.settings.username}" if self.settings.username else ""
        return f"{self.where}: connected with {self.settings.security}{auth}"

    def _attempt(self, mail: OutgoingMail) -> str:
        return self._guarded(lambda: self._transaction(self._connection(), mail))

    def _guarded(self, step: Callable[[], T]) -> T:
        """One try; translates every smtplib/socket error into ours (and never leaks a secret)."""
        try:
            return step()
        except PermanentDeliveryError:
            self._reset()
            raise
        except _Retry:
            self._drop()
            raise
        except ssl.SSLCertVerificationError as exc:
            self._drop()
            raise TransientDeliveryError(
                f"{self.where}: " + cert_hint(self.settings.host, exc, key=KEY)) from None
        except smtplib.SMTPAuthenticationError as exc:
            self._drop()
            raise AuthenticationError(
                f"{self.where}: the server rejected the login for {self.settings.username!r} "
                f"({exc.smtp_code} {self._text(exc.smtp_error)}); check {KEY}.username and "
                f"password_env / password_command") from None
        except smtplib.SMTPNotSupportedError as exc:
            self._drop()
            raise TransientDeliveryError(
                f"{self.where}: {self._text(str(exc))}; check {KEY}.security and port "
                f"(STARTTLS usually on 587, implicit TLS on 465)") from None
        except smtplib.SMTPResponseException as exc:  # greeting, EHLO or DATA refused
            self._drop()
            raise self._classify(exc.smtp_code, exc.smtp_error, "the session") from None
        except OSError as exc:  # refused, reset, timeout, TLS error, SMTPServerDisconnected
            self._drop()
            raise _Retry(f"{type(exc).__name__}: {self._text(str(exc))}") from None

    def _transaction(self, conn: smtplib.SMTP, mail: OutgoingMail) -> str:
        options = ["BODY=8BITMIME"] if _is_8bit(mail.raw) and conn.has_extn("8bitmime") else []
        self._check(*conn.mail(mail.sender, options), f"MAIL FROM:<{mail.sender}>")
        for rcpt in mail.recipients:
            self._check(*conn.rcpt(rcpt), f"RCPT TO:<{rcpt}>")
        try:
            code, reply = self._data(conn, mail)
        except smtplib.SMTPDataError as exc:
            raise self._classify(exc.smtp_code, exc.smtp_error, "DATA") from None
        self._check(code, reply, "DATA")  # the final reply is returned, not raised
        return f"{code} {self._text(reply)}"

    def _data(self, conn: smtplib.SMTP, mail: OutgoingMail) -> tuple[int, bytes]:
        """DATA in two steps (smtplib's ``data`` in one would hide which side of the 354 a
        failure fell on): before it, nothing was handed over and a retry is safe; after it, a
        lost reply may hide an acceptance, and retrying would send the force a second copy."""
        conn.putcmd("data")
        code, repl = conn.getreply()
        if code != 354:
            raise smtplib.SMTPDataError(code, repl)
        payload = re.sub(rb"(?m)^\.", b"..", mail.raw)  # dot-stuffing, RFC 5321 §4.5.2
        payload += b"" if payload.endswith(b"\r\n") else b"\r\n"
        try:
            conn.send(payload + b".\r\n")
            return conn.getreply()
        except OSError as exc:  # SMTPServerDisconnected, reset, timeout
            self._drop()
            raise DeliveryUncertainError(
                f"{self.where}: the connection broke ({type(exc).__name__}) after {mail.reference} was "
                f"handed over and before the server confirmed it, so it may have been sent. It stays "
                f"'sending': the next run looks for it in the Sent folder (sent_copy = \"server\"), or "
                f"check yourself and `foibot resend {mail.reference} --confirm`") from None

    def _check(self, code: int, reply: bytes, stage: str) -> None:
        if not 200 <= code < 300:
            raise self._classify(code, reply, stage)

    def _classify(self, code: int, reply: bytes | str, stage: str) -> Exception:
        text = f"{code} {self._text(reply)}"
        if 500 <= code < 600:
            return PermanentDeliveryError(f"{self.where} refused {stage}: {text}", code=code)
        return _Retry(f"{stage}: {text}")  # 4xx, and anything unexpected, may pass later

    def _text(self, reply: bytes | str) -> str:
        text = reply.decode("utf-8", "replace") if isinstance(reply, bytes) else reply
        return self._password.redact(" ".join(text.split()))

    # -- connection -------------------------------------------------------------------------

    def _connection(self) -> smtplib.SMTP:
        """Reuse the open session across a batch of sends if it still answers NOOP."""
        if self._conn is not None:
            try:
                if self._conn.noop()[0] == 250:
                    return self._conn
            except (smtplib.SMTPException, OSError):
                pass
            self._drop()
        self._conn = self._open()
        return self._conn

    def _open(self) -> smtplib.SMTP:
        s = self.settings
        if s.security == "tls":  # RFC 8314 implicit TLS, usually port 465
            conn: smtplib.SMTP = smtplib.SMTP_SSL(s.host, s.port, timeout=s.timeout,
                                                  context=self._context)
        else:
            conn = smtplib.SMTP(s.host, s.port, timeout=s.timeout)
        try:
            conn.ehlo()
            if s.security == "starttls":  # RFC 3207; smtplib raises if it is not offered
                conn.starttls(context=self._context)
                conn.ehlo()
            if s.username:
                conn.login(s.username, self._password.get())
        except (smtplib.SMTPException, OSError):
            conn.close()
            raise
        return conn

    def _reset(self) -> None:
        """After a refusal the session is still good: RSET it for the next message."""
        if self._conn is not None:
            try:
                self._conn.rset()
            except (smtplib.SMTPException, OSError):
                self._drop()

    def _drop(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    # -- around a send ----------------------------------------------------------------------

    def _respect_domain_interval(self, recipients: tuple[str, ...]) -> None:
        """Space sends to one domain by ``domain_interval_seconds`` (be kind to force servers)."""
        interval = self.settings.domain_interval_seconds
        if interval <= 0:
            return
        last = max(self._last_send.get(d, float("-inf")) for d in _domains(recipients))
        wait = last + interval - self._clock()
        if wait > 0:
            self._log.info("waiting %.1f s before the next send to the same domain", wait)
            self._sleep(wait)

    def _copy_to_sent(self, mail: OutgoingMail) -> None:
        """A failed copy never fails the delivery: the server has the message already."""
        if self._sent is None or self.sent_authoritative:
            return
        try:
            self._sent.append(mail.raw)
        except InboxError as exc:
            self._log.warning("%s was sent but not copied to the Sent folder: %s",
                              mail.reference, exc)

    def _log_retry(self, state: tenacity.RetryCallState) -> None:
        exc = state.outcome.exception() if state.outcome else None
        self._log.warning("%s: %s; retrying (attempt %d of %d)", self.where, exc,
                          state.attempt_number + 1, self.settings.max_attempts)


def _domains(recipients: tuple[str, ...]) -> set[str]:
    return {r.rpartition("@")[2].lower() for r in recipients}


def _is_8bit(raw: bytes) -> bool:
    return not raw.isascii()
