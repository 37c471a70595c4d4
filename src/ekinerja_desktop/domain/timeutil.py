"""Time helpers: everything is stored in UTC and shown in WITA (UTC+8, no DST)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

WITA = timezone(timedelta(hours=8), "WITA")


def now_utc() -> datetime:
    """Naive UTC timestamp, the form stored in the database (portable SQLite/PostgreSQL)."""
    return datetime.now(UTC).replace(tzinfo=None)


def to_wita(moment: datetime) -> datetime:
    """Convert a stored naive-UTC (or aware) timestamp to WITA."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(WITA)


def today_wita() -> date:
    return datetime.now(WITA).date()


def add_months(start: date, months: int) -> date:
    """``start`` plus ``months`` calendar months (negative: back), clamped to the month's
    last day (31 August + 6 months = 28/29 February)."""
    month0 = start.month - 1 + months
    year, month = start.year + month0 // 12, month0 % 12 + 1
    for day in (start.day, 30, 29, 28):
        try:
            return date(year, month, day)
        except ValueError:
            continue
    raise AssertionError("unreachable")
