"""Daily log use cases: day entries, recurring templates, submit, supervisor review, calendar."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from itertools import groupby
from typing import TYPE_CHECKING, Any

from sqlalchemy import Row, Select, func, literal, select, tuple_
from sqlalchemy.orm import Session

from ekinerja_desktop.domain.calendar import DayKind, WorkCalendar
from ekinerja_desktop.domain.fmt import person_display_name
from ekinerja_desktop.domain.i18n import _
from ekinerja_desktop.domain.roles import Role
from ekinerja_desktop.domain.skp import (
    DEFAULT_LOG_GRACE_WORKING_DAYS,
    EDITABLE_LOG_STATUSES,
    LogAction,
    LogStatus,
    log_submission_deadline,
    log_transition,
)
from ekinerja_desktop.domain.supervision import penilai_on
from ekinerja_desktop.domain.timeutil import now_utc, to_wita, today_wita
from ekinerja_desktop.services import access, audit, organisation, settings
from ekinerja_desktop.services.auth import require
from ekinerja_desktop.services.errors import NotFoundError, PermissionDeniedError, ValidationError
from ekinerja_desktop.services.skp import current_approved
from ekinerja_desktop.store.models import (
    CalendarDay,
    DailyLog,
    DailyLogEvidence,
    Employee,
    OrgUnit,
    RecurringLog,
    Setting,
    Skp,
    SkpRhk,
    SupervisorAssignment,
)

if TYPE_CHECKING:
    from ekinerja_desktop.services.auth import Actor
    from ekinerja_desktop.services.workspace import Workspace

GRACE_SETTING = "log_grace_working_days"
MAX_ACTIVITY = 2000
_QUANTITY_RE = re.compile(r"^\d{1,9}([.,]\d{1,4})?$")


# --- dataclasses -----------------------------------------------------------------------
@dataclass(frozen=True)
class EntryInput:
    day: date
    start: time
    end: time
    activity: str
    rhk_id: str | None = None
    quantity: str = ""
    unit: str = ""
    link_url: str = ""
    id: str | None = None  # None creates a new entry


# Not frozen: a frozen dataclass costs ~4 us per instance (one object.__setattr__ per
# field), which dominated the supervisor queue (thousands of entries). Treat as read-only.
@dataclass(slots=True, unsafe_hash=True)
class Entry:
    id: str
    employee_id: str
    day: date
    start: time
    end: time
    activity: str
    rhk_id: str | None
    rhk_text: str
    quantity: str
    unit: str
    link_url: str
    status: str  # domain LogStatus values
    is_late: bool
    submitted_at: str
    review_note: str
    reviewer_name: str
    evidence_count: int
    non_working_day: bool  # allowed, flagged (weekend, holiday, cuti bersama)

    @property
    def minutes(self) -> int:
        return minutes_between(self.start, self.end)

    @property
    def editable(self) -> bool:
        return self.status in EDITABLE_LOG_STATUSES


@dataclass(frozen=True)
class DayView:
    employee_id: str
    day: date
    day_kind: str  # domain DayKind values
    day_name: str
    is_working_day: bool
    deadline: date
    entries: tuple[Entry, ...]

    @property
    def minutes(self) -> int:
        return sum(e.minutes for e in self.entries)


@dataclass(frozen=True)
class RhkOption:
    id: str
    text: str
    kind: str  # Utama | Tambahan


@dataclass(frozen=True)
class RecurringInput:
    weekdays: tuple[int, ...]  # 0 = Monday
    start: time
    end: time
    activity: str
    rhk_id: str | None = None
    quantity: str = ""
    unit: str = ""


@dataclass(frozen=True)
class Recurring:
    id: str
    weekdays: tuple[int, ...]
    start: time
    end: time
    activity: str
    rhk_id: str | None
    quantity: str
    unit: str
    active: bool
    rhk_text: str = ""


@dataclass(frozen=True)
class QueueFilter:
    employee_id: str | None = None
    start: date | None = None
    end: date | None = None
    rhk_id: str | None = None


@dataclass(frozen=True)
class QueueGroup:
    employee_id: str
    employee_name: str
    employee_nip: str
    day: date
    entries: tuple[Entry, ...]


@dataclass(frozen=True)
class CalendarCell:
    day: date
    kind: str  # domain DayKind values
    name: str  # holiday / cuti bersama name, weekday name on weekends
    is_working_day: bool
    entry_count: int
    minutes: int
    statuses: tuple[tuple[str, int], ...]  # (LogStatus value, count)
    late: int

    @property
    def missing(self) -> bool:
        """A past working day without any entry."""
        return self.is_working_day and self.entry_count == 0 and self.day < today_wita()


# --- helpers ---------------------------------------------------------------------------
def minutes_between(start: time, end: time) -> int:
    return (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)


_WITA_OFFSET = timedelta(hours=8)


def _stamp(moment: datetime | None) -> str:
    if moment is None:
        return ""
    if moment.tzinfo is not None:
        return to_wita(moment).strftime("%Y-%m-%d %H:%M")
    return (moment + _WITA_OFFSET).isoformat(" ", "minutes")


def my_employee(session: Session, actor: Actor) -> Employee:
    emp = organisation.employee(session, actor.employee_id)
    if emp is None:
        raise ValidationError(
            _(
                "Akun Anda belum ditautkan ke data pegawai, sehingga belum dapat mengisi "
                "log harian."
            ),
            hint=_("Minta admin menautkan akun Anda ke data pegawai Anda."),
        )
    return emp


_CALENDARS: dict[tuple[object, ...], WorkCalendar] = {}


def work_calendar(session: Session, unit_id: str | None) -> WorkCalendar:
    """The working-day calendar of a unit: its Saturday rule plus the calendar exceptions."""
    saturday = False
    if unit_id:
        unit = session.get(OrgUnit, unit_id)
        saturday = bool(unit and unit.saturday_workday)
    return _calendar(saturday, _calendar_rows(session))


def work_calendars(
    session: Session, unit_ids: Iterable[str | None]
) -> dict[str | None, WorkCalendar]:
    """``work_calendar`` for many units in two queries (recaps over a whole OPD)."""
    ids = sorted({u for u in unit_ids if u})
    saturday: set[str] = set()
    for i in range(0, len(ids), 500):
        saturday |= {
            str(u)
            for u in session.execute(
                select(OrgUnit.id).where(
                    OrgUnit.id.in_(ids[i : i + 500]), OrgUnit.saturday_workday.is_(True)
                )
            ).scalars()
        }
    rows = _calendar_rows(session)
    out: dict[str | None, WorkCalendar] = {None: _calendar(False, rows)}
    for unit_id in ids:
        out[unit_id] = _calendar(unit_id in saturday, rows)
    return out


def _calendar_rows(session: Session) -> tuple[tuple[date, str, str], ...]:
    return tuple(
        (d, str(k), str(n))
        for d, k, n in session.execute(
            select(CalendarDay.day, CalendarDay.kind, CalendarDay.name)
            .where(CalendarDay.deleted.is_(False))
            .order_by(CalendarDay.day)
        ).all()
    )


def _calendar(saturday: bool, rows: tuple[tuple[date, str, str], ...]) -> WorkCalendar:
    key = (saturday, rows)
    cal = _CALENDARS.get(key)
    if cal is None:
        if len(_CALENDARS) > 32:
            _CALENDARS.clear()
        cal = WorkCalendar(
            saturday_is_workday=saturday,
            cuti_bersama=[(d, n) for d, k, n in rows if k == "cuti_bersama"],
            extra_holidays=[(d, n) for d, k, n in rows if k == "libur"],
            extra_workdays=[(d, n) for d, k, n in rows if k == "kerja"],
        )
        _CALENDARS[key] = cal
    return cal


def grace_days(session: Session) -> int:
    """The deadline rule inside a running session (see ``grace_working_days``)."""
    row = session.get(Setting, GRACE_SETTING)
    try:
        return int(row.value) if row else DEFAULT_LOG_GRACE_WORKING_DAYS
    except ValueError:
        return DEFAULT_LOG_GRACE_WORKING_DAYS


def grace_working_days(ws: Workspace) -> int:
    """Working days after the activity day on which submission is still on time."""
    with ws.read() as session:
        return grace_days(session)


def set_grace_working_days(ws: Workspace, actor: Actor, days: int) -> None:
    require(actor, Role.ADMIN_OPD, Role.ADMIN_PUSAT)
    if not 0 <= days <= 30:
        raise ValidationError(
            _("Tenggat pengajuan log harian harus 0-30 hari kerja."),
            hint=_("Isi 1 untuk 'paling lambat hari kerja berikutnya'."),
        )
    save_setting(ws, actor, GRACE_SETTING, str(days), str(DEFAULT_LOG_GRACE_WORKING_DAYS))


def save_setting(ws: Workspace, actor: Actor, key: str, value: str, default: str) -> None:
    """Store one workspace setting (``settings.write``, kept for existing callers)."""
    settings.write(ws, actor, key, value, default)


def target_employee(
    session: Session, ws: Workspace, actor: Actor, employee_id: str | None
) -> Employee:
    """The employee whose log is read: the actor's own, or another one the actor may see."""
    if employee_id is None or employee_id == actor.employee_id:
        return my_employee(session, actor)
    emp = organisation.employee(session, employee_id)
    if emp is None:
        raise NotFoundError(_("Pegawai tidak ditemukan."), hint=_("Muat ulang daftar."))
    return emp


