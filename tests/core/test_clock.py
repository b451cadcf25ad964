"""compute_clock: each phase of a request replayed from its events (FOIA s.1(3), s.9, s.10, s.17;
FOISA s.10, s.20, s.21, s.47), WhatDoTheyKnow's own due-date cases, and calendar comparison.
Calendars come from tests/fixtures only."""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime, timedelta
from functools import cache
from pathlib import Path

import pytest

from foibot.clock import (
    ClockEvent,
    UnknownClockEvent,
    add_months,
    compare_clocks,
    compute_clock,
    count_with_pauses,
    response_deadlines,
    uk_local_date,
)
from foibot.domain import Regime
from foibot.errors import FoibotError
from foibot.workdays import WorkingCalendar

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
D = date.fromisoformat


@cache
def cal(regime: Regime = Regime.FOIA, data_until: date | None = None) -> WorkingCalendar:
    with open(FIXTURES / "uk_bank_holidays_2018_2028.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    nations = {"scotland"} if regime is Regime.FOISA else {
        "england-and-wales", "scotland", "northern-ireland"}
    days = {D(r["date"]): r["name"] for r in rows if r["nation"] in nations}
    return WorkingCalendar(regime, days, data_until=data_until)


def ev(kind: str, on: str, new_due: str | None = None) -> ClockEvent:
    return ClockEvent(kind, D(on), D(new_due) if new_due else None)


SENT = ev("sent", "2026-03-02")  # FOIA due Tue 31 Mar 2026 (St Patrick's Day skipped)


def test_nothing_sent():
    c = compute_clock([], cal(), D("2026-03-01"))
    assert (c.phase, c.received, c.due_date, c.overdue) == ("not_sent", None, None, False)


def test_regimes_differ_on_st_patricks_day():
    assert compute_clock([SENT], cal(), D("2026-03-02")).due_date == D("2026-03-31")
    assert compute_clock([SENT], cal(Regime.FOISA), D("2026-03-02")).due_date == D("2026-03-30")


@pytest.mark.parametrize("today, left, overdue, long_overdue", [
    ("2026-03-02", 20, False, False),
    ("2026-03-30", 1, False, False),
    ("2026-03-31", 0, False, False),  # in time on the due date itself
    ("2026-04-01", -1, True, False),  # overdue from the day after
    ("2026-04-06", -2, True, False),  # Easter Monday does not count
    ("2026-04-30", -20, True, False),  # the 40th working day: long overdue only after it
    ("2026-05-01", -21, True, True),
])
def test_response_due_and_overdue(today, left, overdue, long_overdue):
    c = compute_clock([SENT], cal(), D(today))
    assert c.phase == "response_due"
    assert c.long_overdue_date == D("2026-04-30")
    assert (c.working_days_left, c.overdue, c.long_overdue) == (left, overdue, long_overdue)


def test_weekend_receipt_gives_strict_and_lenient_dates():
    """Received Saturday 7 Mar 2026: due as if received Friday; lenient one day later."""
    events = [ev("sent", "2026-03-07")]
    c = compute_clock(events, cal(), D("2026-04-09"))
    assert (c.due_date, c.lenient_due_date) == (D("2026-04-08"), D("2026-04-09"))
    assert c.overdue and not c.overdue_lenient
    assert any("lenient" in n for n in c.notes)
    later = compute_clock(events, cal(), D("2026-04-10"))
    assert later.overdue and later.overdue_lenient


def test_clarification_stops_then_restarts_the_clock():
    asked = [SENT, ev("clarification_requested", "2026-03-05")]
    stopped = compute_clock(asked, cal(), D("2026-04-20"))
    assert stopped.phase == "clock_stopped_clarification"
    assert stopped.due_date is None and not stopped.overdue
    assert stopped.clarification_requested_on == D("2026-03-05")
    restarted = compute_clock(asked + [ev("clarification_sent", "2026-03-12")], cal(), D("2026-03-12"))
    assert restarted.phase == "response_due"
    assert restarted.received == D("2026-03-02")
    assert restarted.due_date == cal().add_working_days(D("2026-03-12"), 20) == D("2026-04-14")
    assert any("s.1(3)" in n for n in restarted.notes)


def test_unasked_clarification_is_ignored():
    c = compute_clock([SENT, ev("clarification_sent", "2026-03-12")], cal(), D("2026-03-12"))
    assert c.due_date == D("2026-03-31")
    assert any("ignored" in n for n in c.notes)


