"""Working-day calendar: weekends, national holidays, cuti bersama and local overrides."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date, time, timedelta
from typing import NamedTuple

from ekinerja_desktop.domain import national_days
from ekinerja_desktop.domain.fmt import weekday_name
from ekinerja_desktop.domain.parsing import LabelledEnum

# Kota Palu offices start at 07:00 WITA (UTC+8).
WORK_START = time(7, 0)

DEFAULT_EXTRA_HOLIDAY_NAME = "Libur daerah"
DEFAULT_CUTI_BERSAMA_NAME = "Cuti bersama"
DEFAULT_EXTRA_WORKDAY_NAME = "Hari kerja pengganti"
_SATURDAY, _SUNDAY = 5, 6

DayEntry = date | tuple[date, str]


class DayKind(LabelledEnum, what="Jenis hari"):
    WORKDAY = "workday", "Hari kerja"
    WEEKEND = "weekend", "Akhir pekan"
    HOLIDAY = "holiday", "Hari libur nasional"
    CUTI_BERSAMA = "cuti_bersama", "Cuti bersama"


class DayInfo(NamedTuple):
    kind: DayKind
    name: str


def _entries(items: Iterable[DayEntry], default_name: str) -> dict[date, str]:
    result: dict[date, str] = {}
    for item in items:
        if isinstance(item, tuple):
            day, name = item
            result[day] = name or default_name
        else:
            result[item] = default_name
    return result


class WorkCalendar:
    """Which days are working days for a unit.

    Precedence, strongest first: `extra_workdays` (e.g. a cancelled cuti bersama or a
    make-up Saturday), `extra_holidays` (regional), configured `cuti_bersama`, national
    public holidays from the `holidays` package, the package's cuti bersama list (when
    `builtin_cuti_bersama`), then the weekend (Saturday is a workday for 6-day units).
    """

    def __init__(
        self,
        saturday_is_workday: bool = False,
        cuti_bersama: Iterable[DayEntry] = (),
        extra_holidays: Iterable[DayEntry] = (),
        extra_workdays: Iterable[DayEntry] = (),
        *,
        builtin_cuti_bersama: bool = True,
    ) -> None:
        self.saturday_is_workday = saturday_is_workday
        self.builtin_cuti_bersama = builtin_cuti_bersama
        self._cuti_bersama = _entries(cuti_bersama, DEFAULT_CUTI_BERSAMA_NAME)
        self._extra_holidays = _entries(extra_holidays, DEFAULT_EXTRA_HOLIDAY_NAME)
        self._extra_workdays = _entries(extra_workdays, DEFAULT_EXTRA_WORKDAY_NAME)
        # Built lazily per year: most sessions touch one or two years only.
        self._national: dict[int, dict[date, DayInfo]] = {}

    def _national_year(self, year: int) -> dict[date, DayInfo]:
        cached = self._national.get(year)
        if cached is not None:
            return cached
        table: dict[date, DayInfo] = {}
        known = national_days.DAYS.get(year)
        if known is not None:  # the package's own figures, without importing it
            for iso, kind, name in known:
                if kind == "h":
                    table[date.fromisoformat(iso)] = DayInfo(DayKind.HOLIDAY, name)
                elif self.builtin_cuti_bersama:
                    table[date.fromisoformat(iso)] = DayInfo(DayKind.CUTI_BERSAMA, name)
            self._national[year] = table
            return table
        import holidays  # a year outside the table: loads every country (~0.35 s)

        if self.builtin_cuti_bersama:
            government = holidays.country_holidays(
                "ID", years=year, language="id", categories=("government",)
            )
            for day, name in government.items():
                table[day] = DayInfo(DayKind.CUTI_BERSAMA, name)
        public = holidays.country_holidays("ID", years=year, language="id")
        for day, name in public.items():
            table[day] = DayInfo(DayKind.HOLIDAY, name)
        self._national[year] = table
        return table

    def day_info(self, d: date) -> DayInfo:
        """Kind of the day and its name (holiday name, weekday name, or "" for workdays)."""
        if d in self._extra_workdays:
            return DayInfo(DayKind.WORKDAY, self._extra_workdays[d])
        if d in self._extra_holidays:
            return DayInfo(DayKind.HOLIDAY, self._extra_holidays[d])
        if d in self._cuti_bersama:
            return DayInfo(DayKind.CUTI_BERSAMA, self._cuti_bersama[d])
        national = self._national_year(d.year).get(d)
        if national is not None:
            return national
        weekday = d.weekday()
        if weekday == _SUNDAY or (weekday == _SATURDAY and not self.saturday_is_workday):
            return DayInfo(DayKind.WEEKEND, weekday_name(d))
        return DayInfo(DayKind.WORKDAY, "")

    def is_working_day(self, d: date) -> bool:
        # day_info's order without its names (a weekend's name is a babel look-up).
        if d in self._extra_workdays:
            return True
        if d in self._extra_holidays or d in self._cuti_bersama:
            return False
        national = self._national_year(d.year).get(d)
        if national is not None:
            return national.kind is DayKind.WORKDAY
        weekday = d.weekday()
        return not (weekday == _SUNDAY or (weekday == _SATURDAY and not self.saturday_is_workday))

    def _days(self, start: date, end: date) -> Iterator[date]:
        day = start
        while day <= end:
            yield day
            day += timedelta(days=1)

    def working_days(self, start: date, end: date) -> list[date]:
        """Working days from `start` to `end`, both inclusive (empty when end < start)."""
        return [d for d in self._days(start, end) if self.is_working_day(d)]

    def count_working_days(self, start: date, end: date) -> int:
        return len(self.working_days(start, end))

    def next_working_day(self, d: date) -> date:
        """First working day strictly after `d`."""
        return self.add_working_days(d, 1)

    def add_working_days(self, d: date, n: int) -> date:
        """The n-th working day after `d` (before it when n < 0); `d` itself is not counted.

        n == 0 returns `d` unchanged, even when it is not a working day.
        """
        step = timedelta(days=1 if n >= 0 else -1)
        remaining = abs(n)
        day = d
        while remaining:
            day += step
            if self.is_working_day(day):
                remaining -= 1
        return day
