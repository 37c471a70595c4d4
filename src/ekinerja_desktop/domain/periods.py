"""Evaluation periods (monthly, quarterly, semester, final) and the annual SKP period."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from ekinerja_desktop.domain.fmt import format_date, month_name
from ekinerja_desktop.domain.parsing import ParsedEnum


class PeriodScheme(ParsedEnum, what="Skema periode", aliases={"Triwulanan": "triwulan"}):
    """How often the agency runs periodic evaluations."""

    BULANAN = "bulanan"
    TRIWULAN = "triwulan"
    SEMESTER = "semester"

    @property
    def label(self) -> str:
        return self.value.capitalize()

    @property
    def months_per_period(self) -> int:
        return {PeriodScheme.BULANAN: 1, PeriodScheme.TRIWULAN: 3, PeriodScheme.SEMESTER: 6}[self]


_ROMAN = ("I", "II", "III", "IV")
_CODE_PREFIX = {PeriodScheme.BULANAN: "M", PeriodScheme.TRIWULAN: "Q", PeriodScheme.SEMESTER: "S"}
FINAL_LABEL = "Akhir"


@dataclass(frozen=True)
class Period:
    """One evaluation period. `scheme` and `index` are None/0 for the final ("Akhir") one."""

    code: str
    year: int
    scheme: PeriodScheme | None
    index: int
    label: str
    start: date
    end: date
    is_final: bool

    def contains(self, d: date) -> bool:
        return self.start <= d <= self.end


def _month_end(year: int, month: int) -> date:
    first_next = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
    return first_next - timedelta(days=1)


def _periodic(year: int, scheme: PeriodScheme, index: int) -> Period:
    span = scheme.months_per_period
    count = 12 // span
    if not 1 <= index <= count:
        raise ValueError(f"Nomor periode {scheme.label.lower()} harus 1-{count}, bukan {index}.")
    first_month = (index - 1) * span + 1
    last_month = first_month + span - 1
    if scheme is PeriodScheme.BULANAN:
        code, label = f"{year}-M{index:02d}", month_name(index)
    else:
        code = f"{year}-{_CODE_PREFIX[scheme]}{index}"
        label = f"{scheme.label} {_ROMAN[index - 1]}"
    return Period(
        code=code,
        year=year,
        scheme=scheme,
        index=index,
        label=label,
        start=date(year, first_month, 1),
        end=_month_end(year, last_month),
        is_final=False,
    )


def final_period(year: int) -> Period:
    """The annual ("Akhir") evaluation period covering the whole year."""
    return Period(
        code=f"{year}-AKHIR",
        year=year,
        scheme=None,
        index=0,
        label=FINAL_LABEL,
        start=date(year, 1, 1),
        end=date(year, 12, 31),
        is_final=True,
    )


def periods_for_year(year: int, scheme: PeriodScheme | str) -> list[Period]:
    """Periodic periods of the year in order, followed by the final "Akhir" period."""
    parsed = PeriodScheme.parse(scheme)
    count = 12 // parsed.months_per_period
    return [_periodic(year, parsed, i) for i in range(1, count + 1)] + [final_period(year)]


_CODE_RE = re.compile(r"^(?P<year>\d{4})-(?:(?P<kind>[MQS])(?P<index>\d{1,2})|(?P<final>AKHIR))$")
_SCHEME_BY_PREFIX = {prefix: scheme for scheme, prefix in _CODE_PREFIX.items()}


def parse_period(code: str) -> Period:
    """Period from its code: "2026-M03", "2026-Q1", "2026-S2" or "2026-AKHIR"."""
    match = _CODE_RE.match(code.strip().upper())
    if match is None:
        raise ValueError(
            f"Kode periode tidak dikenal: {code!r}. Contoh yang valid: 2026-M03 (bulan), "
            "2026-Q1 (triwulan), 2026-S1 (semester), 2026-AKHIR (akhir tahun)."
        )
    year = int(match["year"])
    if match["final"]:
        return final_period(year)
    return _periodic(year, _SCHEME_BY_PREFIX[match["kind"]], int(match["index"]))


def period_containing(d: date, scheme: PeriodScheme | str) -> Period:
    """The periodic (non-final) period of `scheme` that contains `d`."""
    parsed = PeriodScheme.parse(scheme)
    return _periodic(d.year, parsed, (d.month - 1) // parsed.months_per_period + 1)


@dataclass(frozen=True)
class SkpPeriod:
    """Period an SKP covers: the calendar year, or shorter after a mid-year start/transfer."""

    year: int
    start: date
    end: date

    @property
    def is_full_year(self) -> bool:
        return self.start == date(self.year, 1, 1) and self.end == date(self.year, 12, 31)

    @property
    def label(self) -> str:
        """As printed on the SKP header: "1 Januari s.d. 31 Desember 2026"."""
        # The year is printed once, after the end date, as on official forms.
        start = f"{self.start.day} {month_name(self.start.month)}"
        return f"{start} s.d. {format_date(self.end)}"

    def contains(self, d: date) -> bool:
        return self.start <= d <= self.end


def skp_period(year: int, start: date | None = None, end: date | None = None) -> SkpPeriod:
    """SKP period of `year`; `start`/`end` shorten it and must stay inside that year."""
    first = start or date(year, 1, 1)
    last = end or date(year, 12, 31)
    for name, value in (("awal", first), ("akhir", last)):
        if value.year != year:
            raise ValueError(
                f"Tanggal {name} periode SKP ({format_date(value)}) harus berada di tahun {year}."
            )
    if first > last:
        raise ValueError(
            f"Tanggal awal periode SKP ({format_date(first)}) tidak boleh sesudah "
            f"tanggal akhir ({format_date(last)})."
        )
    return SkpPeriod(year=year, start=first, end=last)
