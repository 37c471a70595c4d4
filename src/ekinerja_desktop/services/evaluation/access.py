"""Evaluation: who may read or write an evaluation (employee, penilai, atasan penilai,
admin for external signatories) and the errors raised when they may not."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from ekinerja_desktop.domain.i18n import _
from ekinerja_desktop.domain.periods import Period
from ekinerja_desktop.services import organisation
from ekinerja_desktop.services.access import admin_covers
from ekinerja_desktop.services.errors import NotFoundError, PermissionDeniedError, ValidationError
from ekinerja_desktop.services.evaluation.common import (
    SIGNED_STATUSES,
    employee_unit,
    ev_reference,
    signatory_snaps,
    to_period,
)
from ekinerja_desktop.services.skp import acts_for_external_penilai, load_snapshot
from ekinerja_desktop.store.models import Employee, Evaluation

if TYPE_CHECKING:
    from ekinerja_desktop.services.auth import Actor
    from ekinerja_desktop.services.workspace import Workspace


def external_atasan(session: Session, ev: Evaluation) -> dict[str, str] | None:
    """The external Atasan Pejabat Penilai of the evaluation (snapshot when signed)."""
    if ev.atasan_penilai_id:
        return None
    snap = load_snapshot(ev.atasan_snapshot)
    if snap.get("external") == "1" and snap.get("nama"):
        return snap
    atasan = signatory_snaps(session, ev)[1]
    return atasan if atasan.get("external") == "1" else None


def acts_for_external_atasan(session: Session, ws: Workspace, actor: Actor, ev: Evaluation) -> bool:
    """An admin covering the employee records an external atasan penilai's decision."""
    if not actor.is_admin or actor.employee_id == ev.employee_id:
        return False
    if external_atasan(session, ev) is None:
        return False
    return admin_covers(ws, actor, employee_unit(session, ev.employee_id), session)


def can_read(session: Session, ws: Workspace, actor: Actor, ev: Evaluation) -> bool:
    """Whether ``actor`` may read ``ev`` (employee, penilai, atasan, admin of the unit)."""
    return access_of(session, ws, actor, ev).can_read


@dataclass(frozen=True)
class _Access:
    owner: bool
    penilai: bool
    atasan: bool
    admin: bool

    @property
    def can_read(self) -> bool:
        return self.owner or self.penilai or self.atasan or self.admin

    @property
    def owner_only(self) -> bool:
        return self.owner and not (self.penilai or self.atasan or self.admin)


def access_of(session: Session, ws: Workspace, actor: Actor, ev: Evaluation) -> _Access:
    me = actor.employee_id
    owner = me is not None and me == ev.employee_id
    penilai = me is not None and me == ev.penilai_id
    if ev.penilai_id is None and not owner:  # an admin enters the external penilai's
        penilai = acts_for_external_penilai(
            session, ws, actor, ev.employee_id, ev_reference(session, ev)
        )
    atasan = me is not None and me == ev.atasan_penilai_id
    admin = False
    if actor.is_admin and not (owner or penilai or atasan):
        admin = admin_covers(ws, actor, employee_unit(session, ev.employee_id), session)
    return _Access(owner, penilai, atasan, admin)


def deny_read() -> PermissionDeniedError:
    return PermissionDeniedError(
        _(
            "Anda tidak berwenang melihat evaluasi ini: hanya pegawai yang dinilai, pejabat "
            "penilai, atasan pejabat penilai dan admin yang dapat melihatnya."
        ),
        hint=_("Minta pegawai atau pejabat penilainya untuk menunjukkannya."),
    )


def hidden_error() -> ValidationError:
    return ValidationError(
        _("Hasil evaluasi belum dapat dilihat sebelum ditandatangani pejabat penilai."),
        hint=_("Tunggu sampai pejabat penilai menandatanganinya."),
    )


def not_penilai(emp: Employee, period: Period) -> PermissionDeniedError:
    return PermissionDeniedError(
        _(
            "Anda bukan Pejabat Penilai Kinerja {n} pada periode {p} {y}, sehingga tidak "
            "dapat menilainya."
        ).format(n=organisation.display_name(emp), p=period.label, y=period.year),
        hint=_("Bila pemetaan atasan keliru, minta admin memperbaikinya di menu Pemetaan Atasan."),
    )


def require_penilai(session: Session, ws: Workspace, actor: Actor, ev: Evaluation) -> None:
    if actor.employee_id is not None and actor.employee_id == ev.penilai_id:
        return
    if access_of(session, ws, actor, ev).penilai:  # acting for an external penilai
        return
    emp = organisation.employee(session, ev.employee_id)
    if emp is None:
        raise NotFoundError(_("Data pegawai tidak ditemukan."))
    raise not_penilai(emp, to_period(ev.period_code))


def require_editable(ev: Evaluation) -> None:
    if ev.status in SIGNED_STATUSES:
        raise ValidationError(
            _("Evaluasi ini sudah ditandatangani sehingga isinya dikunci."),
            hint=_("Buat koreksi (revisi baru) dengan alasan bila ada yang perlu diubah."),
        )
