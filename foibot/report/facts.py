"""One row of facts per force, for the comparison report and the exports (pure: no I/O).

A campaign's point is the comparison: which forces answered within the 20 working days of
FOIA/FOISA s.10(1), how late the others were, what they disclosed and which exemptions they relied
on. Every number here is derived from the request's clock (foibot.clock), never stored.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date

from foibot.clock import RESPONSE_DAYS, Clock
from foibot.domain import MessageKind, RequestState
from foibot.statusrows import display_state

#: The league table's standings, best first.
STANDINGS = ("answered in time", "answered late", "awaiting reply", "overdue", "long overdue",
             "delivery failed", "withdrawn")
#: Outcome columns of the report (final message kinds, s.1(1) FOIA / s.1(1) FOISA).
OUTCOMES = {
    str(MessageKind.FULL_DISCLOSURE): "full", str(MessageKind.PARTIAL_DISCLOSURE): "partial",
    str(MessageKind.REFUSAL): "refused", str(MessageKind.NOT_HELD): "not held",
    str(MessageKind.NCND): "NCND",
}
_SECTION = re.compile(r"^s\.?\s*(\d+[A-Z]?)", re.IGNORECASE)
_ANSWERED = (RequestState.ANSWERED, RequestState.REVIEW_ANSWERED, RequestState.REVIEW_REQUESTED)


@dataclass(frozen=True)
class ForceFacts:
    """What the report says about one force. Dates are UK-local calendar dates."""

    force: str
    force_name: str
    regime: str
    our_reference: str
    authority_reference: str | None
    state: str
    display: str
    standing: str
    sent_on: date | None
    provisional: bool  # drafted, not sent: dates show when they would fall
    due_date: date | None
    responded_on: date | None
    working_days_taken: int | None  # receipt → response (or → today while unanswered)
    late_by: int | None  # working days after the due date, for a late answer
    overdue_by: int | None  # working days past the due date, while unanswered
    outcome: str | None  # the final message kind
    exemptions: tuple[str, ...]
    review_request_deadline: date | None
    review_due_date: date | None
    reply_path: str | None  # the archived final reply, relative to state/

    @property
    def sections(self) -> tuple[str, ...]:
        return exemption_sections(self.exemptions)

    @property
    def outcome_label(self) -> str:
        return OUTCOMES.get(self.outcome or "", "")


def exemption_sections(exemptions: tuple[str, ...]) -> tuple[str, ...]:
    """``s.31(1)(a)`` → ``s.31``: the matrix compares sections, not subsections."""
    found = {f"s.{m.group(1)}" for e in exemptions if (m := _SECTION.match(e.strip()))}
    return tuple(sorted(found, key=lambda s: (int(re.sub(r"\D", "", s)), s)))


def standing(state: str, clock: Clock) -> str:
    if state == RequestState.DELIVERY_FAILED:
        return "delivery failed"
    if state == RequestState.WITHDRAWN:
        return "withdrawn"
    if clock.responded_on is not None and state in _ANSWERED:
        return "answered late" if clock.answered_late else "answered in time"
    if clock.long_overdue:
        return "long overdue"
    if clock.overdue:
        return "overdue"
    return "awaiting reply"


def force_facts(*, force: str, force_name: str, regime: str, reference: str,
                authority_reference: str | None, state: str, outcome: str | None,
                exemptions: tuple[str, ...], clock: Clock, cal, today: date,
                reply_path: str | None) -> ForceFacts:
    """``cal`` is the force's WorkingCalendar: every count is in working days (s.10(6))."""
    place = standing(state, clock)
    answered = place.startswith("answered")
    received, responded = clock.received, clock.responded_on if answered else None
    taken = None
    if received is not None and place not in ("delivery failed", "withdrawn"):
        taken = cal.working_days_between(received, responded or today)
    due = clock.extension_due_date or clock.response_due_date or clock.due_date
    late_by = cal.working_days_between(due, responded) if (answered and clock.answered_late and due) else None
    overdue_by = -clock.working_days_left if (place in ("overdue", "long overdue")
                                              and clock.working_days_left is not None) else None
    return ForceFacts(
        force=force, force_name=force_name, regime=regime, our_reference=reference,
        authority_reference=authority_reference, state=state,
        display=display_state(state, clock, outcome), standing=place, sent_on=received,
        provisional=state == RequestState.DRAFTED, due_date=due, responded_on=responded,
        working_days_taken=taken, late_by=late_by, overdue_by=overdue_by,
        outcome=outcome if answered else None, exemptions=exemptions,
        review_request_deadline=clock.review_request_deadline, review_due_date=clock.review_due_date,
        reply_path=reply_path)


def league(facts: list[ForceFacts]) -> list[ForceFacts]:
    """Best first: in time, then late (least late first), then the silent, then failures."""
    def key(f: ForceFacts):
        return (STANDINGS.index(f.standing), f.working_days_taken if f.working_days_taken is not None else 10**6,
                f.force_name)
    return sorted(facts, key=key)


def standing_counts(facts: list[ForceFacts]) -> dict[str, int]:
    counts = Counter(f.standing for f in facts)
    return {s: counts.get(s, 0) for s in STANDINGS}


def outcome_counts(facts: list[ForceFacts]) -> dict[str, int]:
    counts = Counter(f.outcome_label for f in facts if f.outcome_label)
    return {label: counts.get(label, 0) for label in OUTCOMES.values()}


def exemption_matrix(facts: list[ForceFacts]) -> tuple[list[str], list[tuple[ForceFacts, list[bool]]]]:
    """Columns: every section cited by any force; rows: the forces that cited at least one."""
    columns = list(exemption_sections(tuple(s for f in facts for s in f.sections)))
    rows = [(f, [c in f.sections for c in columns]) for f in sorted(facts, key=lambda f: f.force_name)
            if f.sections]
    return columns, rows


def response_days() -> int:
    return RESPONSE_DAYS
