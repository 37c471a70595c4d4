"""User roles and node roles."""

from __future__ import annotations

from enum import StrEnum

from ekinerja_desktop.domain.i18n import N_, _


class Role(StrEnum):
    """What a logged-in user may do. A user may hold several roles."""

    PEGAWAI = "pegawai"
    ATASAN = "atasan"
    ADMIN_OPD = "admin_opd"
    ADMIN_PUSAT = "admin_pusat"

    @property
    def label(self) -> str:
        return _(_ROLE_LABELS[self])


_ROLE_LABELS = {
    Role.PEGAWAI: N_("Pegawai"),
    Role.ATASAN: N_("Atasan (Pejabat Penilai)"),
    Role.ADMIN_OPD: N_("Admin OPD"),
    Role.ADMIN_PUSAT: N_("Admin Pusat (BKPSDM)"),
}


class NodeRole(StrEnum):
    """What kind of installation this is."""

    OFFICE = "office"
    LAPTOP = "laptop"
    CENTRAL = "central"

    @property
    def label(self) -> str:
        return _(_NODE_LABELS[self])


_NODE_LABELS = {
    NodeRole.OFFICE: N_("PC Kantor"),
    NodeRole.LAPTOP: N_("Laptop Atasan"),
    NodeRole.CENTRAL: N_("Kantor Pusat (BKPSDM)"),
}