def test_fee_notice_pauses_and_payment_disregards_days():
    notice = [SENT, ev("fee_notice", "2026-03-09")]
    waiting = compute_clock(notice, cal(), D("2026-03-20"))
    assert waiting.phase == "awaiting_fee" and waiting.due_date is None
    assert waiting.fee_payment_deadline == D("2026-06-08")  # three months beginning 9 Mar
    paid = compute_clock(notice + [ev("fee_paid", "2026-03-13")], cal(), D("2026-03-20"))
    assert paid.phase == "response_due"
    assert paid.disregarded_days == 5  # Mon 9 to Fri 13 March, both included (s.10(2))
    assert paid.due_date == D("2026-04-09")  # 31 Mar + 5 working days, Easter skipped


def test_fee_window_closes_after_three_months():
    c = compute_clock([SENT, ev("fee_notice", "2026-03-09")], cal(), D("2026-06-09"))
    assert any("need not comply" in n for n in c.notes)


def test_fee_notice_after_the_deadline_changes_nothing():
    late = [(D("2026-04-02"), D("2026-04-20"))]
    assert count_with_pauses(cal(), D("2026-03-02"), 20, late) == D("2026-03-31")
    assert response_deadlines(cal(), D("2026-03-02"), pauses=late).disregarded_days == 0


def test_public_interest_extension_foia():
    c = compute_clock([SENT, ev("extension", "2026-03-30", "2026-04-29")], cal(), D("2026-04-01"))
    assert c.phase == "extended"
    assert (c.due_date, c.s17_due_date, c.extension_due_date) == (
        D("2026-04-29"), D("2026-03-31"), D("2026-04-29"))
    assert not c.extension_exceeds_guidance and not c.overdue
    far = compute_clock([SENT, ev("extension", "2026-03-30", "2026-05-15")], cal(), D("2026-04-01"))
    assert far.extension_exceeds_guidance
    assert any("ICO" in n for n in far.notes)


def test_extension_without_a_date_assumes_twenty_more_days():
    c = compute_clock([SENT, ev("extension", "2026-03-30")], cal(), D("2026-04-01"))
    assert c.due_date == cal().add_working_days(D("2026-03-31"), 20)


def test_late_extension_notice_is_flagged():
    c = compute_clock([SENT, ev("extension", "2026-04-02", "2026-04-29")], cal(), D("2026-04-02"))
    assert any("after the s.17 notice was due" in n for n in c.notes)


def test_foisa_has_no_public_interest_extension():
    events = [SENT, ev("extension", "2026-03-27", "2026-04-29")]
    c = compute_clock(events, cal(Regime.FOISA), D("2026-04-01"))
    assert c.phase == "response_due" and c.due_date == D("2026-03-30") and c.overdue
    assert any("FOISA" in n for n in c.notes)


def test_response_closes_the_clock_and_opens_the_review_window():
    c = compute_clock([SENT, ev("response", "2026-04-02")], cal(), D("2026-04-10"))
    assert c.phase == "answered" and c.answered_late is True
    assert not c.overdue and c.working_days_left is None
    assert c.review_request_deadline == cal().add_working_days(D("2026-04-02"), 40)
    on_time = compute_clock([SENT, ev("response", "2026-03-31")], cal(), D("2026-04-10"))
    assert on_time.answered_late is False


def test_foia_internal_review():
    events = [SENT, ev("response", "2026-03-20"), ev("review_requested", "2026-04-10")]
    c = compute_clock(events, cal(), D("2026-04-10"))
    assert c.phase == "review_due"
    assert c.review_due_date == c.due_date == cal().add_working_days(D("2026-04-10"), 20)
    assert c.review_long_overdue_date == cal().add_working_days(D("2026-04-10"), 40)
    assert c.response_due_date == D("2026-03-31")
    late = compute_clock(events, cal(), c.review_long_overdue_date + timedelta(days=1))
    assert late.long_overdue and any("ICO" in n for n in late.notes)
    done = compute_clock(events + [ev("review_outcome", "2026-05-01")], cal(), D("2026-05-02"))
    assert done.phase == "review_answered" and done.commissioner == "ICO"
    assert done.commissioner_deadline == D("2026-06-12")  # six weeks


def test_foisa_internal_review_is_statutory():
    events = [SENT, ev("response", "2026-03-20"), ev("review_requested", "2026-04-10")]
    c = compute_clock(events, cal(Regime.FOISA), D("2026-05-20"))
    assert c.review_due_date == cal(Regime.FOISA).add_working_days(D("2026-04-10"), 20)
    assert c.review_long_overdue_date is None and c.overdue
    assert c.commissioner_deadline == add_months(c.review_due_date, 6)
    done = compute_clock(events + [ev("review_outcome", "2026-05-01")], cal(Regime.FOISA),
                         D("2026-05-02"))
    assert done.commissioner == "Scottish Information Commissioner"
    assert done.commissioner_deadline == D("2026-11-01")


def test_resend_restarts_the_count():
    c = compute_clock([SENT, ev("sent", "2026-03-09")], cal(), D("2026-03-09"))
    assert c.received == D("2026-03-09")
    assert c.due_date == cal().add_working_days(D("2026-03-09"), 20)


