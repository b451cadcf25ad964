"""SmtpOutbox against a real aiosmtpd (STARTTLS + AUTH) delivering into a real Dovecot."""

from __future__ import annotations

import logging
import time
from email.message import EmailMessage
from email.utils import make_msgid

import pytest

from foibot.config import ImapSettings, SmtpSettings
from foibot.errors import ConfigError, PermanentDeliveryError, TransientDeliveryError
from foibot.mail.smtp import SmtpOutbox
from foibot.ports import OutgoingMail

pytestmark = pytest.mark.mailserver
ENV = "FOIBOT_TEST_SMTP_PASSWORD"
TINY = (0.001, 0.005)  # backoff for tests: the policy is the same, only shorter


def outgoing(sender: str, *recipients: str, subject: str = "FOI request") -> OutgoingMail:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, ", ".join(recipients), subject
    msg_id = make_msgid(domain="foibot.test")
    msg["Message-ID"] = msg_id
    msg.set_content("Dear FOI team,\n\nUnder s.1 FOIA 2000 please provide ...\n")
    return OutgoingMail(reference="FOI-TEST-0001", message_id=msg_id.strip("<>"),
                        sender=sender, recipients=tuple(recipients), raw=msg.as_bytes())


@pytest.fixture
def settings(mailservers, mail_user, monkeypatch):
    monkeypatch.setenv(ENV, mail_user.password)
    return SmtpSettings(host="127.0.0.1", port=mailservers.smtp.port, security="starttls",
                        username=mail_user.name, password_env=ENV,
                        ca_file=mailservers.ca_file, timeout=10, max_attempts=3)


@pytest.fixture
def outbox_for():
    made = []

    def make(settings, **kw):
        box = SmtpOutbox(settings, retry_wait=kw.pop("retry_wait", TINY), **kw)
        made.append(box)
        return box
    yield make
    for box in made:
        box.close()


def inbox_subjects(dovecot, user) -> list[str]:
    c = dovecot.client(user)
    try:
        c.select_folder("INBOX", readonly=True)
        data = c.fetch(c.search("ALL"), [b"BODY.PEEK[HEADER.FIELDS (SUBJECT)]"])
        return [v[b"BODY[HEADER.FIELDS (SUBJECT)]"].decode().strip() for v in data.values()]
    finally:
        c.logout()


def test_starttls_auth_with_ca_file_delivers_into_dovecot(settings, mailservers, mail_user,
                                                          outbox_for):
    box = outbox_for(settings)
    result = box.deliver(outgoing(mail_user.address, mail_user.address, subject="Hello FOI"))
    assert box.live is True
    assert result.status == "sent" and result.detail.startswith("250 ")
    assert mailservers.smtp.messages[-1].login == mail_user.name  # AUTH happened (after TLS)
    assert inbox_subjects(mailservers.dovecot, mail_user) == ["Subject: Hello FOI"]


def test_check_logs_in_without_sending(settings, mailservers, mail_user, outbox_for,
                                       monkeypatch):
    assert outbox_for(settings).check().endswith(f"logged in as {mail_user.name}")
    assert mailservers.smtp.commands == []
    monkeypatch.setenv(ENV, "not-it-123")
    with pytest.raises(TransientDeliveryError, match="rejected the login"):
        outbox_for(settings).check()


def test_missing_password_is_a_config_error(settings, outbox_for, monkeypatch):
    monkeypatch.delenv(ENV)
    with pytest.raises(ConfigError, match=ENV):
        outbox_for(settings).deliver(outgoing("a@localhost", "foi@force.example"))


def test_implicit_tls_port(settings, mailservers, mail_user, outbox_for):
    tls = SmtpSettings(**{**settings.__dict__, "port": mailservers.smtp.tls_port,
                          "security": "tls"})
    assert outbox_for(tls).deliver(outgoing(mail_user.address, "x@force.example")).status == "sent"
    assert mailservers.smtp.messages[-1].login == mail_user.name


def test_connection_is_reused_across_sends(settings, mailservers, mail_user, outbox_for):
    box = outbox_for(settings)
    for _ in range(3):
        box.deliver(outgoing(mail_user.address, "foi@force.example"))
    assert len(mailservers.smtp.messages) == 3
    assert {m.login for m in mailservers.smtp.messages} == {mail_user.name}


def test_unverifiable_certificate_is_refused_without_retry(settings, mailservers, mail_user,
                                                           outbox_for):
    box = outbox_for(SmtpSettings(**{**settings.__dict__, "ca_file": None}))
    with pytest.raises(TransientDeliveryError, match="ca_file"):
        box.deliver(outgoing(mail_user.address, "foi@force.example"))
    assert mailservers.smtp.commands == []  # never got as far as MAIL FROM


def test_plaintext_to_a_remote_host_is_refused_before_connecting():
    remote = SmtpSettings(host="smtp.example.org", port=25, security="none", username="me")
    with pytest.raises(ConfigError, match="clear text"):
        SmtpOutbox(remote)


def test_bad_password_is_a_clear_error_without_the_password(settings, mail_user, outbox_for,
                                                            monkeypatch, caplog):
    wrong = "wrong-Pa55word-XYZ"
    monkeypatch.setenv(ENV, wrong)
    box = outbox_for(settings)
    with caplog.at_level(logging.DEBUG), pytest.raises(TransientDeliveryError) as err:
        box.deliver(outgoing(mail_user.address, "foi@force.example"))
    message = str(err.value)
    assert "rejected the login" in message and "535" in message
    assert wrong not in message and mail_user.password not in message
    assert wrong not in caplog.text and "retrying" not in caplog.text  # not retried


@pytest.mark.parametrize("stage,code", [("RCPT", 421), ("RCPT", 451), ("DATA", 451),
                                        ("MAIL", 421)])
