"""Issue 7: SIGKILL in the middle of ``foibot poll`` over a few hundred messages, then poll again.

Every message must end up recorded exactly once (content hash and Message-ID dedupe, cursor
committed with the rows) and archived byte for byte (raw files written before the rows, by
temporary file + sync + rename, so a kill never leaves a half-written .eml under its real name).
"""

from __future__ import annotations

import hashlib
import random
import time
from collections import Counter
from pathlib import Path

import pytest
from faultkit import env_for, live_home, run, sigkill, spawn, wait_until
from mailserver_proxy import TcpProxy

pytestmark = [pytest.mark.mailserver, pytest.mark.slow]
MESSAGES, TRIALS, SEED = 400, 10, 7


def _mail(n: int) -> bytes:
    return (f"From: Sender {n} <sender{n}@example.net>\r\nTo: someone@localhost\r\n"
            f"Subject: message {n}\r\nMessage-ID: <m{n}.{SEED}@example.net>\r\n"
            f"Date: Mon, 23 Nov 2026 10:00:00 +0000\r\n\r\n" + f"line {n}\r\n" * 40).encode()


def _recorded(home: Path) -> list[str]:
    from sqlmodel import select

    from foibot.app import open_app
    from foibot.db.tables import MessageRow

    app = open_app(home)
    try:
        with app.db.session() as s:
            return [m.sha256 for m in s.exec(select(MessageRow)) if m.direction == "in"]
    finally:
        app.close()


def test_sigkill_during_poll_records_every_message_exactly_once(home: Path, mailservers, mail_user,
                                                                 tmp_path: Path) -> None:
    proxy = TcpProxy(mailservers.dovecot.host, mailservers.dovecot.imap_port)  # to see the FETCHes
    live_home(home, mailservers, mail_user, forces=2, imap_port=proxy.port, imap_security="none")
    raws = [_mail(n) for n in range(MESSAGES)]
    mailservers.dovecot.append(mail_user, "INBOX", raws)
    env, rng, log = env_for(mail_user), random.Random(SEED), tmp_path / "poll.log"
    progress, kills = [], 0
    for trial in range(TRIALS):
        proc = spawn(home, env, "poll", "--no-extract", log=log)
        if trial % 2:  # at a random time: start-up, login, the first fetch
            time.sleep(rng.uniform(0.1, 1.5))
        else:  # while a later batch is fetched, archived or committed
            fetches = proxy.commands().count("UID FETCH") + rng.randint(1, 3)
            wait_until(lambda p=proc, n=fetches: proxy.commands().count("UID FETCH") >= n or p.poll() is not None,
                       30)
            time.sleep(rng.uniform(0.0, 0.3))
        if sigkill(proc):
            kills += 1
            progress.append(len(_recorded(home)))
    assert run(home, env, "poll", "--no-extract", log=log) == 0
    assert run(home, env, "poll", "--no-extract", log=log) == 0  # nothing new the second time
    recorded = _recorded(home)
    expected = {hashlib.sha256(r).hexdigest() for r in raws}
    dupes = [sha for sha, n in Counter(recorded).items() if n > 1]
    lost = expected - set(recorded)
    print(f"\ncrash-poll: {kills} SIGKILLs over {MESSAGES} messages (recorded after each: {progress}), "
          f"{len(dupes)} duplicates, {len(lost)} lost")
    # a trial whose poll finished before its kill still counts as a restart; enough must land
    assert kills >= 3
    assert any(0 < p < MESSAGES for p in progress)  # some kills landed between batches
    assert not dupes and not lost and len(recorded) == MESSAGES
    proxy.close()
    archive = home / "state" / "mail"
    for sha in expected:  # complete and intact: every file hashes to its name
        assert hashlib.sha256((archive / sha[:2] / f"{sha}.eml").read_bytes()).hexdigest() == sha
    half = [p for p in archive.rglob("*.eml") if hashlib.sha256(p.read_bytes()).hexdigest() != p.stem]
    assert not half  # temporary files a kill orphaned are .tmp, never .eml
    orphans = list(archive.rglob(".tmp-*"))
    print(f"crash-poll: {len(orphans)} orphaned temporary files (swept after an hour)")


def test_orphaned_temporary_files_are_swept_but_fresh_ones_kept(tmp_path: Path) -> None:
    import os

    from foibot.archive import Archive

    archive = Archive(tmp_path / "mail")
    sha, path = archive.store(b"Subject: x\r\n\r\nbody\r\n")
    old, fresh = path.parent / ".tmp-old.tmp", path.parent / ".tmp-new.tmp"
    old.write_bytes(b"half"), fresh.write_bytes(b"half")
    os.utime(old, (time.time() - 7200, time.time() - 7200))
    assert archive.sweep() == 1
    assert not old.exists() and fresh.exists() and path.exists()
