"""One logged-in IMAP connection that reconnects with backoff (RFC 3501, RFC 8314 for TLS).

Used by ``ImapInbox`` and by the Sent-folder copy of ``SmtpOutbox``. ``run(fn)`` calls ``fn``
with a live client; a dropped connection or timeout closes the client, waits (exponential
backoff with jitter) and calls ``fn`` again on a fresh connection, so callers write ``fn`` to be
safe to repeat and keep their progress outside it. Errors that a retry cannot fix (bad login,
unverifiable certificate, a NO/BAD reply) become ``InboxError`` at once.
"""

from __future__ import annotations

import logging
import ssl
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

import tenacity
from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientAbortError, IMAPClientError, LoginError

from foibot.errors import ConfigError, InboxError
from foibot.mail.secrets import LazyPassword
from foibot.mail.tls import cert_hint, check_security, client_context

if TYPE_CHECKING:
    from foibot.config import ImapSettings

T = TypeVar("T")
KEY = "mail.inbound"


class _Dropped(Exception):
    """Internal: the connection broke; worth another attempt on a new one."""


def make_wait(retry_wait: object) -> tenacity.wait.wait_base:
    """``retry_wait``: a tenacity wait, a ``(min, max)`` pair of seconds, or None (1 s .. 60 s).

    ``(min, max)`` waits min, 2*min, 4*min ... (capped at max) plus up to ``min`` of random
    jitter, so many clients that failed together do not retry in lockstep.
    """
    if retry_wait is None:
        retry_wait = (1.0, 60.0)
    if isinstance(retry_wait, tuple):
        low, high = retry_wait
        return (tenacity.wait_exponential(multiplier=low, max=high)
                + tenacity.wait_random(0, low))
    if isinstance(retry_wait, tenacity.wait.wait_base):
        return retry_wait
    raise TypeError(f"retry_wait must be a tenacity wait or a (min, max) tuple, not {retry_wait!r}")


class ImapSession:
    """A lazily opened, self-healing IMAP connection for one account."""

    def __init__(self, settings: ImapSettings, *, retry_wait: object = None,
                 max_attempts: int = 5, logger: logging.Logger | None = None,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        check_security(settings.security, settings.host, key=KEY)
        if not settings.username:
            raise ConfigError("username is required for IMAP", key=f"{KEY}.username")
        self.settings = settings
        self._context = client_context(settings.ca_file, key=KEY)
        self._wait, self._sleep = make_wait(retry_wait), sleep
        self._max_attempts = max_attempts
        self._log = logger or logging.getLogger("foibot.mail.imap")
        self._client: IMAPClient | None = None
        self._password = LazyPassword(settings, KEY)
        self.where = f"IMAP {settings.username}@{settings.host}:{settings.port}"
        #: bumped on every new connection, so callers know their SELECT state is gone
        self.generation = 0

    def run(self, fn: Callable[[IMAPClient], T]) -> T:
        """Call ``fn(client)``, reconnecting and repeating it after a dropped connection."""
        retrying = tenacity.Retrying(
            retry=tenacity.retry_if_exception_type(_Dropped), wait=self._wait,
            stop=tenacity.stop_after_attempt(self._max_attempts), sleep=self._sleep,
            before_sleep=self._log_retry, reraise=True)
        try:
            return retrying(self._once, fn)
        except _Dropped as exc:
            raise InboxError(f"{self.where}: connection failed {self._max_attempts} times, "
                             f"giving up for now ({exc})") from None

    def _once(self, fn: Callable[[IMAPClient], T]) -> T:
        try:
            return fn(self._connected())
        except ssl.SSLCertVerificationError as exc:
            self.drop()
            raise InboxError(f"{self.where}: " + cert_hint(self.settings.host, exc, key=KEY)
                             ) from None
        except LoginError as exc:
            self.drop()
            reply = self._password.redact(str(exc))
            raise InboxError(f"{self.where}: the server rejected the login ({reply}); check "
                             f"{KEY}.password_env / password_command and username") from None
        except IMAPClientAbortError as exc:
            self.drop()
            raise _Dropped(self._password.redact(str(exc))) from None
        except IMAPClientError as exc:
            raise InboxError(f"{self.where}: {self._password.redact(str(exc))}") from None
        except OSError as exc:  # refused, reset, timeout, TLS error mid-stream
            self.drop()
            raise _Dropped(f"{type(exc).__name__}: {exc}") from None

    def _connected(self) -> IMAPClient:
        if self._client is None:
            self._client = self._open()
            self.generation += 1
        return self._client

    def _open(self) -> IMAPClient:
        s = self.settings
        client = IMAPClient(s.host, port=s.port, ssl=s.security == "tls",
                            ssl_context=self._context, timeout=s.timeout)
        try:
            if s.security == "starttls":
                client.starttls(self._context)  # never falls back to plaintext: raises instead
            client.login(s.username, self._password.get())
        except (IMAPClientError, OSError):
            _shutdown(client)
            raise
        self._log.debug("%s: logged in", self.where)
        return client

    def _log_retry(self, state: tenacity.RetryCallState) -> None:
        exc = state.outcome.exception() if state.outcome else None
        self._log.warning("%s: %s; retrying (attempt %d of %d)", self.where, exc,
                          state.attempt_number + 1, self._max_attempts)

    def drop(self) -> None:
        """Forget the connection (without waiting for a dead server to answer LOGOUT)."""
        if self._client is not None:
            _shutdown(self._client)
            self._client = None

    def close(self) -> None:
        """LOGOUT politely if the connection is alive."""
        client, self._client = self._client, None
        if client is None:
            return
        try:
            client.logout()
        except (IMAPClientError, OSError):
            _shutdown(client)


def _shutdown(client: IMAPClient) -> None:
    try:
        client.shutdown()
    except (IMAPClientError, OSError):
        pass


def server_folder_name(client: IMAPClient, name: str) -> str:
    """Write ``a/b`` in config, get ``a.b`` on a server whose hierarchy delimiter is ``.``.

    The delimiter is per server (RFC 3501 §6.3.8; Dovecot's Maildir++ uses ``.``, Gmail, Fastmail
    and Exchange use ``/``); the personal namespace (RFC 2342) tells us which.
    """
    if "/" not in name or not client.has_capability("NAMESPACE"):
        return name
    personal = client.namespace().personal or ()
    delimiter = personal[0][1] if personal and personal[0][1] else "/"
    if isinstance(delimiter, bytes):
        delimiter = delimiter.decode()
    return name.replace("/", delimiter)