def test_same_day_events_keep_their_order():
    events = [SENT, ev("clarification_requested", "2026-03-05"),
              ev("clarification_sent", "2026-03-05")]
    assert compute_clock(events, cal(), D("2026-03-05")).phase == "response_due"


def test_dates_beyond_published_data_say_so():
    c = compute_clock([ev("sent", "2026-12-10")], cal(data_until=D("2026-12-31")), D("2026-12-10"))
    assert c.beyond_published_data
    assert any("proclaimed" in n for n in c.notes)
    inside = compute_clock([SENT], cal(data_until=D("2026-12-31")), D("2026-03-02"))
    assert not inside.beyond_published_data


def test_compare_clocks_reports_moved_dates():
    """A proclamation added later (as for 19 Sep 2022) moves open requests' due dates."""
    old = cal()
    new = WorkingCalendar(Regime.FOIA, {**old.holidays, D("2026-03-25"): "Proclaimed day"})
    moved = dict((f, (a, b)) for f, a, b in compare_clocks([SENT], old, new, D("2026-03-10")))
    assert moved["due_date"] == (D("2026-03-31"), D("2026-04-01"))
    assert compare_clocks([SENT], old, old, D("2026-03-10")) == ()


def test_uk_local_date():
    assert uk_local_date(datetime(2026, 6, 30, 23, 30, tzinfo=UTC)) == D("2026-07-01")
    assert uk_local_date(datetime(2026, 1, 31, 23, 30)) == D("2026-01-31")  # naive = UTC = GMT
    assert uk_local_date(D("2026-01-31")) == D("2026-01-31")


def test_unknown_event_kind_is_a_foibot_error():
    with pytest.raises(UnknownClockEvent) as info:
        ClockEvent("posted", D("2026-01-01"))
    assert isinstance(info.value, FoibotError)


def test_add_months_clamps_to_month_end():
    assert add_months(D("2026-01-31"), 1) == D("2026-02-28")
    assert add_months(D("2026-11-30"), 3) == D("2027-02-28")


# -- WhatDoTheyKnow's own cases (tests/fixtures/alaveteli_*.csv) ----------------------------

def _alaveteli_rows() -> list[dict[str, str]]:
    with open(FIXTURES / "alaveteli_due_dates.csv", newline="", encoding="utf-8") as f:
        return [r for r in csv.DictReader(f)
                if r["kind"] in ("response_required_by", "very_overdue")
                and "calendar days" not in r["description"]]


def _start(text: str) -> date:
    """The date in the zone Alaveteli's spec ran in (its Time.zone), as its expectations assume."""
    return datetime.fromisoformat(text.split(" (")[0]).date()


def test_uk_local_receipt_differs_from_alaveteli_utc_case():
    """law.md: receipt is the Europe/London date. Alaveteli's 2007-10-14 23:59 UTC case is
    00:59 BST on Monday 15 October, so foibot counts from the 15th (due 12 Nov, not 9 Nov)."""
    received = uk_local_date(datetime(2007, 10, 14, 23, 59, tzinfo=UTC))
    assert received == D("2007-10-15")
    assert _alaveteli_calendar(False).add_working_days(received, 20) == D("2007-11-12")


@cache
def _alaveteli_calendar(no_holidays: bool) -> WorkingCalendar:
    if no_holidays:  # the 2014-15 rows: weekends only (and Christmas, not in their range)
        return WorkingCalendar(Regime.FOISA, {})
    with open(FIXTURES / "alaveteli_holidays.csv", newline="", encoding="utf-8") as f:
        return WorkingCalendar(Regime.FOIA, {D(r["date"]): r["name"] for r in csv.DictReader(f)})


@pytest.mark.parametrize("row", _alaveteli_rows(), ids=lambda r: r["description"][:60])
def test_alaveteli_due_dates(row):
    start = _start(row["start"])
    c = _alaveteli_calendar(start.year >= 2014)
    n = {"response_required_by": 20, "very_overdue": 40}[row["kind"]]
    if "60 working days" in row["description"]:
        n = 60  # WhatDoTheyKnow's schools
    assert c.add_working_days(start, n) == D(row["expected_due"])


@pytest.mark.parametrize("today, overdue, long_overdue", [
    ("2007-11-09", False, False), ("2007-11-10", True, False),
    ("2007-12-10", True, False), ("2007-12-11", True, True),
])
def test_alaveteli_status_checks(today, overdue, long_overdue):
    sent = ClockEvent("sent", _start("2007-10-14T23:59:00+10:00"))
    c = compute_clock([sent], _alaveteli_calendar(False), D(today))
    assert (c.overdue, c.long_overdue) == (overdue, long_overdue)
