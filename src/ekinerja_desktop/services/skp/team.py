"""SKP: the penilai's team list for a year and the cascading coverage of their RHK."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from ekinerja_desktop.domain.timeutil import today_wita
from ekinerja_desktop.services import organisation
from ekinerja_desktop.services.skp.common import (
    BELUM_DIBUAT,
    ParentRhkOption,
    SkpSummary,
    reference_date,
)
from ekinerja_desktop.services.skp.content import rhk_options
from ekinerja_desktop.services.skp.parts import latest_per_part, part_in_force
from ekinerja_desktop.services.skp.people import acts_for_external_penilai
from ekinerja_desktop.services.skp.reading import summaries_of
from ekinerja_desktop.store.models import Employee, Skp

if TYPE_CHECKING:
    from ekinerja_desktop.services.auth import Actor
    from ekinerja_desktop.services.workspace import Workspace


def team_skps(ws: Workspace, actor: Actor, year: int) -> list[SkpSummary]:
    """The latest SKP revision of every employee the actor appraises in ``year`` (and a
    row with status "Belum dibuat" for those without one)."""
    me = actor.employee_id
    if me is None and not actor.is_admin:
        return []
    with ws.read() as session:
        team = _team_of(session, me, year) if me is not None else set()
        if actor.is_admin:  # those whose penilai is external: the admin acts for them
            on = min(max(today_wita(), date(year, 1, 1)), date(year, 12, 31))
            team |= {
                e
                for e in organisation.externally_appraised(session, on)
                if e != me and acts_for_external_penilai(session, ws, actor, e, on)
            }
        if not team:
            return []
        emps = {
            e.id: e
            for e in session.execute(
                select(Employee).where(Employee.id.in_(sorted(team)), Employee.deleted.is_(False))
            ).scalars()
        }
        on = reference_date(year, date(year, 1, 1), date(year, 12, 31))
        by_emp: dict[str, list[Skp]] = {}
        for row in latest_per_part(
            session.execute(
                select(Skp).where(
                    Skp.year == year,
                    Skp.deleted.is_(False),
                    Skp.employee_id.in_(sorted(team)),
                )
            ).scalars()
        ):
            by_emp.setdefault(row.employee_id, []).append(row)
        skps = [part_in_force(rows_of, on) for rows_of in by_emp.values()]
        rows = summaries_of(session, skps)
        have = {r.employee_id for r in rows}
        me_name = organisation.display_name(organisation.employee(session, me)) if me else ""
        for emp_id in sorted(team - have):
            emp = emps.get(emp_id)
            if emp is None or not emp.active:
                continue
            rows.append(
                SkpSummary(
                    id="",
                    employee_id=emp_id,
                    employee_name=organisation.display_name(emp),
                    employee_nip=emp.nip,
                    year=year,
                    revision=0,
                    status=BELUM_DIBUAT,
                    approach="",
                    penilai_id=me,
                    penilai_name=me_name,
                    rhk_count=0,
                    submitted_at="",
                    decided_at="",
                    decision_note="",
                )
            )
        names = {e.id: e.name.casefold() for e in emps.values()}
    return sorted(rows, key=lambda r: (names.get(r.employee_id, ""), r.employee_nip))


def _team_of(session: Session, supervisor_id: str, year: int) -> set[str]:
    """Employees whose penilai in ``year`` (on the reference day) is ``supervisor_id``."""
    on = reference_date(year, date(year, 1, 1), date(year, 12, 31))
    return organisation.team_on(session, supervisor_id, on)


def coverage(ws: Workspace, actor: Actor, year: int) -> list[ParentRhkOption]:
    """The actor's own approved RHK with how many subordinate RHK support each (0 = not
    yet supported by anyone)."""
    if actor.employee_id is None:
        return []
    with ws.read() as session:
        return rhk_options(session, actor.employee_id, year)
