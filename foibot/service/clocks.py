"""Each request's statutory clock, replayed from its events, and the daily deadline check.

Due dates are never stored as truth: they are recomputed from events and the current holiday
calendar on every read. The daily check records ``overdue`` / ``long_overdue`` events once, and a
``due_changed`` event when new holiday data (a proclaimed bank holiday) moves a deadline.
"""

from __future__ import annotations

import json
import logging
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from foibot.app import App
from foibot.clock import EVENT_KINDS, Clock, ClockEvent, compute_clock, detached_messages
from foibot.db import repo
from foibot.db.tables import EventRow, RequestRow
from foibot.domain import OPEN_STATES, Regime, RequestState
from foibot.timeutil import uk_date

log = logging.getLogger("foibot.check")


def clock_events(req: RequestRow, events: list[EventRow]) -> list[ClockEvent]:
    """The clock-relevant events of a request; a drafted request counts from its draft date
    (provisionally: it shows when the deadline *would* fall had it been sent then). The events of
    a reply the user took back out of the request (``unassign``) do not count."""
    out: list[ClockEvent] = []
    detached = detached_messages((e.kind, e.message_id) for e in events)
    for e in events:
        if e.kind in EVENT_KINDS and e.on_date and (e.message_id is None or e.message_id not in detached):
            detail = json.loads(e.detail or "{}")
            new_due = date.fromisoformat(detail["new_due"]) if detail.get("new_due") else None
            out.append(ClockEvent(kind=e.kind, on=date.fromisoformat(e.on_date), new_due=new_due))
    if not any(c.kind == "sent" for c in out) and req.drafted_at and req.state != RequestState.QUEUED:
        out.insert(0, ClockEvent(kind="sent", on=uk_date(req.drafted_at)))
    return out


def clock_for(req: RequestRow, events: list[EventRow], regime: Regime, app: App, today: date) -> Clock:
    return compute_clock(clock_events(req, events), app.calendars()[regime], today)


def events_by_request(s, request_ids: list[int] | None = None) -> dict[int, list[EventRow]]:
    grouped: dict[int, list[EventRow]] = defaultdict(list)
    for e in repo.events_for(s, request_ids):
        if e.request_id is not None:
            grouped[e.request_id].append(e)
    return grouped


@dataclass
class CheckReport:
    checked: int = 0
    became_overdue: list[str] = field(default_factory=list)
    became_long_overdue: list[str] = field(default_factory=list)
    due_changed: list[tuple[str, str, str]] = field(default_factory=list)


def daily_check(app: App, today: date | None = None) -> CheckReport:
    """Record deadline events; every daemon schedules it, the job lock lets one of them run it."""
    with app.job_lock("daily-check") as held:
        return _daily_check(app, today) if held else CheckReport()


def _daily_check(app: App, today: date | None) -> CheckReport:
    today = today or uk_date(app.now())
    report = CheckReport()
    now = app.now()
    with app.db.session() as s:
        regimes = repo.regimes(s)
        rows = repo.requests_in_states(s, sorted(OPEN_STATES - {RequestState.DRAFTED}))
        grouped = events_by_request(s, [r.id for r in rows])
        for req in rows:
            events = grouped.get(req.id, [])
            clock = clock_for(req, events, regimes[req.force_slug], app, today)
            report.checked += 1
            _record_changes(s, req, events, clock, now, report)
    return report


def _record_changes(s, req: RequestRow, events: list[EventRow], clock: Clock, now, report: CheckReport) -> None:
    kinds = {e.kind for e in events}
    if clock.due_date is not None:
        last = next((json.loads(e.detail).get("due") for e in reversed(events)
                     if e.kind in ("due_date_set", "due_changed")), None)
        due = clock.due_date.isoformat()
        if last is None:
            repo.add_event(s, req.id, "due_date_set", now, due=due, phase=clock.phase)
        elif last != due:
            repo.add_event(s, req.id, "due_changed", now, due=due, old=last, phase=clock.phase,
                           why="holiday data or events changed")
            report.due_changed.append((req.our_reference, last, due))
    if clock.overdue and "overdue" not in kinds:
        repo.add_event(s, req.id, "overdue", now, due=str(clock.due_date), phase=clock.phase)
        report.became_overdue.append(req.our_reference)
        log.warning("%s is overdue (due %s)", req.our_reference, clock.due_date)
    if clock.long_overdue and "long_overdue" not in kinds:
        repo.add_event(s, req.id, "long_overdue", now, due=str(clock.long_overdue_date))
        report.became_long_overdue.append(req.our_reference)
        log.warning("%s is long overdue (40 working days passed on %s)", req.our_reference, clock.long_overdue_date)
