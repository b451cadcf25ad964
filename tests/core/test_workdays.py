"""WorkingCalendar against law.md's worked examples, every kind of UK holiday, and an independent
day-by-day count built from tests/fixtures/uk_bank_holidays_2018_2028.csv (FOIA s.10(6),
FOISA s.73). The calendars here are built from the fixture only: no package, no network."""

from __future__ import annotations

import csv
from datetime import date, timedelta
from functools import cache
from pathlib import Path

import pytest

from foibot.domain import Regime
from foibot.workdays import WorkingCalendar

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
ONE = timedelta(days=1)
#: Hand-written from the rules (not from any library): what a count ending in early 2029 needs.
EXTRA_2029 = [("2029-01-01", "england-and-wales", "New Year's Day"),
              ("2029-01-01", "scotland", "New Year's Day"),
              ("2029-01-01", "northern-ireland", "New Year's Day"),
              ("2029-01-02", "scotland", "2nd January")]


@cache
def csv_rows() -> tuple[tuple[date, str, str], ...]:
    with open(FIXTURES / "uk_bank_holidays_2018_2028.csv", newline="", encoding="utf-8") as f:
        rows = [(r["date"], r["nation"], r["name"]) for r in csv.DictReader(f)]
    return tuple((date.fromisoformat(d), n, name) for d, n, name in rows + EXTRA_2029)


def nation_days(regime: Regime) -> dict[date, str]:
    wanted = {"scotland"} if regime is Regime.FOISA else {
        "england-and-wales", "scotland", "northern-ireland"}
    return {d: name for d, nation, name in csv_rows() if nation in wanted}


@cache
def csv_calendar(regime: Regime) -> WorkingCalendar:
    return WorkingCalendar(regime, nation_days(regime))


def naive_due(regime: Regime, received: date, n: int = 20) -> date:
    """The independent reference: walk day by day, skipping weekends and the CSV's holidays."""
    off = set(nation_days(regime))
    d, left = received, n
    while left:
        d += ONE
        if d.weekday() < 5 and d not in off and (d.month, d.day) != (12, 25):
            left -= 1
    return d


# -- law.md's worked examples --------------------------------------------------------------

@pytest.mark.parametrize("received, regime, due", [
    ("2025-12-22", Regime.FOIA, "2026-01-23"),
    ("2025-12-22", Regime.FOISA, "2026-01-23"),
    ("2026-06-01", Regime.FOIA, "2026-06-30"),
    ("2026-06-01", Regime.FOISA, "2026-06-30"),
    ("2026-03-30", Regime.FOIA, "2026-04-29"),
    ("2026-03-30", Regime.FOISA, "2026-04-28"),
])
def test_worked_examples(received, regime, due):
    assert csv_calendar(regime).add_working_days(date.fromisoformat(received), 20) == \
        date.fromisoformat(due)


def test_2009_example_needs_every_nation():
    """12 Mar 2009 -> 14 Apr 2009: St Patrick's Day, Good Friday and Easter Monday skipped."""
    with open(FIXTURES / "alaveteli_holidays.csv", newline="", encoding="utf-8") as f:
        days = {date.fromisoformat(r["date"]): r["name"] for r in csv.DictReader(f)}
    cal = WorkingCalendar(Regime.FOIA, days)
    assert cal.add_working_days(date(2009, 3, 12), 20) == date(2009, 4, 14)
    england_only = {d: n for d, n in days.items() if "(NI)" not in n and "Scotland" not in n}
    assert WorkingCalendar(Regime.FOIA, england_only).add_working_days(
        date(2009, 3, 12), 20) == date(2009, 4, 9)  # Good Friday and Easter Monday follow


# -- every kind of holiday ------------------------------------------------------------------

@pytest.mark.parametrize("day, foia_off, foisa_off, name_part", [
    ("2026-03-17", True, False, "Patrick"),  # NI only
    ("2022-07-12", True, False, "Boyne"),  # NI, 12 July (by proclamation)
    ("2023-07-12", True, False, "Boyne"),
    ("2020-07-13", True, False, "Boyne"),  # 12 July on a Sunday: substitute
    ("2026-01-02", True, True, "New Year"),  # Scotland's 2 January
    ("2026-08-03", True, True, "Summer"),  # first Monday of August, Scotland
    ("2026-08-31", True, False, "Summer"),  # late August Monday, not Scottish
    ("2026-04-06", True, False, "Easter Monday"),  # not Scottish
    ("2022-11-30", True, True, "Andrew"),  # St Andrew's Day
    ("2025-12-01", True, True, "Andrew"),  # its substitute (30 Nov 2025 a Sunday)
    ("2022-12-27", True, True, "Christmas"),  # substitute for Christmas on a Sunday
    ("2020-12-28", True, True, "Boxing"),  # substitute Boxing Day
    ("2023-01-03", True, True, "New Year"),  # Scotland's 2 Jan substitute
    ("2022-06-02", True, True, "Spring"),  # moved spring holiday, 2022
    ("2022-06-03", True, True, "Jubilee"),  # Platinum Jubilee, proclaimed
    ("2022-09-19", True, True, "Funeral"),  # state funeral, proclaimed
    ("2023-05-08", True, True, "Coronation"),  # coronation, proclaimed
    ("2026-06-15", True, True, ""),  # Scotland only, by proclamation
    ("2026-04-03", True, True, "Good Friday"),
    ("2026-05-26", False, False, None),  # an ordinary Tuesday
])
def test_each_kind_of_holiday(day, foia_off, foisa_off, name_part):
    d = date.fromisoformat(day)
    foia, foisa = csv_calendar(Regime.FOIA), csv_calendar(Regime.FOISA)
    assert foia.is_working_day(d) is not foia_off
    assert foisa.is_working_day(d) is not foisa_off
    if name_part is None:
        assert foia.non_working_reason(d) is None
    else:
        assert name_part in foia.non_working_reason(d)


