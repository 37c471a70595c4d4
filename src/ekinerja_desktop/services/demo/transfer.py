"""Demo mid-year transfer (mutasi): one BKPSDM employee moves to another bidang during
the demo year, so the workspace shows two SKP periods in one year with a different
Pejabat Penilai for each, and evaluations per SKP period.

The change goes through the services a real office uses: the supervisor mapping is
split at the transfer day, ``skp.start_new_skp_period`` opens the second SKP period,
the employee saves and submits it, the new penilai writes the expectations and approves.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select

from ekinerja_desktop.domain.berakhlak import BERAKHLAK
from ekinerja_desktop.domain.i18n import _
from ekinerja_desktop.domain.jabatan import JabatanKind
from ekinerja_desktop.domain.roles import Role
from ekinerja_desktop.domain.skp import SkpStatus
from ekinerja_desktop.domain.timeutil import today_wita
from ekinerja_desktop.services import organisation
from ekinerja_desktop.services import skp as skp_service
from ekinerja_desktop.services.auth import Actor
from ekinerja_desktop.services.demo.skp import EXPECTATIONS
from ekinerja_desktop.services.period_scheme import periods
from ekinerja_desktop.store.models import Employee, OrgUnit, Skp, SupervisorAssignment, User

if TYPE_CHECKING:
    from ekinerja_desktop.services.demo.result import DemoResult
    from ekinerja_desktop.services.workspace import Workspace

TRANSFER_OPD = "BKPSDM"
TRANSFER_REFERENCE = "800.1.3.3/{n}/BKPSDM/{y}"  # the demo SK number


@dataclass(frozen=True)
class Transfer:
    employee_id: str
    day: date  # first day in the new unit (start of SKP period 2)
    old_penilai: str
    new_penilai: str
    new_unit: str


def transfer_day(ws: Workspace, year: int) -> date | None:
    """The demo transfer happens at the start of the last ended evaluation period (so
    periods on both sides have ended), else at the start of the current period; none
    while the year's first period runs."""
    today = today_wita()
    plan = [p for p in periods(ws, year) if not p.is_final]
    ended = [p for p in plan if p.end < today]
    if len(ended) >= 2:
        return ended[-1].start
    current = next((p for p in plan if p.start <= today <= p.end), None)
    if current is None or current.start <= date(year, 1, 1):
        return None
    return current.start


def _actor(session: object, employee_id: str) -> Actor:
    from sqlalchemy.orm import Session

    assert isinstance(session, Session)
    emp = session.get(Employee, employee_id)
    name = organisation.display_name(emp)
    return Actor("", "demo", name, frozenset({Role.PEGAWAI, Role.ATASAN}), employee_id)


def make_transfer(ws: Workspace, result: DemoResult, *, seed: int, year: int) -> Transfer | None:
    """Move one BKPSDM staff member to another bidang at ``transfer_day``; returns what
    was done (None when it is too early in the year or nobody fits)."""
    day = transfer_day(ws, year)
    if day is None:
        return None
    rng = random.Random(seed * 6007 + year)
    with ws.read() as session:
        top = session.execute(
            select(OrgUnit.id).where(OrgUnit.code == TRANSFER_OPD, OrgUnit.parent_id.is_(None))
        ).scalar_one_or_none()
        if top is None:
            return None
        units = dict(
            session.execute(
                select(OrgUnit.id, OrgUnit.parent_id).where(OrgUnit.deleted.is_(False))
            ).all()
        )
        inside = {u for u in units if u == top or units.get(u) == top}
        inside |= {u for u in units if units.get(u) in inside}
        accounts = {
            str(e)
            for e in session.execute(
                select(User.employee_id).where(User.employee_id.is_not(None))
            ).scalars()
        }
        approved = {
            str(e)
            for e in session.execute(
                select(Skp.employee_id).where(
                    Skp.year == year, Skp.status == SkpStatus.DISETUJUI.value, Skp.part == 1
                )
            ).scalars()
        }
        people = list(
            session.execute(
                select(Employee)
                .where(Employee.unit_id.in_(sorted(inside)), Employee.deleted.is_(False))
                .order_by(Employee.nip)
            ).scalars()
        )
        penilai = organisation.penilai_map(session, year, on=day - timedelta(days=1))
        # New penilai: the heads of the bidang (directly below the OPD) with an approved SKP.
        bidang_heads = [
            e
            for e in people
            if e.is_unit_head and units.get(e.unit_id or "") == top and e.id in approved
        ]
        candidates = [
            e
            for e in people
            if not e.is_unit_head
            and e.jabatan_kind != JabatanKind.JPT.value
            and e.id in approved
            and e.id not in accounts
            and penilai.get(e.id) in {h.id for h in bidang_heads}
        ]
        if not candidates or len(bidang_heads) < 2:
            return None
        person = rng.choice(candidates)
        old = penilai[person.id]
        new_head = rng.choice([h for h in bidang_heads if h.id != old])
        move = Transfer(person.id, day, old, new_head.id, str(new_head.unit_id))
        old_unit = session.get(OrgUnit, person.unit_id)
        new_unit = session.get(OrgUnit, move.new_unit)
        old_name = _short(old_unit.name if old_unit else "")
        new_name = _short(new_unit.name if new_unit else "")
    with ws.write(actor="demo") as session:
        row = session.execute(
            select(SupervisorAssignment).where(
                SupervisorAssignment.employee_id == move.employee_id,
                SupervisorAssignment.year == year,
                SupervisorAssignment.deleted.is_(False),
            )
        ).scalar_one()
        row.valid_to = day - timedelta(days=1)
        session.add(
            SupervisorAssignment(
                employee_id=move.employee_id,
                supervisor_id=move.new_penilai,
                year=year,
                valid_from=day,
                valid_to=date(year, 12, 31),
                needs_confirmation=False,
                note=f"Mutasi antarbidang mulai {day.isoformat()}",
                external_penilai="",
                external_atasan="",
            )
        )
        emp = session.get(Employee, move.employee_id)
        assert emp is not None
        emp.unit_id = move.new_unit
        session.flush()
        me = _actor(session, move.employee_id)
        boss = _actor(session, move.new_penilai)
    detail = skp_service.start_new_skp_period(
        ws,
        me,
        move.employee_id,
        day,
        "mutasi",
        reference=TRANSFER_REFERENCE.format(n=rng.randint(100, 999), y=year),
        copy_content=True,
    )
    skp_id = detail.summary.id
    options = [
        o for o in skp_service.parent_options(ws, me, skp_id) if o.kind == "Utama"
    ] or skp_service.parent_options(ws, me, skp_id)
    rhk = tuple(
        replace(
            r,
            text=r.text.replace(old_name, new_name) if old_name else r.text,
            parent_rhk_id=options[i % len(options)].id if options else None,
        )
        for i, r in enumerate(detail.rhk)
    )
    skp_service.save_content(
        ws,
        me,
        skp_id,
        approach=detail.summary.approach,
        rhk=rhk,
        lampiran=detail.lampiran,
    )
    skp_service.submit(ws, me, skp_id)
    skp_service.set_expectations(
        ws, boss, skp_id, {v.code: rng.choice(EXPECTATIONS[v.code]) for v in BERAKHLAK}
    )
    skp_service.approve(ws, boss, skp_id)
    result.counts[_("Pegawai mutasi {year}").format(year=year)] = 1
    return move


def _short(name: str) -> str:
    for prefix in ("Subbagian ", "Seksi ", "Bidang ", "Bagian "):
        if name.startswith(prefix):
            return name[len(prefix) :]
    return name
