"""Periodic targets of an IKI (target triwulan / rencana aksi) and the realisasi rules.

An SKP states annual targets; periodic evaluations compare what was achieved in the
period with the target *of that period*. Each indicator keeps four quarterly targets
(stored as text "3;3;3;3"; an empty entry is a quarter outside the SKP period).

Two kinds of target (a rule of this program, documented for Kota Palu to confirm):

* **cumulative** - the annual value is the sum of the periods: Kuantitas, Biaya not in
  percent, and Waktu in months ("12 Bulan"). Default: the annual value spread over the
  months of the SKP period, whole numbers stay whole (largest remainder, later quarters
  first). A semester is the sum of its quarters; a month is its share of the quarter.
* **level** - the same standard holds in every period: Kualitas ("100 %"), Waktu in days
  or hours ("3 Hari" per service), Biaya in percent. Default: the annual value in every
  quarter of the SKP period.

Realisasi is prefilled only for Kuantitas indicators, from approved daily logs of the
period whose output unit equals the indicator's unit; quality and time indicators are
left to the appraiser, who sees the log entries as evidence.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import lru_cache

from ekinerja_desktop.domain.periods import Period
from ekinerja_desktop.domain.skp import Aspect

QUARTERS = 4
SEPARATOR = ";"
_PERCENT = {"%", "persen", "persentase"}
_MONTHS = {"bulan"}
_TWO = Decimal("0.01")


@dataclass(frozen=True)
class TargetSpec:
    """An indicator's annual target within its SKP period, with its quarterly targets
    (``quarters`` empty = derive them from the annual target)."""

    aspect: str
    value: str  # annual target number as text ("12", "2,5")
    unit: str
    start: date  # SKP period
    end: date
    quarters: tuple[str, ...] = ()

    @property
    def year(self) -> int:
        return self.start.year


def parse_number(text: str) -> Decimal | None:
    """ "12" / "2,5" / "2.5" -> Decimal; None for empty or non-numeric text."""
    clean = "".join((text or "").split()).replace(",", ".")
    if not clean:
        return None
    try:
        value = Decimal(clean)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def format_quantity(value: Decimal | None) -> str:
    """Decimal -> "12", "2,5", "1,33" (at most two decimals, half up, comma)."""
    if value is None:
        return ""
    rounded = value.quantize(_TWO, rounding=ROUND_HALF_UP).normalize()
    text = format(rounded, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",")


@lru_cache(maxsize=4096)  # a recap compares every approved output with its target's unit
def normalise_unit(unit: str) -> str:
    return " ".join((unit or "").split()).casefold()


def units_match(a: str, b: str) -> bool:
    """Output unit of a daily log equals the indicator's unit (case and spaces ignored)."""
    left, right = normalise_unit(a), normalise_unit(b)
    return bool(left) and left == right


def is_cumulative(aspect: str, unit: str) -> bool:
    unit_key = normalise_unit(unit)
    if aspect == Aspect.KUANTITAS.value:
        return True
    if aspect == Aspect.BIAYA.value:
        return unit_key not in _PERCENT
    if aspect == Aspect.WAKTU.value:
        return unit_key in _MONTHS
    return False


