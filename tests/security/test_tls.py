"""Issue 7: TLS is verified by default, end to end through the CLI.

A server whose certificate is not signed by the configured CA (or by the system store when no
``ca_file`` is set) gives a clear error that says what to do, and nothing is sent: the request
stays queued. There is no switch to turn verification off; plaintext is refused unless the
host is loopback (tests/adapters cover the adapters; this covers the commands a user runs).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from faults.faultkit import CAMPAIGN, db_requests, live_home
from mailserver_dovecot import make_cert

pytestmark = pytest.mark.mailserver


@pytest.fixture
def wrong_ca(foibot, home: Path, mailservers, mail_user, monkeypatch, tmp_path: Path):
    monkeypatch.setenv("FOIBOT_TEST_SMTP_PASSWORD", mail_user.password)
    monkeypatch.setenv("FOIBOT_TEST_IMAP_PASSWORD", mail_user.password)
    other = tmp_path / "other-ca"
    other.mkdir()
    other_ca, _ = make_cert(other)  # a valid CA, just not the servers'
    live_home(home, mailservers, mail_user, forces=2)
    cfg = home / "config" / "foibot.toml"
    cfg.write_text(cfg.read_text().replace(mailservers.ca_file, str(other_ca)))
    return foibot, mailservers, cfg


def test_smtp_certificate_not_signed_by_ca_file_sends_nothing(wrong_ca) -> None:
    foibot, servers, _ = wrong_ca
    out = foibot("send", CAMPAIGN, "--live", code=None).output
    assert "could not be verified" in out and "ca_file" in out
    assert not servers.smtp.messages and servers.smtp.commands == []  # not even MAIL FROM
    assert {r["state"] for r in db_requests(foibot.home).values()} == {"queued"}


def test_system_store_does_not_trust_a_private_ca(wrong_ca) -> None:
    foibot, servers, cfg = wrong_ca
    cfg.write_text("\n".join(line for line in cfg.read_text().splitlines() if not line.startswith("ca_file")))
    out = foibot("send", CAMPAIGN, "--live", code=None).output
    assert "could not be verified" in out and not servers.smtp.messages


def test_imap_certificate_not_signed_by_ca_file_is_a_clear_error(wrong_ca) -> None:
    foibot, _, _ = wrong_ca
    result = foibot("poll", code=1)
    assert "could not be verified" in result.output and "ca_file" in result.output
    assert "Traceback" not in result.output


def test_plaintext_to_a_remote_host_is_refused_before_connecting(wrong_ca) -> None:
    foibot, servers, cfg = wrong_ca
    text = cfg.read_text().replace('host = "127.0.0.1"', 'host = "mail.example.com"', 1)
    cfg.write_text(text.replace('security = "starttls"', 'security = "none"', 1))
    out = foibot("send", CAMPAIGN, "--live", code=1).output
    assert "plaintext" in out and "mail.example.com" in out and "foibot.toml:" in out
    assert not servers.smtp.messages
