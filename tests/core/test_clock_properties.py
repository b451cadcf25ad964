"""Hypothesis properties of the statutory count (FOIA s.10(1), s.10(6); FOISA s.10, s.73).

Calendars come from tests/fixtures/uk_bank_holidays_2018_2028.csv; a second family checks the
O(1) index against a day-by-day walk for arbitrary holiday sets."""

from __future__ import annotations

import csv
from datetime import date, timedelta
from functools import cache
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from foibot.clock import count_with_pauses, response_deadlines
from foibot.domain import Regime
from foibot.workdays import WorkingCalendar

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
ONE = timedelta(days=1)
receipts = st.dates(min_value=date(2018, 1, 1), max_value=date(2028, 11, 30))
regimes = st.sampled_from([Regime.FOIA, Regime.FOISA])


@cache
def cal(regime: Regime) -> WorkingCalendar:
    with open(FIXTURES / "uk_bank_holidays_2018_2028.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    nations = {"scotland"} if regime is Regime.FOISA else {
        "england-and-wales", "scotland", "northern-ireland"}
    return WorkingCalendar(regime, {date.fromisoformat(r["date"]): r["name"]
                                    for r in rows if r["nation"] in nations})


def walk_count(c: WorkingCalendar, a: date, b: date) -> int:
    """Working days in (a, b], by looking at each day's reason: independent of the index."""
    return sum(1 for i in range(1, (b - a).days + 1) if c.non_working_reason(a + i * ONE) is None)


@given(receipts, regimes)
def test_due_date_is_a_working_day(received, regime):
    due = cal(regime).add_working_days(received, 20)
    assert cal(regime).non_working_reason(due) is None


@given(receipts, regimes)
def test_exactly_twenty_working_days_to_the_due_date(received, regime):
    c = cal(regime)
    due = c.add_working_days(received, 20)
    assert walk_count(c, received, due) == 20
    assert c.working_days_between(received, due) == 20
    assert walk_count(c, received, due - ONE) == 19  # the 20th is the due date itself


@given(receipts, receipts, regimes)
def test_due_dates_never_decrease(a, b, regime):
    a, b = min(a, b), max(a, b)
    assert cal(regime).add_working_days(a, 20) <= cal(regime).add_working_days(b, 20)


@given(receipts)
def test_foia_never_earlier_than_foisa(received):
    """Every Scottish bank holiday is also a FOIA non-working day (s.10(6): any part of the UK)."""
    assert cal(Regime.FOIA).add_working_days(received, 20) >= \
        cal(Regime.FOISA).add_working_days(received, 20)


@given(receipts, regimes)
def test_lenient_date_is_never_earlier(received, regime):
    dl = response_deadlines(cal(regime), received)
    assert dl.lenient_due_date >= dl.due_date
    assert (dl.lenient_due_date == dl.due_date) == cal(regime).is_working_day(received)


@given(receipts, st.integers(0, 40), st.integers(0, 30), regimes)
def test_fee_pause_counts_twenty_undisregarded_days(received, offset, length, regime):
    """s.10(2): the days from notice to payment are disregarded; all others count."""
    c = cal(regime)
    first = received + offset * ONE
    last = first + length * ONE
    due = count_with_pauses(c, received, 20, [(first, last)])
    assert due >= c.add_working_days(received, 20)
    counted = sum(1 for i in range(1, (due - received).days + 1)
                  if c.is_working_day(received + i * ONE)
                  and not first <= received + i * ONE <= last)
    assert counted == 20
    assert c.is_working_day(due) and not first <= due <= last


@settings(max_examples=60)
@given(st.sets(st.dates(min_value=date(2019, 1, 1), max_value=date(2021, 12, 31)), max_size=60),
       st.dates(min_value=date(2018, 10, 1), max_value=date(2021, 12, 31)),
       st.integers(1, 80), regimes)
def test_index_matches_walk_for_any_holidays(days, start, n, regime):
    c = WorkingCalendar(regime, {d: "Holiday" for d in days})
    expected, left = start, n
    while left:
        expected += ONE
        if c.non_working_reason(expected) is None:
            left -= 1
    assert c.add_working_days(start, n) == expected
    assert c.working_days_between(start, expected) == walk_count(c, start, expected) == n
    assert c.working_days_between(expected, start) == -n
