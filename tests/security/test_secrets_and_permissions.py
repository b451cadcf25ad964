"""Issue 7: after a full live run, no secret anywhere, and every file under state/ is private.

Known secrets: the mail password (SMTP and IMAP), a wrong password tried once on each server (a
failed login), and a webhook URL whose path is a token (the digest is posted to it, once
successfully and once refused). Then everything foibot wrote or said is searched for them:
every file under state/ (the SQLite database and its WAL, the archive, the outbox, the logs,
the lock), the database rows themselves (PostgreSQL too), the captured logs, every CLI output
and the generated report.
"""

from __future__ import annotations

import logging
import stat
from pathlib import Path

import httpx
import pytest
import respx
from faults.faultkit import CAMPAIGN, env_for, live_home, run
from mailserver_proxy import TcpProxy

pytestmark = pytest.mark.mailserver
TOKEN = "T0SECRETWEBHOOKTOKEN9f3a"
HOOK = f"https://hooks.example.test/services/{TOKEN}"
WRONG = "Wr0ng-Passw0rd-b7c1e2"


def _reply(sent, n: int) -> bytes:
    import email
    from email.policy import default

    msg = email.message_from_bytes(sent.data, policy=default)
    return (f"From: FOI <{sent.rcpt_tos[0]}>\r\nTo: {msg['From']}\r\nSubject: RE: {msg['Subject']}\r\n"
            f"Message-ID: <r{n}@x>\r\nIn-Reply-To: {msg['Message-ID']}\r\n\r\nThank you for your request. "
            f"We will respond within 20 working days. Our reference is {n}/26.\r\n").encode()


def _db_dump(home: Path) -> str:
    """Every row of every table, as text (works for SQLite and PostgreSQL alike)."""
    from sqlalchemy import inspect, text

    from foibot.app import open_app

    app = open_app(home)
    try:
        with app.db.engine.connect() as conn:
            return "\n".join(repr(row) for t in inspect(conn).get_table_names()
                             for row in conn.execute(text(f'SELECT * FROM "{t}"')))
    finally:
        app.close()


@pytest.fixture
def full_run(foibot, home: Path, mailservers, mail_user, monkeypatch, tmp_path: Path, caplog):
    """Failed logins, a live send with a 451 and a 550, replies, poll, daemon pass, digest, report."""
    caplog.set_level(logging.DEBUG)
    servers, said = mailservers, []
    slugs = live_home(home, servers, mail_user, forces=4)
    env, log = env_for(mail_user), tmp_path / "cli.log"
    bad = dict(env, FOIBOT_TEST_SMTP_PASSWORD=WRONG, FOIBOT_TEST_IMAP_PASSWORD=WRONG)
    assert run(home, bad, "send", CAMPAIGN, "--live", log=log) == 1  # SMTP login refused
    proxy = TcpProxy(servers.dovecot.host, servers.dovecot.imap_port, source="127.0.0.2")
    cfg = home / "config" / "foibot.toml"
    plain = cfg.read_text()
    cfg.write_text(plain.replace(f"port = {servers.dovecot.imap_port}", f"port = {proxy.port}"))
    assert run(home, bad, "poll", log=log) == 1  # IMAP login refused (from 127.0.0.2: no penalty)
    proxy.close()
    cfg.write_text(plain)
    assert not servers.smtp.messages
    servers.smtp.fail("DATA", 451, times=1)
    servers.smtp.fail("RCPT", 550, recipient=f"foi@{slugs[3]}.police.test", times=5)
    assert run(home, env, "send", CAMPAIGN, "--live", log=log) == 0
    servers.dovecot.append(mail_user, "INBOX", [_reply(m, n) for n, m in enumerate(servers.smtp.messages)])
    env["FOIBOT_WEBHOOK_URL"] = HOOK  # the daemon pass reads it too (and cannot reach it)
    assert run(home, env, "run", "--once", "--verbose", log=log) == 0
    monkeypatch.setenv("FOIBOT_WEBHOOK_URL", HOOK)
    with respx.mock(assert_all_called=True) as mock:
        mock.post(HOOK).mock(side_effect=[httpx.Response(200), httpx.Response(404)])
        said.append(foibot("digest", "--force").output)
        said.append(foibot("digest", "--force", code=1).output)  # refused: the error names no URL
    report = tmp_path / "report.html"
    for args in (("status",), ("status", "--json"), ("triage",), ("export", CAMPAIGN),
                 ("report", CAMPAIGN, "--output", str(report))):
        said.append(foibot(*args).output)
    said.append(log.read_text())
    return home, mail_user, "\n".join(said), caplog.text, report


def test_no_secret_reaches_db_state_logs_output_or_report(full_run) -> None:
    home, user, said, logs, report = full_run
    secrets = {"mail password": user.password, "wrong password": WRONG, "webhook token": TOKEN}
    assert "foibot:" in said and "refused" in said.lower()  # the failures were reported...
    assert (home / "state" / "logs" / "foibot.log").stat().st_size > 0
    places = {"database rows": _db_dump(home), "CLI output": said, "captured logs": logs,
              "report": report.read_text()}
    files = [p for p in (home / "state").rglob("*") if p.is_file()]
    assert any(p.name == "foibot.db" for p in files) or "postgresql" in (home / "config" / "foibot.toml").read_text()
    assert len([p for p in files if p.suffix == ".eml"]) >= 7  # 3 requests sent + 4 replies, archived
    for path in files:
        places[str(path.relative_to(home))] = path.read_bytes().decode("latin-1")
    leaks = [(what, where) for what, secret in secrets.items() for where, text in places.items()
             if secret in text]
    assert not leaks, leaks
    print(f"\nsecrets: {len(secrets)} secrets searched in {len(places)} places ({len(files)} files): 0 found")


def test_every_file_under_state_is_private(full_run) -> None:
    home = full_run[0]
    entries = list((home / "state").rglob("*"))
    kinds = {p.suffix or p.name for p in entries if p.is_file()}
    assert {".db", ".eml", ".log"} <= kinds or ".eml" in kinds  # db/wal only with SQLite
    loose = [(str(p.relative_to(home)), oct(stat.S_IMODE(p.stat().st_mode))) for p in entries
             if stat.S_IMODE(p.stat().st_mode) & 0o077]
    assert not loose, loose
    assert stat.S_IMODE((home / "state").stat().st_mode) & 0o077 == 0
    print(f"\npermissions: {len(entries)} entries under state/ ({sorted(kinds)}): all 0600/0700")