def _rhk_texts(session: Session, rhk_ids: Iterable[str | None]) -> dict[str, str]:
    ids = sorted({r for r in rhk_ids if r})
    if not ids:
        return {}
    return {
        str(i): str(t)
        for i, t in session.execute(select(SkpRhk.id, SkpRhk.text).where(SkpRhk.id.in_(ids)))
    }


def _evidence_counts(session: Session, log_ids: Sequence[str]) -> dict[str, int]:
    if not log_ids:
        return {}
    le = DailyLogEvidence
    return {
        str(i): int(n)
        for i, n in session.execute(
            select(le.log_id, func.count())
            .where(le.log_id.in_(list(log_ids)), le.deleted.is_(False))
            .group_by(le.log_id)
        ).all()
    }


_ENTRY_COLUMNS = (
    DailyLog.id,
    DailyLog.employee_id,
    DailyLog.day,
    DailyLog.start_time,
    DailyLog.end_time,
    DailyLog.activity,
    DailyLog.rhk_id,
    DailyLog.quantity,
    DailyLog.unit,
    DailyLog.link_url,
    DailyLog.status,
    DailyLog.is_late,
    DailyLog.submitted_at,
    DailyLog.review_note,
    DailyLog.reviewer_id,
)


def _entry_select() -> Select[*tuple[Any, ...]]:
    """Entry columns with the RHK text and the evidence count in one statement."""
    le = DailyLogEvidence
    evidence = (
        select(func.count())
        .where(le.log_id == DailyLog.id, le.deleted.is_(False))
        .correlate(DailyLog)
        .scalar_subquery()
    )
    return select(*_ENTRY_COLUMNS, SkpRhk.text, evidence).outerjoin(
        SkpRhk, SkpRhk.id == DailyLog.rhk_id
    )


