"""The statutory clock of one request, replayed from its events (pure: ``today`` is an argument).

Deadlines are computed, never stored, so a change of holiday data moves every open request's
due date (``compare_clocks`` says which ones moved). Sources: FOIA 2000 s.1(3), s.9, s.10, s.17;
FOISA 2002 s.10, s.20, s.21, s.47; the s.45 Code of Practice (2018); ICO guidance on time limits
and internal reviews; see docs/deadlines.md.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from foibot.domain import Regime
from foibot.errors import FoibotError
from foibot.workdays import WorkingCalendar, add_months, count_with_pauses

_ONE = timedelta(days=1)
RESPONSE_DAYS = 20  # FOIA s.10(1), FOISA s.10(1)
LONG_OVERDUE_DAYS = 40  # WhatDoTheyKnow's "long overdue"; ICO: at most 40 with an extension
REVIEW_REQUEST_DAYS = 40  # FOISA s.20(5); s.45 Code para 5.4 for FOIA
REVIEW_DAYS = 20  # FOISA s.21(1); s.45 Code para 5.5 (normally 20, at most 40)
EXTENSION_GUIDANCE_DAYS = 20  # ICO: an extension "shouldn't typically take more than 20 more"

EVENT_KINDS = frozenset({
    "sent", "clarification_requested", "clarification_sent", "fee_notice", "fee_paid",
    "extension", "response", "review_requested", "review_outcome",
})
#: The user's filing decisions: a reply's clock events count only while it is filed under the
#: request (the last of these for that reply is not "unassigned").
ASSIGNMENT_KINDS = frozenset({"assigned", "unassigned"})


def detached_messages(assignments) -> set[int]:
    """The messages taken back out of a request: ``assignments`` are its (kind, message id)
    assignment events in order; a message is detached when its last one is "unassigned"."""
    last: dict[int, str] = {}
    for kind, message_id in assignments:
        if kind in ASSIGNMENT_KINDS and message_id is not None:
            last[message_id] = kind
    return {m for m, kind in last.items() if kind == "unassigned"}
#: Phases in which the authority is on the clock (``working_days_left`` is set).
RUNNING_PHASES = frozenset({"response_due", "extended", "review_due"})


class UnknownClockEvent(FoibotError):
    """A ClockEvent has a kind the clock does not know (see ``EVENT_KINDS``)."""


@dataclass(frozen=True)
class ClockEvent:
    """One dated fact about a request. ``on`` is the UK-local calendar date (``uk_local_date``)."""

    kind: str
    on: date
    new_due: date | None = None  # for "extension": the date the authority named

    def __post_init__(self) -> None:
        if self.kind not in EVENT_KINDS:
            raise UnknownClockEvent(
                f"unknown clock event {self.kind!r}; expected one of {sorted(EVENT_KINDS)}")


@dataclass(frozen=True)
class Deadlines:
    """The s.10 response dates for one receipt, after clarification and fee pauses."""

    received: date
    start: date  # the day the current 20-day count starts after (receipt or clarification)
    due_date: date
    lenient_due_date: date
    long_overdue_date: date
    disregarded_days: int = 0
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Clock:
    """Where a request stands against the statute on ``today``; every date is UK-local."""

    phase: str
    received: date | None
    due_date: date | None  # the authority is in breach from the day after (the one to show)
    lenient_due_date: date | None
    long_overdue_date: date | None
    working_days_left: int | None  # from today to due_date; negative when overdue
    overdue: bool
    long_overdue: bool
    notes: tuple[str, ...]
    regime: Regime | None = None
    response_due_date: date | None = None  # s.10(1) date, kept when the phase moves on
    overdue_lenient: bool = False  # overdue even under the s.45 Code's lenient reading
    s17_due_date: date | None = None  # FOIA s.17(1): refusal notice due despite an extension
    extension_due_date: date | None = None
    extension_exceeds_guidance: bool = False
    clarification_requested_on: date | None = None
    fee_notice_on: date | None = None
    fee_payment_deadline: date | None = None  # s.9(2): three months from the notice
    disregarded_days: int = 0  # s.10(2): working days between fees notice and payment
    responded_on: date | None = None
    answered_late: bool | None = None
    review_request_deadline: date | None = None
    review_requested_on: date | None = None
    review_due_date: date | None = None
    review_long_overdue_date: date | None = None
    review_outcome_on: date | None = None
    commissioner: str | None = None  # "ICO" or "Scottish Information Commissioner"
    commissioner_deadline: date | None = None
    beyond_published_data: bool = False


def uk_local_date(when: datetime | date) -> date:
    """The Europe/London calendar date of a moment (LTT47: the date of receipt, whatever the
    hour). A naive datetime is taken as UTC, as mail Date headers are normalised to UTC."""
    if not isinstance(when, datetime):
        return when
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.astimezone(_london()).date()


@lru_cache(maxsize=1)
def _london() -> ZoneInfo:
    return ZoneInfo("Europe/London")


def response_deadlines(cal: WorkingCalendar, received: date, *, clarified: date | None = None,
                       pauses: Sequence[tuple[date, date]] = ()) -> Deadlines:
    """FOIA/FOISA s.10(1): due on the 20th working day following receipt (day one is the first
    working day after it, even when receipt falls on a weekend: LTT47). After a clarification
    (s.1(3)) a new 20 days start the day after it (ICO). The lenient date moves a non-working-day
    start to the next working day first, as some authorities read the 2018 s.45 Code.
    """
    start = clarified or received
    lenient_start = cal.next_working_day_on_or_after(start)
    due = count_with_pauses(cal, start, RESPONSE_DAYS, pauses)
    notes: list[str] = []
    if clarified:
        notes.append(f"clock restarted by the clarification sent {clarified} (s.1(3))")
    disregarded = cal.working_days_between(start, due) - RESPONSE_DAYS  # inside (start, due]
    if disregarded:
        notes.append(f"{disregarded} working days disregarded between fees notice and payment "
                     "(s.10(2))")
    if lenient_start != start:
        notes.append(f"{start} is not a working day: under the lenient reading day one follows "
                     f"{lenient_start}")
    return Deadlines(
        received=received, start=start, due_date=due,
        lenient_due_date=count_with_pauses(cal, lenient_start, RESPONSE_DAYS, pauses),
        long_overdue_date=count_with_pauses(cal, start, LONG_OVERDUE_DAYS, pauses),
        disregarded_days=disregarded, notes=tuple(notes))


@dataclass
class _Replay:
    """The facts gathered from the events, in date order."""

    received: date | None = None
    clarified: date | None = None
    clarification_open: date | None = None
    fee_open: date | None = None
    last_fee_notice: date | None = None
    pauses: list[tuple[date, date]] = field(default_factory=list)
    extension: ClockEvent | None = None
    response: date | None = None
    review_requested: date | None = None
    review_outcome: date | None = None
    notes: list[str] = field(default_factory=list)


def _sent(r: _Replay, e: ClockEvent) -> None:
    """A resend before any response restarts the count from the resend, as on WhatDoTheyKnow."""
    if r.response is not None:
        r.notes.append(f"sent again on {e.on} after the response: ignored for the clock")
        return
    if r.received is not None:
        r.notes.append(f"resent on {e.on}: the count restarts from that date")
        r.clarified = r.clarification_open = r.fee_open = None
        r.pauses = []
    r.received = e.on


def _clarification_sent(r: _Replay, e: ClockEvent) -> None:
    if r.clarification_open is None:
        r.notes.append(f"clarification sent on {e.on} without a request for one: ignored")
        return
    r.clarified, r.clarification_open, r.pauses = e.on, None, []


def _fee_paid(r: _Replay, e: ClockEvent) -> None:
    if r.fee_open is not None:
        r.pauses.append((r.fee_open, e.on))
    r.fee_open = None


def _fee_notice(r: _Replay, e: ClockEvent) -> None:
    r.fee_open = r.last_fee_notice = e.on


def _setter(name: str):
    def apply(r: _Replay, e: ClockEvent) -> None:
        setattr(r, name, e if name == "extension" else e.on)
    return apply


_APPLY = {
    "sent": _sent, "clarification_requested": _setter("clarification_open"),
    "clarification_sent": _clarification_sent, "fee_notice": _fee_notice, "fee_paid": _fee_paid,
    "extension": _setter("extension"), "response": _setter("response"),
    "review_requested": _setter("review_requested"), "review_outcome": _setter("review_outcome"),
}


def compute_clock(events: Sequence[ClockEvent], cal: WorkingCalendar, today: date) -> Clock:
    """Replay ``events`` (sorted by date; same-day events keep their order) into a Clock.

    Memoised: a campaign sends to 48 forces on the same day, so across a `foibot status` of many
    requests most event histories repeat (everything here is immutable, so sharing is safe)."""
    return _compute(tuple(events), cal, today)


@lru_cache(maxsize=65536)
def _compute(events: tuple[ClockEvent, ...], cal: WorkingCalendar, today: date) -> Clock:
    r = _Replay()
    for e in sorted(events, key=lambda ev: ev.on):
        _APPLY[e.kind](r, e)
    if r.received is None:
        return Clock("not_sent", None, None, None, None, None, False, False, tuple(r.notes),
                     regime=cal.regime)
    dl = response_deadlines(cal, r.received, clarified=r.clarified, pauses=r.pauses)
    base = _base_clock(r, dl, cal)
    if r.review_outcome or r.review_requested:
        return _review_clock(base, r, cal, today)
    if r.response:
        return _answered_clock(base, r, cal)
    if r.clarification_open:
        return _stopped_clock(base, "clock_stopped_clarification", today, [
            f"clarification requested on {r.clarification_open}: the clock stops until it is "
            "answered, then 20 new working days start (s.1(3))"])
    if r.fee_open:
        return _fee_clock(base, r, cal, today)
    if r.extension and cal.regime is Regime.FOIA:
        return _running(_extended(base, r.extension, cal), cal, today)
    if r.extension:
        base = _note(base, "FOISA has no public interest extension: the s.10 date stands")
    return _running(base, cal, today)


def _base_clock(r: _Replay, dl: Deadlines, cal: WorkingCalendar) -> Clock:
    notes = [*r.notes, *dl.notes]
    beyond = cal.beyond_data(dl.long_overdue_date)
    if beyond:
        notes.append(f"these dates depend on holidays after {cal.data_until}, which come from "
                     "rules only: a proclaimed bank holiday could move them")
    fee_deadline = add_months(r.last_fee_notice, 3) - _ONE if r.last_fee_notice else None
    return Clock(
        "response_due", r.received, dl.due_date, dl.lenient_due_date, dl.long_overdue_date,
        None, False, False, tuple(notes), regime=cal.regime, response_due_date=dl.due_date,
        s17_due_date=dl.due_date if cal.regime is Regime.FOIA else None,
        clarification_requested_on=r.clarification_open,
        fee_notice_on=r.last_fee_notice, fee_payment_deadline=fee_deadline,
        disregarded_days=dl.disregarded_days, beyond_published_data=beyond)


def _note(c: Clock, *notes: str) -> Clock:
    return _replace(c, notes=c.notes + tuple(notes))


def _replace(c: Clock, **changes: object) -> Clock:
    """dataclasses.replace without re-running __init__: compute_clock runs 100,000 times in a
    `foibot status`, and this is its hot path."""
    new = object.__new__(Clock)
    new.__dict__.update(c.__dict__)
    new.__dict__.update(changes)
    return new


def _running(c: Clock, cal: WorkingCalendar, today: date) -> Clock:
    """Overdue from the day after the due date (on the due date itself it is in time)."""
    if c.due_date is None:
        return c
    overdue = today > c.due_date
    lenient_overdue = c.lenient_due_date is None or today > c.lenient_due_date
    long_overdue = c.long_overdue_date is not None and today > c.long_overdue_date
    c = _replace(c, working_days_left=cal.working_days_between(today, c.due_date),
                 overdue=overdue, overdue_lenient=overdue and lenient_overdue,
                 long_overdue=long_overdue)
    if overdue and not lenient_overdue:
        c = _note(c, f"overdue under s.10(1) (due {c.due_date}); in time until "
                     f"{c.lenient_due_date} under the lenient reading of the s.45 Code")
    return c


def _stopped_clock(c: Clock, phase: str, today: date, notes: list[str]) -> Clock:
    """While the clock is stopped nothing is due, though the s.10 date is kept for reference."""
    if c.response_due_date and today > c.response_due_date:
        notes.append(f"the s.10 date {c.response_due_date} had passed before the clock stopped")
    return _replace(c, phase=phase, due_date=None, lenient_due_date=None,
                    long_overdue_date=None, notes=c.notes + tuple(notes))


def _fee_clock(c: Clock, r: _Replay, cal: WorkingCalendar, today: date) -> Clock:
    """s.9(2): the authority need not comply unless the fee is paid within three months."""
    notes = [f"fees notice given on {r.fee_open}: the clock is paused until the fee is paid, "
             f"which must be by {c.fee_payment_deadline} (s.9(2))"]
    if c.fee_payment_deadline and today > c.fee_payment_deadline:
        notes.append("the three-month payment window has closed: the authority need not comply")
    return _stopped_clock(c, "awaiting_fee", today, notes)


def _extended(c: Clock, ext: ClockEvent, cal: WorkingCalendar) -> Clock:
    """FOIA s.10(3): "such time as is reasonable"; the s.17 notice is still due on day 20."""
    s17 = c.response_due_date
    named = ext.new_due or cal.add_working_days(s17, EXTENSION_GUIDANCE_DAYS)
    notes = [f"public interest extension notified on {ext.on} to {named} (s.10(3))"]
    if ext.new_due is None:
        notes.append("no date named: assuming the ICO's 20 further working days")
    if ext.on > s17:
        notes.append(f"the extension came after the s.17 notice was due ({s17})")
    exceeds = cal.working_days_between(s17, named) > EXTENSION_GUIDANCE_DAYS
    if exceeds:
        notes.append("the extension exceeds the ICO's guidance of 20 further working days")
    return _replace(
        c, phase="extended", due_date=max(named, s17),
        lenient_due_date=max(named, c.lenient_due_date),
        long_overdue_date=max(named, c.long_overdue_date), s17_due_date=s17,
        extension_due_date=named, extension_exceeds_guidance=exceeds,
        notes=c.notes + tuple(notes))


def _answered_clock(c: Clock, r: _Replay, cal: WorkingCalendar) -> Clock:
    """After the response the requester has 40 working days to ask for a review (FOISA s.20(5);
    s.45 Code para 5.4). Whether the answer was late is kept for the report."""
    limit = c.extension_due_date or c.response_due_date
    if r.extension and cal.regime is Regime.FOIA:
        limit = _extended(c, r.extension, cal).due_date
    late = limit is not None and r.response is not None and r.response > limit
    notes = [f"answered on {r.response}" + (f", after the due date {limit}" if late else "")]
    return _replace(
        c, phase="answered", responded_on=r.response, answered_late=late,
        review_request_deadline=cal.add_working_days(r.response, REVIEW_REQUEST_DAYS),
        notes=c.notes + tuple(notes))


def _review_clock(c: Clock, r: _Replay, cal: WorkingCalendar, today: date) -> Clock:
    """Internal review: 20 working days (FOISA s.21(1); s.45 Code para 5.5, at most 40), then the
    commissioner: the ICO within six weeks, the SIC within six months (FOISA s.47(4))."""
    foia = cal.regime is Regime.FOIA
    c = _answered_clock(c, r, cal) if r.response else c
    asked = r.review_requested or r.review_outcome
    review_due = cal.add_working_days(asked, REVIEW_DAYS)
    review_long = cal.add_working_days(asked, LONG_OVERDUE_DAYS) if foia else None
    who = "ICO" if foia else "Scottish Information Commissioner"
    c = _replace(c, review_requested_on=r.review_requested, review_due_date=review_due,
                 review_long_overdue_date=review_long, commissioner=who)
    if r.review_outcome:
        deadline = (r.review_outcome + timedelta(weeks=6) if foia
                    else add_months(r.review_outcome, 6))
        return _replace(c, phase="review_answered", review_outcome_on=r.review_outcome,
                        due_date=review_due, lenient_due_date=review_due,
                        long_overdue_date=review_long, commissioner_deadline=deadline,
                        answered_late=r.review_outcome > review_due,
                        notes=c.notes + (f"review outcome on {r.review_outcome}; complain "
                                         f"to the {who} by {deadline}",))
    c = _running(_replace(c, phase="review_due", due_date=review_due,
                          lenient_due_date=review_due, long_overdue_date=review_long), cal, today)
    return _review_escalation(c, foia, today)


def _review_escalation(c: Clock, foia: bool, today: date) -> Clock:
    if foia and c.long_overdue:
        return _note(c, "no review outcome after 40 working days: you can complain to the ICO")
    if not foia and c.overdue and c.review_due_date:
        deadline = add_months(c.review_due_date, 6)
        return _note(_replace(c, commissioner_deadline=deadline),
                     f"the review is late (FOISA s.21(1)): apply to the Scottish Information "
                     f"Commissioner by {deadline} (s.47(4)(b))")
    return c


#: Clock fields that move when the holiday data changes.
DATE_FIELDS = ("due_date", "lenient_due_date", "long_overdue_date", "response_due_date",
               "s17_due_date", "extension_due_date", "review_request_deadline",
               "review_due_date", "review_long_overdue_date")


def compare_clocks(events: Sequence[ClockEvent], old: WorkingCalendar, new: WorkingCalendar,
                   today: date) -> tuple[tuple[str, date | None, date | None], ...]:
    """The dates of one request that differ between two calendars, as (field, old, new):
    deadlines are computed, so when GOV.UK adds a day every open request's dates follow."""
    a, b = compute_clock(events, old, today), compute_clock(events, new, today)
    return tuple((f, getattr(a, f), getattr(b, f)) for f in DATE_FIELDS
                 if getattr(a, f) != getattr(b, f))
