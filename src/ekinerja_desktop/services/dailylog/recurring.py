"""Daily log recurring templates: create, list, delete, apply to a day."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from ekinerja_desktop.domain.copying import record_from
from ekinerja_desktop.domain.i18n import _
from ekinerja_desktop.domain.timeutil import today_wita
from ekinerja_desktop.services import audit
from ekinerja_desktop.services.dailylog.common import (
    Entry,
    Recurring,
    RecurringInput,
    my_employee,
    work_calendar,
)
from ekinerja_desktop.services.dailylog.entries import entries_of
from ekinerja_desktop.services.dailylog.writing import CleanEntry, check_day, clean_entry, copy_into
from ekinerja_desktop.services.errors import (
    PermissionDeniedError,
    ValidationError,
    live_row,
)
from ekinerja_desktop.store.models import (
    RecurringLog,
    Skp,
    SkpRhk,
)

if TYPE_CHECKING:
    from ekinerja_desktop.services.auth import Actor
    from ekinerja_desktop.services.workspace import Workspace


def _rhk_texts(session: Session, rhk_ids: Iterable[str | None]) -> dict[str, str]:
    ids = sorted({r for r in rhk_ids if r})
    if not ids:
        return {}
    return {
        str(i): str(t)
        for i, t in session.execute(select(SkpRhk.id, SkpRhk.text).where(SkpRhk.id.in_(ids)))
    }


def _weekdays(values: Iterable[int]) -> tuple[int, ...]:
    days = tuple(sorted({int(v) for v in values}))
    if not days or any(not 0 <= d <= 6 for d in days):
        raise ValidationError(
            _("Pilih minimal satu hari (Senin-Minggu) untuk entri berulang."),
            problems=[("weekdays", _("Pilih hari."))],
        )
    return days


def _recurring(row: RecurringLog, rhk_text: str = "") -> Recurring:
    return record_from(
        Recurring,
        row,
        weekdays=tuple(int(x) for x in row.weekdays.split(",") if x.strip()),
        start=row.start_time,
        end=row.end_time,
        rhk_text=rhk_text,
    )


def create_recurring(ws: Workspace, actor: Actor, data: RecurringInput) -> Recurring:
    days = _weekdays(data.weekdays)
    c = clean_entry(data, today_wita())
    with ws.write(actor=actor.username) as session:
        emp = my_employee(session, actor)
        rhk = session.get(SkpRhk, c.rhk_id) if c.rhk_id else None
        if c.rhk_id:
            skp = session.get(Skp, rhk.skp_id) if rhk and not rhk.deleted else None
            if skp is None or skp.employee_id != emp.id:
                raise ValidationError(
                    _("RHK yang dipilih bukan bagian dari SKP Anda."),
                    hint=_("Pilih RHK dari daftar."),
                )
        row = RecurringLog(
            employee_id=emp.id,
            weekdays=",".join(str(d) for d in days),
            start_time=c.start,
            end_time=c.end,
            activity=c.activity,
            rhk_id=c.rhk_id,
            quantity=c.quantity,
            unit=c.unit,
            active=True,
        )
        session.add(row)
        session.flush()
        detail = {"weekdays": row.weekdays, "activity": c.activity[:80]}
        audit.record_row(session, ws, actor, "recurring_log.create", row, detail)
        return _recurring(row, rhk.text if rhk else "")


def list_recurring(ws: Workspace, actor: Actor) -> list[Recurring]:
    """The actor's recurring templates (with the linked RHK's text), by start time."""
    with ws.read() as session:
        emp = my_employee(session, actor)
        rows = list(
            session.execute(
                select(RecurringLog)
                .where(RecurringLog.employee_id == emp.id, RecurringLog.deleted.is_(False))
                .order_by(RecurringLog.start_time, RecurringLog.end_time, RecurringLog.id)
            ).scalars()
        )
        texts = _rhk_texts(session, (r.rhk_id for r in rows))
        return [_recurring(r, texts.get(r.rhk_id or "", "")) for r in rows]


def delete_recurring(ws: Workspace, actor: Actor, recurring_id: str) -> None:
    with ws.write(actor=actor.username) as session:
        missing = _("Entri berulang tidak ditemukan.")
        row = live_row(session, RecurringLog, recurring_id, missing, _("Muat ulang."))
        if row.employee_id != actor.employee_id:
            raise PermissionDeniedError(_("Entri berulang ini bukan milik Anda."))
        row.deleted = True
        audit.record_row(session, ws, actor, "recurring_log.delete", row)


def apply_recurring(ws: Workspace, actor: Actor, day: date) -> list[Entry]:
    """Add the active templates for ``day``'s weekday as drafts (overlaps are skipped)."""
    check_day(day)
    with ws.write(actor=actor.username) as session:
        emp = my_employee(session, actor)
        rows = [
            r
            for r in session.execute(
                select(RecurringLog).where(
                    RecurringLog.employee_id == emp.id,
                    RecurringLog.deleted.is_(False),
                    RecurringLog.active.is_(True),
                )
            ).scalars()
            if day.weekday() in _recurring(r).weekdays
        ]
        sources = [
            CleanEntry(day, r.start_time, r.end_time, r.activity, r.rhk_id, r.quantity, r.unit, "")
            for r in rows
        ]
        made = copy_into(
            ws, session, actor, emp, day=day, sources=sources, action="daily_log.recurring"
        )
        return entries_of(session, made, work_calendar(session, emp.unit_id))
