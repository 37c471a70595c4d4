"""Angka kredit of Jabatan Fungsional from the annual predikat (PermenPANRB 1/2023 scheme)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from types import MappingProxyType

from ekinerja_desktop.domain.jabatan import JabatanKind, JabatanLevel, parse_level
from ekinerja_desktop.domain.ratings import Predikat

# Results keep 3 decimals, rounded half up (documented choice; BKN shows 3 decimals).
AK_QUANTUM = Decimal("0.001")


@dataclass(frozen=True)
class AngkaKreditTable:
    """Percentage per predikat and annual coefficient per fungsional level.

    Override it (e.g. `dataclasses.replace`) when a regulation update changes a value.
    """

    percentages: Mapping[Predikat, Decimal]
    coefficients: Mapping[JabatanLevel, Decimal]
    # Levels whose coefficient was not confirmed against the regulation text (verify).
    unverified: frozenset[JabatanLevel] = field(default_factory=frozenset)


DEFAULT_ANGKA_KREDIT_TABLE = AngkaKreditTable(
    percentages=MappingProxyType(
        {
            Predikat.SANGAT_BAIK: Decimal(150),
            Predikat.BAIK: Decimal(100),
            Predikat.BUTUH_PERBAIKAN: Decimal(75),
            Predikat.KURANG: Decimal(50),
            Predikat.SANGAT_KURANG: Decimal(25),
        }
    ),
    coefficients=MappingProxyType(
        {
            JabatanLevel.AHLI_PERTAMA: Decimal("12.5"),
            JabatanLevel.AHLI_MUDA: Decimal(25),
            JabatanLevel.AHLI_MADYA: Decimal("37.5"),
            JabatanLevel.AHLI_UTAMA: Decimal(50),
            JabatanLevel.PEMULA: Decimal("3.75"),
            JabatanLevel.TERAMPIL: Decimal(5),
            JabatanLevel.MAHIR: Decimal("12.5"),
            JabatanLevel.PENYELIA: Decimal(25),
        }
    ),
    unverified=frozenset(
        {
            JabatanLevel.AHLI_MUDA,
            JabatanLevel.AHLI_UTAMA,
            JabatanLevel.PEMULA,
            JabatanLevel.TERAMPIL,
            JabatanLevel.MAHIR,
            JabatanLevel.PENYELIA,
        }
    ),
)


def angka_kredit(
    predikat: Predikat | str,
    level: JabatanLevel | str,
    months: int = 12,
    table: AngkaKreditTable | None = None,
) -> Decimal:
    """AK = predikat percentage x annual coefficient x months / 12, 3 decimals half up.

    Example: Ahli Pertama, Sangat Baik, 12 months -> 150% x 12.5 = 18.750.
    """
    tbl = table or DEFAULT_ANGKA_KREDIT_TABLE
    pred = Predikat.parse(predikat)
    lvl = parse_level(level)
    if lvl.kind is not JabatanKind.FUNGSIONAL:
        raise ValueError(
            f"Angka kredit hanya untuk Jabatan Fungsional; jenjang {lvl.label} "
            f"termasuk {lvl.kind.label}."
        )
    # bool is an int subclass; True months is a bug in the caller, not 1 month.
    if isinstance(months, bool) or not isinstance(months, int) or not 1 <= months <= 12:
        raise ValueError(f"Jumlah bulan penilaian harus bilangan bulat 1-12, bukan {months!r}.")
    if lvl not in tbl.coefficients:
        raise ValueError(f"Koefisien angka kredit untuk jenjang {lvl.label} belum diatur.")
    if pred not in tbl.percentages:
        raise ValueError(f"Persentase angka kredit untuk predikat {pred} belum diatur.")
    raw = tbl.percentages[pred] / 100 * tbl.coefficients[lvl] * months / 12
    return raw.quantize(AK_QUANTUM, rounding=ROUND_HALF_UP)
