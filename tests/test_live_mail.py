"""Issue 3 end to end: a live campaign through real SMTP, replies through real IMAP (Dovecot)."""

from __future__ import annotations

import email
from email.policy import default
from pathlib import Path

import pytest
from live_home import make_live_home

pytestmark = pytest.mark.mailserver


@pytest.fixture
def live(foibot, home: Path, mailservers, mail_user, monkeypatch):
    monkeypatch.setenv("FOIBOT_TEST_SMTP_PASSWORD", mail_user.password)
    monkeypatch.setenv("FOIBOT_TEST_IMAP_PASSWORD", mail_user.password)
    slugs = make_live_home(home, mailservers, mail_user)
    return foibot, mailservers, mail_user, slugs


def _reply_to(sent: bytes, body: str, *, sender: str, msgid: str, extra: str = "") -> bytes:
    msg = email.message_from_bytes(sent, policy=default)
    return (f"From: FOI Team <{sender}>\r\nTo: {msg['From']}\r\nSubject: RE: {msg['Subject']}\r\n"
            f"Message-ID: <{msgid}>\r\nIn-Reply-To: {msg['Message-ID']}\r\n"
            f"Date: Mon, 23 Nov 2026 10:00:00 +0000\r\n{extra}\r\n{body}\r\n").encode()


def test_live_run_once_sends_once_and_replies_are_matched(live) -> None:
    foibot, servers, user, slugs = live
    foibot("run", "--once")
    sent = servers.smtp.messages
    assert sorted(m.rcpt_tos[0] for m in sent) == sorted(f"foi@{s}.police.test" for s in slugs)
    assert all(m.login == user.name for m in sent)
    rows = foibot.json("status", "--json")
    assert {r["state"] for r in rows} == {"sent"} and all(r["sent_at"] for r in rows)
    foibot("run", "--once")
    assert len(servers.smtp.messages) == len(slugs)  # nothing sent twice
    replies = [_reply_to(m.data, "Thank you for your request. We received it and will respond within "
                         "20 working days. Our reference is 123/26.", sender=m.rcpt_tos[0], msgid=f"ack{i}@x")
               for i, m in enumerate(sent)]
    servers.dovecot.append(user, "INBOX", replies)
    out = foibot("poll").stdout
    assert f"{len(slugs)} matched" in out
    assert "0 fetched" in foibot("poll").stdout  # incremental: nothing new
    rows = foibot.json("status", "--json")
    assert {r["state"] for r in rows} == {"acknowledged"}
    assert {r["authority_reference"] for r in rows} == {"123/26"}


def test_transient_then_permanent_failures(live) -> None:
    foibot, servers, user, slugs = live
    servers.smtp.fail("DATA", 451, "4.3.0 try again later", times=1)
    servers.smtp.fail("RCPT", 550, "5.1.1 no such mailbox", recipient=f"foi@{slugs[2]}.police.test", times=5)
    out = foibot("send", "social-media-monitoring", "--live").stdout
    assert "FAILED" in out and "550" in out
    rows = {r["force"]: r for r in foibot.json("status", "--json")}
    assert rows[slugs[2]]["state"] == "delivery_failed"
    assert all(rows[s]["state"] == "sent" for s in slugs if s != slugs[2])
    accepted = [m.rcpt_tos[0] for m in servers.smtp.messages]
    assert sorted(accepted) == sorted(f"foi@{s}.police.test" for s in slugs if s != slugs[2])


