"""UK-local dates: FOIA's "date of receipt" is a calendar date in the UK, whatever the UTC hour."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

LONDON = ZoneInfo("Europe/London")


def uk_date(moment: datetime | date) -> date:
    if isinstance(moment, datetime):
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        return moment.astimezone(LONDON).date()
    return moment


def aware(moment: datetime | None) -> datetime | None:
    """SQLite hands back naive datetimes; everything foibot stores is UTC."""
    if moment is not None and moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment
