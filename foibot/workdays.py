"""Working days under FOIA 2000 s.10(6) and FOISA 2002 s.73: a pure calendar.

The holidays are passed in (the adapter ``foibot.holidaydata`` merges the ``holidays`` package
with GOV.UK's published list), so this module does no I/O and tests can hand it any set.

FOIA s.10(6): a working day is "any day other than a Saturday, a Sunday, Christmas Day, Good
Friday or a day which is a bank holiday under the Banking and Financial Dealings Act 1971 in any
part of the United Kingdom" (ICO LTT47: a holiday in any nation counts for every authority).
FOISA s.73: the same but only Christmas Day and Scottish bank holidays.

Arithmetic is O(1) per call: the constructor builds a cumulative working-day index over a span
of years; outside that span a day-by-day count gives the same answer, only slower.
"""

from __future__ import annotations

import calendar as _calendar
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.easter import easter

from foibot.domain import Regime

_ONE = timedelta(days=1)
#: Years always covered by the index, whatever the holiday data (FOI requests are rarely older).
_INDEX_FIRST_YEAR = 2000
_INDEX_LAST_YEAR = 2045


@dataclass(frozen=True)
class CountedDay:
    """One day of an explained count: ``number`` is its working-day number, or None if skipped."""

    day: date
    number: int | None
    reason: str | None


