"""Competency development: routes, configurable JP crediting rules and the yearly JP check."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from ekinerja_desktop.domain.fmt import format_date, format_number
from ekinerja_desktop.domain.nip import AsnStatus
from ekinerja_desktop.domain.parsing import LabelledEnum, norm_key

PNS_MIN_JP_PER_YEAR = 20
PPPK_MAX_JP_PER_YEAR = 24
# 1 JP is commonly 45 minutes (verify); every rule carries its own value.
DEFAULT_MINUTES_PER_JP = 45
JP_QUANTUM = Decimal("0.01")


class DevRoute(
    LabelledEnum,
    what="Jalur pengembangan kompetensi",
    aliases={
        "Klasikal": "pelatihan_klasikal",
        "Nonklasikal": "pelatihan_nonklasikal",
        "Non Klasikal": "pelatihan_nonklasikal",
    },
):
    """Route (jalur) of a development activity."""

    PENDIDIKAN = "pendidikan", "Pendidikan"
    PELATIHAN_KLASIKAL = "pelatihan_klasikal", "Pelatihan Klasikal"
    PELATIHAN_NONKLASIKAL = "pelatihan_nonklasikal", "Pelatihan Nonklasikal"


class JpMode(StrEnum):
    """How JP is credited: from the hours spent, or a fixed amount per activity."""

    PER_HOUR = "per_hour"
    FIXED = "fixed"


@dataclass(frozen=True)
class JpRule:
    """Crediting rule for one kind of activity (a row of the configurable table)."""

    kind: str
    label: str
    route: DevRoute
    mode: JpMode = JpMode.PER_HOUR
    minutes_per_jp: int = DEFAULT_MINUTES_PER_JP
    fixed_jp: Decimal | None = None
    max_jp: Decimal | None = None

    def __post_init__(self) -> None:
        if self.mode is JpMode.FIXED and self.fixed_jp is None:
            raise ValueError(f"Aturan JP '{self.label}' bermode tetap tetapi nilai JP kosong.")
        if self.minutes_per_jp <= 0:
            raise ValueError(f"Menit per JP pada aturan '{self.label}' harus lebih dari 0.")
        if self.max_jp is not None and self.max_jp < 0:
            raise ValueError(f"Batas maksimal JP pada aturan '{self.label}' tidak boleh negatif.")


def _per_hour(kind: str, label: str, route: DevRoute) -> JpRule:
    return JpRule(kind=kind, label=label, route=route)


_K = DevRoute.PELATIHAN_KLASIKAL
_N = DevRoute.PELATIHAN_NONKLASIKAL

# Defaults (verify): hours x 60 / 45 minutes for every training activity, uncapped, because
# the certificate usually states the hours; formal education is credited a flat 20 JP per
# academic year so that a PNS on study duty meets the yearly minimum. Offices override this.
DEFAULT_JP_CATALOGUE: tuple[JpRule, ...] = (
    JpRule(
        kind="pendidikan_formal",
        label="Pendidikan formal (tugas belajar/izin belajar)",
        route=DevRoute.PENDIDIKAN,
        mode=JpMode.FIXED,
        fixed_jp=Decimal(20),
    ),
    _per_hour("diklat_teknis", "Pelatihan teknis", _K),
    _per_hour("diklat_fungsional", "Pelatihan fungsional", _K),
    _per_hour("diklat_kepemimpinan", "Pelatihan kepemimpinan", _K),
    _per_hour("bimtek", "Bimbingan teknis (bimtek)", _K),
    _per_hour("kursus", "Kursus", _K),
    _per_hour("penataran", "Penataran", _K),
    _per_hour("seminar", "Seminar/konferensi/sarasehan", _K),
    _per_hour("workshop", "Lokakarya (workshop)", _K),
    _per_hour("coaching", "Coaching", _N),
    _per_hour("mentoring", "Mentoring", _N),
    _per_hour("e_learning", "E-learning", _N),
    _per_hour("pembelajaran_jarak_jauh", "Pelatihan jarak jauh", _N),
    _per_hour("detasering", "Detasering (secondment)", _N),
    _per_hour("benchmarking", "Studi banding (benchmarking)", _N),
    _per_hour("pertukaran_pegawai", "Pertukaran antara PNS dengan pegawai swasta", _N),
    _per_hour("belajar_mandiri", "Belajar mandiri (self development)", _N),
    _per_hour("komunitas_belajar", "Komunitas belajar (community of practice)", _N),
    _per_hour("magang", "Magang/praktik kerja", _N),
)


def jp_rule(kind: str, catalogue: Iterable[JpRule] | None = None) -> JpRule:
    """Find the rule for an activity kind code (case and spacing ignored)."""
    rules = tuple(DEFAULT_JP_CATALOGUE if catalogue is None else catalogue)
    key = norm_key(kind)
    for rule in rules:
        if norm_key(rule.kind) == key:
            return rule
    raise ValueError(f"Jenis kegiatan pengembangan kompetensi tidak dikenal: {kind!r}.")


def suggest_jp(rule: JpRule, hours: Decimal | float | int) -> Decimal:
    """Suggested JP for an activity (2 decimals, half up, capped at `rule.max_jp`).

    A suggestion only: the record stores the JP actually credited on the certificate.
    """
    amount = hours if isinstance(hours, Decimal) else Decimal(str(hours))
    if not amount.is_finite() or amount < 0:
        raise ValueError(f"Jumlah jam kegiatan harus angka tidak negatif, bukan {hours!r}.")
    if rule.mode is JpMode.FIXED:
        assert rule.fixed_jp is not None  # enforced in JpRule.__post_init__
        jp = rule.fixed_jp
    else:
        jp = amount * 60 / rule.minutes_per_jp
    if rule.max_jp is not None:
        jp = min(jp, rule.max_jp)
    return jp.quantize(JP_QUANTUM, rounding=ROUND_HALF_UP)


def jp_by_month(jp: Decimal, start: date, end: date) -> dict[tuple[int, int], Decimal]:
    """Credited JP of one activity spread over the (year, month)s it ran in, in
    proportion to its calendar days (a program rule; verify): a training from 27
    December to 5 January counts half in each year, not all in its start month.
    Shares are rounded to 0,01 JP; the last month takes the rounding remainder."""
    last = max(end, start)
    days: dict[tuple[int, int], int] = {}
    day = start
    while day <= last:
        key = (day.year, day.month)
        days[key] = days.get(key, 0) + 1
        day += timedelta(days=1)
    total = sum(days.values())
    quantum = Decimal("0.01")
    shares = {k: (jp * n / total).quantize(quantum) for k, n in days.items()}
    final = max(shares)
    shares[final] += jp - sum(shares.values(), Decimal(0))
    return shares


def contract_year(appointed: date, on: date) -> tuple[date, date]:
    """The PPPK contract year around ``on``: from the latest anniversary of the
    appointment (TMT) on or before ``on`` to the day before the next one."""

    def anniversary(year: int) -> date:
        try:
            return appointed.replace(year=year)
        except ValueError:  # 29 February
            return date(year, 2, 28)

    start = anniversary(on.year)
    if start > on:
        start = anniversary(on.year - 1)
    return start, anniversary(start.year + 1) - timedelta(days=1)


def _jp_text(value: Decimal) -> str:
    return format_number(value)


def jp_status(
    status: AsnStatus | str,
    total_jp: Decimal | float | int,
    *,
    pns_min: int = PNS_MIN_JP_PER_YEAR,
    pppk_max: int = PPPK_MAX_JP_PER_YEAR,
    contract: tuple[date, date] | None = None,
) -> tuple[bool, str]:
    """Whether a year's total JP fits the rule: PNS at least 20 JP per calendar year,
    PPPK at most 24 JP per contract year (``contract``: its first and last day, when
    the appointment date is known; else the total is of the calendar year)."""
    asn = AsnStatus.parse(status)
    total = total_jp if isinstance(total_jp, Decimal) else Decimal(str(total_jp))
    shown = _jp_text(total)
    if asn is AsnStatus.PNS:
        if total >= pns_min:
            return True, f"Memenuhi minimal {pns_min} JP per tahun (tercapai {shown} JP)."
        return False, (
            f"Kurang {_jp_text(pns_min - total)} JP dari minimal {pns_min} JP per tahun "
            f"(tercapai {shown} JP)."
        )
    if contract is not None:
        span = f"per tahun kontrak {format_date(contract[0])} s.d. {format_date(contract[1])}"
    else:
        span = "per tahun (tanggal pengangkatan belum tercatat, dihitung per tahun kalender)"
    if total <= pppk_max:
        return True, f"Dalam batas maksimal {pppk_max} JP {span} (tercatat {shown} JP)."
    return False, (
        f"Melebihi batas maksimal {pppk_max} JP {span} sebanyak "
        f"{_jp_text(total - pppk_max)} JP (tercatat {shown} JP)."
    )