def test_transient_reply_is_retried_then_sent(settings, mailservers, mail_user, outbox_for,
                                              stage, code):
    mailservers.smtp.fail(stage, code, times=2)
    result = outbox_for(settings).deliver(outgoing(mail_user.address, "foi@force.example"))
    assert result.status == "sent"
    assert mailservers.smtp.commands.count(stage) == 3
    assert len(mailservers.smtp.messages) == 1  # exactly one copy accepted


def test_persistent_4xx_gives_up_after_max_attempts(settings, mailservers, mail_user, outbox_for):
    mailservers.smtp.fail("RCPT", 451, times=100)
    start = time.monotonic()
    with pytest.raises(TransientDeliveryError, match="after 3 attempts") as err:
        outbox_for(settings).deliver(outgoing(mail_user.address, "foi@force.example"))
    assert "451" in str(err.value) and "stays queued" in str(err.value)
    assert mailservers.smtp.commands.count("RCPT") == 3
    assert mailservers.smtp.messages == [] and time.monotonic() - start < 5


def test_backoff_waits_grow_exponentially(settings, mailservers, mail_user, outbox_for):
    waits: list[float] = []
    mailservers.smtp.fail("RCPT", 451, times=100)
    box = outbox_for(SmtpSettings(**{**settings.__dict__, "max_attempts": 4}),
                     retry_wait=(0.1, 10), sleep=waits.append)
    with pytest.raises(TransientDeliveryError):
        box.deliver(outgoing(mail_user.address, "foi@force.example"))
    assert len(waits) == 3
    assert 0.1 <= waits[0] <= 0.2 and 0.2 <= waits[1] <= 0.3 and 0.4 <= waits[2] <= 0.5


def test_550_is_permanent_with_code_and_reply(settings, mailservers, mail_user, outbox_for):
    mailservers.smtp.fail("RCPT", 550, "5.1.1 <foi@force.example>: user unknown")
    box = outbox_for(settings)
    with pytest.raises(PermanentDeliveryError) as err:
        box.deliver(outgoing(mail_user.address, "foi@force.example"))
    assert err.value.code == 550 and "user unknown" in str(err.value)
    assert mailservers.smtp.commands.count("RCPT") == 1  # not retried
    assert box.deliver(outgoing(mail_user.address, "foi@force.example")).status == "sent"


def test_one_refused_recipient_stops_the_whole_message(settings, mailservers, mail_user,
                                                       outbox_for):
    mailservers.smtp.fail("RCPT", 550, recipient="b@force.example")
    with pytest.raises(PermanentDeliveryError):
        outbox_for(settings).deliver(outgoing(mail_user.address, "a@force.example",
                                              "b@force.example"))
    assert "DATA" not in mailservers.smtp.commands and mailservers.smtp.messages == []


def test_data_554_is_permanent(settings, mailservers, mail_user, outbox_for):
    mailservers.smtp.fail("DATA", 554, "5.7.1 message rejected as spam")
    with pytest.raises(PermanentDeliveryError, match="spam") as err:
        outbox_for(settings).deliver(outgoing(mail_user.address, "foi@force.example"))
    assert err.value.code == 554


def test_connection_refused_is_transient(settings, mail_user, outbox_for):
    from mailserver_dovecot import free_port
    closed = SmtpSettings(**{**settings.__dict__, "port": free_port()})
    with pytest.raises(TransientDeliveryError, match="ConnectionRefused"):
        outbox_for(closed).deliver(outgoing(mail_user.address, "foi@force.example"))


def test_domain_interval_spaces_sends_to_one_domain(settings, mailservers, mail_user, outbox_for):
    waits: list[float] = []
    box = outbox_for(SmtpSettings(**{**settings.__dict__, "domain_interval_seconds": 30}),
                     sleep=waits.append)
    box.deliver(outgoing(mail_user.address, "foi@dyfed.police.example"))
    box.deliver(outgoing(mail_user.address, "foi@kent.police.example"))
    assert waits == []
    box.deliver(outgoing(mail_user.address, "FOI@Dyfed.Police.Example"))
    assert len(waits) == 1 and 29 < waits[0] <= 30


def test_sent_copy_and_find_sent(settings, mailservers, mail_user, outbox_for, monkeypatch):
    monkeypatch.setenv("FOIBOT_TEST_IMAP_PASSWORD", mail_user.password)
    imap = ImapSettings(host="127.0.0.1", port=mailservers.dovecot.imaps_port, security="tls",
                        username=mail_user.name, password_env="FOIBOT_TEST_IMAP_PASSWORD",
                        ca_file=mailservers.ca_file)
    box = outbox_for(SmtpSettings(**{**settings.__dict__, "sent_copy": True,
                                     "sent_folder": "Sent"}), imap=imap)
    mail = outgoing(mail_user.address, "foi@force.example")
    assert box.find_sent(mail.message_id) is False  # folder not even there yet
    box.deliver(mail)
    assert box.find_sent(mail.message_id) is True
    assert box.find_sent("never-sent@foibot.test") is False
    c = mailservers.dovecot.client(mail_user)
    c.select_folder("Sent", readonly=True)
    flags = c.get_flags(c.search("ALL"))
    c.logout()
    assert len(flags) == 1 and b"\\Seen" in next(iter(flags.values()))


def test_find_sent_is_unknown_without_a_sent_copy(settings, outbox_for):
    assert outbox_for(settings).find_sent("x@foibot.test") is None


def test_sent_copy_needs_imap_settings(settings):
    with pytest.raises(ConfigError, match="mail.inbound"):
        SmtpOutbox(SmtpSettings(**{**settings.__dict__, "sent_copy": True}))
