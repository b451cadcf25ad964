"""Issue 7: SIGKILL during a live 48-force campaign, restart until done, exactly one copy each.

The SMTP server behaves like Gmail (``file_sent_copy``): it files every accepted message in the
sender's Sent folder before it answers 250, so with ``sent_copy = "server"`` the Sent folder is
the truth about acceptance and a request caught in ``sending`` can be reconciled either way.
With ``sent_copy = true`` (foibot APPENDs after acceptance) a crash in between leaves the request
for the user: reported as ``sending?``, never sent again by itself.
"""

from __future__ import annotations

import json
import random
import time
from pathlib import Path

import pytest
from faultkit import (
    CAMPAIGN,
    db_events,
    db_requests,
    env_for,
    folder_message_ids,
    live_home,
    message_id,
    per_recipient,
    run,
    sigkill,
    spawn,
    wait_until,
)

pytestmark = [pytest.mark.mailserver, pytest.mark.slow]
FORCES, MIN_TRIALS, SEED = 48, 30, 20261121


def _kill_at_random(proc, servers, rng: random.Random) -> bool:
    """Kill at a seeded moment: mostly a few SMTP commands into the run (MAIL/RCPT/DATA, so
    every step of a send is hit, including 'accepted but not yet recorded'), sometimes at a
    random time (start-up, migration, reconciliation)."""
    if rng.random() < 0.2:
        time.sleep(rng.uniform(0.0, 0.8))
    else:
        target = len(servers.smtp.commands) + rng.randint(1, 5)
        wait_until(lambda: len(servers.smtp.commands) >= target or proc.poll() is not None, 20)
        time.sleep(rng.choice([0.0, rng.uniform(0.0, 0.015)]))  # 0: often before DATA is in
    return sigkill(proc)


def test_sigkill_during_live_campaign_sends_each_request_exactly_once(
        home: Path, mailservers, mail_user, tmp_path: Path) -> None:
    servers = mailservers
    servers.smtp.file_sent_copy = True
    slugs = live_home(home, servers, mail_user, forces=FORCES, sent_copy="server")
    env, rng, log = env_for(mail_user), random.Random(SEED), tmp_path / "send.log"
    kills, caught = 0, set()
    started = time.monotonic()
    while True:
        proc = spawn(home, env, "send", CAMPAIGN, "--live", log=log)
        if kills >= MIN_TRIALS or not _kill_at_random(proc, servers, rng):
            assert proc.wait(timeout=60) == 0, log.read_text()[-2000:]
            break
        kills += 1
        servers.smtp.wait_idle()
        caught |= {slug for slug, r in db_requests(home).items() if r["state"] == "sending"}
    elapsed = time.monotonic() - started
    _assert_exactly_once(home, servers, mail_user, slugs)
    requeued = len(db_events(home, "reconciled"))
    found = sum("reconciled" in json.loads(e["detail"]).get("detail", "")
                for e in db_events(home, "sent"))
    print(f"\ncrash-send: {kills} SIGKILLs, {len(caught)} requests caught in 'sending' "
          f"({found} found in Sent, {requeued} requeued), {len(servers.smtp.messages)} accepted "
          f"for {FORCES} forces, 0 duplicates, {elapsed:.1f} s")
    assert kills >= MIN_TRIALS
    # random kills decide which outcomes occur; every caught request was settled one way or the other
    # (the requeue path is also tested deterministically in tests/test_live_mail.py)
    assert found + requeued >= 1
    assert elapsed < 180  # ~37 s alone; a guard against hangs, not a benchmark


def _assert_exactly_once(home: Path, servers, user, slugs: list[str]) -> None:
    counts = per_recipient(servers.smtp.messages)
    assert counts == {f"foi@{s}.police.test": 1 for s in slugs}, counts  # nobody got two
    rows = db_requests(home)
    assert {r["state"] for r in rows.values()} == {"sent"}
    by_rcpt = {m.rcpt_tos[0]: message_id(m.data) for m in servers.smtp.messages}
    assert {slug: rows[slug]["message_id"] for slug in slugs} == \
        {slug: by_rcpt[f"foi@{slug}.police.test"] for slug in slugs}  # the DB agrees with the server
    sent_folder = folder_message_ids(servers.dovecot, user, "Sent")
    assert sorted(sent_folder) == sorted(by_rcpt.values())


def test_sent_copy_true_crash_after_acceptance_is_reported_never_resent(
        home: Path, mailservers, mail_user, tmp_path: Path) -> None:
    """foibot APPENDs the Sent copy itself: a kill after the 250 and before the APPEND leaves
    a request nobody can prove either way. It must be shown as 'sending?' and left alone."""
    from mailserver_proxy import TcpProxy

    servers = mailservers
    proxy = TcpProxy(servers.dovecot.host, servers.dovecot.imap_port)
    try:
        slugs = live_home(home, servers, mail_user, forces=4, sent_copy=True, imap_port=proxy.port)
        env, log = env_for(mail_user), tmp_path / "send.log"
        proxy.stall()  # the APPEND after the first acceptance hangs: the window stays open
        proc = spawn(home, env, "send", CAMPAIGN, "--live", log=log)
        assert wait_until(lambda: len(servers.smtp.messages) == 1, 30)
        time.sleep(0.3)
        assert sigkill(proc)
        proxy.resume()
        first = servers.smtp.messages[0].rcpt_tos[0]
        stuck = next(s for s in slugs if first == f"foi@{s}.police.test")
        for _ in range(2):  # the next runs send the rest, never the stuck one, and exit 1 for it
            assert run(home, env, "send", CAMPAIGN, "--live", log=log) == 1
            assert "may have been sent" in log.read_text()
        out = tmp_path / "status.log"
        assert run(home, env, "status", log=out) == 0
    finally:
        proxy.close()
    assert per_recipient(servers.smtp.messages) == {f"foi@{s}.police.test": 1 for s in slugs}
    rows = db_requests(home)
    assert rows[stuck]["state"] == "sending"
    assert all(rows[s]["state"] == "sent" for s in slugs if s != stuck)
    assert "sending?" in out.read_text()
    assert "resend" in log.read_text() and rows[stuck]["reference"] in log.read_text()
