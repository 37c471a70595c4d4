"""Daily log: limits, the plain result types, the actor's employee, the work calendar and
the submission deadline setting shared by the daily log modules."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, time
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from ekinerja_desktop.domain.calendar import WorkCalendar
from ekinerja_desktop.domain.i18n import _
from ekinerja_desktop.domain.roles import Role
from ekinerja_desktop.domain.skp import (
    DEFAULT_LOG_GRACE_WORKING_DAYS,
    EDITABLE_LOG_STATUSES,
)
from ekinerja_desktop.domain.timeutil import today_wita
from ekinerja_desktop.services import organisation, settings
from ekinerja_desktop.services.auth import require
from ekinerja_desktop.services.errors import NotFoundError, ValidationError
from ekinerja_desktop.store.batch import chunks
from ekinerja_desktop.store.models import (
    CalendarDay,
    Employee,
    OrgUnit,
    Setting,
)

if TYPE_CHECKING:
    from ekinerja_desktop.services.auth import Actor
    from ekinerja_desktop.services.workspace import Workspace


GRACE_SETTING = "log_grace_working_days"
MAX_ACTIVITY = 2000


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
    session: Session,
    unit_ids: Iterable[str | None],
    saturday_units: Iterable[str] | None = None,
) -> dict[str | None, WorkCalendar]:
    """``work_calendar`` for many units in two queries (recaps over a whole OPD); one
    when the caller already knows which units work on Saturdays (``saturday_units``,
    e.g. from the unit tree it loaded)."""
    ids = sorted({u for u in unit_ids if u})
    saturday = set(saturday_units) if saturday_units is not None else _saturday_units(session, ids)
    rows = _calendar_rows(session)
    out: dict[str | None, WorkCalendar] = {None: _calendar(False, rows)}
    for unit_id in ids:
        out[unit_id] = _calendar(unit_id in saturday, rows)
    return out


def _saturday_units(session: Session, ids: list[str]) -> set[str]:
    """Which of ``ids`` work on Saturdays (in chunks of 500 ids)."""
    saturday: set[str] = set()
    for chunk in chunks(ids, 500):
        saturday |= {
            str(u)
            for u in session.execute(
                select(OrgUnit.id).where(OrgUnit.id.in_(chunk), OrgUnit.saturday_workday.is_(True))
            ).scalars()
        }
    return saturday


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