def test_15_june_2026_moves_an_english_deadline_under_foia():
    """LTT47: a Scottish bank holiday is a non-working day for an English force too."""
    d = date(2026, 6, 1)
    without = WorkingCalendar(Regime.FOIA, {k: v for k, v in nation_days(Regime.FOIA).items()
                                            if k != date(2026, 6, 15)})
    assert without.add_working_days(d, 20) == date(2026, 6, 29)
    assert csv_calendar(Regime.FOIA).add_working_days(d, 20) == date(2026, 6, 30)


def test_statutory_days_hold_without_any_holiday_data():
    """s.10(6) names Christmas Day and Good Friday outright; s.73 names Christmas Day only."""
    foia, foisa = WorkingCalendar(Regime.FOIA, {}), WorkingCalendar(Regime.FOISA, {})
    assert foia.non_working_reason(date(2030, 12, 25)) == "Christmas Day"
    assert foia.non_working_reason(date(2030, 4, 19)) == "Good Friday"
    assert foisa.is_working_day(date(2030, 4, 19))
    assert not foisa.is_working_day(date(2030, 12, 25))
    assert foia.non_working_reason(date(2030, 4, 20)) == "Saturday"
    assert foia.non_working_reason(date(2030, 4, 21)) == "Sunday"


# -- receipt on weekends and holidays -------------------------------------------------------

@pytest.mark.parametrize("received, same_as", [
    ("2026-03-07", "2026-03-06"),  # Saturday = the Friday before (LTT47; WDTK day zero)
    ("2026-03-08", "2026-03-06"),  # Sunday
    ("2025-12-25", "2025-12-24"),  # Christmas Day
    ("2026-05-25", "2026-05-22"),  # a bank holiday Monday = the Friday before
])
def test_non_working_receipt_counts_like_the_last_working_day_before(received, same_as):
    cal = csv_calendar(Regime.FOIA)
    assert cal.add_working_days(date.fromisoformat(received), 20) == \
        cal.add_working_days(date.fromisoformat(same_as), 20)


def test_lenient_receipt_moves_to_next_working_day():
    cal = csv_calendar(Regime.FOIA)
    assert cal.next_working_day_on_or_after(date(2026, 3, 7)) == date(2026, 3, 9)
    assert cal.next_working_day_on_or_after(date(2026, 3, 9)) == date(2026, 3, 9)


# -- arithmetic ----------------------------------------------------------------------------

def test_working_days_between_is_signed_and_half_open():
    cal = csv_calendar(Regime.FOIA)
    a, b = date(2025, 12, 22), date(2026, 1, 23)
    assert cal.working_days_between(a, b) == 20
    assert cal.working_days_between(b, a) == -20
    assert cal.working_days_between(a, a) == 0
    assert cal.working_days_between(date(2026, 3, 6), date(2026, 3, 8)) == 0


def test_add_working_days_rejects_zero():
    with pytest.raises(ValueError):
        csv_calendar(Regime.FOIA).add_working_days(date(2026, 1, 1), 0)


@pytest.mark.parametrize("start", ["1985-12-20", "2045-12-20", "2099-03-01"])
def test_outside_the_index_the_walk_agrees(start):
    """Beyond the cumulative index the calendar walks day by day: same rules, slower."""
    cal = WorkingCalendar(Regime.FOIA, {date(1986, 1, 2): "Test day", date(2046, 1, 2): "Test"})
    d = date.fromisoformat(start)
    expected, left, x = None, 20, d
    while left:
        x += ONE
        if cal.non_working_reason(x) is None:
            left -= 1
    expected = x
    assert cal.add_working_days(d, 20) == expected
    assert cal.working_days_between(d, expected) == 20


def test_explain_names_each_skipped_day():
    days = csv_calendar(Regime.FOIA).explain(date(2025, 12, 22), 20)
    skipped = {d.day: d.reason for d in days if d.number is None}
    assert skipped[date(2025, 12, 25)] == "Christmas Day"
    assert "Boxing" in skipped[date(2025, 12, 26)]
    assert "New Year" in skipped[date(2026, 1, 1)]
    assert "New Year" in skipped[date(2026, 1, 2)]  # Scotland's 2 January
    assert days[-1].day == date(2026, 1, 23) and days[-1].number == 20


def test_explain_marks_disregarded_fee_days():
    days = csv_calendar(Regime.FOIA).explain(date(2026, 3, 2), 20,
                                              [(date(2026, 3, 9), date(2026, 3, 13))])
    reasons = {d.day: d.reason for d in days}
    assert "s.10(2)" in reasons[date(2026, 3, 11)]
    assert days[-1].number == 20


# -- the whole range against the naive count ----------------------------------------------

@pytest.mark.parametrize("regime", [Regime.FOIA, Regime.FOISA])
def test_every_date_2018_to_2028_matches_naive_count(regime):
    cal = csv_calendar(regime)
    d = date(2018, 1, 1)
    while d <= date(2028, 12, 31):
        assert cal.add_working_days(d, 20) == naive_due(regime, d), d
        assert cal.add_working_days(d, 40) == naive_due(regime, d, 40), d
        d += ONE


def test_differences_lists_days_whose_status_changed():
    old = csv_calendar(Regime.FOISA)
    new = WorkingCalendar(Regime.FOISA, {**nation_days(Regime.FOISA), date(2027, 6, 14): "X"})
    assert old.differences(new, date(2027, 1, 1), date(2027, 12, 31)) == [date(2027, 6, 14)]
