"""Job locks: one poller per mailbox and one daily check across every daemon sharing a database.

On PostgreSQL a session-level advisory lock (``pg_try_advisory_lock``) held on its own connection
for the job's duration: it is released when the job ends or when the worker's connection dies, so
a crashed worker never blocks the others. On SQLite (one machine) an flock in state/ does the same.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import Engine


def _key(name: str) -> int:
    return int.from_bytes(hashlib.sha256(name.encode()).digest()[:8], "big", signed=True)


@contextmanager
def job_lock(name: str, *, engine: Engine, is_sqlite: bool, state_dir: Path) -> Iterator[bool]:
    """Yields True when this worker holds the lock (run the job), False when another does (skip)."""
    if is_sqlite:
        with _flock(state_dir / f"job-{hashlib.sha256(name.encode()).hexdigest()[:12]}.lock") as held:
            yield held
        return
    with engine.connect() as conn:
        held = bool(conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": _key(name)}).scalar())
        conn.commit()
        try:
            yield held
        finally:
            if held:
                conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": _key(name)})
                conn.commit()


@contextmanager
def _flock(path: Path) -> Iterator[bool]:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            yield False
            return
        try:
            yield True
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)
