"""Follow-up of the annual result (PermenPANRB 6/2022; PP 30/2019 for poor performance).

The kinds of reward and coaching are the agency's choice: the catalogues below are the
shipped defaults (verify with BKPSDM Kota Palu). A coaching plan is reviewed after the
six months PP 30/2019 gives to improve.
"""

from __future__ import annotations

from datetime import date

from ekinerja_desktop.domain.i18n import N_
from ekinerja_desktop.domain.timeutil import add_months

REWARD_TYPES: dict[str, str] = {
    "prioritas_pengembangan": N_("Prioritas pengembangan kompetensi"),
    "pertimbangan_promosi": N_("Pertimbangan promosi/pengisian jabatan"),
    "piagam": N_("Piagam/sertifikat penghargaan"),
    "lainnya": N_("Penghargaan lainnya"),
}
COACHING_TYPES: dict[str, str] = {
    "coaching": N_("Coaching dan mentoring oleh atasan"),
    "pelatihan": N_("Pelatihan/pengembangan kompetensi"),
    "uji_kompetensi": N_("Uji kompetensi ulang"),
    "lainnya": N_("Pembinaan lainnya"),
}
#: Months a coaching plan runs before its review (PP 30/2019: six months to improve).
COACHING_REVIEW_MONTHS = 6


def review_date(start: date, months: int = COACHING_REVIEW_MONTHS) -> date:
    """``start`` plus ``months`` calendar months (clamped to the month's last day)."""
    return add_months(start, months)