def core_rows(session: Session, stmt: Select[*tuple[Any, ...]]) -> Sequence[Row[*tuple[Any, ...]]]:
    """Rows of a column select run through Core: about a third faster than the ORM path
    for thousands of rows (no ORM result loading). Pending ORM changes are flushed first,
    as the ORM's autoflush would."""
    session.flush()
    return session.connection().execute(stmt).all()


def _build(session: Session, rows: Sequence[Any], cal: WorkCalendar | None) -> list[Entry]:
    """Entries from rows of ``_entry_select`` (positional: fastest to unpack)."""
    reviewers = {
        r[14]: organisation.display_name(organisation.employee(session, r[14]))
        for r in rows
        if r[14]
    }
    working: dict[date, bool] = {}
    stamps: dict[datetime | None, str] = {}  # a day's entries share one submission time
    out = []
    for (
        log_id,
        employee_id,
        day,
        start,
        end,
        activity,
        rhk_id,
        quantity,
        unit,
        link_url,
        status,
        is_late,
        submitted_at,
        review_note,
        reviewer_id,
        rhk_text,
        evidence_count,
    ) in rows:
        stamp = stamps.get(submitted_at)
        if stamp is None:
            stamp = stamps[submitted_at] = _stamp(submitted_at)
        non_working = False
        if cal is not None:
            if day not in working:
                working[day] = cal.is_working_day(day)
            non_working = not working[day]
        out.append(
            Entry(
                log_id,
                employee_id,
                day,
                start,
                end,
                activity,
                rhk_id,
                rhk_text or "",
                quantity,
                unit,
                link_url,
                status,
                bool(is_late),
                stamp,
                review_note,
                reviewers.get(reviewer_id, "") if reviewer_id else "",
                int(evidence_count or 0),
                non_working,
            )
        )
    return out


