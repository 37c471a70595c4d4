"""Hukuman disiplin (PP 94/2021 on civil-servant discipline), as recorded with the
performance records.

The catalogue is PP 94/2021 Pasal 8: three levels, each with its kinds; the sedang and
berat kinds that run for a number of months carry that duration, so a record's end
follows from its TMT. The product uses a record in two places (docs/domain-notes.md,
"Hukuman disiplin"): the Baperjakat list flags an employee who received a sedang or berat
hukuman in the twelve months before the list's date or is still serving one (PP 11/2017:
no sedang/berat hukuman in the last year for an appointment), and the employee's history
shows every record. Both are defaults for BKPSDM Kota Palu to confirm.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from ekinerja_desktop.domain.i18n import N_
from ekinerja_desktop.domain.timeutil import add_months

RINGAN = "ringan"
SEDANG = "sedang"
BERAT = "berat"
LEVELS: dict[str, str] = {
    RINGAN: N_("Ringan"),
    SEDANG: N_("Sedang"),
    BERAT: N_("Berat"),
}
#: Months before a list's date in which a sedang/berat hukuman still counts (PP 11/2017).
LOOKBACK_MONTHS = 12


@dataclass(frozen=True)
class DisciplineKind:
    key: str
    level: str
    label: str  # N_-marked Indonesian label
    months: int | None  # duration from the TMT; None: no duration (ringan, dismissal)


KINDS: dict[str, DisciplineKind] = {
    k.key: k
    for k in (
        DisciplineKind("teguran_lisan", RINGAN, N_("Teguran lisan"), None),
        DisciplineKind("teguran_tertulis", RINGAN, N_("Teguran tertulis"), None),
        DisciplineKind(
            "pernyataan_tidak_puas", RINGAN, N_("Pernyataan tidak puas secara tertulis"), None
        ),
        DisciplineKind(
            "potong_tukin_6", SEDANG, N_("Pemotongan tunjangan kinerja 25% selama 6 bulan"), 6
        ),
        DisciplineKind(
            "potong_tukin_9", SEDANG, N_("Pemotongan tunjangan kinerja 25% selama 9 bulan"), 9
        ),
        DisciplineKind(
            "potong_tukin_12",
            SEDANG,
            N_("Pemotongan tunjangan kinerja 25% selama 12 bulan"),
            12,
        ),
        DisciplineKind(
            "turun_jabatan",
            BERAT,
            N_("Penurunan jabatan setingkat lebih rendah selama 12 bulan"),
            12,
        ),
        DisciplineKind(
            "bebas_jabatan",
            BERAT,
            N_("Pembebasan dari jabatan menjadi jabatan pelaksana selama 12 bulan"),
            12,
        ),
        DisciplineKind(
            "pemberhentian",
            BERAT,
            N_("Pemberhentian dengan hormat tidak atas permintaan sendiri"),
            None,
        ),
    )
}


def end_date(kind: str, tmt: date) -> date | None:
    """Last day a hukuman of ``kind`` starting on ``tmt`` runs (None: no duration).

    Six months from 1 March run to 31 August: the day before the same date six months on."""
    months = KINDS[kind].months
    if months is None:
        return None
    return add_months(tmt, months) - timedelta(days=1)


def counts_against_promotion(kind: str, tmt: date, end: date | None, on: date) -> bool:
    """A sedang or berat hukuman that started in the ``LOOKBACK_MONTHS`` before ``on`` or
    is still running on ``on`` (PP 11/2017: no sedang/berat hukuman in the last year)."""
    if KINDS[kind].level == RINGAN or tmt > on:
        return False
    if end is not None and end >= on:
        return True
    return tmt > add_months(on, -LOOKBACK_MONTHS)
