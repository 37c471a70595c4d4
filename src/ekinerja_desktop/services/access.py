"""The access base: who may read or change a record, checked the same way everywhere.

Four relations decide every permission of the performance records:

* owner - the actor's linked employee is the record's employee;
* penilai - the actor is the employee's Pejabat Penilai Kinerja on the record's day
  (the one rule of ``organisation.penilai``);
* atasan - the actor is the penilai's own penilai on that day (Atasan Pejabat Penilai);
* admin - the actor is an administrator whose scope covers the employee's unit.

Services combine them; the messages of refusals that several services share live here.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from ekinerja_desktop.domain.i18n import _
from ekinerja_desktop.services import organisation
from ekinerja_desktop.services.errors import PermissionDeniedError

if TYPE_CHECKING:
    from ekinerja_desktop.services.auth import Actor
    from ekinerja_desktop.services.workspace import Workspace
    from ekinerja_desktop.store.models import DailyLog, Employee


def is_owner(actor: Actor, employee_id: str | None) -> bool:
    """The actor's linked employee is ``employee_id``."""
    return actor.employee_id is not None and actor.employee_id == employee_id


def is_penilai(session: Session, actor: Actor, employee_id: str, on: date) -> bool:
    """The actor is the Pejabat Penilai of ``employee_id`` on ``on``."""
    me = actor.employee_id
    return me is not None and organisation.penilai(session, employee_id, on) == me


def is_atasan(session: Session, actor: Actor, employee_id: str, on: date) -> bool:
    """The actor is the Atasan Pejabat Penilai of ``employee_id`` on ``on``."""
    me = actor.employee_id
    return me is not None and organisation.penilai_and_atasan(session, employee_id, on)[1] == me


def mapped_supervisor_in(session: Session, actor: Actor, employee_id: str, year: int) -> bool:
    """The actor appears as the employee's supervisor on some mapping row of ``year``
    (read access: a supervisor keeps seeing the months they were responsible for)."""
    me = actor.employee_id
    if me is None:
        return False
    rows = organisation.mappings(session, [employee_id], year).get(employee_id, [])
    return any(span.supervisor_id == me for span in rows)


def admin_scope_in(session: Session, ws: Workspace, actor: Actor) -> organisation.AdminScope:
    """The units an administrator covers, inside an open session; nothing for others."""
    if not actor.is_admin:
        return organisation.AdminScope(False, frozenset())
    return organisation.scope_in(session, ws, actor, organisation.load_tree(session))


def admin_covers(
    ws: Workspace, actor: Actor, unit_id: str | None, session: Session | None = None
) -> bool:
    """The actor is an administrator whose scope covers ``unit_id`` (False otherwise);
    reads in ``session`` when given."""
    if not actor.is_admin:
        return False
    if session is not None:
        return admin_scope_in(session, ws, actor).covers(unit_id)
    return organisation.admin_scope(ws, actor).covers(unit_id)


def acts_for_outsiders(ws: Workspace, actor: Actor, on: date) -> bool:
    """The actor is an administrator covering at least one employee whose Pejabat Penilai
    on ``on`` is an external signatory (the Wali Kota for the Sekda): the admin then enters
    that person's SKP approvals and evaluations, so the SKP Tim and Penilaian pages are
    shown although the admin supervises nobody."""
    if not actor.is_admin:
        return False
    with ws.read() as session:
        outsiders = organisation.externally_appraised(session, on) - {actor.employee_id}
        if not outsiders:
            return False
        scope = admin_scope_in(session, ws, actor)
        return any(
            scope.covers(emp.unit_id)
            for emp in (organisation.employee(session, e) for e in sorted(outsiders))
            if emp is not None
        )


# --- daily logs (also used by evidence and recap) --------------------------------------
def can_read_logs(session: Session, ws: Workspace, actor: Actor, emp: Employee, day: date) -> bool:
    """The employee, a supervisor mapped to the employee in the day's year, or an admin
    of the employee's unit may read the employee's log of ``day``."""
    return (
        is_owner(actor, emp.id)
        or mapped_supervisor_in(session, actor, emp.id, day.year)
        or admin_covers(ws, actor, emp.unit_id)
    )


def deny_log_read() -> PermissionDeniedError:
    return PermissionDeniedError(
        _(
            "Anda tidak berwenang melihat log harian pegawai ini: hanya pegawai itu, "
            "pejabat penilainya dan admin unitnya yang dapat melihatnya."
        ),
        hint=_("Pilih pegawai dari tim Anda sendiri."),
    )


def require_log_owner(actor: Actor, log: DailyLog) -> None:
    if not is_owner(actor, log.employee_id):
        raise PermissionDeniedError(
            _("Hanya pegawai pemilik log harian yang dapat mengubahnya."),
            hint=_("Minta pegawai tersebut mengubahnya dari akunnya sendiri."),
        )
