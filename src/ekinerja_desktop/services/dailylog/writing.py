"""Daily log writing: validation, save and delete, and copies into a day (previous day,
recurring templates)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ekinerja_desktop.domain.i18n import _
from ekinerja_desktop.domain.skp import (
    LogStatus,
)
from ekinerja_desktop.domain.timeutil import today_wita
from ekinerja_desktop.services import access
from ekinerja_desktop.services.dailylog.common import (
    MAX_ACTIVITY,
    Entry,
    EntryInput,
    RecurringInput,
    my_employee,
    work_calendar,
)
from ekinerja_desktop.services.dailylog.entries import (
    audit_log,
    day_logs,
    entries_of,
    log_entity,
    require_editable,
)
from ekinerja_desktop.services.errors import ValidationError, check_problems
from ekinerja_desktop.services.skp import current_approved
from ekinerja_desktop.store.models import (
    DailyLog,
    DailyLogEvidence,
    Employee,
    Skp,
    SkpRhk,
)

if TYPE_CHECKING:
    from ekinerja_desktop.services.auth import Actor
    from ekinerja_desktop.services.workspace import Workspace


_QUANTITY_RE = re.compile(r"^\d{1,9}([.,]\d{1,4})?$")


@dataclass(frozen=True)
class CleanEntry:
    day: date
    start: time
    end: time
    activity: str
    rhk_id: str | None
    quantity: str
    unit: str
    link_url: str


def clean_entry(data: EntryInput | RecurringInput, day: date) -> CleanEntry:
    problems: list[tuple[str, str]] = []
    activity = " ".join((data.activity or "").split())
    if not activity:
        problems.append(("activity", _("Uraian kegiatan wajib diisi.")))
    elif len(activity) > MAX_ACTIVITY:
        problems.append(
            ("activity", _("Uraian kegiatan maksimal {n} karakter.").format(n=MAX_ACTIVITY))
        )
    start = data.start.replace(second=0, microsecond=0)
    end = data.end.replace(second=0, microsecond=0)
    if end <= start:
        problems.append(
            (
                "end",
                _("Jam selesai ({e}) harus sesudah jam mulai ({s}).").format(
                    e=end.strftime("%H:%M"), s=start.strftime("%H:%M")
                ),
            )
        )
    quantity = (data.quantity or "").strip()
    if quantity and not _QUANTITY_RE.match(quantity):
        problems.append(("quantity", _("Jumlah keluaran harus angka, misalnya 1 atau 2,5.")))
    unit = " ".join((data.unit or "").split())[:64]
    link = (getattr(data, "link_url", "") or "").strip()
    if link and not re.match(r"^https?://\S+$", link, re.IGNORECASE):
        problems.append(("link_url", _("Tautan harus diawali http:// atau https://.")))
    check_problems(
        problems,
        _("Entri log harian belum dapat disimpan: {p}"),
        _("Perbaiki isian yang ditandai lalu simpan lagi."),
    )
    return CleanEntry(day, start, end, activity, data.rhk_id or None, quantity, unit, link[:500])


def check_day(day: date) -> None:
    today = today_wita()
    if day > today:
        raise ValidationError(
            _("Log harian tidak dapat diisi untuk tanggal yang belum tiba ({d}).").format(
                d=day.strftime("%d-%m-%Y")
            ),
            problems=[("day", _("Tanggal di masa depan."))],
            hint=_("Isi log pada hari kegiatan dilakukan atau sesudahnya."),
        )
    if day.year < 2000:
        raise ValidationError(_("Tanggal {d} tidak masuk akal.").format(d=day.isoformat()))


def _check_overlap(session: Session, employee_id: str, c: CleanEntry, own_id: str | None) -> None:
    for other in day_logs(session, employee_id, c.day):
        if other.id == own_id:
            continue
        if c.start < other.end_time and other.start_time < c.end:
            raise ValidationError(
                _('Jam {s}-{e} bertumpang tindih dengan entri {os}-{oe} "{a}".').format(
                    s=c.start.strftime("%H:%M"),
                    e=c.end.strftime("%H:%M"),
                    os=other.start_time.strftime("%H:%M"),
                    oe=other.end_time.strftime("%H:%M"),
                    a=other.activity[:60],
                ),
                problems=[("start", _("Waktu bertumpang tindih."))],
                hint=_("Ubah jam mulai/selesai agar tidak bertumpang tindih."),
            )


def _apply(log: DailyLog, c: CleanEntry) -> None:
    values = {
        "day": c.day,
        "start_time": c.start,
        "end_time": c.end,
        "activity": c.activity,
        "rhk_id": c.rhk_id,
        "quantity": c.quantity,
        "unit": c.unit,
        "link_url": c.link_url,
    }
    for key, value in values.items():
        if getattr(log, key) != value:
            setattr(log, key, value)


def save_entry(ws: Workspace, actor: Actor, data: EntryInput) -> Entry:
    """Create or update one entry of the actor's own log (Draft or Revisi only)."""
    c = clean_entry(data, data.day)
    check_day(c.day)
    with ws.write(actor=actor.username) as session:
        emp = my_employee(session, actor)
        if data.id:
            log = log_entity(session, data.id)
            access.require_log_owner(actor, log)
            require_editable(log)
        else:
            log = DailyLog(employee_id=emp.id, status=LogStatus.DRAFT.value)
        if c.rhk_id:
            _check_rhk(session, emp.id, c.rhk_id, c.day)
        _check_overlap(session, emp.id, c, data.id)
        _apply(log, c)
        if not data.id:
            session.add(log)
        session.flush()
        audit_log(
            ws,
            session,
            actor,
            "daily_log.update" if data.id else "daily_log.create",
            log.id,
            day=c.day,
            start=c.start,
            end=c.end,
            rhk_id=c.rhk_id,
        )
        cal = work_calendar(session, emp.unit_id)
        return entries_of(session, [log], cal)[0]


