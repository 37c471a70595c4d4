"""Indonesian/English display formatting of dates, numbers, money and names (CLDR via babel)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal
from functools import lru_cache

from babel.dates import format_date as _babel_format_date
from babel.dates import format_time as _babel_format_time
from babel.dates import get_day_names, get_month_names
from babel.numbers import format_currency, format_decimal

from ekinerja_desktop.domain.timeutil import to_wita

Number = int | float | Decimal

_DATE_STYLES = ("short", "medium", "long", "full")
# Python's "," grouping and "." decimal point -> the language's (CLDR) symbols.
_PLAIN_SEPARATORS = {"id": str.maketrans(",.", ".,"), "en": str.maketrans("", "")}


def _to_decimal(x: Number) -> Decimal:
    # str() first so that 0.1 stays 0.1 instead of its binary expansion.
    return x if isinstance(x, Decimal) else Decimal(str(x))


def _round(x: Number, decimals: int) -> Decimal:
    # Official documents round half up; babel's default (half even) would print 2,5 as 2.
    return _to_decimal(x).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


_THOUSANDTH = Decimal("0.001")
_PLAIN_LIMIT = Decimal(10) ** 15
# CLDR's Indonesian month names (format_date's long style, without loading babel's data).
ID_MONTHS = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)
# CLDR's Indonesian weekday names, Monday first like date.weekday() (the full style).
ID_WEEKDAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")


def format_date(d: date, lang: str = "id", style: str = "long") -> str:
    """Date in words: id/long -> "17 Agustus 2025", en/long -> "August 17, 2025".

    `style` is one of short, medium, long, full (full adds the weekday).
    """
    if style not in _DATE_STYLES:
        raise ValueError(
            f"Gaya tanggal tidak dikenal: {style!r}. Pilihan: {', '.join(_DATE_STYLES)}."
        )
    if lang == "id" and style == "long":  # "d MMMM y"
        return f"{d.day} {ID_MONTHS[d.month - 1]} {d.year}"
    if lang == "id" and style == "full":  # "EEEE, dd MMMM y" (a review list has hundreds)
        return f"{ID_WEEKDAYS[d.weekday()]}, {d.day:02d} {ID_MONTHS[d.month - 1]} {d.year}"
    return _babel_format_date(d, style, locale=lang)


def format_date_short(d: date, lang: str | None = None) -> str:
    """Day and abbreviated month for lists of days: "3 Nov" (id), "Nov 3" (en)."""
    from ekinerja_desktop.domain.i18n import current_language

    code = lang or current_language()
    return _babel_format_date(d, "d MMM" if code == "id" else "MMM d", locale=code)


def format_datetime_wita(dt_utc_naive: datetime, lang: str = "id") -> str:
    """Stored naive-UTC timestamp shown in WITA: "17 Agustus 2025 14.30 WITA"."""
    local = to_wita(dt_utc_naive)
    day = _babel_format_date(local.date(), "long", locale=lang)
    clock = _babel_format_time(local.time(), "short", locale=lang)
    return f"{day} {clock} WITA"


def format_number(
    x: Number, lang: str = "id", decimals: int | None = None, *, max_decimals: int | None = None
) -> str:
    """Grouped number: "1.234.567,891" (id). ``decimals`` fixes the fraction digits;
    ``max_decimals`` allows up to that many and drops trailing zeros ("2,5"). Both round
    half up, as official documents do."""
    if decimals is None and max_decimals is None:
        value = _to_decimal(x)
        if lang in _PLAIN_SEPARATORS and value.is_finite() and abs(value) < _PLAIN_LIMIT:
            # babel's "#,##0.###" of these two without loading its locale data (~0.1 s
            # the first time, e.g. the dashboard's first open): up to three decimals,
            # half even, as babel rounds.
            rounded = value.quantize(_THOUSANDTH, rounding=ROUND_HALF_EVEN)
            text = f"{rounded:,.3f}".rstrip("0").rstrip(".")
            return text.translate(_PLAIN_SEPARATORS[lang])
        return format_decimal(value, locale=lang)
    digits = decimals if decimals is not None else max_decimals
    assert digits is not None
    if digits < 0:
        raise ValueError("Jumlah desimal tidak boleh negatif.")
    rounded = _round(x, digits)
    if lang in _PLAIN_SEPARATORS:
        # What babel prints for these two (a test compares them), ~20x faster: a table
        # of thousands of cells is formatted on the screen's thread.
        text = f"{rounded:,.{digits}f}"
        if decimals is None and digits:
            text = text.rstrip("0").rstrip(".")
        return text.translate(_PLAIN_SEPARATORS[lang])
    fraction = "0" if decimals is not None else "#"
    pattern = "#,##0" + ("." + fraction * digits if digits else "")
    return format_decimal(rounded, format=pattern, locale=lang)


def format_amount(x: Number, lang: str = "id", max_decimals: int = 2) -> str:
    """A quantity with at most `max_decimals` fraction digits (half up), no trailing zeros:
    2.0 -> "2", 1.5 -> "1,5", 1234.25 -> "1.234,25" (id)."""
    return format_number(x, lang, max_decimals=max_decimals)


def format_hours(minutes: int, lang: str = "id") -> str:
    """A duration in minutes as hours for "{h} jam": 120 -> "2", 90 -> "1,5", 20 -> "0,3"."""
    return format_amount(Decimal(minutes) / 60, lang, 1)


def format_percent(x: Number, lang: str = "id", decimals: int = 1) -> str:
    """A fraction shown as percentage: 0.75 -> "75,0%" (id)."""
    return format_number(_to_decimal(x) * 100, lang=lang, decimals=decimals) + "%"


def format_money(x: Number, lang: str = "id") -> str:
    """Rupiah amount as in CLDR: "Rp1.234.567" (id), "IDR1,234,567" (en); no sen."""
    return format_currency(_round(x, 0), "IDR", locale=lang)


def month_name(m: int, lang: str = "id") -> str:
    """Full month name: 3 -> "Maret"."""
    if not 1 <= m <= 12:
        raise ValueError(f"Bulan harus 1-12, bukan {m}.")
    return str(get_month_names("wide", locale=lang)[m])


def weekday_name(d: date, lang: str = "id") -> str:
    """Full weekday name of a date: 17 Aug 2025 -> "Minggu"."""
    return _day_names(lang)[d.weekday()]


@lru_cache(maxsize=8)
def _day_names(lang: str) -> tuple[str, ...]:
    # babel numbers days like date.weekday(): 0 = Monday.
    names = get_day_names("wide", locale=lang)
    return tuple(str(names[i]) for i in range(7))


def person_display_name(front_title: str | None, name: str, back_title: str | None) -> str:
    """Name with academic titles as printed on documents: "Dr. Andi Wijaya, S.Kom., M.T."."""
    clean_name = " ".join(name.split())
    front = " ".join((front_title or "").split())
    back = " ".join((back_title or "").split()).lstrip(",").strip()
    text = f"{front} {clean_name}" if front else clean_name
    return f"{text}, {back}" if back else text
