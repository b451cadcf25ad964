"""UK-local dates: FOIA's "date of receipt" is a calendar date in the UK, whatever the UTC hour."""

from __future__ import annotations

from datetime import UTC, datetime

from foibot.clock import uk_local_date as uk_date  # noqa: F401  (one definition, in the core)


def aware(moment: datetime | None) -> datetime | None:
    """SQLite hands back naive datetimes; everything foibot stores is UTC."""
    if moment is not None and moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment
