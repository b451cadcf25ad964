"""Status rows as data (pure): what `foibot status` prints, exports and checks.

The display state folds the request state and its clock into the words a user scans for: in time,
due soon (within 5 working days), overdue, long overdue, answered, refused, failed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

from foibot.clock import Clock
from foibot.domain import MessageKind, RequestState

DUE_SOON_DAYS = 5
_REFUSED = {str(MessageKind.REFUSAL), str(MessageKind.NCND)}


@dataclass(frozen=True, slots=True)
class StatusRow:
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
        data = {name: getattr(self, name) for name in self.__dataclass_fields__}
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


def make_row(*, campaign: str, force: str, force_name: str, reference: str, authority_reference: str | None,
             state: str, sent_at: datetime | None, clock: Clock, outcome: str | None,
             exemptions: tuple[str, ...], last_message_at: datetime | None) -> StatusRow:
    answered = state in (RequestState.ANSWERED, RequestState.REVIEW_ANSWERED, RequestState.DELIVERY_FAILED,
                         RequestState.WITHDRAWN, RequestState.QUEUED)
    return StatusRow(
        campaign=campaign, force=force, force_name=force_name, our_reference=reference,
        authority_reference=authority_reference, state=state, display=display_state(state, clock, outcome),
        sent_at=iso(sent_at), due_date=iso(clock.due_date), lenient_due_date=iso(clock.lenient_due_date),
        long_overdue_date=iso(clock.long_overdue_date),
        working_days_left=None if answered else clock.working_days_left,
        overdue=bool(clock.overdue) and not answered, long_overdue=bool(clock.long_overdue) and not answered,
        provisional=state == RequestState.DRAFTED, phase=clock.phase, outcome=outcome,
        exemptions=exemptions, last_message_at=iso(last_message_at))
