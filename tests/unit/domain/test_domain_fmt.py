"""Tests for Indonesian/English display formatting."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.helpers.effort import UNTIMED

from ekinerja_desktop.domain import (
    format_date,
    format_datetime_wita,
    format_money,
    format_number,
    format_percent,
    month_name,
    person_display_name,
    weekday_name,
)

INDEPENDENCE = date(2025, 8, 17)


def test_format_date() -> None:
    assert format_date(INDEPENDENCE) == "17 Agustus 2025"
    assert format_date(INDEPENDENCE, "en") == "August 17, 2025"
    assert format_date(INDEPENDENCE, style="full") == "Minggu, 17 Agustus 2025"
    assert format_date(date(2026, 1, 5), style="short") == "5/1/26"
    assert format_date(date(2026, 1, 5), style="medium") == "5 Jan 2026"


def test_format_date_rejects_unknown_style() -> None:
    with pytest.raises(ValueError, match="Gaya tanggal tidak dikenal"):
        format_date(INDEPENDENCE, style="iso")


def test_format_datetime_wita_converts_from_utc() -> None:
    assert format_datetime_wita(datetime(2025, 8, 17, 6, 30)) == "17 Agustus 2025 14.30 WITA"
    # 20:00 UTC is already the next day in Palu.
    assert format_datetime_wita(datetime(2025, 8, 16, 20, 0)) == "17 Agustus 2025 04.00 WITA"
    assert format_datetime_wita(datetime(2025, 8, 17, 6, 30), "en").endswith("WITA")
    assert format_datetime_wita(datetime(2025, 8, 17, 6, 30), "en").startswith("August 17, 2025")


def test_format_number() -> None:
    assert format_number(1234567.891) == "1.234.567,891"
    assert format_number(Decimal("1234567.891"), "en") == "1,234,567.891"
    assert format_number(1234567) == "1.234.567"
    assert format_number(2.5, decimals=2) == "2,50"
    assert format_number(Decimal("2.675"), decimals=2) == "2,68"
    assert format_number(2.5, decimals=0) == "3"  # half up, not half even
    assert format_number(-1234.5, decimals=1) == "-1.234,5"
    with pytest.raises(ValueError, match="desimal"):
        format_number(1, decimals=-1)


def test_format_amount_and_hours_drop_trailing_zeros_with_a_decimal_comma() -> None:
    from ekinerja_desktop.domain.fmt import format_amount, format_hours

    assert format_amount(2.0) == "2"
    assert format_amount(1.5) == "1,5"
    assert format_amount(1234.255) == "1.234,26"  # half up
    assert format_amount(Decimal("2.50"), "en") == "2.5"
    assert format_hours(120) == "2"
    assert format_hours(90) == "1,5"
    assert format_hours(125) == "2,1"
    assert format_hours(75) == "1,3"  # 1.25 rounds half up


def test_format_percent() -> None:
    assert format_percent(0.75) == "75,0%"
    assert format_percent(Decimal("0.1")) == "10,0%"
    assert format_percent(1) == "100,0%"
    assert format_percent(0.123456, decimals=2) == "12,35%"
    assert format_percent(0.75, "en") == "75.0%"


def test_format_money() -> None:
    assert format_money(1234567) == "Rp1.234.567"
    assert format_money(Decimal("1234567.50")) == "Rp1.234.568"
    assert format_money(0) == "Rp0"
    assert format_money(1234567, "en") == "IDR1,234,567"


def test_month_and_weekday_names() -> None:
    assert [month_name(m) for m in (1, 5, 8, 12)] == ["Januari", "Mei", "Agustus", "Desember"]
    assert month_name(8, "en") == "August"
    assert weekday_name(INDEPENDENCE) == "Minggu"
    assert weekday_name(date(2025, 8, 18)) == "Senin"
    assert weekday_name(date(2025, 8, 22)) == "Jumat"
    assert weekday_name(INDEPENDENCE, "en") == "Sunday"
    with pytest.raises(ValueError, match="Bulan harus 1-12"):
        month_name(13)


@pytest.mark.parametrize(
    ("front", "name", "back", "expected"),
    [
        ("Dr.", "Andi Wijaya", "S.Kom., M.T.", "Dr. Andi Wijaya, S.Kom., M.T."),
        (None, "Andi Wijaya", "S.Kom.", "Andi Wijaya, S.Kom."),
        ("Ir.", "Andi Wijaya", None, "Ir. Andi Wijaya"),
        ("", "  Andi   Wijaya ", "", "Andi Wijaya"),
        ("  Dr. ", "Siti", " , S.H. ", "Dr. Siti, S.H."),
        (None, "Siti", None, "Siti"),
    ],
)
def test_person_display_name(front: str | None, name: str, back: str | None, expected: str) -> None:
    assert person_display_name(front, name, back) == expected


@UNTIMED
@given(st.integers(min_value=-(10**12), max_value=10**12))
def test_integer_formatting_round_trips(n: int) -> None:
    text = format_number(n)
    assert int(text.replace(".", "")) == n
    money = format_money(n)
    assert int(money.replace("Rp", "").replace(".", "")) == n


@UNTIMED
@given(
    st.decimals(min_value=-(10**12), max_value=10**12, allow_nan=False, places=4)
    | st.floats(min_value=-1e12, max_value=1e12, allow_nan=False),
    st.integers(min_value=0, max_value=3),
    st.sampled_from(["id", "en"]),
    st.booleans(),
)
def test_plain_number_formatting_is_what_babel_prints(value, digits, lang, fixed):
    """format_number's fast path for id/en must print exactly babel's CLDR output."""
    from decimal import ROUND_HALF_UP

    from babel.numbers import format_decimal

    fraction = "0" if fixed else "#"
    pattern = "#,##0" + ("." + fraction * digits if digits else "")
    rounded = Decimal(str(value)).quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP)
    expected = format_decimal(rounded, format=pattern, locale=lang)
    if fixed:
        assert format_number(value, lang, decimals=digits) == expected
    else:
        assert format_number(value, lang, max_decimals=digits) == expected


@UNTIMED
@given(
    st.decimals(min_value=-(10**14), max_value=10**14, allow_nan=False, places=5)
    | st.floats(min_value=-1e14, max_value=1e14, allow_nan=False)
    | st.integers(min_value=-(10**14), max_value=10**14),
    st.sampled_from(["id", "en"]),
)
def test_default_number_formatting_is_what_babel_prints(value, lang):
    """format_number without decimals skips babel for id/en: the same text as babel's
    locale pattern ("#,##0.###", half even)."""
    from babel.numbers import format_decimal

    expected = format_decimal(Decimal(str(value)), locale=lang)
    assert format_number(value, lang) == expected


def test_indonesian_long_dates_are_what_babel_prints():
    from datetime import timedelta

    from babel.dates import format_date as babel_date

    day = date(2024, 1, 1)
    for i in range(0, 800, 7):
        d = day + timedelta(days=i)
        assert format_date(d, "id") == babel_date(d, "long", locale="id")


def test_indonesian_full_dates_are_what_babel_prints():
    from datetime import timedelta

    from babel.dates import format_date as babel_date

    day = date(2024, 1, 1)
    for i in range(0, 800, 3):
        d = day + timedelta(days=i)
        assert format_date(d, "id", "full") == babel_date(d, "full", locale="id")
