"""Periodic targets (target triwulan) and the realisasi helpers (domain.targets)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from ekinerja_desktop.domain import targets as t
from ekinerja_desktop.domain.periods import parse_period

FULL = (date(2026, 1, 1), date(2026, 12, 31))


def spec(aspect="Kuantitas", value="12", unit="Dokumen", span=FULL, quarters=()):
    return t.TargetSpec(aspect, value, unit, span[0], span[1], tuple(quarters))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("12", ("3", "3", "3", "3")),
        ("10", ("2", "2", "3", "3")),  # remainder to the later quarters
        ("1", ("0", "0", "0", "1")),
        ("2,5", ("0,63", "0,63", "0,63", "0,61")),
    ],
)
def test_default_quarters_spread_cumulative_targets(value, expected):
    assert t.default_quarter_targets(spec(value=value)) == expected
    total = sum((t.parse_number(q) or Decimal(0)) for q in expected)
    assert total == t.parse_number(value)


def test_default_quarters_follow_a_mid_year_skp_period():
    mid = (date(2026, 8, 15), date(2026, 12, 31))  # Aug-Dec: 2 months in Q3, 3 in Q4
    assert t.months_per_quarter(*mid, 2026) == (0, 0, 2, 3)
    assert t.default_quarter_targets(spec(value="10", span=mid)) == ("", "", "4", "6")
    assert t.default_quarter_targets(spec("Kualitas", "100", "%", mid)) == ("", "", "100", "100")


def test_level_targets_repeat_and_time_in_months_is_cumulative():
    assert t.default_quarter_targets(spec("Kualitas", "98", "%")) == ("98",) * 4
    assert t.default_quarter_targets(spec("Waktu", "3", "Hari")) == ("3",) * 4
    assert t.default_quarter_targets(spec("Waktu", "12", "Bulan")) == ("3",) * 4
    assert t.default_quarter_targets(spec("Biaya", "100", "%")) == ("100",) * 4
    assert t.default_quarter_targets(spec("Biaya", "400", "Juta Rupiah")) == ("100",) * 4


def test_period_target_per_scheme():
    s = spec(value="12", quarters=("2", "4", "3", "3"))
    assert t.period_target(s, parse_period("2026-Q2")) == Decimal(4)
    assert t.period_target(s, parse_period("2026-S1")) == Decimal(6)
    assert t.period_target(s, parse_period("2026-M05")) == Decimal(4) / 3
    assert t.period_target(s, parse_period("2026-AKHIR")) == Decimal(12)
    level = spec("Kualitas", "98", "%")
    assert t.period_target(level, parse_period("2026-S2")) == Decimal(98)
    assert t.period_target(level, parse_period("2026-M01")) == Decimal(98)
    mid = spec(value="10", span=(date(2026, 8, 15), date(2026, 12, 31)))
    assert t.period_target(mid, parse_period("2026-Q1")) is None
    assert t.period_target(mid, parse_period("2026-M07")) is None
    assert t.period_target(mid, parse_period("2026-M08")) == Decimal(2)
    assert t.period_target(spec(value=""), parse_period("2026-Q1")) is None


def test_check_quarter_targets():
    assert t.check_quarter_targets(spec(quarters=("3", "3", "3", "3"))) == ("", {})
    assert t.check_quarter_targets(spec(quarters=("3", "3", "3", "2"))) == (
        "sum",
        {"total": "11", "annual": "12"},
    )
    assert t.check_quarter_targets(spec(quarters=("3", "x", "3", "3")))[0] == "number"
    mid = (date(2026, 8, 15), date(2026, 12, 31))
    assert t.check_quarter_targets(spec(span=mid, quarters=("1", "", "5", "6")))[0] == "outside"
    # Level targets need not add up.
    assert t.check_quarter_targets(spec("Kualitas", "98", "%", quarters=("90",) * 4)) == ("", {})


def test_units_realisasi_and_capaian():
    assert t.units_match(" dokumen ", "Dokumen")
    assert not t.units_match("Laporan", "Dokumen")
    assert not t.units_match("", "")
    assert t.realisasi_number("5,5 Dokumen", "Dokumen") == Decimal("5.5")
    assert t.realisasi_number("5", "Dokumen") == Decimal(5)
    assert t.realisasi_number("5 Laporan", "Dokumen") is None
    assert t.realisasi_number("sesuai target", "Dokumen") is None
    assert t.capaian_percent(Decimal("5.5"), Decimal(3)) == Decimal("183.33")
    assert t.capaian_percent(Decimal(1), Decimal(0)) is None
    assert t.format_quantity(Decimal("1.333")) == "1,33"
    assert t.format_quantity(Decimal("12.00")) == "12"
    assert t.quarter_targets(spec(quarters=("", "", "", ""))) == ("3",) * 4
    assert t.parse_quarter_targets("1;2;3;6") == ("1", "2", "3", "6")
    assert t.parse_quarter_targets("1;2") == ("", "", "", "")
    assert t.format_quarter_targets(("", "", "", "")) == ""


# --- an SKP cut short by a later SKP period (mutasi/promosi) ---------------------------
def test_served_target_cuts_the_planned_spread_to_the_months_served():
    """12 reports a year, planned Jan-Dec (3 a quarter); a promotion on 1 August ends the
    SKP on 31 July: Triwulan III asks for July's share (1), Akhir for Jan-Jul (7)."""
    year = 2026
    annual = spec("Kuantitas", "12", "Laporan")
    served = (date(year, 1, 1), date(year, 7, 31))
    assert t.served_target(annual, parse_period(f"{year}-Q3"), served) == Decimal("1")
    assert t.served_target(annual, parse_period(f"{year}-Q2"), served) == Decimal("3")
    assert t.served_target(annual, parse_period(f"{year}-Q4"), served) is None
    assert t.served_target(annual, parse_period(f"{year}-AKHIR"), served) == Decimal("7")
    # a mid-month change: July belongs to the new SKP, so the old one served June last
    mid = (date(year, 1, 1), date(year, 7, 15))
    assert t.served_target(annual, parse_period(f"{year}-Q3"), mid) is None
    assert t.served_target(annual, parse_period(f"{year}-AKHIR"), mid) == Decimal("6")
    # entered quarterly targets are cut the same way: 10 in Q3 -> July is a third
    uneven = spec("Kuantitas", "22", "Laporan", quarters=("2", "4", "10", "6"))
    assert t.served_target(uneven, parse_period(f"{year}-Q3"), served) == Decimal("3.33")
    # a level target (Kualitas 90 %) holds in the months served
    level = spec("Kualitas", "90", "%")
    assert t.served_target(level, parse_period(f"{year}-Q3"), served) == Decimal("90")
    # the whole period served: the same as the planned target
    whole = (date(year, 1, 1), date(year, 12, 31))
    for code in ("Q1", "Q3", "AKHIR"):
        period = parse_period(f"{year}-{code}")
        assert t.served_target(annual, period, whole) == t.period_target(annual, period)