def _entries(session: Session, logs: Sequence[DailyLog], cal: WorkCalendar | None) -> list[Entry]:
    """Entries of (flushed) ORM rows, in the given order."""
    if not logs:
        return []
    ids = [log.id for log in logs]
    rows = {row.id: row for row in core_rows(session, _entry_select().where(DailyLog.id.in_(ids)))}
    return _build(session, [rows[i] for i in ids], cal)


def _day_logs(session: Session, employee_id: str, day: date) -> list[DailyLog]:
    return list(
        session.execute(
            select(DailyLog)
            .where(
                DailyLog.employee_id == employee_id,
                DailyLog.day == day,
                DailyLog.deleted.is_(False),
            )
            .order_by(DailyLog.start_time, DailyLog.end_time, DailyLog.id)
        ).scalars()
    )


def log_entity(session: Session, entry_id: str) -> DailyLog:
    log = session.get(DailyLog, entry_id)
    if log is None or log.deleted:
        raise NotFoundError(
            _("Entri log harian tidak ditemukan (mungkin sudah dihapus)."),
            hint=_("Muat ulang tampilan hari ini."),
        )
    return log


def require_editable(log: DailyLog) -> None:
    if log.status == LogStatus.DISETUJUI.value:
        raise ValidationError(
            _("Entri ini sudah disetujui atasan sehingga dikunci dan tidak dapat diubah."),
            hint=_("Catat perubahan sebagai entri baru bila perlu."),
        )
    if log.status not in EDITABLE_LOG_STATUSES:
        raise ValidationError(
            _("Entri berstatus {s} sedang ditinjau atasan dan tidak dapat diubah.").format(
                s=log.status
            ),
            hint=_("Tunggu keputusan atasan; entri yang dikembalikan dapat diperbaiki."),
        )


def _audit(
    ws: Workspace, session: Session, actor: Actor, action: str, eid: str, **d: object
) -> None:
    audit.record_action(
        session,
        ws,
        actor,
        action=action,
        entity="daily_log",
        entity_id=eid,
        detail={k: (str(v) if isinstance(v, (date, time)) else v) for k, v in d.items()},
    )


# --- RHK options -----------------------------------------------------------------------
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


# --- reading ---------------------------------------------------------------------------
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
            _entry_select()
            .where(
                DailyLog.employee_id == emp.id,
                DailyLog.day == day,
                DailyLog.deleted.is_(False),
            )
            .order_by(DailyLog.start_time, DailyLog.end_time, DailyLog.id),
        )
        entries = _build(session, rows, cal)
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
        return _entries(session, [log], work_calendar(session, emp.unit_id))[0]


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


# --- writing ---------------------------------------------------------------------------
@dataclass(frozen=True)
class _Clean:
    day: date
    start: time
    end: time
    activity: str
    rhk_id: str | None
    quantity: str
    unit: str
    link_url: str


def _clean(data: EntryInput | RecurringInput, day: date) -> _Clean:
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
    if problems:
        raise ValidationError(
            _("Entri log harian belum dapat disimpan: {p}").format(
                p="; ".join(msg for _f, msg in problems)
            ),
            problems=problems,
            hint=_("Perbaiki isian yang ditandai lalu simpan lagi."),
        )
    return _Clean(day, start, end, activity, data.rhk_id or None, quantity, unit, link[:500])


