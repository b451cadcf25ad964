"""Issue 7: the daemon never dies on one bad job or one bad message (real failures injected).

While ``run_forever`` runs: the IMAP server is down (every poll job fails), the campaign list
names a campaign that does not exist (its preparation fails), one force's address is refused
with 550, and once the server is back a message that cannot be parsed arrives next to a genuine
reply. The daemon logs each failure, keeps its schedule, and does everything that could be done.
"""

from __future__ import annotations

import logging
import threading
import time
from pathlib import Path

import pytest
from faultkit import db_requests, live_home

pytestmark = [pytest.mark.mailserver, pytest.mark.slow]


def _reply(sent) -> bytes:
    import email
    from email.policy import default

    msg = email.message_from_bytes(sent.data, policy=default)
    return (f"From: FOI <{sent.rcpt_tos[0]}>\r\nTo: {msg['From']}\r\nSubject: RE: {msg['Subject']}\r\n"
            f"Message-ID: <back@x>\r\nIn-Reply-To: {msg['Message-ID']}\r\n\r\nThank you for your "
            f"request. We will respond within 20 working days. Our reference is 77/26.\r\n").encode()


def _wait(predicate, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.1)
    return False


def test_daemon_survives_failing_jobs_and_bad_messages(home: Path, mailservers, mail_user, monkeypatch,
                                                       caplog) -> None:
    from foibot.app import open_app
    from foibot.daemon import run_forever

    monkeypatch.setenv("FOIBOT_TEST_SMTP_PASSWORD", mail_user.password)
    monkeypatch.setenv("FOIBOT_TEST_IMAP_PASSWORD", mail_user.password)
    slugs = live_home(home, mailservers, mail_user, forces=3)
    cfg = home / "config" / "foibot.toml"
    cfg.write_text(cfg.read_text().replace("stagger_seconds = 0", "stagger_seconds = 0\npoll_minutes = 0.02")
                   .replace("[mail.inbound]", "[mail.inbound]\nidle = false"))
    mailservers.smtp.fail("RCPT", 550, recipient=f"foi@{slugs[2]}.police.test", times=5)
    dovecot, smtp = mailservers.dovecot, mailservers.smtp
    dovecot.kill()
    caplog.set_level(logging.INFO, logger="foibot")
    app, stop, seen = open_app(home), threading.Event(), {}

    def drive() -> None:
        try:
            seen["sent"] = _wait(lambda: len(smtp.messages) == 2, 20)
            seen["poll failed"] = _wait(lambda: "job poll failed" in caplog.text, 30)  # after ~15 s of backoff
            dovecot.start()
            dovecot.append(mail_user, "INBOX", [b"\x00\xff\xfe" * 30 + b"\r\n\r\n\x00", _reply(smtp.messages[0])])
            seen["recovered"] = _wait(lambda: db_requests(home)[_slug(smtp.messages[0])]["state"] == "acknowledged", 30)
        finally:
            stop.set()

    threading.Thread(target=drive, daemon=True).start()
    try:
        run_forever(app, ["social-media-monitoring", "no-such-campaign"], stop)  # returns only when stopped
    finally:
        app.close()
        if dovecot.proc is None:
            dovecot.start()
    assert seen == {"sent": True, "poll failed": True, "recovered": True}
    assert "job prepare no-such-campaign failed" in caplog.text
    rows = db_requests(home)
    assert rows[slugs[2]]["state"] == "delivery_failed"
    from sqlmodel import select

    from foibot.app import open_app as reopen
    from foibot.db.tables import MessageRow

    check = reopen(home)
    with check.db.session() as s:
        statuses = sorted(m.match_status for m in s.exec(select(MessageRow)) if m.direction == "in")
    check.close()
    assert statuses == ["matched", "quarantined"] or statuses == ["matched", "unmatched"]


def _slug(accepted) -> str:
    return accepted.rcpt_tos[0].split("@")[1].split(".")[0]
