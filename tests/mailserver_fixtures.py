"""pytest fixtures: a real Dovecot and a real aiosmtpd on loopback (see docs/real-mail.md).

Loaded by ``tests/conftest.py`` with ``pytest_plugins = ["mailserver_fixtures"]``. The servers
are session-scoped (start ~0.3 s, stop ~1 s); isolation comes from a fresh Dovecot account per
test (``mail_user``). If Dovecot cannot start, every test using it errors: it is never skipped.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from mailserver_dovecot import Dovecot, MailUser
from mailserver_proxy import TcpProxy
from mailserver_smtp import SmtpServer

__all__ = ["MailServers", "dovecot", "smtp_server", "mailservers", "mail_user", "imap_proxy"]


@dataclass(frozen=True)
class MailServers:
    dovecot: Dovecot
    smtp: SmtpServer

    @property
    def ca_file(self) -> str:
        return str(self.dovecot.ca_file)


@pytest.fixture(scope="session")
def dovecot() -> Iterator[Dovecot]:
    """Session Dovecot: ``.host``, ``.imap_port`` (plain+STARTTLS), ``.imaps_port``, ``.ca_file``,
    ``.add_user()``, ``.append(user, folder, raws)``, ``.recreate_folder()`` (new UIDVALIDITY),
    ``.kill()``, ``.restart()``."""
    server = Dovecot()
    try:
        server.start()
        yield server
    finally:
        server.cleanup()


@pytest.fixture
def live_dovecot(dovecot: Dovecot) -> Dovecot:
    """The session Dovecot, restarted first if an earlier test killed it."""
    if dovecot.proc is None or dovecot.proc.poll() is not None:
        dovecot.start()
    return dovecot


@pytest.fixture(scope="session")
def smtp_server(dovecot: Dovecot) -> Iterator[SmtpServer]:
    """aiosmtpd: ``.port`` (STARTTLS + AUTH required), ``.tls_port`` (implicit TLS), ``.fail()``,
    ``.messages``; its accounts are the Dovecot accounts, local mail goes in via dovecot-lda."""
    server = SmtpServer(dovecot)
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def mailservers(live_dovecot: Dovecot, smtp_server: SmtpServer) -> MailServers:
    """Both servers, with the SMTP fault queue and message log emptied for this test."""
    smtp_server.reset()
    return MailServers(live_dovecot, smtp_server)


@pytest.fixture
def mail_user(live_dovecot: Dovecot) -> MailUser:
    """A fresh account (``.name``, ``.password``, ``.address``) valid for IMAP and SMTP AUTH."""
    return live_dovecot.add_user()


@pytest.fixture
def imap_proxy(live_dovecot: Dovecot) -> Iterator[TcpProxy]:
    """A command-counting, cuttable TCP proxy in front of Dovecot's plaintext IMAP port."""
    proxy = TcpProxy(live_dovecot.host, live_dovecot.imap_port)
    try:
        yield proxy
    finally:
        proxy.close()
