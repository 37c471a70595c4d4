"""Demo hukuman disiplin: two records from SKs, entered by the office admin through the
service, so Pegawai -> Hukuman disiplin and the Baperjakat list have something true to
show (a sedang hukuman of the repeated-poor example, a ringan one of another employee)."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select

from ekinerja_desktop.domain.i18n import _
from ekinerja_desktop.domain.roles import Role
from ekinerja_desktop.domain.timeutil import today_wita
from ekinerja_desktop.services import discipline
from ekinerja_desktop.services.auth import Actor
from ekinerja_desktop.store.models import Employee

if TYPE_CHECKING:
    from ekinerja_desktop.services.demo.result import DemoResult
    from ekinerja_desktop.services.workspace import Workspace

ADMIN = Actor("", "admin", "Admin", frozenset({Role.ADMIN_OPD, Role.ADMIN_PUSAT}), None)


def add_discipline(ws: Workspace, result: DemoResult, *, poor: str | None) -> int:
    """A sedang hukuman (tukin cut, 6 months, from three months ago) for ``poor`` - the
    employee whose annual result called for pembinaan twice - and a written reprimand last
    year for the first other pelaksana; returns how many were recorded."""
    today = today_wita()
    with ws.read() as session:
        others = list(
            session.execute(
                select(Employee.id)
                .where(
                    Employee.deleted.is_(False),
                    Employee.active.is_(True),
                    Employee.jabatan_level == "Pelaksana",
                    Employee.id != (poor or ""),
                )
                .order_by(Employee.nip)
                .limit(1)
            ).scalars()
        )
    made = 0
    if poor is not None:
        day = today - timedelta(days=90)
        discipline.record(
            ws,
            ADMIN,
            poor,
            kind="potong_tukin_6",
            sk_number=f"862/{day.month:02d}7/BKPSDM/{day.year}",
            sk_date=day - timedelta(days=7),
            tmt=day,
            violation="Tidak masuk kerja tanpa alasan yang sah selama 12 hari kerja "
            "dalam satu tahun",
            decided_by="Wali Kota Palu",
        )
        made += 1
    for employee_id in others:
        day = today.replace(year=today.year - 1, month=5, day=12)
        discipline.record(
            ws,
            ADMIN,
            employee_id,
            kind="teguran_tertulis",
            sk_number=f"862/051/BKPSDM/{day.year}",
            sk_date=day,
            tmt=day,
            violation="Terlambat masuk kerja berulang tanpa keterangan",
            decided_by="Kepala BKPSDM Kota Palu",
        )
        made += 1
    result.counts[_("Hukuman disiplin")] = made
    return made
