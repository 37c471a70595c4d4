"""Tests for the angka kredit computation and its configurable table."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.helpers.effort import UNTIMED

from ekinerja_desktop.domain import (
    DEFAULT_ANGKA_KREDIT_TABLE,
    AngkaKreditTable,
    JabatanKind,
    JabatanLevel,
    Predikat,
    angka_kredit,
    levels_for,
)

FUNGSIONAL = levels_for(JabatanKind.FUNGSIONAL)


def test_documented_example() -> None:
    assert angka_kredit(Predikat.SANGAT_BAIK, JabatanLevel.AHLI_PERTAMA) == Decimal("18.75")
    assert angka_kredit("Sangat Baik", "Ahli Pertama", 12) == Decimal("18.750")


@pytest.mark.parametrize(
    ("pred", "level", "months", "expected"),
    [
        ("Baik", "Ahli Pertama", 12, "12.5"),
        ("Baik", "Ahli Madya", 12, "37.5"),
        ("Butuh Perbaikan", "Ahli Madya", 12, "28.125"),
        ("Kurang", "Ahli Madya", 12, "18.75"),
        ("Sangat Kurang", "Ahli Pertama", 12, "3.125"),
        ("Sangat Baik", "Ahli Madya", 6, "28.125"),
        ("Baik", "Ahli Muda", 12, "25"),
        ("Baik", "Ahli Utama", 3, "12.5"),
        ("Sangat Baik", "Pemula", 12, "5.625"),
        ("Baik", "Terampil", 12, "5"),
        ("Baik", "Mahir", 12, "12.5"),
        ("Baik", "Penyelia", 12, "25"),
        # 0.5 x 3.75 / 12 = 0.15625 -> 3 decimals
        ("Kurang", "Pemula", 1, "0.156"),
        # 1.5 x 12.5 x 7 / 12 = 10.9375 -> half up
        ("Sangat Baik", "Ahli Pertama", 7, "10.938"),
    ],
)
def test_examples(pred: str, level: str, months: int, expected: str) -> None:
    assert angka_kredit(pred, level, months) == Decimal(expected)


def test_result_has_three_decimals_rounded_half_up() -> None:
    table = replace(
        DEFAULT_ANGKA_KREDIT_TABLE,
        coefficients={JabatanLevel.AHLI_PERTAMA: Decimal("0.0105")},
    )
    # Half even would give 0.010.
    result = angka_kredit("Baik", "Ahli Pertama", table=table)
    assert result == Decimal("0.011")
    assert result.as_tuple().exponent == -3


@pytest.mark.parametrize("level", ["Pelaksana", "Pengawas", "JPT Pratama", JabatanLevel.JPT_MADYA])
def test_non_fungsional_level_is_rejected(level: str | JabatanLevel) -> None:
    with pytest.raises(ValueError, match="hanya untuk Jabatan Fungsional"):
        angka_kredit("Baik", level)


@pytest.mark.parametrize("months", [0, 13, -1, True])
def test_months_outside_range_is_rejected(months: int) -> None:
    with pytest.raises(ValueError, match="1-12"):
        angka_kredit("Baik", "Ahli Muda", months)


def test_unknown_level_and_predikat() -> None:
    with pytest.raises(ValueError, match="Jenjang jabatan tidak dikenal"):
        angka_kredit("Baik", "Ahli Super")
    with pytest.raises(ValueError, match="Predikat kinerja tidak dikenal"):
        angka_kredit("Istimewa", "Ahli Muda")


def test_table_can_be_overridden() -> None:
    table = AngkaKreditTable(
        percentages={Predikat.BAIK: Decimal(100)},
        coefficients={JabatanLevel.AHLI_MUDA: Decimal(30)},
    )
    assert angka_kredit("Baik", "Ahli Muda", table=table) == Decimal(30)
    with pytest.raises(ValueError, match="Koefisien angka kredit untuk jenjang Ahli Madya"):
        angka_kredit("Baik", "Ahli Madya", table=table)
    with pytest.raises(ValueError, match="Persentase angka kredit untuk predikat Sangat Baik"):
        angka_kredit("Sangat Baik", "Ahli Muda", table=table)


def test_unverified_values_are_flagged_as_data() -> None:
    assert DEFAULT_ANGKA_KREDIT_TABLE.unverified == {
        JabatanLevel.AHLI_MUDA,
        JabatanLevel.AHLI_UTAMA,
        JabatanLevel.PEMULA,
        JabatanLevel.TERAMPIL,
        JabatanLevel.MAHIR,
        JabatanLevel.PENYELIA,
    }
    assert set(DEFAULT_ANGKA_KREDIT_TABLE.coefficients) == set(FUNGSIONAL)
    assert set(DEFAULT_ANGKA_KREDIT_TABLE.percentages) == set(Predikat)


@UNTIMED
@given(st.sampled_from(list(Predikat)), st.sampled_from(FUNGSIONAL), st.integers(1, 12))
def test_proportional_to_months(pred: Predikat, level: JabatanLevel, months: int) -> None:
    table = DEFAULT_ANGKA_KREDIT_TABLE
    exact = table.percentages[pred] / 100 * table.coefficients[level] * months / 12
    partial = angka_kredit(pred, level, months)
    assert abs(partial - exact) <= Decimal("0.0005")
    assert partial <= angka_kredit(pred, level, 12)


@UNTIMED
@given(st.sampled_from(FUNGSIONAL), st.integers(1, 12))
def test_better_predikat_never_earns_less(level: JabatanLevel, months: int) -> None:
    # Predikat is declared best to worst.
    values = [angka_kredit(p, level, months) for p in Predikat]
    assert values == sorted(values, reverse=True)
