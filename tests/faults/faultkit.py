"""Shared tools for the fault tests: a live home, foibot as a killable subprocess, server views.

foibot runs as a real process (``python -m foibot``) so that SIGKILL is a real crash: no
``finally``, no atexit, no flushed buffers; the database and state/ must cope with that alone.
"""

from __future__ import annotations

import email
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from email.policy import default
from pathlib import Path

from live_home import make_live_home

CAMPAIGN = "social-media-monitoring"
SMTP_ENV, IMAP_ENV = "FOIBOT_TEST_SMTP_PASSWORD", "FOIBOT_TEST_IMAP_PASSWORD"


def live_home(home: Path, servers, user, *, forces: int, sent_copy: bool | str = False,
              imap_port: int | None = None, smtp_port: int | None = None,
              imap_security: str = "starttls", imap_timeout: float = 10) -> list[str]:
    """``make_live_home`` plus what it cannot express: ``sent_copy = "server"``, proxied ports
    and plaintext to a loopback proxy (STARTTLS through a byte-dropping proxy is fine too)."""
    slugs = make_live_home(home, servers, user, forces=forces, sent_copy=sent_copy is True)
    cfg = home / "config" / "foibot.toml"
    text = cfg.read_text()
    if sent_copy == "server":
        text = text.replace("sent_copy = false", 'sent_copy = "server"')
    if imap_port is not None:
        text = text.replace(f"port = {servers.dovecot.imap_port}", f"port = {imap_port}")
    if smtp_port is not None:
        text = text.replace(f"port = {servers.smtp.port}", f"port = {smtp_port}")
    text = text.replace("max_attempts = 3", "max_attempts = 3\ntimeout = 5")
    head, _, inbound = text.partition("[mail.inbound]")
    inbound = inbound.replace('security = "starttls"', f'security = "{imap_security}"', 1)
    cfg.write_text(f"{head}[mail.inbound]\ntimeout = {imap_timeout}{inbound}")
    return slugs


def env_for(user) -> dict[str, str]:
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    env[SMTP_ENV] = env[IMAP_ENV] = user.password
    return env


def spawn(home: Path, env: dict[str, str], *args: str, log: Path | None = None) -> subprocess.Popen:
    out = open(log, "ab") if log else subprocess.DEVNULL  # noqa: SIM115 — closed by the child's exit
    try:
        return subprocess.Popen([sys.executable, "-m", "foibot", "--home", str(home), *args],
                                env=env, stdout=out, stderr=subprocess.STDOUT)
    finally:
        if log:
            out.close()


def run(home: Path, env: dict[str, str], *args: str, log: Path | None = None,
        timeout: float = 120) -> int:
    proc = spawn(home, env, *args, log=log)
    return proc.wait(timeout=timeout)


def sigkill(proc: subprocess.Popen) -> bool:
    """SIGKILL the process (a crash); False if it had already finished by itself."""
    if proc.poll() is not None:
        return False
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    return True


def wait_until(predicate, timeout: float, step: float = 0.002) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(step)
    return False


def per_recipient(messages) -> Counter:
    return Counter(r for m in messages for r in m.rcpt_tos)


def message_id(raw: bytes) -> str:
    return email.message_from_bytes(raw, policy=default)["Message-ID"].strip().strip("<>")


def folder_message_ids(dovecot, user, folder: str) -> list[str]:
    """Message-IDs of every message in ``folder`` (duplicates kept), [] if it does not exist."""
    c = dovecot.client(user)
    try:
        if not c.folder_exists(folder):
            return []
        c.select_folder(folder, readonly=True)
        uids = c.search("ALL")
        data = c.fetch(uids, [b"BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"]) if uids else {}
        return [message_id(v[b"BODY[HEADER.FIELDS (MESSAGE-ID)]"]) for v in data.values()]
    finally:
        c.logout()


def db_requests(home: Path) -> dict[str, dict]:
    """force slug → {state, message_id, reference} straight from the database."""
    from sqlmodel import select

    from foibot.app import open_app
    from foibot.db.tables import RequestRow

    app = open_app(home)
    try:
        with app.db.session() as s:
            return {r.force_slug: {"state": r.state, "message_id": r.message_id,
                                   "reference": r.our_reference}
                    for r in s.exec(select(RequestRow)).all()}
    finally:
        app.close()


def db_events(home: Path, kind: str) -> list[dict]:
    from foibot.app import open_app
    from foibot.db import repo

    app = open_app(home)
    try:
        with app.db.session() as s:
            return [{"request_id": e.request_id, "detail": e.detail}
                    for e in repo.events_for(s) if e.kind == kind]
    finally:
        app.close()


def inbound_counts(home, field: str = "sha256"):
    """How often each inbound message (by ``field``: sha256 or message_id) is recorded."""
    from collections import Counter

    from sqlmodel import select

    from foibot.app import open_app
    from foibot.db.tables import MessageRow

    app = open_app(home)
    try:
        with app.db.session() as s:
            return Counter(getattr(m, field) for m in s.exec(select(MessageRow)) if m.direction == "in")
    finally:
        app.close()
