"""Master data: shared limits and the admin's change scope (which OPD an admin may change)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ekinerja_desktop.domain.i18n import _
from ekinerja_desktop.services import organisation
from ekinerja_desktop.services.errors import (
    PermissionDeniedError,
)
from ekinerja_desktop.services.organisation import (
    AdminScope,
)

if TYPE_CHECKING:
    from ekinerja_desktop.services.auth import Actor
    from ekinerja_desktop.services.workspace import Workspace


UNIT_KINDS = (
    "opd",
    "bidang",
    "bagian",
    "seksi",
    "subbagian",
    "uptd",
    "kecamatan",
    "kelurahan",
)
MIN_YEAR, MAX_YEAR = 2000, 2100
MAX_KELAS_JABATAN = 17
# Fastest regular promotion is every 2 years (pilihan); highest entry grade is III/c (S3).
HIGHEST_ENTRY_RANK = 11
YEARS_PER_ACCELERATED_STEP = 2


# --- permission scope ------------------------------------------------------------------
def admin_scope(ws: Workspace, actor: Actor) -> AdminScope:
    """What ``actor`` may change (for greying out buttons); raises for non-admins."""
    return organisation.admin_scope(ws, actor)


def deny_outside(scope: AdminScope, what: str) -> PermissionDeniedError:
    where = scope.opd_name or _("(belum ada: akun Anda belum ditautkan ke data pegawai)")
    return PermissionDeniedError(
        _("{what} berada di luar OPD Anda; Anda hanya dapat mengubah data di {opd}.").format(
            what=what, opd=where
        ),
        hint=_("Minta admin pusat (BKPSDM) untuk mengubahnya."),
    )
