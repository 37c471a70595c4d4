"""Ratings, Predikat Kinerja Pegawai matrix and distribution guidance per organisation predikat."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from types import MappingProxyType

from ekinerja_desktop.domain.parsing import ParsedEnum, join_id


class Rating(
    ParsedEnum,
    what="Rating",
    # the short forms
    aliases={
        "Di Atas": "Di Atas Ekspektasi",
        "Sesuai": "Sesuai Ekspektasi",
        "Di Bawah": "Di Bawah Ekspektasi",
    },
):
    """Rating Hasil Kerja / Rating Perilaku Kerja given by the Pejabat Penilai; ``parse``
    is tolerant of case and spacing and also accepts the short forms "Di Atas", "Sesuai"."""

    DI_ATAS = "Di Atas Ekspektasi"
    SESUAI = "Sesuai Ekspektasi"
    DI_BAWAH = "Di Bawah Ekspektasi"


class Predikat(
    ParsedEnum,
    what="Predikat kinerja",
    aliases={"Kurang": "Kurang/Misconduct", "Misconduct": "Kurang/Misconduct"},
):
    """Predikat Kinerja Pegawai (PermenPANRB 6/2022); ``parse`` is tolerant of case and
    spacing, "Kurang" and "Misconduct" both mean KURANG."""

    SANGAT_BAIK = "Sangat Baik"
    BAIK = "Baik"
    BUTUH_PERBAIKAN = "Butuh Perbaikan"
    KURANG = "Kurang/Misconduct"
    SANGAT_KURANG = "Sangat Kurang"

    @property
    def short_label(self) -> str:
        """Name without "/Misconduct", as used in the distribution guidance."""
        return "Kurang" if self is Predikat.KURANG else self.value


class OrgPredikat(ParsedEnum, what="Predikat kinerja organisasi"):
    """Predikat Kinerja Organisasi, set per unit per period by the leader one level up."""

    ISTIMEWA = "Istimewa"
    BAIK = "Baik"
    BUTUH_PERBAIKAN = "Butuh Perbaikan"
    KURANG = "Kurang"
    SANGAT_KURANG = "Sangat Kurang"


# Rows = Rating Hasil Kerja, columns = Rating Perilaku Kerja (domain.md; fixed by regulation).
PREDIKAT_MATRIX: Mapping[tuple[Rating, Rating], Predikat] = MappingProxyType(
    {
        (Rating.DI_ATAS, Rating.DI_BAWAH): Predikat.KURANG,
        (Rating.DI_ATAS, Rating.SESUAI): Predikat.BAIK,
        (Rating.DI_ATAS, Rating.DI_ATAS): Predikat.SANGAT_BAIK,
        (Rating.SESUAI, Rating.DI_BAWAH): Predikat.KURANG,
        (Rating.SESUAI, Rating.SESUAI): Predikat.BAIK,
        (Rating.SESUAI, Rating.DI_ATAS): Predikat.BAIK,
        (Rating.DI_BAWAH, Rating.DI_BAWAH): Predikat.SANGAT_KURANG,
        (Rating.DI_BAWAH, Rating.SESUAI): Predikat.BUTUH_PERBAIKAN,
        (Rating.DI_BAWAH, Rating.DI_ATAS): Predikat.BUTUH_PERBAIKAN,
    }
)


def predikat(hasil: Rating | str, perilaku: Rating | str) -> Predikat:
    """Predikat Kinerja Pegawai from Rating Hasil Kerja and Rating Perilaku Kerja."""
    return PREDIKAT_MATRIX[(Rating.parse(hasil), Rating.parse(perilaku))]


# Mapping keys are invariant, so dict[Predikat, int] (e.g. a Counter) and dict[str, int]
# are spelled out for callers.
PredikatCounts = Mapping[Predikat, int] | Mapping[str, int] | Mapping[Predikat | str, int]


@dataclass(frozen=True)
class DistributionRule:
    """One guidance line: the combined share of `predikats` in a unit must respect the bounds.

    Percent bounds are inclusive ("at most 70%" accepts exactly 70%); count bounds are
    employee counts ("at least one", "none").
    """

    predikats: tuple[Predikat, ...]
    min_percent: Decimal | None = None
    max_percent: Decimal | None = None
    min_count: int | None = None
    max_count: int | None = None


# Guidance table from domain.md; callers may pass their own table to check_distribution.
DEFAULT_DISTRIBUTION_GUIDANCE: Mapping[OrgPredikat, tuple[DistributionRule, ...]] = (
    MappingProxyType(
        {
            OrgPredikat.ISTIMEWA: (
                DistributionRule((Predikat.SANGAT_BAIK,), max_percent=Decimal(70)),
            ),
            OrgPredikat.BAIK: (
                DistributionRule((Predikat.BAIK,), max_percent=Decimal(70)),
                DistributionRule((Predikat.BUTUH_PERBAIKAN, Predikat.KURANG), min_count=1),
            ),
            OrgPredikat.BUTUH_PERBAIKAN: (
                DistributionRule((Predikat.BUTUH_PERBAIKAN,), min_percent=Decimal(60)),
                DistributionRule((Predikat.SANGAT_BAIK,), max_percent=Decimal(10)),
            ),
            OrgPredikat.KURANG: (
                DistributionRule((Predikat.KURANG,), min_percent=Decimal(60)),
                DistributionRule((Predikat.BUTUH_PERBAIKAN,), min_percent=Decimal(10)),
                DistributionRule((Predikat.SANGAT_BAIK,), max_percent=Decimal(10)),
            ),
            OrgPredikat.SANGAT_KURANG: (
                DistributionRule((Predikat.SANGAT_KURANG,), min_percent=Decimal(60)),
                DistributionRule(
                    (Predikat.KURANG, Predikat.BUTUH_PERBAIKAN), min_percent=Decimal(10)
                ),
                DistributionRule((Predikat.SANGAT_BAIK,), max_count=0),
            ),
        }
    )
)


def _normalise_counts(counts: PredikatCounts) -> dict[Predikat, int]:
    result = dict.fromkeys(Predikat, 0)
    for key, value in counts.items():
        if value < 0:
            raise ValueError(f"Jumlah pegawai untuk predikat {key} tidak boleh negatif ({value}).")
        # "Baik" and Predikat.BAIK may both appear when counts come from mixed sources.
        result[Predikat.parse(key)] += value
    return result


def distribution_shares(counts: PredikatCounts) -> dict[Predikat, float]:
    """Share (fraction 0..1) of each predikat in the unit; all zero when nobody is counted."""
    normalised = _normalise_counts(counts)
    total = sum(normalised.values())
    return {p: (n / total if total else 0.0) for p, n in normalised.items()}


def _names(rule: DistributionRule) -> str:
    return join_id((p.short_label for p in rule.predikats), "dan/atau")


def _percent_text(part: int, total: int) -> str:
    from ekinerja_desktop.domain.fmt import format_number, format_percent  # noqa: F401 - lazy: babel is slow to import

    return format_percent(Decimal(part) / Decimal(total))


def _limit_text(limit: Decimal) -> str:
    # "70%" reads better than "70,0%" for round limits; keep decimals only when present.
    from ekinerja_desktop.domain.fmt import format_number, format_percent  # noqa: F401 - lazy: babel is slow to import

    decimals = 0 if limit == limit.to_integral_value() else 1
    return format_number(limit, decimals=decimals) + "%"


def _check_rule(
    rule: DistributionRule, org: OrgPredikat, counts: Mapping[Predikat, int], total: int
) -> list[str]:
    part = sum(counts[p] for p in rule.predikats)
    names = _names(rule)
    suffix = f"untuk Predikat Kinerja Organisasi {org.value}"
    warnings: list[str] = []
    # Integer/Decimal cross-multiplication keeps the 70%/60%/10% boundaries exact.
    if rule.max_percent is not None and part * 100 > rule.max_percent * total:
        warnings.append(
            f"Predikat {names} {_percent_text(part, total)} ({part} dari {total} pegawai) "
            f"melebihi batas maksimal {_limit_text(rule.max_percent)} {suffix}."
        )
    if rule.min_percent is not None and part * 100 < rule.min_percent * total:
        warnings.append(
            f"Predikat {names} {_percent_text(part, total)} ({part} dari {total} pegawai) "
            f"kurang dari batas minimal {_limit_text(rule.min_percent)} {suffix}."
        )
    if rule.min_count is not None and part < rule.min_count:
        either = join_id((p.short_label for p in rule.predikats), "atau")
        warnings.append(
            f"Jumlah pegawai dengan predikat {either} {part} ({_percent_text(part, total)}), "
            f"seharusnya minimal {rule.min_count} orang {suffix}."
        )
    if rule.max_count is not None and part > rule.max_count:
        if rule.max_count == 0:
            warnings.append(
                f"Terdapat {part} pegawai ({_percent_text(part, total)}) dengan predikat "
                f"{names}, seharusnya tidak ada {suffix}."
            )
        else:
            warnings.append(
                f"Jumlah pegawai dengan predikat {names} {part} ({_percent_text(part, total)}), "
                f"seharusnya maksimal {rule.max_count} orang {suffix}."
            )
    return warnings


def check_distribution(
    org_predikat: OrgPredikat | str,
    counts: PredikatCounts,
    guidance: Mapping[OrgPredikat, Sequence[DistributionRule]] | None = None,
) -> list[str]:
    """Indonesian warnings where the unit's predikat distribution departs from the guidance.

    Guidance only warns, it never blocks. Empty list when the guidance is met or when no
    employee is counted yet. `guidance` overrides DEFAULT_DISTRIBUTION_GUIDANCE.
    """
    org = OrgPredikat.parse(org_predikat)
    normalised = _normalise_counts(counts)
    total = sum(normalised.values())
    if total == 0:
        return []
    table = DEFAULT_DISTRIBUTION_GUIDANCE if guidance is None else guidance
    warnings: list[str] = []
    for rule in table.get(org, ()):
        warnings.extend(_check_rule(rule, org, normalised, total))
    return warnings