def delete_entry(ws: Workspace, actor: Actor, entry_id: str) -> None:
    with ws.write(actor=actor.username) as session:
        log = log_entity(session, entry_id)
        access.require_log_owner(actor, log)
        require_editable(log)
        log.deleted = True
        for link in session.execute(
            select(DailyLogEvidence).where(
                DailyLogEvidence.log_id == log.id, DailyLogEvidence.deleted.is_(False)
            )
        ).scalars():
            link.deleted = True
        audit_log(ws, session, actor, "daily_log.delete", log.id, day=log.day)


def copy_into(
    ws: Workspace,
    session: Session,
    actor: Actor,
    emp: Employee,
    *,
    day: date,
    sources: Sequence[CleanEntry],
    action: str,
) -> list[DailyLog]:
    """Insert copies that do not overlap what the day already holds (others are skipped)."""
    made: list[DailyLog] = []
    approved = current_approved(session, emp.id, day.year, on=day)
    valid_rhk = (
        {
            str(r)
            for r in session.execute(
                select(SkpRhk.id).where(SkpRhk.skp_id == approved.id, SkpRhk.deleted.is_(False))
            ).scalars()
        }
        if approved
        else set()
    )
    for src in sources:
        c = CleanEntry(
            day,
            src.start,
            src.end,
            src.activity,
            src.rhk_id if src.rhk_id in valid_rhk else None,
            src.quantity,
            src.unit,
            src.link_url,
        )
        try:
            _check_overlap(session, emp.id, c, None)
        except ValidationError:
            continue
        log = DailyLog(employee_id=emp.id, status=LogStatus.DRAFT.value)
        _apply(log, c)
        session.add(log)
        session.flush()
        made.append(log)
    if made:
        audit_log(ws, session, actor, action, "", day=day, ids=[m.id for m in made])
    return made


def copy_previous_day(ws: Workspace, actor: Actor, day: date) -> list[Entry]:
    """Copy the entries of the most recent earlier day with entries (within 14 days) into
    ``day`` as drafts; entries that would overlap existing ones are skipped."""
    check_day(day)
    with ws.write(actor=actor.username) as session:
        emp = my_employee(session, actor)
        source_day = session.execute(
            select(func.max(DailyLog.day)).where(
                DailyLog.employee_id == emp.id,
                DailyLog.day < day,
                DailyLog.day >= day - timedelta(days=14),
                DailyLog.deleted.is_(False),
            )
        ).scalar_one_or_none()
        if source_day is None:
            raise ValidationError(
                _("Tidak ada entri dalam 14 hari sebelum {d} yang dapat disalin.").format(
                    d=day.strftime("%d-%m-%Y")
                ),
                hint=_("Isi entri secara manual."),
            )
        sources = [
            CleanEntry(
                day,
                log.start_time,
                log.end_time,
                log.activity,
                log.rhk_id,
                log.quantity,
                log.unit,
                log.link_url,
            )
            for log in day_logs(session, emp.id, source_day)
        ]
        made = copy_into(ws, session, actor, emp, day=day, sources=sources, action="daily_log.copy")
        return entries_of(session, made, work_calendar(session, emp.unit_id))


def _check_rhk(session: Session, employee_id: str, rhk_id: str, day: date) -> None:
    rhk = session.get(SkpRhk, rhk_id)
    skp = session.get(Skp, rhk.skp_id) if rhk is not None and not rhk.deleted else None
    if rhk is None or skp is None or skp.deleted or skp.employee_id != employee_id:
        raise ValidationError(
            _("RHK yang dipilih bukan bagian dari SKP Anda."),
            problems=[("rhk_id", _("Pilih RHK dari SKP Anda yang disetujui."))],
            hint=_("Pilih RHK dari daftar."),
        )
    if skp.year != day.year:
        raise ValidationError(
            _(
                "RHK yang dipilih berasal dari SKP tahun {y}, sedangkan entri bertanggal {d}."
            ).format(y=skp.year, d=day.strftime("%d-%m-%Y")),
            problems=[("rhk_id", _("Pilih RHK dari SKP tahun {y}.").format(y=day.year))],
            hint=_("Pilih RHK dari SKP tahun {y} yang sudah disetujui.").format(y=day.year),
        )
    current = current_approved(session, employee_id, day.year, on=day)
    if current is None or current.id != skp.id:
        raise ValidationError(
            _("RHK yang dipilih berasal dari SKP yang belum (atau tidak lagi) disetujui."),
            problems=[("rhk_id", _("Hanya RHK SKP yang disetujui."))],
            hint=_("Log harian hanya dapat dikaitkan dengan RHK SKP yang sudah disetujui atasan."),
        )
