"""Tests for evaluation periods and the SKP period."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.helpers.effort import UNTIMED

from ekinerja_desktop.domain import (
    PeriodScheme,
    final_period,
    parse_period,
    period_containing,
    periods_for_year,
    skp_period,
)


def test_monthly_periods() -> None:
    periods = periods_for_year(2026, PeriodScheme.BULANAN)
    assert len(periods) == 13
    assert [p.code for p in periods[:3]] == ["2026-M01", "2026-M02", "2026-M03"]
    assert [p.label for p in periods[:12]] == [
        "Januari", "Februari", "Maret", "April", "Mei", "Juni",
        "Juli", "Agustus", "September", "Oktober", "November", "Desember",
    ]  # fmt: skip
    assert periods[1].end == date(2026, 2, 28)
    assert periods_for_year(2028, "bulanan")[1].end == date(2028, 2, 29)


def test_quarterly_periods() -> None:
    periods = periods_for_year(2026, "triwulan")
    assert [(p.code, p.label, p.start, p.end) for p in periods] == [
        ("2026-Q1", "Triwulan I", date(2026, 1, 1), date(2026, 3, 31)),
        ("2026-Q2", "Triwulan II", date(2026, 4, 1), date(2026, 6, 30)),
        ("2026-Q3", "Triwulan III", date(2026, 7, 1), date(2026, 9, 30)),
        ("2026-Q4", "Triwulan IV", date(2026, 10, 1), date(2026, 12, 31)),
        ("2026-AKHIR", "Akhir", date(2026, 1, 1), date(2026, 12, 31)),
    ]
    assert [p.is_final for p in periods] == [False, False, False, False, True]


def test_semester_periods() -> None:
    periods = periods_for_year(2026, PeriodScheme.SEMESTER)
    assert [(p.code, p.label, p.start, p.end) for p in periods] == [
        ("2026-S1", "Semester I", date(2026, 1, 1), date(2026, 6, 30)),
        ("2026-S2", "Semester II", date(2026, 7, 1), date(2026, 12, 31)),
        ("2026-AKHIR", "Akhir", date(2026, 1, 1), date(2026, 12, 31)),
    ]


def test_final_period() -> None:
    final = final_period(2025)
    assert final.code == "2025-AKHIR"
    assert final.scheme is None
    assert final.is_final
    assert final.contains(date(2025, 6, 1))
    assert not final.contains(date(2026, 1, 1))


def test_unknown_scheme() -> None:
    with pytest.raises(ValueError, match="Skema periode tidak dikenal"):
        periods_for_year(2026, "mingguan")


@pytest.mark.parametrize("scheme", list(PeriodScheme))
def test_parse_round_trip(scheme: PeriodScheme) -> None:
    for period in periods_for_year(2026, scheme):
        assert parse_period(period.code) == period
        assert parse_period(period.code.lower()) == period


def test_parse_normalises_month_code() -> None:
    assert parse_period(" 2026-m3 ").code == "2026-M03"


@pytest.mark.parametrize("bad", ["2026-Q5", "2026-Q0", "2026-M13", "2026-S3"])
def test_parse_out_of_range_index(bad: str) -> None:
    with pytest.raises(ValueError, match="Nomor periode"):
        parse_period(bad)


@pytest.mark.parametrize("bad", ["2026-X1", "Q1-2026", "", "2026", "2026-AKHIR-1"])
def test_parse_unknown_code(bad: str) -> None:
    with pytest.raises(ValueError, match="Kode periode tidak dikenal"):
        parse_period(bad)


def test_period_containing() -> None:
    assert period_containing(date(2026, 5, 20), "triwulan").code == "2026-Q2"
    assert period_containing(date(2026, 7, 1), "semester").code == "2026-S2"
    assert period_containing(date(2026, 12, 31), "bulanan").code == "2026-M12"


@UNTIMED
@given(st.integers(min_value=2000, max_value=2100), st.sampled_from(list(PeriodScheme)))
def test_periodic_periods_tile_the_year(year: int, scheme: PeriodScheme) -> None:
    periods = periods_for_year(year, scheme)
    periodic, final = periods[:-1], periods[-1]
    assert final.is_final
    assert periodic[0].start == date(year, 1, 1)
    assert periodic[-1].end == date(year, 12, 31)
    for before, after in pairwise(periodic):
        assert after.start == before.end + timedelta(days=1)
    assert [p.index for p in periodic] == list(range(1, len(periodic) + 1))


@UNTIMED
@given(
    st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31)),
    st.sampled_from(list(PeriodScheme)),
)
def test_period_containing_contains(d: date, scheme: PeriodScheme) -> None:
    period = period_containing(d, scheme)
    assert period.contains(d)
    assert period.scheme is scheme
    assert not period.is_final


def test_skp_period_full_year() -> None:
    period = skp_period(2026)
    assert (period.start, period.end) == (date(2026, 1, 1), date(2026, 12, 31))
    assert period.is_full_year
    assert period.label == "1 Januari s.d. 31 Desember 2026"


def test_skp_period_mid_year_start_and_transfer() -> None:
    started = skp_period(2026, start=date(2026, 3, 15))
    assert not started.is_full_year
    assert started.label == "15 Maret s.d. 31 Desember 2026"
    moved = skp_period(2026, end=date(2026, 6, 30))
    assert moved.label == "1 Januari s.d. 30 Juni 2026"
    assert moved.contains(date(2026, 6, 30))
    assert not moved.contains(date(2026, 7, 1))


def test_skp_period_errors() -> None:
    with pytest.raises(ValueError, match="harus berada di tahun 2026"):
        skp_period(2026, start=date(2025, 12, 1))
    with pytest.raises(ValueError, match="tidak boleh sesudah"):
        skp_period(2026, start=date(2026, 7, 1), end=date(2026, 6, 30))
