"""``foibot run``: the APScheduler jobs, the single-daemon lock and a clean stop.

Jobs: send (live mode only, on working days inside the send window, one request per stagger
tick), poll (every poll_minutes), daily check (at daily_check). A job never overlaps itself
(max_instances=1, coalesce) and a failing job is logged and retried at its next tick: the daemon
only dies on SIGTERM/SIGINT, and then between jobs. ``--once`` runs each job once, in order.
"""

from __future__ import annotations

import fcntl
import logging
import os
import signal
import threading
from datetime import datetime, timedelta
from pathlib import Path

from foibot.app import App
from foibot.errors import LockHeld
from foibot.fsutil import ensure_dir

log = logging.getLogger("foibot.daemon")


class DaemonLock:
    """An flock on state/foibot.lock: held while the process lives, released by the kernel on death."""

    def __init__(self, state_dir: Path) -> None:
        self.path = ensure_dir(state_dir) / "foibot.lock"
        self.fd: int | None = None

    def __enter__(self) -> DaemonLock:
        self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(self.fd)
            holder = self.path.read_text().strip() or "another process"
            raise LockHeld(f"another foibot daemon (pid {holder}) is running on this home ({self.path})") from None
        os.ftruncate(self.fd, 0)
        os.write(self.fd, str(os.getpid()).encode())
        return self

    def __exit__(self, *exc) -> None:
        if self.fd is not None:
            fcntl.flock(self.fd, fcntl.LOCK_UN)
            os.close(self.fd)


def in_send_window(app: App, moment: datetime) -> bool:
    """Working day (under FOIA's calendar, the strictest) and inside [window_start, window_end)."""
    from zoneinfo import ZoneInfo

    from foibot.domain import Regime

    sched = app.settings.schedule
    local = moment.astimezone(ZoneInfo(sched.timezone))
    if sched.working_days_only and not app.calendars()[Regime.FOIA].is_working_day(local.date()):
        return False
    return sched.window_start <= local.time() < sched.window_end


def job_send(app: App, *, once: bool) -> None:
    from foibot.service.sending import send_pending

    live = app.settings.mode == "live"
    if live and not in_send_window(app, app.now()):
        log.info("outside the send window; nothing sent")
        return
    stagger = app.settings.schedule.stagger_seconds
    report = send_pending(app, live=live, limit=None if (once or not live) else 1, stagger=stagger)
    for ref in report.sent:
        log.info("sent %s", ref)
    if report.drafted:
        log.info("drafted %d request(s) into state/outbox/ (mode = review)", len(report.drafted))


def job_poll(app: App) -> None:
    from foibot.service.extraction import extract_pending
    from foibot.service.ingest import poll

    r = poll(app)
    x = extract_pending(app)
    if x.extracted or x.failed:
        log.info("read the attachments of %d message(s) (%d unreadable)", x.extracted, x.failed)
    if r.fetched:
        log.info("polled %d message(s): %d new, %d matched, %d probable, %d unmatched, %d quarantined",
                 r.fetched, r.recorded, r.matched, r.probable, r.unmatched, r.quarantined)


def job_check(app: App) -> None:
    from foibot.service.clocks import daily_check

    r = daily_check(app)
    log.info("deadline check: %d open request(s), %d newly overdue, %d newly long overdue",
             r.checked, len(r.became_overdue), len(r.became_long_overdue))


def job_holidays(app: App) -> None:
    """Weekly: refresh GOV.UK's bank holidays; the next clock read uses them (deadlines follow)."""
    from foibot.holidaydata import HolidayDataError, update_from_govuk

    try:
        report = update_from_govuk(app.state_dir)
    except HolidayDataError as exc:
        log.warning("bank-holiday update failed, keeping the cached data: %s", exc)
        return
    app._calendars = None
    if report.changed_days:
        log.warning("bank holidays changed (%s); open deadlines will follow at the next check",
                    ", ".join(str(d) for d in report.changed_days))


def job_digest(app: App) -> None:
    """Daily, after the deadline check: the digest, when [notify] configures email or a webhook."""
    from foibot.notifyconfig import load_notify
    from foibot.service.alerts import send_digest

    notify, _ = load_notify(app.settings.home)
    if notify.email or notify.webhook_url:
        result = send_digest(app, notify=notify)
        log.info("digest: %s", ", ".join(result.channels) or "nothing new")


