"""User roles and node roles."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    """What a logged-in user may do. A user may hold several roles."""

    PEGAWAI = "pegawai"
    ATASAN = "atasan"
    ADMIN_OPD = "admin_opd"
    ADMIN_PUSAT = "admin_pusat"

    @property
    def label(self) -> str:
        return _ROLE_LABELS[self]


_ROLE_LABELS = {
    Role.PEGAWAI: "Pegawai",
    Role.ATASAN: "Atasan (Pejabat Penilai)",
    Role.ADMIN_OPD: "Admin OPD",
    Role.ADMIN_PUSAT: "Admin Pusat (BKPSDM)",
}


class NodeRole(StrEnum):
    """What kind of installation this is."""

    OFFICE = "office"
    LAPTOP = "laptop"
    CENTRAL = "central"

    @property
    def label(self) -> str:
        return _NODE_LABELS[self]


_NODE_LABELS = {
    NodeRole.OFFICE: "PC Kantor",
    NodeRole.LAPTOP: "Laptop Atasan",
    NodeRole.CENTRAL: "Kantor Pusat (BKPSDM)",
}
