"""Tests for the working-day calendar."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.helpers.effort import UNTIMED

from ekinerja_desktop.domain import WORK_START, DayInfo, DayKind, WorkCalendar

CAL = WorkCalendar()
_dates = st.dates(min_value=date(2024, 1, 1), max_value=date(2027, 12, 31))


def test_work_start_is_seven_wita() -> None:
    assert time(7, 0) == WORK_START


def test_independence_day_is_a_holiday() -> None:
    info = CAL.day_info(date(2025, 8, 17))
    assert info.kind is DayKind.HOLIDAY
    assert "Kemerdekaan" in info.name
    assert not CAL.is_working_day(date(2025, 8, 17))


@pytest.mark.parametrize(
    "day", [date(2025, 1, 1), date(2025, 3, 31), date(2025, 5, 1), date(2025, 12, 25)]
)
def test_national_holidays(day: date) -> None:
    assert CAL.day_info(day).kind is DayKind.HOLIDAY


def test_weekends() -> None:
    saturday, sunday = date(2025, 8, 16), date(2025, 8, 10)
    assert CAL.day_info(saturday) == (DayKind.WEEKEND, "Sabtu")
    assert CAL.day_info(sunday) == (DayKind.WEEKEND, "Minggu")
    assert CAL.day_info(date(2025, 8, 19)) == (DayKind.WORKDAY, "")
    assert CAL.is_working_day(date(2025, 8, 19))


def test_builtin_cuti_bersama() -> None:
    info = CAL.day_info(date(2025, 8, 18))
    assert info.kind is DayKind.CUTI_BERSAMA
    assert "Cuti Bersama" in info.name
    without = WorkCalendar(builtin_cuti_bersama=False)
    assert without.is_working_day(date(2025, 8, 18))
    # National holidays stay even when the builtin cuti bersama list is off.
    assert without.day_info(date(2025, 8, 17)).kind is DayKind.HOLIDAY


def test_configured_cuti_bersama() -> None:
    cal = WorkCalendar(
        cuti_bersama=[date(2025, 8, 19), (date(2025, 8, 20), "Cuti bersama daerah")],
        builtin_cuti_bersama=False,
    )
    assert cal.day_info(date(2025, 8, 19)) == (DayKind.CUTI_BERSAMA, "Cuti bersama")
    assert cal.day_info(date(2025, 8, 20)) == (DayKind.CUTI_BERSAMA, "Cuti bersama daerah")
    assert not cal.is_working_day(date(2025, 8, 20))


def test_extra_holidays_and_workdays() -> None:
    cal = WorkCalendar(
        extra_holidays=[(date(2025, 9, 27), "HUT Kota Palu"), date(2025, 9, 26)],
        extra_workdays=[date(2025, 8, 18), (date(2025, 8, 17), "Upacara")],
    )
    assert cal.day_info(date(2025, 9, 26)) == (DayKind.HOLIDAY, "Libur daerah")
    assert cal.day_info(date(2025, 9, 27)) == (DayKind.HOLIDAY, "HUT Kota Palu")
    # Extra workdays win over cuti bersama and even national holidays.
    assert cal.day_info(date(2025, 8, 18)).kind is DayKind.WORKDAY
    assert cal.day_info(date(2025, 8, 17)) == (DayKind.WORKDAY, "Upacara")


def test_saturday_workday_units() -> None:
    cal = WorkCalendar(saturday_is_workday=True)
    assert cal.is_working_day(date(2025, 8, 16))
    assert not cal.is_working_day(date(2025, 8, 10))  # Sunday
    assert not cal.is_working_day(date(2025, 8, 17))  # holiday on a Sunday
    # Mon 11 - Sun 17 Aug 2025: six working days for a six-day unit.
    assert cal.count_working_days(date(2025, 8, 11), date(2025, 8, 17)) == 6


def test_working_days_of_a_week() -> None:
    days = CAL.working_days(date(2025, 8, 11), date(2025, 8, 19))
    assert days == [
        date(2025, 8, 11),
        date(2025, 8, 12),
        date(2025, 8, 13),
        date(2025, 8, 14),
        date(2025, 8, 15),
        date(2025, 8, 19),
    ]
    assert CAL.count_working_days(date(2025, 8, 11), date(2025, 8, 19)) == 6
    assert CAL.working_days(date(2025, 8, 19), date(2025, 8, 11)) == []


def test_idul_fitri_week_2025_has_no_working_day() -> None:
    # 31 Mar-1 Apr holidays, 2-4 and 7 Apr cuti bersama.
    assert CAL.count_working_days(date(2025, 3, 31), date(2025, 4, 4)) == 0
    assert CAL.next_working_day(date(2025, 3, 28)) == date(2025, 4, 8)


def test_next_working_day_skips_weekend_holiday_and_cuti_bersama() -> None:
    assert CAL.next_working_day(date(2025, 8, 15)) == date(2025, 8, 19)
    assert CAL.next_working_day(date(2025, 8, 19)) == date(2025, 8, 20)


def test_add_working_days() -> None:
    assert CAL.add_working_days(date(2025, 8, 15), 2) == date(2025, 8, 20)
    assert CAL.add_working_days(date(2025, 8, 19), -1) == date(2025, 8, 15)
    assert CAL.add_working_days(date(2025, 8, 17), 0) == date(2025, 8, 17)


def test_years_are_loaded_lazily_and_independently() -> None:
    cal = WorkCalendar()
    assert cal.day_info(date(2026, 8, 17)).kind is DayKind.HOLIDAY
    assert cal.day_info(date(2024, 8, 17)).kind is DayKind.HOLIDAY
    # A range across the year boundary uses both years' tables.
    days = cal.working_days(date(2025, 12, 30), date(2026, 1, 1))
    assert days == [date(2025, 12, 30), date(2025, 12, 31)]


@UNTIMED
@given(_dates, st.integers(min_value=0, max_value=60))
def test_count_matches_day_by_day(start: date, span: int) -> None:
    end = start + timedelta(days=span)
    expected = sum(CAL.is_working_day(start + timedelta(days=i)) for i in range(span + 1))
    assert CAL.count_working_days(start, end) == expected


@UNTIMED
@given(_dates, st.integers(0, 40), st.integers(0, 40))
def test_count_is_additive(start: date, first: int, second: int) -> None:
    middle = start + timedelta(days=first)
    end = middle + timedelta(days=second + 1)
    whole = CAL.count_working_days(start, end)
    assert whole == CAL.count_working_days(start, middle) + CAL.count_working_days(
        middle + timedelta(days=1), end
    )


@UNTIMED
@given(_dates, st.integers(min_value=1, max_value=30), st.booleans())
def test_add_working_days_lands_on_nth_working_day(day: date, n: int, saturday: bool) -> None:
    cal = WorkCalendar(saturday_is_workday=saturday)
    later = cal.add_working_days(day, n)
    assert cal.is_working_day(later)
    assert cal.count_working_days(day + timedelta(days=1), later) == n
    earlier = cal.add_working_days(day, -n)
    assert cal.is_working_day(earlier)
    assert cal.count_working_days(earlier, day - timedelta(days=1)) == n


@pytest.mark.parametrize("cuti_bersama", [True, False])
def test_the_generated_national_table_is_what_the_holidays_package_says(cuti_bersama):
    """domain.national_days spares every calendar the import of ``holidays`` (all its
    countries, ~0.35 s of CPU). When this fails the installed package knows better:
    run ``.venv/bin/python scripts/national_days.py``."""
    import holidays

    from ekinerja_desktop.domain import national_days

    for year in national_days.DAYS:
        ours = WorkCalendar(builtin_cuti_bersama=cuti_bersama)._national_year(year)
        theirs: dict[date, DayInfo] = {}
        if cuti_bersama:
            for day, name in holidays.country_holidays(
                "ID", years=year, language="id", categories=("government",)
            ).items():
                theirs[day] = DayInfo(DayKind.CUTI_BERSAMA, name)
        for day, name in holidays.country_holidays("ID", years=year, language="id").items():
            theirs[day] = DayInfo(DayKind.HOLIDAY, name)
        assert ours == theirs, f"{year}: regenerate with scripts/national_days.py"


def test_a_year_outside_the_table_still_comes_from_the_package():
    from ekinerja_desktop.domain import national_days

    year = max(national_days.DAYS) + 1
    assert WorkCalendar().day_info(date(year, 8, 17)).kind is DayKind.HOLIDAY


@pytest.mark.parametrize("saturday", [False, True])
def test_is_working_day_agrees_with_day_info(saturday: bool) -> None:
    # is_working_day skips the names (a weekend's name is a babel look-up) and must keep
    # day_info's precedence: workday > holiday > cuti bersama > national > weekend.
    first = date(2025, 1, 1)
    cal = WorkCalendar(
        saturday_is_workday=saturday,
        cuti_bersama=[(date(2025, 3, 31), "Cuti"), (date(2025, 5, 3), "Cuti Sabtu")],
        extra_holidays=[(date(2025, 6, 10), "Libur daerah"), (date(2025, 8, 17), "Dobel")],
        extra_workdays=[(date(2025, 8, 17), "Upacara"), (date(2025, 6, 14), "Sabtu kerja")],
    )
    for i in range(800):
        day = first + timedelta(days=i)
        assert cal.is_working_day(day) == (cal.day_info(day).kind is DayKind.WORKDAY), day
