"""User roles and node roles."""

from __future__ import annotations

from ekinerja_desktop.domain.i18n import N_
from ekinerja_desktop.domain.parsing import LabelledEnum


class Role(LabelledEnum, translated=True):
    """What a logged-in user may do. A user may hold several roles."""

    PEGAWAI = "pegawai", N_("Pegawai")
    ATASAN = "atasan", N_("Atasan (Pejabat Penilai)")
    ADMIN_OPD = "admin_opd", N_("Admin OPD")
    ADMIN_PUSAT = "admin_pusat", N_("Admin Pusat (BKPSDM)")


class NodeRole(LabelledEnum, translated=True):
    """What kind of installation this is."""

    OFFICE = "office", N_("PC Kantor")
    LAPTOP = "laptop", N_("Laptop Atasan")
    CENTRAL = "central", N_("Kantor Pusat (BKPSDM)")
