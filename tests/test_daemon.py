"""The daemon: --once, the single-daemon lock, surviving a failing job, a clean stop."""

from __future__ import annotations

import logging
import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest

from foibot.app import open_app
from foibot.daemon import DaemonLock, guarded, in_send_window, run_forever
from foibot.errors import LockHeld
from foibot.service.queries import status_rows
from foibot.service.sending import prepare_campaign, send_pending


def test_run_once_exits_zero_and_prints_status(foibot) -> None:
    out = foibot("run", "--once").stdout
    assert "48 request(s)" in out


def test_second_daemon_on_same_home_is_refused(home: Path) -> None:
    with DaemonLock(home / "state"):
        with pytest.raises(LockHeld, match="another foibot daemon"):
            with DaemonLock(home / "state"):
                pass
    with DaemonLock(home / "state"):  # released on exit
        pass


def test_a_failing_job_is_logged_not_fatal(caplog) -> None:
    def boom():
        raise RuntimeError("injected failure")

    with caplog.at_level(logging.ERROR):
        assert guarded("poll", boom) is False
    assert "job poll failed" in caplog.text and "injected failure" in caplog.text


def test_daemon_runs_its_jobs_survives_a_bad_message_and_stops(home: Path) -> None:
    (home / "state/maildir/new/bad").write_bytes(b"\x00\xff" * 50 + b"\nnot: mail\n")
    app = open_app(home)
    stop = threading.Event()

    def stop_when_done() -> None:
        for _ in range(100):
            if list((home / "state/maildir/cur").iterdir()) and len(list((home / "state/outbox").iterdir())) == 48:
                break
            stop.wait(0.1)
        stop.set()

    threading.Thread(target=stop_when_done, daemon=True).start()
    try:
        run_forever(app, ["social-media-monitoring"], stop)  # returns only once stopped
    finally:
        app.close()
    assert len(list((home / "state/outbox").iterdir())) == 48  # review mode: drafted, not sent
    assert list((home / "state/maildir/cur").iterdir())  # the bad message was read and kept


def test_send_window_uses_working_days(home: Path) -> None:
    app = open_app(home)
    assert in_send_window(app, datetime(2026, 11, 23, 10, 0, tzinfo=UTC))  # Monday 10:00 GMT
    assert not in_send_window(app, datetime(2026, 11, 23, 16, 30, tzinfo=UTC))
    assert not in_send_window(app, datetime(2026, 11, 21, 10, 0, tzinfo=UTC))  # Saturday
    assert not in_send_window(app, datetime(2026, 11, 30, 10, 0, tzinfo=UTC))  # St Andrew's Day
    assert not in_send_window(app, datetime(2026, 3, 17, 10, 0, tzinfo=UTC))  # St Patrick's Day


@pytest.mark.parametrize(("sent", "due", "regime_slug"), [
    (datetime(2025, 12, 22, 11, tzinfo=UTC), "2026-01-23", "kent"),
    (datetime(2026, 6, 1, 11, tzinfo=UTC), "2026-06-30", "kent"),
    (datetime(2026, 3, 30, 11, tzinfo=UTC), "2026-04-29", "kent"),
    (datetime(2026, 3, 30, 11, tzinfo=UTC), "2026-04-28", "police-scotland"),
    (datetime(2026, 3, 29, 23, 30, tzinfo=UTC), "2026-04-29", "kent"),  # 00:30 BST on Monday 30th
])
def test_status_due_dates_follow_law_md(home: Path, sent: datetime, due: str, regime_slug: str) -> None:
    app = open_app(home, now=lambda: sent)
    prepare_campaign(app, "social-media-monitoring", (regime_slug,))
    app.settings = app.settings.__class__(**{**app.settings.__dict__, "outbound": "outbox"})
    send_pending(app, live=False)
    (row,) = status_rows(app)
    assert row.due_date == due
