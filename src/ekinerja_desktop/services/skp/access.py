"""SKP: who may read or write an SKP (owner, penilai, atasan penilai, admin) and the
errors raised when they may not."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from ekinerja_desktop.domain.i18n import _
from ekinerja_desktop.services import organisation
from ekinerja_desktop.services.access import admin_covers
from ekinerja_desktop.services.errors import PermissionDeniedError
from ekinerja_desktop.services.skp.common import skp_entity
from ekinerja_desktop.services.skp.parts import skp_people, skp_reference
from ekinerja_desktop.services.skp.people import acts_for_external_penilai
from ekinerja_desktop.store.models import Skp

if TYPE_CHECKING:
    from ekinerja_desktop.services.auth import Actor
    from ekinerja_desktop.services.workspace import Workspace


def can_read(session: Session, ws: Workspace, actor: Actor, skp: Skp) -> bool:
    """Whether ``actor`` may read ``skp`` (owner, penilai, atasan, admin of the unit)."""
    return access_of(session, ws, actor, skp).can_read


# --- access ----------------------------------------------------------------------------
@dataclass(frozen=True)
class _Access:
    owner: bool
    penilai: bool  # the current Pejabat Penilai of this SKP
    atasan: bool
    admin: bool

    @property
    def can_read(self) -> bool:
        return self.owner or self.penilai or self.atasan or self.admin


def access_of(session: Session, ws: Workspace, actor: Actor, skp: Skp) -> _Access:
    me = actor.employee_id
    owner = me is not None and me == skp.employee_id
    penilai, atasan = skp_people(session, skp)
    is_penilai = me is not None and me == penilai
    if penilai is None and not owner:
        is_penilai = acts_for_external_penilai(
            session,
            ws,
            actor,
            skp.employee_id,
            skp_reference(session, skp),
        )
    is_atasan = me is not None and me in {atasan, skp.atasan_penilai_id}
    if me is not None and me == skp.penilai_id and not is_penilai:
        is_atasan = True  # the penilai on record keeps reading access after a change
    admin = False
    if actor.is_admin and not (owner or is_penilai or is_atasan):
        emp = organisation.employee(session, skp.employee_id)
        admin = admin_covers(ws, actor, emp.unit_id if emp else None, session)
    return _Access(owner, is_penilai, is_atasan, admin)


def readable(session: Session, ws: Workspace, actor: Actor, skp_id: str) -> tuple[Skp, _Access]:
    """The SKP ``skp_id`` and the actor's relation to it; refused unless they may read it."""
    skp = skp_entity(session, skp_id)
    access = access_of(session, ws, actor, skp)
    if not access.can_read:
        raise deny_read()
    return skp, access


def deny_read() -> PermissionDeniedError:
    return PermissionDeniedError(
        _(
            "Anda tidak berwenang melihat SKP ini: hanya pegawai pemiliknya, pejabat penilai, "
            "atasan pejabat penilai dan admin yang dapat melihatnya."
        ),
        hint=_("Minta pemilik SKP atau atasannya untuk menunjukkannya."),
    )


def require_owner(access: _Access) -> None:
    if not access.owner:
        raise PermissionDeniedError(
            _("Hanya pegawai pemilik SKP yang dapat mengubah isinya atau mengajukannya."),
            hint=_("Minta pemilik SKP untuk melakukannya dari akunnya sendiri."),
        )


def require_penilai(session: Session, access: _Access, skp: Skp) -> None:
    if access.penilai:
        return
    name = organisation.display_name(organisation.employee(session, skp.employee_id))
    raise PermissionDeniedError(
        _(
            "Anda bukan Pejabat Penilai Kinerja {n} tahun {y}, sehingga tidak dapat "
            "menyetujui, menolak atau menulis ekspektasi pada SKP ini."
        ).format(n=name, y=skp.year),
        hint=_("Bila pemetaan atasan keliru, minta admin memperbaikinya di menu Pemetaan Atasan."),
    )