class WorkingCalendar:
    """The non-working days of one regime, with O(1) working-day arithmetic.

    ``holidays`` maps each bank holiday of the regime's nations to a display name (e.g.
    "St Patrick's Day (Northern Ireland)"). ``data_until`` is the last day covered by
    published (GOV.UK) data: later holidays come from rules and may gain proclaimed days.
    """

    def __init__(self, regime: Regime, holidays: Mapping[date, str], *,
                 data_until: date | None = None) -> None:
        self.regime = Regime(regime)
        self.holidays: dict[date, str] = dict(holidays)
        self.data_until = data_until
        first = min([date(_INDEX_FIRST_YEAR, 1, 1), *self.holidays])
        last = max([date(_INDEX_LAST_YEAR, 12, 31), *self.holidays])
        self._first = date(first.year, 1, 1)
        self._last = date(last.year, 12, 31)
        self._build_index()

    def _build_index(self) -> None:
        """cum[i] = working days in [first, first+i]; work = ordinals of the working days."""
        base = self._first.toordinal()
        size = self._last.toordinal() - base + 1
        cum: list[int] = [0] * size
        work: list[int] = []
        count = 0
        weekday = self._first.weekday()
        special = {d.toordinal() for d in self.holidays}
        special.update(d.toordinal() for d in self._fixed_days(self._first.year, self._last.year))
        for i in range(size):
            if weekday < 5 and base + i not in special:
                count += 1
                work.append(base + i)
            cum[i] = count
            weekday = 0 if weekday == 6 else weekday + 1
        self._base, self._cum, self._work = base, cum, work

    def _fixed_days(self, first_year: int, last_year: int) -> list[date]:
        """Days the statute names outright: Christmas Day, and Good Friday under FOIA."""
        days = [date(y, 12, 25) for y in range(first_year, last_year + 1)]
        if self.regime is Regime.FOIA:
            days += [easter(y) - 2 * _ONE for y in range(first_year, last_year + 1)]
        return days

    # -- queries -------------------------------------------------------------------------------

    def non_working_reason(self, d: date) -> str | None:
        """Why ``d`` is not a working day ("Saturday", "Christmas Day", a holiday's name), or None."""
        if d.weekday() == 5:
            return "Saturday"
        if d.weekday() == 6:
            return "Sunday"
        if d.month == 12 and d.day == 25:
            return "Christmas Day"
        if d in self.holidays:
            return self.holidays[d]
        if self.regime is Regime.FOIA and d == easter(d.year) - 2 * _ONE:
            return "Good Friday"
        return None

    def is_working_day(self, d: date) -> bool:
        if self._first <= d <= self._last:
            i = d.toordinal() - self._base
            return self._cum[i] != (self._cum[i - 1] if i else 0)
        return self.non_working_reason(d) is None

    def add_working_days(self, d: date, n: int) -> date:
        """The n-th working day after ``d`` (``d`` itself is never counted): FOIA s.10(1)'s
        "twentieth working day following the date of receipt" is ``add_working_days(receipt, 20)``.
        """
        if n < 1:
            raise ValueError(f"n must be >= 1, got {n}")
        i = d.toordinal() - self._base
        if 0 <= i < len(self._cum):
            k = self._cum[i] + n - 1
            if k < len(self._work):
                return date.fromordinal(self._work[k])
        return self._walk(d, n)

    def _walk(self, d: date, n: int) -> date:
        """Day-by-day fallback outside the index."""
        while n:
            d += _ONE
            if self.is_working_day(d):
                n -= 1
        return d

    def working_days_between(self, a: date, b: date) -> int:
        """Working days in (a, b]; negative (-(count in (b, a])) when b < a; 0 when a == b."""
        if b < a:
            return -self.working_days_between(b, a)
        i, j = a.toordinal() - self._base, b.toordinal() - self._base
        if 0 <= i and j < len(self._cum):
            return self._cum[j] - self._cum[i]
        return sum(1 for i in range(1, (b - a).days + 1) if self.is_working_day(a + i * _ONE))

    def next_working_day_on_or_after(self, d: date) -> date:
        """``d`` if it is a working day, else the next one (the s.45 Code's lenient receipt)."""
        return d if self.is_working_day(d) else self.add_working_days(d, 1)

    def beyond_data(self, d: date) -> bool:
        """True when ``d`` is after the published holiday data (so proclaimed days may be missing)."""
        return self.data_until is not None and d > self.data_until

    def explain(self, start: date, n: int,
                disregard: Sequence[tuple[date, date]] = ()) -> list[CountedDay]:
        """Every day from the day after ``start`` to the n-th working day, numbered or with the
        reason it was skipped: what a user needs to check a deadline by hand. Working days in
        a ``disregard`` period (FOIA s.10(2): fees notice to payment) are skipped too."""
        out: list[CountedDay] = []
        number, d = 0, start
        while number < n:
            d += _ONE
            reason = self.non_working_reason(d)
            if reason is None and any(a <= d <= b for a, b in disregard):
                reason = "disregarded: awaiting the fee (s.10(2))"
            if reason is None:
                number += 1
            out.append(CountedDay(d, number if reason is None else None, reason))
        return out

    def skipped_weekdays(self, start: date, end: date) -> list[tuple[date, str]]:
        """The non-working weekdays in (start, end], with their names (weekends left out)."""
        out: list[tuple[date, str]] = []
        d = start + _ONE
        while d <= end:
            reason = self.non_working_reason(d) if d.weekday() < 5 else None
            if reason:
                out.append((d, reason))
            d += _ONE
        return out

    def differences(self, other: WorkingCalendar, start: date, end: date) -> list[date]:
        """Days in [start, end] that are working days in one calendar and not in the other."""
        out: list[date] = []
        d = start
        while d <= end:
            if self.is_working_day(d) != other.is_working_day(d):
                out.append(d)
            d += _ONE
        return out

    def __repr__(self) -> str:
        return (f"WorkingCalendar({self.regime.value}, {len(self.holidays)} holidays, "
                f"data_until={self.data_until})")


def add_months(d: date, months: int) -> date:
    """The same day ``months`` later, clamped to the month's end (31 Jan + 1 month = 28/29 Feb)."""
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    return date(year, month, min(d.day, _calendar.monthrange(year, month)[1]))


def count_with_pauses(cal: WorkingCalendar, start: date, n: int,
                      pauses: Sequence[tuple[date, date]] = ()) -> date:
    """The n-th working day after ``start``, not counting working days inside any pause.

    s.10(2): the working days from the day the fees notice is given to the day the fee is
    received (both included) "are to be disregarded". A pause after the deadline changes nothing.
    """
    if not pauses:
        return cal.add_working_days(start, n)
    d = start
    for first, last in sorted(pauses):
        if last < d:
            continue
        before = max(cal.working_days_between(d, first - _ONE), 0)  # working days in (d, first)
        if before >= n:
            break
        n -= before
        d = max(d, last)
    return cal.add_working_days(d, n)