def _check_day(day: date) -> None:
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


def _check_overlap(session: Session, employee_id: str, c: _Clean, own_id: str | None) -> None:
    for other in _day_logs(session, employee_id, c.day):
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


def _apply(log: DailyLog, c: _Clean) -> None:
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
    c = _clean(data, data.day)
    _check_day(c.day)
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
        _audit(
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
        return _entries(session, [log], cal)[0]


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
        _audit(ws, session, actor, "daily_log.delete", log.id, day=log.day)


def _copy_into(
    ws: Workspace,
    session: Session,
    actor: Actor,
    emp: Employee,
    *,
    day: date,
    sources: Sequence[_Clean],
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
        c = _Clean(
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
        _audit(ws, session, actor, action, "", day=day, ids=[m.id for m in made])
    return made


def copy_previous_day(ws: Workspace, actor: Actor, day: date) -> list[Entry]:
    """Copy the entries of the most recent earlier day with entries (within 14 days) into
    ``day`` as drafts; entries that would overlap existing ones are skipped."""
    _check_day(day)
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
            _Clean(
                day,
                log.start_time,
                log.end_time,
                log.activity,
                log.rhk_id,
                log.quantity,
                log.unit,
                log.link_url,
            )
            for log in _day_logs(session, emp.id, source_day)
        ]
        made = _copy_into(
            ws, session, actor, emp, day=day, sources=sources, action="daily_log.copy"
        )
        return _entries(session, made, work_calendar(session, emp.unit_id))


# --- recurring templates ---------------------------------------------------------------
def _weekdays(values: Iterable[int]) -> tuple[int, ...]:
    days = tuple(sorted({int(v) for v in values}))
    if not days or any(not 0 <= d <= 6 for d in days):
        raise ValidationError(
            _("Pilih minimal satu hari (Senin-Minggu) untuk entri berulang."),
            problems=[("weekdays", _("Pilih hari."))],
        )
    return days


def _recurring(row: RecurringLog, rhk_text: str = "") -> Recurring:
    return Recurring(
        id=row.id,
        weekdays=tuple(int(x) for x in row.weekdays.split(",") if x.strip()),
        start=row.start_time,
        end=row.end_time,
        activity=row.activity,
        rhk_id=row.rhk_id,
        quantity=row.quantity,
        unit=row.unit,
        active=row.active,
        rhk_text=rhk_text,
    )


def create_recurring(ws: Workspace, actor: Actor, data: RecurringInput) -> Recurring:
    days = _weekdays(data.weekdays)
    c = _clean(data, today_wita())
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
        audit.record_action(
            session,
            ws,
            actor,
            action="recurring_log.create",
            entity="recurring_log",
            entity_id=row.id,
            detail={"weekdays": row.weekdays, "activity": c.activity[:80]},
        )
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
        row = session.get(RecurringLog, recurring_id)
        if row is None or row.deleted:
            raise NotFoundError(_("Entri berulang tidak ditemukan."), hint=_("Muat ulang."))
        if row.employee_id != actor.employee_id:
            raise PermissionDeniedError(_("Entri berulang ini bukan milik Anda."))
        row.deleted = True
        audit.record_action(
            session,
            ws,
            actor,
            action="recurring_log.delete",
            entity="recurring_log",
            entity_id=row.id,
        )


def apply_recurring(ws: Workspace, actor: Actor, day: date) -> list[Entry]:
    """Add the active templates for ``day``'s weekday as drafts (overlaps are skipped)."""
    _check_day(day)
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
            _Clean(day, r.start_time, r.end_time, r.activity, r.rhk_id, r.quantity, r.unit, "")
            for r in rows
        ]
        made = _copy_into(
            ws, session, actor, emp, day=day, sources=sources, action="daily_log.recurring"
        )
        return _entries(session, made, work_calendar(session, emp.unit_id))


# --- submit ----------------------------------------------------------------------------
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
            _audit(
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
        _audit(ws, session, actor, "daily_log.withdraw", log.id, day=log.day)
        emp = organisation.employee(session, log.employee_id)
        return _entries(session, [log], work_calendar(session, emp.unit_id if emp else None))[0]


def withdraw_day(ws: Workspace, actor: Actor, day: date) -> int:
    """Take every submitted, not yet reviewed entry of ``day`` back to Draft; approved and
    returned entries stay as they are. Returns the number withdrawn."""
    with ws.write(actor=actor.username) as session:
        emp = my_employee(session, actor)
        logs = [
            log for log in _day_logs(session, emp.id, day) if log.status == LogStatus.DIAJUKAN.value
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
        _audit(
            ws,
            session,
            actor,
            "daily_log.withdraw",
            ids[0] if len(ids) == 1 else "",
            day=day,
            ids=ids,
        )
        return len(logs)


# --- supervisor review -----------------------------------------------------------------
def _team_candidates(session: Session, supervisor_id: str) -> set[str]:
    sa = SupervisorAssignment
    return {
        str(e)
        for e in session.execute(
            select(sa.employee_id).where(sa.supervisor_id == supervisor_id, sa.deleted.is_(False))
        ).scalars()
    }


REVIEW_PAGE_ROWS = 200  # entries per page of the review queue (whole person-days)


@dataclass(frozen=True)
class QueuePage:
    """One page of the review queue: whole (person, day) groups, oldest day first."""

    groups: tuple[QueueGroup, ...]
    next_after: tuple[str, date] | None  # ``after`` for the next page; None: no more


def review_queue(ws: Workspace, actor: Actor, flt: QueueFilter | None = None) -> list[QueueGroup]:
    """The whole queue (every page): submitted entries of the actor's team (the actor is
    the penilai on the entry's day), grouped by person and day, oldest day first."""
    return list(review_queue_page(ws, actor, flt, limit=None).groups)


def review_queue_page(
    ws: Workspace,
    actor: Actor,
    flt: QueueFilter | None = None,
    after: tuple[str, date] | None = None,
    limit: int | None = REVIEW_PAGE_ROWS,
) -> QueuePage:
    """About ``limit`` submitted entries of the queue (None: all) in whole (person, day)
    groups, people in id order, starting after the (employee id, day) ``after`` of the
    previous page. A team of thousands opens with one page instead of every entry."""
    flt = flt or QueueFilter()
    me = actor.employee_id
    if me is None:
        return QueuePage((), None)
    with ws.read() as session:
        team = _team_candidates(session, me)
        if flt.employee_id:
            team &= {flt.employee_id}
        if not team:
            return QueuePage((), None)
        stmt = _entry_select().where(
            DailyLog.status == LogStatus.DIAJUKAN.value,
            DailyLog.employee_id.in_(sorted(team)),
            DailyLog.deleted.is_(False),
        )
        if flt.start:
            stmt = stmt.where(DailyLog.day >= flt.start)
        if flt.end:
            stmt = stmt.where(DailyLog.day <= flt.end)
        if flt.rhk_id:
            stmt = stmt.where(DailyLog.rhk_id == flt.rhk_id)
        # Ordered in SQL, so each (person, day) group is a run of consecutive rows.
        ordered = stmt.order_by(
            DailyLog.employee_id,
            DailyLog.day,
            DailyLog.start_time,
            DailyLog.end_time,
            DailyLog.id,
        )
        key = tuple_(DailyLog.employee_id, DailyLog.day)
        if after is not None:
            ordered = ordered.where(key > tuple_(literal(after[0]), literal(after[1])))
        next_after: tuple[str, date] | None = None
        if limit is None:
            rows = list(core_rows(session, ordered))
        else:
            rows = list(core_rows(session, ordered.limit(limit + 1)))
            if len(rows) > limit:
                cut = (rows[limit][1], rows[limit][2])  # its group goes to the next page
                rows = [r for r in rows[:limit] if (r[1], r[2]) != cut]
                next_after = (str(rows[-1][1]), rows[-1][2]) if rows else cut
                if not rows:  # one person-day larger than a page: that whole group
                    same = (DailyLog.employee_id == cut[0]) & (DailyLog.day == cut[1])
                    rows = list(core_rows(session, ordered.where(same)))
                    later = key > tuple_(literal(cut[0]), literal(cut[1]))
                    if not core_rows(session, ordered.where(later).limit(1)):
                        next_after = None
        assignments = organisation.mappings(session, {row[1] for row in rows})
        reviews: dict[tuple[str, date], bool] = {}  # (employee, day) -> actor is penilai
        logs = []
        for row in rows:
            key_ = (row[1], row[2])
            mine = reviews.get(key_)
            if mine is None:
                mine = reviews[key_] = penilai_on(assignments.get(key_[0], []), key_[1]) == me
            if mine:
                logs.append(row)
        emps = {
            str(i): (person_display_name(front, name, back), str(nip))
            for i, front, name, back, nip in session.execute(
                select(
                    Employee.id,
                    Employee.front_title,
                    Employee.name,
                    Employee.back_title,
                    Employee.nip,
                ).where(Employee.id.in_(sorted({k[0] for k in reviews})))
            ).all()
        }
        entries = _build(session, logs, None)
    groups = []
    for (emp_id, day), items in groupby(entries, key=lambda e: (e.employee_id, e.day)):
        name, nip = emps.get(emp_id, ("", ""))
        groups.append(QueueGroup(emp_id, name, nip, day, tuple(items)))
    groups.sort(key=lambda g: (g.day, g.employee_name.casefold(), g.employee_id))
    return QueuePage(tuple(groups), next_after)


def _review(
    ws: Workspace, actor: Actor, entry_ids: Sequence[str], action: LogAction, note: str
) -> int:
    me = actor.employee_id
    ids = sorted(set(entry_ids))
    if not ids:
        raise ValidationError(_("Pilih minimal satu entri."), hint=_("Centang entri di daftar."))
    with ws.write(actor=actor.username) as session:
        logs = list(
            session.execute(
                select(DailyLog).where(DailyLog.id.in_(ids), DailyLog.deleted.is_(False))
            ).scalars()
        )
        if len(logs) != len(ids):
            raise NotFoundError(
                _("Sebagian entri tidak ditemukan (mungkin sudah dihapus)."),
                hint=_("Muat ulang antrean."),
            )
        assignments = organisation.mappings(session, {log.employee_id for log in logs})
        now = now_utc()
        for log in logs:
            if me is None or penilai_on(assignments.get(log.employee_id, []), log.day) != me:
                raise PermissionDeniedError(
                    _(
                        "Anda bukan pejabat penilai {n} pada {d}, sehingga tidak dapat "
                        "meninjau entri tersebut."
                    ).format(
                        n=organisation.display_name(
                            organisation.employee(session, log.employee_id)
                        ),
                        d=log.day.strftime("%d-%m-%Y"),
                    ),
                    hint=_("Bila pemetaan atasan keliru, minta admin memperbaikinya."),
                )
            try:
                log.status = log_transition(log.status, action).value
            except ValueError as exc:
                raise ValidationError(
                    str(exc), hint=_("Muat ulang antrean; entri mungkin sudah ditinjau.")
                ) from exc
            log.reviewer_id = me
            log.reviewed_at = now
            log.review_note = note
        _audit(
            ws,
            session,
            actor,
            f"daily_log.{action.value}",
            ids[0] if len(ids) == 1 else "",
            ids=ids,
            note=note,
        )
        return len(logs)


def approve(ws: Workspace, actor: Actor, entry_ids: Sequence[str]) -> int:
    """Approve (and thereby lock) submitted entries; one call approves a whole selection."""
    return _review(ws, actor, entry_ids, LogAction.APPROVE, "")


def return_entries(ws: Workspace, actor: Actor, entry_ids: Sequence[str], note: str) -> int:
    """Return submitted entries to the employee (Revisi) with a note saying what to fix."""
    note = " ".join((note or "").split())
    if not note:
        raise ValidationError(
            _("Tulis catatan yang menjelaskan apa yang perlu diperbaiki."),
            problems=[("note", _("Catatan wajib diisi."))],
        )
    return _review(ws, actor, entry_ids, LogAction.RETURN, note[:2000])
