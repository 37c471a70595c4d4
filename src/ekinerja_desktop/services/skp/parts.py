"""SKP periods (parts) of a year: the latest revision of each, their effective dates,
the one in force on a day and the approved SKP in force."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ekinerja_desktop.domain.skp import SkpStatus, part_periods
from ekinerja_desktop.services import organisation
from ekinerja_desktop.services.skp.common import reference_date, year_reference
from ekinerja_desktop.store.models import Skp
from ekinerja_desktop.store.revisions import latest_revision


def _penilai_atasan(
    session: Session, employee_id: str, year: int, start: date, end: date
) -> tuple[str | None, str | None]:
    """Employee ids of (penilai, atasan penilai); None for an external signatory."""
    penilai, atasan = organisation.signatories(
        session, employee_id, reference_date(year, start, end)
    )
    return penilai.employee_id, atasan.employee_id


def latest_per_part(rows: Any) -> list[Skp]:
    """The highest revision of each (employee, year, part) among ``rows``."""
    best: dict[tuple[str, int, int], Skp] = {}
    for row in rows:
        key = (row.employee_id, row.year, row.part)
        if key not in best or row.revision > best[key].revision:
            best[key] = row
    return sorted(best.values(), key=lambda r: (r.employee_id, r.year, r.part))


def parts_of(session: Session, employee_id: str, year: int) -> list[Skp]:
    """The SKP periods of an employee's year: the latest live revision of each part, in
    part (= date) order."""
    return latest_per_part(
        session.execute(
            select(Skp).where(
                Skp.employee_id == employee_id, Skp.year == year, Skp.deleted.is_(False)
            )
        ).scalars()
    )


def periods_of(parts: Sequence[Skp]) -> dict[int, tuple[date, date]]:
    return part_periods([(p.part, p.period_start, p.period_end) for p in parts])


def effective_period(session: Session, skp: Skp) -> tuple[date, date]:
    """The dates ``skp`` covers: its stored period, ended the day before the next SKP
    period of the year starts (mutasi/promosi)."""
    found = periods_of(parts_of(session, skp.employee_id, skp.year)).get(skp.part)
    return found or (skp.period_start, skp.period_end)


def part_in_force(parts: Sequence[Skp], day: date) -> Skp:
    """Of one employee's parts of a year (non-empty): the one whose effective period
    holds ``day``; before the first, the first; in a gap or after the last, the last
    one that started before ``day``."""
    periods = periods_of(parts)
    chosen = parts[0]
    for p in sorted(parts, key=lambda r: r.part):
        start, end = periods[p.part]
        if start <= day <= end:
            return p
        if start <= day:
            chosen = p
    return chosen


def part_on(session: Session, employee_id: str, day: date) -> int | None:
    """The SKP period (part) of the employee in force on ``day`` (None without SKP)."""
    parts = parts_of(session, employee_id, day.year)
    return part_in_force(parts, day).part if parts else None


def latest_skp_revision(
    session: Session, employee_id: str, year: int, part: int | None = None
) -> Skp | None:
    if part is None:
        part = part_on(session, employee_id, year_reference(year))
        if part is None:
            return None
    return latest_revision(session, Skp, employee_id=employee_id, year=year, part=part)


def current_approved(
    session: Session,
    employee_id: str,
    year: int,
    *,
    on: date | None = None,
    part: int | None = None,
) -> Skp | None:
    """The approved revision in force of one SKP period of the year: ``part``, else the
    period in force ``on`` that day (default: today within the year, else its end)."""
    if part is None:
        day = on if on is not None and on.year == year else year_reference(year)
        part = part_on(session, employee_id, day)
        if part is None:
            return None
    return latest_revision(
        session,
        Skp,
        statuses=[SkpStatus.DISETUJUI.value],
        employee_id=employee_id,
        year=year,
        part=part,
    )


def skp_reference(session: Session, skp: Skp) -> date:
    """The day whose supervisor mapping decides this SKP's penilai (its own period)."""
    return reference_date(skp.year, *effective_period(session, skp))


def skp_people(session: Session, skp: Skp) -> tuple[str | None, str | None]:
    return _penilai_atasan(session, skp.employee_id, skp.year, *effective_period(session, skp))
