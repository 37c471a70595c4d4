"""Daily log submission and withdrawal by the employee."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select

from ekinerja_desktop.domain.i18n import _
from ekinerja_desktop.domain.skp import (
    EDITABLE_LOG_STATUSES,
    LogAction,
    LogStatus,
    log_submission_deadline,
    log_transition,
)
from ekinerja_desktop.domain.timeutil import now_utc, today_wita
from ekinerja_desktop.services import access, organisation
from ekinerja_desktop.services.dailylog.common import Entry, grace_days, my_employee, work_calendar
from ekinerja_desktop.services.dailylog.entries import audit_log, day_logs, entries_of, log_entity
from ekinerja_desktop.services.errors import ValidationError
from ekinerja_desktop.store.models import (
    DailyLog,
)

if TYPE_CHECKING:
    from ekinerja_desktop.services.auth import Actor
    from ekinerja_desktop.services.workspace import Workspace


@dataclass(frozen=True)
class SubmitResult:
    submitted: int
    late: int
    skipped: int  # already submitted or approved


def _submit(ws: Workspace, actor: Actor, start: date, end: date) -> SubmitResult:
    with ws.write(actor=actor.username) as session:
        emp = my_employee(session, actor)
        cal = work_calendar(session, emp.unit_id)
        grace = grace_days(session)
        logs = list(
            session.execute(
                select(DailyLog).where(
                    DailyLog.employee_id == emp.id,
                    DailyLog.day >= start,
                    DailyLog.day <= end,
                    DailyLog.deleted.is_(False),
                )
            ).scalars()
        )
        if not logs:
            raise ValidationError(
                _("Tidak ada entri log harian pada {a} s.d. {b} yang dapat diajukan.").format(
                    a=start.strftime("%d-%m-%Y"), b=end.strftime("%d-%m-%Y")
                ),
                hint=_("Isi entri terlebih dahulu."),
            )
        today = today_wita()
        now = now_utc()
        done = late = skipped = 0
        for log in logs:
            if log.status not in EDITABLE_LOG_STATUSES:
                skipped += 1
                continue
            log.status = log_transition(log.status, LogAction.SUBMIT).value
            log.submitted_at = now
            log.is_late = today > log_submission_deadline(log.day, cal, grace)
            done += 1
            late += int(log.is_late)
        if done:
            audit_log(
                ws,
                session,
                actor,
                "daily_log.submit",
                "",
                start=start,
                end=end,
                count=done,
                late=late,
            )
        return SubmitResult(done, late, skipped)


def submit_day(ws: Workspace, actor: Actor, day: date) -> SubmitResult:
    """Submit the Draft/Revisi entries of ``day``; late ones are marked, not refused."""
    return _submit(ws, actor, day, day)


def submit_week(ws: Workspace, actor: Actor, day: date) -> SubmitResult:
    """Submit the Draft/Revisi entries of the Monday-Sunday week containing ``day``."""
    monday = day - timedelta(days=day.weekday())
    return _submit(ws, actor, monday, min(monday + timedelta(days=6), today_wita()))


def _not_withdrawable(status: str) -> ValidationError:
    if status == LogStatus.DISETUJUI.value:
        return ValidationError(
            _("Entri ini sudah disetujui atasan sehingga tidak dapat ditarik kembali."),
            hint=_("Catat perubahan sebagai entri baru bila perlu."),
        )
    if status == LogStatus.REVISI.value:
        return ValidationError(
            _("Entri ini sudah dikembalikan atasan; perbaiki lalu ajukan lagi."),
            hint=_("Entri yang dikembalikan dapat langsung diubah."),
        )
    return ValidationError(
        _("Entri ini belum diajukan, jadi tidak ada yang perlu ditarik kembali."),
        hint=_("Entri draf dapat langsung diubah atau dihapus."),
    )


def _withdraw_logs(logs: Sequence[DailyLog]) -> None:
    """Submitted, not yet reviewed entries back to Draft (the deadline is checked again
    when they are submitted anew)."""
    for log in logs:
        log.status = log_transition(log.status, LogAction.WITHDRAW).value
        log.submitted_at = None
        log.is_late = False


def withdraw(ws: Workspace, actor: Actor, entry_id: str) -> Entry:
    """Take a submitted (not yet reviewed) entry of the actor's own log back to Draft."""
    with ws.write(actor=actor.username) as session:
        log = log_entity(session, entry_id)
        access.require_log_owner(actor, log)
        if log.status != LogStatus.DIAJUKAN.value:
            raise _not_withdrawable(log.status)
        _withdraw_logs([log])
        audit_log(ws, session, actor, "daily_log.withdraw", log.id, day=log.day)
        emp = organisation.employee(session, log.employee_id)
        return entries_of(session, [log], work_calendar(session, emp.unit_id if emp else None))[0]


def withdraw_day(ws: Workspace, actor: Actor, day: date) -> int:
    """Take every submitted, not yet reviewed entry of ``day`` back to Draft; approved and
    returned entries stay as they are. Returns the number withdrawn."""
    with ws.write(actor=actor.username) as session:
        emp = my_employee(session, actor)
        logs = [
            log for log in day_logs(session, emp.id, day) if log.status == LogStatus.DIAJUKAN.value
        ]
        if not logs:
            raise ValidationError(
                _(
                    "Tidak ada entri pada {d} yang masih menunggu tinjauan, sehingga tidak ada "
                    "yang dapat ditarik kembali."
                ).format(d=day.strftime("%d-%m-%Y")),
                hint=_("Entri yang sudah disetujui dikunci; yang dikembalikan dapat diubah."),
            )
        _withdraw_logs(logs)
        ids = sorted(log.id for log in logs)
        audit_log(
            ws,
            session,
            actor,
            "daily_log.withdraw",
            ids[0] if len(ids) == 1 else "",
            day=day,
            ids=ids,
        )
        return len(logs)
