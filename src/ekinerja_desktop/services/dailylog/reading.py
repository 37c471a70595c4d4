"""Daily log reading: the RHK options, a day's entries, one entry, the month calendar."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select

from ekinerja_desktop.domain.calendar import DayKind
from ekinerja_desktop.domain.i18n import _
from ekinerja_desktop.domain.skp import (
    log_submission_deadline,
)
from ekinerja_desktop.services import access, organisation
from ekinerja_desktop.services.dailylog.common import (
    CalendarCell,
    DayView,
    Entry,
    RhkOption,
    grace_days,
    minutes_between,
    target_employee,
    work_calendar,
)
from ekinerja_desktop.services.dailylog.entries import (
    build_entries,
    core_rows,
    entries_of,
    entry_select,
    log_entity,
)
from ekinerja_desktop.services.errors import ValidationError
from ekinerja_desktop.services.skp import current_approved
from ekinerja_desktop.store.models import (
    DailyLog,
    SkpRhk,
)

if TYPE_CHECKING:
    from ekinerja_desktop.services.auth import Actor
    from ekinerja_desktop.services.workspace import Workspace


def rhk_options(
    ws: Workspace, actor: Actor, year: int, employee_id: str | None = None
) -> list[RhkOption]:
    """The RHK of the employee's approved SKP of ``year`` (empty when none is approved)."""
    with ws.read() as session:
        emp = target_employee(session, ws, actor, employee_id)
        if emp.id != actor.employee_id and not access.can_read_logs(
            session, ws, actor, emp, date(year, 12, 31)
        ):
            raise access.deny_log_read()
        skp = current_approved(session, emp.id, year)
        if skp is None:
            return []
        return [
            RhkOption(r.id, r.text, r.kind)
            for r in session.execute(
                select(SkpRhk)
                .where(SkpRhk.skp_id == skp.id, SkpRhk.deleted.is_(False))
                .order_by(SkpRhk.position, SkpRhk.id)
            ).scalars()
        ]


def list_day(ws: Workspace, actor: Actor, day: date, employee_id: str | None = None) -> DayView:
    """All entries of one employee (default: the actor) on ``day``, ordered by time."""
    with ws.read() as session:
        emp = target_employee(session, ws, actor, employee_id)
        if emp.id != actor.employee_id and not access.can_read_logs(session, ws, actor, emp, day):
            raise access.deny_log_read()
        cal = work_calendar(session, emp.unit_id)
        info = cal.day_info(day)
        rows = core_rows(
            session,
            entry_select()
            .where(
                DailyLog.employee_id == emp.id,
                DailyLog.day == day,
                DailyLog.deleted.is_(False),
            )
            .order_by(DailyLog.start_time, DailyLog.end_time, DailyLog.id),
        )
        entries = build_entries(session, rows, cal)
        return DayView(
            employee_id=emp.id,
            day=day,
            day_kind=info.kind.value,
            day_name=info.name,
            is_working_day=info.kind is DayKind.WORKDAY,
            deadline=log_submission_deadline(day, cal, grace_days(session)),
            entries=tuple(entries),
        )


def get_entry(ws: Workspace, actor: Actor, entry_id: str) -> Entry:
    with ws.read() as session:
        log = log_entity(session, entry_id)
        emp = organisation.employee(session, log.employee_id)
        if emp is None or not access.can_read_logs(session, ws, actor, emp, log.day):
            raise access.deny_log_read()
        return entries_of(session, [log], work_calendar(session, emp.unit_id))[0]


def month_calendar(
    ws: Workspace, actor: Actor, year: int, month: int, employee_id: str | None = None
) -> list[CalendarCell]:
    """One cell per day of the month: day kind, entry count, hours, status mix."""
    if not (2000 <= year <= 2100 and 1 <= month <= 12):
        raise ValidationError(_("Bulan {m}-{y} tidak valid.").format(m=month, y=year))
    first = date(year, month, 1)
    last = (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    with ws.read() as session:
        emp = target_employee(session, ws, actor, employee_id)
        if emp.id != actor.employee_id and not access.can_read_logs(session, ws, actor, emp, last):
            raise access.deny_log_read()
        cal = work_calendar(session, emp.unit_id)
        rows = core_rows(
            session,
            select(
                DailyLog.day,
                DailyLog.status,
                DailyLog.start_time,
                DailyLog.end_time,
                DailyLog.is_late,
            ).where(
                DailyLog.employee_id == emp.id,
                DailyLog.day >= first,
                DailyLog.day <= last,
                DailyLog.deleted.is_(False),
            ),
        )
    late: dict[date, int] = defaultdict(int)
    per_day: dict[date, Counter[str]] = defaultdict(Counter)
    minutes: dict[date, int] = defaultdict(int)
    for d, status, start, end, is_late in rows:
        per_day[d][str(status)] += 1
        minutes[d] += minutes_between(start, end)
        late[d] += int(bool(is_late))
    cells = []
    d = first
    while d <= last:
        info = cal.day_info(d)
        mix = per_day.get(d, Counter())
        cells.append(
            CalendarCell(
                day=d,
                kind=info.kind.value,
                name=info.name,
                is_working_day=info.kind is DayKind.WORKDAY,
                entry_count=sum(mix.values()),
                minutes=minutes.get(d, 0),
                statuses=tuple(sorted(mix.items())),
                late=late.get(d, 0),
            )
        )
        d += timedelta(days=1)
    return cells