def job_chase(app: App, campaigns: list[str]) -> None:
    """Daily: reminders to overdue forces, only with [escalation] auto_chase = true (opt-in)."""
    from foibot.notifyconfig import load_notify
    from foibot.service.chasers import chase

    if not load_notify(app.settings.home)[1].auto_chase:
        return
    for campaign in campaigns:
        report = chase(app, campaign, live=app.settings.mode == "live")
        for ref in report.sent + report.drafted:
            log.info("chaser %s %s", "sent" if ref in report.sent else "drafted", ref)


def idle_watcher(app: App, wake, stop: threading.Event, timeout: float = 120.0) -> None:
    """IMAP IDLE (RFC 2177): run the poll job as soon as mail arrives instead of waiting for the
    next ``poll_minutes`` tick. Each wait uses a fresh connection whose baseline is "now", so one
    wake-up never repeats; a failure just falls back to the interval poll for a while."""
    from foibot.mail.imap import ImapInbox

    while not stop.is_set():
        inbox = ImapInbox(app.settings.imap)
        try:
            if inbox.wait_for_mail(timeout):
                wake()
        except Exception:  # noqa: BLE001 — the interval poll still runs; retry IDLE later
            log.warning("IMAP IDLE unavailable; polling every %s min", app.settings.schedule.poll_minutes,
                        exc_info=True)
            stop.wait(60)
        finally:
            inbox.close()


def guarded(name: str, fn, *args, **kwargs) -> bool:
    """Run one job; any failure is logged with its traceback and the daemon carries on."""
    try:
        fn(*args, **kwargs)
        return True
    except Exception:  # noqa: BLE001 — the daemon must survive one bad job
        log.exception("job %s failed; it will run again at its next tick", name)
        return False


def run_once(app: App, campaigns: list[str]) -> bool:
    from foibot.service.sending import prepare_campaign

    ok = all([guarded(f"prepare {c}", prepare_campaign, app, c) for c in campaigns])
    ok &= guarded("send", job_send, app, once=True)
    ok &= guarded("poll", job_poll, app)
    ok &= guarded("check", job_check, app)
    return ok


def run_forever(app: App, campaigns: list[str], stop: threading.Event | None = None) -> None:
    from apscheduler.schedulers.background import BackgroundScheduler

    from foibot.service.sending import prepare_campaign

    stop = stop or threading.Event()
    previous = {sig: signal.signal(sig, lambda *_: stop.set()) for sig in (signal.SIGTERM, signal.SIGINT)}
    sched = app.settings.schedule
    scheduler = BackgroundScheduler(timezone=sched.timezone, job_defaults={"coalesce": True, "max_instances": 1})
    for c in campaigns:
        guarded(f"prepare {c}", prepare_campaign, app, c)
    scheduler.add_job(guarded, "interval", args=["send", job_send, app], kwargs={"once": False},
                      seconds=max(sched.stagger_seconds, 5), next_run_time=datetime.now().astimezone())
    scheduler.add_job(guarded, "interval", args=["poll", job_poll, app], minutes=sched.poll_minutes,
                      next_run_time=datetime.now().astimezone(), id="poll")
    scheduler.add_job(guarded, "cron", args=["check", job_check, app], hour=sched.daily_check.hour,
                      minute=sched.daily_check.minute)
    for offset, job in ((10, ["chase", job_chase, app, campaigns]), (15, ["digest", job_digest, app])):
        at = (datetime.combine(datetime.now().date(), sched.daily_check) + timedelta(minutes=offset)).time()
        scheduler.add_job(guarded, "cron", args=job, hour=at.hour, minute=at.minute)
    scheduler.add_job(guarded, "interval", args=["holidays", job_holidays, app], weeks=1,
                      next_run_time=datetime.now().astimezone() + timedelta(minutes=1))
    scheduler.start()
    imap = app.settings.imap
    if app.settings.inbound == "imap" and imap is not None and imap.idle:
        wake = lambda: scheduler.modify_job("poll", next_run_time=datetime.now().astimezone())  # noqa: E731
        threading.Thread(target=idle_watcher, args=(app, wake, stop), daemon=True, name="imap-idle").start()
    log.info("foibot daemon running (mode=%s); SIGTERM or Ctrl-C stops it", app.settings.mode)
    try:
        stop.wait()
    finally:
        scheduler.shutdown(wait=True)  # lets a running job finish: stops between jobs
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        log.info("foibot daemon stopped")