def test_bounce_and_out_of_office(live) -> None:
    foibot, servers, user, slugs = live
    foibot("send", "social-media-monitoring", "--live")
    first, second = servers.smtp.messages[0], servers.smtp.messages[1]
    ref1 = email.message_from_bytes(first.data, policy=default)["Subject"]
    bounce = (f"From: Mail Delivery System <MAILER-DAEMON@mx.police.test>\r\nTo: {user.address}\r\n"
              f"Subject: Undelivered Mail Returned to Sender\r\nMessage-ID: <bounce1@mx>\r\n"
              f"Auto-Submitted: auto-replied\r\nX-Failed-Recipients: {first.rcpt_tos[0]}\r\n"
              f"Content-Type: multipart/report; report-type=delivery-status; boundary=B\r\n\r\n"
              f"--B\r\nContent-Type: text/plain\r\n\r\nYour message could not be delivered.\r\n"
              f"--B\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx\r\n\r\n"
              f"Final-Recipient: rfc822; {first.rcpt_tos[0]}\r\nAction: failed\r\nStatus: 5.1.1\r\n\r\n"
              f"--B\r\nContent-Type: text/rfc822-headers\r\n\r\nSubject: {ref1}\r\n"
              f"Message-ID: {email.message_from_bytes(first.data, policy=default)['Message-ID']}\r\n--B--\r\n").encode()
    ooo = _reply_to(second.data, "I am out of the office until Monday.", sender=second.rcpt_tos[0],
                    msgid="ooo@x", extra="Auto-Submitted: auto-replied\r\nX-Autoreply: yes\r\n")
    servers.dovecot.append(user, "INBOX", [bounce, ooo])
    foibot("poll")
    rows = {r["force"]: r for r in foibot.json("status", "--json")}
    by_to = {m.rcpt_tos[0]: s for s in slugs for m in servers.smtp.messages if s in m.rcpt_tos[0]}
    assert rows[by_to[first.rcpt_tos[0]]]["state"] == "delivery_failed"
    assert rows[by_to[second.rcpt_tos[0]]]["state"] == "sent"  # an auto-reply is not a response
    assert "auto_reply" in foibot("show", rows[by_to[second.rcpt_tos[0]]]["our_reference"]).stdout


def test_unparseable_message_is_quarantined_and_sync_goes_on(live) -> None:
    foibot, servers, user, slugs = live
    foibot("send", "social-media-monitoring", "--live", "--only", slugs[0])
    garbage = b"\xff\xfe\x00" * 40 + b"\r\n\r\n\x00\x00"
    good = _reply_to(servers.smtp.messages[0].data, "Please find our response attached.",
                     sender=f"foi@{slugs[0]}.police.test", msgid="good@x")
    servers.dovecot.append(user, "INBOX", [garbage, good])
    out = foibot("poll").stdout
    assert "2 fetched" in out and "1 matched" in out
    assert len(list((foibot.home / "state" / "mail").rglob("*.eml"))) >= 3  # request + both, raw


def test_crash_between_sending_and_sent_is_reconciled_from_sent_folder(foibot, home, mailservers, mail_user,
                                                                        monkeypatch) -> None:
    monkeypatch.setenv("FOIBOT_TEST_SMTP_PASSWORD", mail_user.password)
    monkeypatch.setenv("FOIBOT_TEST_IMAP_PASSWORD", mail_user.password)
    slugs = make_live_home(home, mailservers, mail_user, forces=3, sent_copy=True)
    foibot("send", "social-media-monitoring", "--live", "--only", slugs[0])
    assert len(mailservers.smtp.messages) == 1
    # the crash: the server accepted it (and it is in Sent) but foibot died before recording "sent"
    from foibot.app import open_app
    from foibot.db import repo
    from foibot.domain import RequestState

    app = open_app(home)
    with app.db.session() as s:
        (row,) = [r for r in repo.requests_in_states(s, [RequestState.SENT])]
        row.state, row.lease_until = "sending", None
        s.add(row)
    # a second request stuck in "sending" that never reached the server: not in Sent
    foibot("send", "social-media-monitoring", "--only", slugs[1], code=1)  # drafts it; warns about the other
    with app.db.session() as s:
        (drafted,) = repo.requests_in_states(s, [RequestState.DRAFTED])
        drafted.state, drafted.message_id = "sending", "never-sent@localhost"
        s.add(drafted)
    app.close()
    out = foibot("send", "social-media-monitoring", "--live", code=1).stdout  # 1: needs the user
    assert "UNKNOWN" in out and "may have been sent" in out
    states = {r["force"]: r["state"] for r in foibot.json("status", "--json")}
    assert states == {slugs[0]: "sent", slugs[1]: "sending", slugs[2]: "sent"}
    assert len(mailservers.smtp.messages) == 2  # slugs[0] was not sent twice
    assert "sending?" in foibot("status").stdout
    ref = next(r["our_reference"] for r in foibot.json("status", "--json") if r["force"] == slugs[1])
    foibot("resend", ref, "--live", code=1)  # needs --confirm
    foibot("resend", ref, "--live", "--confirm")
    assert len(mailservers.smtp.messages) == 3


