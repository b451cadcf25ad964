"""Several workers sharing one database: every request claimed once, one poller, one check."""

from __future__ import annotations

import threading
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

from foibot.app import open_app
from foibot.db import repo
from foibot.domain import RequestState
from foibot.service.sending import lease_expired, prepare_campaign


def test_concurrent_claims_give_each_request_to_exactly_one_worker(home: Path) -> None:
    app = open_app(home)
    prepare_campaign(app, "social-media-monitoring")
    with app.db.session() as s:
        ids = [r.id for r in repo.requests_in_states(s, [RequestState.QUEUED])]
    wins: Counter[int] = Counter()
    lock = threading.Lock()
    barrier = threading.Barrier(4)

    def worker(n: int) -> None:
        barrier.wait()
        for request_id in ids:
            with app.db.session() as s:
                got = repo.claim_for_sending(s, request_id, f"w{n}", datetime.now(UTC), timedelta(minutes=5))
            if got:
                with lock:
                    wins[request_id] += 1

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(ids) == 48 and set(wins.values()) == {1} and set(wins) == set(ids)
    with app.db.session() as s:
        assert {r.state for r in repo.requests_in_states(s, [RequestState.SENDING])} == {"sending"}
        assert len(repo.requests_in_states(s, [RequestState.SENDING])) == 48
    app.close()


def test_job_lock_is_exclusive_and_released(home: Path) -> None:
    a, b = open_app(home), open_app(home)
    with a.job_lock("poll:x") as first:
        with b.job_lock("poll:x") as second:
            assert first is True and second is False
        with b.job_lock("poll:other") as other:
            assert other is True
    with b.job_lock("poll:x") as again:
        assert again is True
    a.close()
    b.close()


def test_lease_rules() -> None:
    now = datetime.now(UTC)
    assert lease_expired("elsewhere:1", now - timedelta(seconds=1), now)
    assert not lease_expired("elsewhere:1", now + timedelta(minutes=1), now)
    import os
    import socket
    import subprocess

    dead = subprocess.Popen(["true"])
    dead.wait()
    assert lease_expired(f"{socket.gethostname()}:{dead.pid}", now + timedelta(minutes=1), now)
    assert not lease_expired(f"{socket.gethostname()}:{os.getpid()}", now + timedelta(minutes=1), now)
