"""Issue 7: the database under concurrent use, across schema versions, and on a full disk.

* ``foibot status`` while the daemon writes never fails with "database is locked" (SQLite WAL,
  readers never wait for the writer; writers wait up to the busy timeout).
* An older database is migrated without loss; one from an unknown (v0, no version) or a newer
  schema is refused, untouched, with a message saying what to do.
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

import pytest
from faultkit import spawn
from sqlalchemy import create_engine, inspect, text

from foibot.errors import StateError


def _maildir_mail(home: Path, count: int) -> None:
    new = home / "state" / "maildir" / "new"
    new.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        (new / f"{n}.m").write_bytes((f"From: s{n}@example.net\nTo: alex@example.org\nSubject: n{n}\n"
                                      f"Message-ID: <db{n}@example.net>\n\n" + "words\n" * 50).encode())


def _db_url(home: Path) -> str:
    from foibot.app import open_app
    from foibot.config import resolve_database_url

    app = open_app(home)
    try:
        return resolve_database_url(app.settings)
    finally:
        app.close()


@pytest.mark.slow
def test_status_never_sees_database_is_locked_while_the_daemon_writes(home: Path, tmp_path: Path) -> None:
    _maildir_mail(home, 1500)
    env = dict(os.environ)
    daemon = spawn(home, env, "run", log=tmp_path / "daemon.log")  # drafts 48, polls 1500 in batches
    runs, slowest = 0, 0.0
    try:
        deadline = time.monotonic() + 8
        while time.monotonic() < deadline or runs < 3:
            started = time.monotonic()
            proc = subprocess.run([os.sys.executable, "-m", "foibot", "--home", str(home), "status"],
                                  capture_output=True, text=True, timeout=60, env=env)
            slowest = max(slowest, time.monotonic() - started)
            assert proc.returncode == 0, proc.stderr
            assert "locked" not in proc.stdout + proc.stderr
            runs += 1
    finally:
        daemon.send_signal(signal.SIGTERM)
        code = daemon.wait(timeout=60)
    log = (tmp_path / "daemon.log").read_text()
    assert code == 0, log  # SIGTERM stops it cleanly
    assert "locked" not in log and "Traceback" not in log, log[log.find("Traceback") - 300:]
    print(f"\nstatus under load: {runs} runs while the daemon wrote, slowest {slowest:.2f} s, 0 failures")
    assert runs >= 3


def _snapshot(url: str) -> dict[str, list]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return {t: sorted(map(repr, conn.execute(text(f'SELECT * FROM "{t}"'))))
                    for t in inspect(conn).get_table_names() if t != "meta"}
    finally:
        engine.dispose()


def _sql(url: str, *statements: str) -> None:
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            for statement in statements:
                conn.execute(text(statement))
    finally:
        engine.dispose()


def _version_and_indexes(url: str) -> tuple[str, set[str]]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            version = conn.execute(text("SELECT value FROM meta WHERE key='schema_version'")).scalar_one()
            return version, {i["name"] for i in inspect(conn).get_indexes("messages")}
    finally:
        engine.dispose()


@pytest.fixture
def populated(foibot, home: Path) -> str:
    """A database with requests, events and an inbound message, made by this foibot."""
    from foibot.db.engine import SCHEMA_VERSION

    foibot("send", "social-media-monitoring")
    _maildir_mail(home, 3)
    foibot("poll")
    url = _db_url(home)
    assert _version_and_indexes(url)[0] == str(SCHEMA_VERSION)
    return url


def test_a_v1_database_is_migrated_without_loss(foibot, populated: str) -> None:
    """v1 is v2 without the triage index: make it so, then let any command open it."""
    _sql(populated, "DROP INDEX ix_messages_triage", "UPDATE meta SET value='1' WHERE key='schema_version'")
    before = _snapshot(populated)
    assert "ix_messages_triage" not in _version_and_indexes(populated)[1]
    rows = foibot.json("status", "--json")
    assert len(rows) == 48
    version, indexes = _version_and_indexes(populated)
    assert version == "2" and "ix_messages_triage" in indexes
    assert _snapshot(populated) == before  # not a row lost or changed
    foibot("status")  # and a second open is a no-op


def test_a_new_database_has_every_migration(populated: str) -> None:
    assert "ix_messages_triage" in _version_and_indexes(populated)[1]


def test_unversioned_or_newer_databases_are_refused_untouched(home: Path, populated: str) -> None:
    from foibot.app import open_app

    _sql(populated, "UPDATE meta SET value='99' WHERE key='schema_version'")
    before = _snapshot(populated)
    with pytest.raises(StateError, match="newer than this foibot"):
        open_app(home)
    _sql(populated, "DROP TABLE meta")  # v0: foibot tables, no version: we cannot guess
    with pytest.raises(StateError, match="restore a backup"):
        open_app(home)
    assert _snapshot(populated) == before