def test_daemon_wakes_on_imap_idle(live) -> None:
    """A reply appended while the daemon runs is polled at once (IDLE), not after poll_minutes."""
    import threading
    import time

    from foibot.app import open_app
    from foibot.daemon import run_forever

    foibot, servers, user, slugs = live
    foibot("send", "social-media-monitoring", "--live", "--only", slugs[0])
    cfg = foibot.home / "config" / "foibot.toml"
    cfg.write_text(cfg.read_text().replace("stagger_seconds = 0", "stagger_seconds = 0\npoll_minutes = 60"))
    app = open_app(foibot.home)
    stop = threading.Event()
    reply = _reply_to(servers.smtp.messages[0].data, "Please find our response attached.",
                      sender=f"foi@{slugs[0]}.police.test", msgid="idle@x")

    def drive() -> None:
        time.sleep(2.0)  # the first poll has run and IDLE is waiting
        servers.dovecot.append(user, "INBOX", [reply])
        for _ in range(100):
            if foibot.json("status", "--json")[0]["last_message_at"]:
                break
            time.sleep(0.2)
        stop.set()

    threading.Thread(target=drive, daemon=True).start()
    started = time.monotonic()
    run_forever(app, [], stop)
    app.close()
    assert foibot.json("status", "--json")[0]["last_message_at"] is not None
    assert time.monotonic() - started < 30  # far less than poll_minutes = 60


def test_check_config_connects_without_sending(live) -> None:
    foibot, servers, user, slugs = live
    out = foibot("check-config", "--connect").stdout
    assert "renders for 5 bodies" in out and "ok       SMTP" in out and "ok       IMAP" in out
    assert servers.smtp.messages == []


def test_check_config_reports_a_bad_password(live, monkeypatch) -> None:
    foibot, servers, user, slugs = live
    monkeypatch.setenv("FOIBOT_TEST_SMTP_PASSWORD", "wrong-password-123")
    result = foibot("check-config", "--connect", code=1)
    assert "FAILED   SMTP" in result.stdout and "wrong-password-123" not in result.output


def test_missing_from_a_server_kept_sent_folder_is_requeued_and_sent_once(foibot, home, mailservers, mail_user,
                                                                          monkeypatch) -> None:
    """sent_copy = "server": the provider files what it accepts, so a request caught in "sending"
    whose Message-ID is not in Sent was never accepted: it goes back to the queue and out once."""
    monkeypatch.setenv("FOIBOT_TEST_SMTP_PASSWORD", mail_user.password)
    monkeypatch.setenv("FOIBOT_TEST_IMAP_PASSWORD", mail_user.password)
    mailservers.smtp.file_sent_copy = True
    slugs = make_live_home(home, mailservers, mail_user, forces=2, sent_copy="server")
    foibot("send", "social-media-monitoring", "--only", slugs[0])  # drafted, with its Message-ID
    from foibot.app import open_app
    from foibot.db import repo
    from foibot.domain import RequestState

    app = open_app(home)
    with app.db.session() as s:  # the crash: claimed ("sending") but killed before SMTP
        (row,) = repo.requests_in_states(s, [RequestState.DRAFTED])
        row.state, row.lease_until = "sending", None
        s.add(row)
    app.close()
    foibot("send", "social-media-monitoring", "--live")
    recipients = sorted(m.rcpt_tos[0] for m in mailservers.smtp.messages)
    assert recipients == sorted(f"foi@{s}.police.test" for s in slugs)  # each exactly once
    assert {r["state"] for r in foibot.json("status", "--json")} == {"sent"}
    assert "never accepted" in foibot("show", next(r["our_reference"] for r in foibot.json("status", "--json")
                                                     if r["force"] == slugs[0])).stdout
