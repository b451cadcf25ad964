"""Status rows as data (pure): what `foibot status` prints, exports and checks.

The display state folds the request state and its clock into the words a user scans for: in time,
due soon (within 5 working days), overdue, long overdue, answered, refused, failed.
"""

from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache
from typing import NamedTuple

from foibot.clock import Clock
from foibot.domain import MessageKind, RequestState

DUE_SOON_DAYS = 5
_REFUSED = {str(MessageKind.REFUSAL), str(MessageKind.NCND)}


class StatusRow(NamedTuple):
    campaign: str
    force: str
    force_name: str
    our_reference: str
    authority_reference: str | None
    state: str
    display: str
    sent_at: str | None
    due_date: str | None
    lenient_due_date: str | None
    long_overdue_date: str | None
    working_days_left: int | None
    overdue: bool
    long_overdue: bool
    provisional: bool
    phase: str
    outcome: str | None
    exemptions: tuple[str, ...]
    last_message_at: str | None

    def as_json(self) -> dict:
        data = dict(zip(self._fields, self, strict=True))
        data["exemptions"] = list(self.exemptions)
        return data


def display_state(state: str, clock: Clock, outcome: str | None) -> str:
    if state == RequestState.DELIVERY_FAILED:
        return "failed"
    if state in (RequestState.ANSWERED, RequestState.REVIEW_ANSWERED):
        return "refused" if outcome in _REFUSED else "answered"
    if state == RequestState.QUEUED:
        return "queued"
    if state == RequestState.SENDING:
        return "sending?"
    if state == RequestState.WITHDRAWN:
        return "withdrawn"
    if clock.long_overdue:
        return "long overdue"
    if clock.overdue:
        return "overdue"
    if clock.working_days_left is not None and clock.working_days_left <= DUE_SOON_DAYS:
        return "due soon"
    if clock.phase in ("clock_stopped_clarification", "awaiting_fee"):
        return "clock stopped"
    return "in time" if clock.due_date else state


def iso(value: date | datetime | None) -> str | None:
    if value is None:
        return None
    return _iso_date(value) if type(value) is date else value.isoformat()


@lru_cache(maxsize=8192)
def _iso_date(value: date) -> str:
    return value.isoformat()


_CLOSED = frozenset({str(RequestState.ANSWERED), str(RequestState.REVIEW_ANSWERED),
                     str(RequestState.DELIVERY_FAILED), str(RequestState.WITHDRAWN), str(RequestState.QUEUED)})


def clock_view(clock: Clock) -> tuple:
    """The clock's printable fields, computed once per clock: requests with the same history
    share one Clock, so 100,000 rows need only as many of these as there are distinct histories."""
    return (iso(clock.due_date or clock.response_due_date), iso(clock.lenient_due_date),
            iso(clock.long_overdue_date), clock.working_days_left, bool(clock.overdue),
            bool(clock.long_overdue), clock.phase)


def make_row(*, campaign: str, force: str, force_name: str, reference: str, authority_reference: str | None,
             state: str, sent_at: datetime | None, clock: Clock, outcome: str | None,
             exemptions: tuple[str, ...], last_message_at: datetime | None,
             view: tuple | None = None) -> StatusRow:
    """One status row; ``view`` is clock_view(clock), passed in when the caller shares clocks."""
    due, lenient, long_date, left, overdue, long_overdue, phase = view or clock_view(clock)
    closed = state in _CLOSED
    return StatusRow(
        campaign, force, force_name, reference, authority_reference, state,
        display_state(state, clock, outcome), sent_at.isoformat() if sent_at else None, due, lenient,
        long_date, None if closed else left, overdue and not closed, long_overdue and not closed,
        state == "drafted", phase, outcome, exemptions,
        last_message_at.isoformat() if last_message_at else None)