def months_per_quarter(start: date, end: date, year: int) -> tuple[int, ...]:
    """How many months of the SKP period [start, end] fall in each quarter of ``year``."""
    counts = [0] * QUARTERS
    for month in range(1, 13):
        first = date(year, month, 1)
        last = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
        if first <= end and last > start:
            counts[(month - 1) // 3] += 1
    return tuple(counts)


def default_quarter_targets(spec: TargetSpec) -> tuple[str, ...]:
    """The four quarterly targets implied by the annual target (see module docstring)."""
    aspect, unit = spec.aspect, spec.unit
    annual = parse_number(spec.value)
    months = months_per_quarter(spec.start, spec.end, spec.year)
    if annual is None or not any(months):
        return ("",) * QUARTERS
    if not is_cumulative(aspect, unit):
        return tuple(format_quantity(annual) if m else "" for m in months)
    total = sum(months)
    if annual == annual.to_integral_value():
        whole = int(annual)
        shares = [Decimal(whole * m) / total for m in months]
        floors = [int(s) for s in shares]
        rest = whole - sum(floors)
        # Largest remainder; ties go to the later quarter (work accumulates to year end).
        order = sorted(range(QUARTERS), key=lambda q: (shares[q] - floors[q], q), reverse=True)
        for q in order[:rest]:
            floors[q] += 1
        return tuple(str(f) if months[q] else "" for q, f in enumerate(floors))
    parts = [(annual * m / total).quantize(_TWO, rounding=ROUND_HALF_UP) for m in months]
    last = max(q for q in range(QUARTERS) if months[q])
    parts[last] += annual - sum(parts)
    return tuple(format_quantity(p) if months[q] else "" for q, p in enumerate(parts))


def parse_quarter_targets(text: str) -> tuple[str, ...]:
    """Stored "3;3;3;3" -> ("3", "3", "3", "3"); anything else -> four empty strings."""
    parts = [p.strip() for p in (text or "").split(SEPARATOR)]
    if len(parts) != QUARTERS:
        return ("",) * QUARTERS
    return tuple(parts)


def format_quarter_targets(values: Sequence[str]) -> str:
    if not any((v or "").strip() for v in values):
        return ""
    return SEPARATOR.join((v or "").strip() for v in values)


def check_quarter_targets(spec: TargetSpec) -> tuple[str, dict[str, str]]:
    """("", {}) when ``spec.quarters`` are consistent, else (problem code, values):
    ``count``; ``number`` {q}; ``outside`` {q}; ``sum`` {total, annual}."""
    quarters = spec.quarters
    if len(quarters) != QUARTERS:
        return "count", {}
    months = months_per_quarter(spec.start, spec.end, spec.year)
    numbers: list[Decimal] = []
    for q, text in enumerate(quarters):
        if not text.strip():
            numbers.append(Decimal(0))
            continue
        number = parse_number(text)
        if number is None or number < 0:
            return "number", {"q": str(q + 1)}
        if not months[q] and number:
            return "outside", {"q": str(q + 1)}
        numbers.append(number)
    annual = parse_number(spec.value)
    total = sum(numbers, Decimal(0))
    if annual is not None and is_cumulative(spec.aspect, spec.unit) and total != annual:
        return "sum", {"total": format_quantity(total), "annual": format_quantity(annual)}
    return "", {}


def quarter_targets(spec: TargetSpec) -> tuple[str, ...]:
    """The quarterly targets in force: the stored ones, else the defaults."""
    if len(spec.quarters) == QUARTERS and any(q.strip() for q in spec.quarters):
        return tuple(spec.quarters)
    return default_quarter_targets(spec)


def period_target(spec: TargetSpec, period: Period) -> Decimal | None:
    """Numeric target of ``period`` (None when the indicator has no numeric target or
    the period lies outside the SKP period)."""
    annual = parse_number(spec.value)
    if annual is None:
        return None
    if period.is_final:
        return annual
    start, end = spec.start, spec.end
    stored = quarter_targets(spec)
    numbers = [parse_number(q) for q in stored]
    cumulative = is_cumulative(spec.aspect, spec.unit)
    months = months_per_quarter(start, end, period.year)
    first_q = (period.start.month - 1) // 3
    last_q = (period.end.month - 1) // 3
    if first_q == last_q and period.start.month == period.end.month:  # one month
        share = months[first_q]
        number = numbers[first_q]
        month_in = start <= period.end and end >= period.start
        if not share or number is None or not month_in:
            return None
        return number / share if cumulative else number
    picked = [numbers[q] for q in range(first_q, last_q + 1) if months[q]]
    present = [n for n in picked if n is not None]
    if not present:
        return None
    return sum(present, Decimal(0)) if cumulative else present[-1]


def served_target(spec: TargetSpec, period: Period, served: tuple[date, date]) -> Decimal | None:
    """Target of ``period`` for the months the employee served under this SKP when a later
    SKP period (mutasi/promosi) cut it short: ``served`` is its effective span, while the
    quarterly targets stay spread over the SKP's own (approved) period.

    A month counts when ``served`` holds its last day - the month of a mid-month change
    belongs to the new SKP, as in the angka kredit months. A cumulative target is each
    counted month's share of its quarter's target; a level target is the one of the last
    counted month's quarter. None when no month counts or there is no numeric target."""
    if parse_number(spec.value) is None:
        return None
    numbers = [parse_number(q) for q in quarter_targets(spec)]
    months = months_per_quarter(spec.start, spec.end, period.year)
    counted = [0] * QUARTERS
    for month in range(period.start.month, period.end.month + 1):
        nxt = date(period.year + 1, 1, 1) if month == 12 else date(period.year, month + 1, 1)
        last_day = date.fromordinal(nxt.toordinal() - 1)
        if served[0] <= last_day <= served[1] and spec.start <= last_day <= spec.end:
            counted[(month - 1) // 3] += 1
    quarters = [q for q in range(QUARTERS) if counted[q] and months[q]]
    if not quarters:
        return None
    if not is_cumulative(spec.aspect, spec.unit):
        return numbers[quarters[-1]]
    present = [(numbers[q], q) for q in quarters if numbers[q] is not None]
    if not present:
        return None
    total = sum((n * counted[q] / months[q] for n, q in present if n is not None), Decimal(0))
    return total.quantize(_TWO, rounding=ROUND_HALF_UP)


def target_text(number: Decimal | None, unit: str) -> str:
    return f"{format_quantity(number)} {unit}".strip() if number is not None else ""


def capaian_percent(realisasi: Decimal | None, target: Decimal | None) -> Decimal | None:
    """Realisasi as a percentage of the period target (None without both numbers)."""
    if realisasi is None or target is None or target <= 0:
        return None
    return (realisasi * 100 / target).quantize(_TWO, rounding=ROUND_HALF_UP)


def realisasi_number(text: str, unit: str) -> Decimal | None:
    """The number of a realisasi written as "<number> <unit>" in the indicator's unit."""
    parts = (text or "").strip().split(maxsplit=1)
    if not parts:
        return None
    number = parse_number(parts[0])
    rest = parts[1] if len(parts) > 1 else ""
    if number is None or (rest and not units_match(rest, unit)):
        return None
    return number
