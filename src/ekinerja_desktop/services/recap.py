"""Monthly daily-log recap per employee and unit, the TPP performance component, export.

The TPP rule is regional policy: the weights below are this application's documented
DEFAULTS (a simple, explainable starting point), not Kota Palu's official values. An
administrator edits them (JSON setting ``tpp_config``) to the Perwali in force.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, fields
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, NamedTuple

from sqlalchemy import ColumnElement, Integer, Select, bindparam, case, cast, extract, func, select
from sqlalchemy.orm import Session

from ekinerja_desktop.domain import targets
from ekinerja_desktop.domain.fmt import ID_MONTHS, format_number, person_display_name
from ekinerja_desktop.domain.i18n import _
from ekinerja_desktop.domain.nip import printed_nip
from ekinerja_desktop.domain.periods import Period, parse_period
from ekinerja_desktop.domain.roles import Role
from ekinerja_desktop.domain.skp import LogStatus, SkpStatus
from ekinerja_desktop.domain.verification import DocumentKind
from ekinerja_desktop.services import access, issuance, organisation, report_files, settings
from ekinerja_desktop.services.auth import require
from ekinerja_desktop.services.dailylog import (
    core_rows,
    my_employee,
    target_employee,
    work_calendars,
)
from ekinerja_desktop.services.errors import (
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
    check_problems,
)
from ekinerja_desktop.services.progress import Progress
from ekinerja_desktop.store.batch import chunks, no_gc
from ekinerja_desktop.store.models import (
    DailyLog,
    Employee,
    Setting,
    Skp,
    SkpIndicator,
    SkpRhk,
)

if TYPE_CHECKING:
    from ekinerja_desktop.reports import VerificationStamp
    from ekinerja_desktop.services.auth import Actor
    from ekinerja_desktop.services.workspace import Workspace

FORMATS = report_files.FORMATS  # what export_recap writes
TPP_SETTING = "tpp_config"
BLOCK = 1000  # people per block of a large recap (between two progress calls)


@dataclass(frozen=True)
class TppConfig:
    """Performance-component rule. score = w_days * log coverage + w_capaian * capaian
    - late_penalty * late days (clamped 0-100); the TPP performance component is
    ``score`` percent of ``performance_share_percent`` of the TPP ceiling.

    DEFAULTS, not official values: 50/50 weights, 1 point per late day, a 60% share
    (a common kinerja/disiplin split; verify against the Perwali in force)."""

    weight_log_days: float = 0.5
    weight_capaian: float = 0.5
    late_penalty_per_day: float = 1.0
    capaian_cap_percent: float = 100.0
    min_minutes_per_day: int = 0
    performance_share_percent: float = 60.0


@dataclass(frozen=True)
class RhkRecap:
    rhk_id: str
    text: str
    activities: int  # approved entries
    quantity: float  # approved output quantity in the target's unit
    monthly_target: float  # the month's share of the Kuantitas target (0 when none)
    capaian_percent: float | None  # None when there is no numeric target


@dataclass(frozen=True)
class RecapRow:
    employee_id: str
    employee_name: str
    employee_nip: str
    jabatan: str
    working_days: int
    days_with_entries: int
    days_approved: int
    hours: float  # approved hours
    entries: int
    approved_entries: int
    late_entries: int
    capaian_percent: float
    score: float
    tpp_percent: float  # performance component as % of the TPP ceiling
    per_rhk: tuple[RhkRecap, ...]


@dataclass(frozen=True)
class UnitRecap:
    unit_name: str
    year: int
    month: int
    config: TppConfig
    rows: tuple[RecapRow, ...]
    # Whose recap: "unit:<unit id>", "team:<employee id>" or "employee:<employee id>"
    # (the register of issued documents keys a printed recap by it and the month).
    scope: str = ""
    # Employees in the recap (``rows`` holds only the first ones when it was asked with
    # ``first=``) and the most working days of their units in the month.
    total: int = -1
    working_days: int = 0

    @property
    def complete(self) -> bool:
        return self.total < 0 or len(self.rows) >= self.total

    @property
    def document_key(self) -> str:
        return f"{self.scope}:{self.year:04d}-{self.month:02d}"


# --- configuration ---------------------------------------------------------------------
def tpp_config(ws: Workspace) -> TppConfig:
    with ws.read() as session:
        return _config(session)


def _config(session: Session) -> TppConfig:
    row = session.get(Setting, TPP_SETTING)
    if row is None:
        return TppConfig()
    try:
        data = json.loads(row.value)
        names = {f.name for f in fields(TppConfig)}
        return TppConfig(**{k: v for k, v in data.items() if k in names})
    except (ValueError, TypeError):
        return TppConfig()


def set_tpp_config(ws: Workspace, actor: Actor, config: TppConfig) -> TppConfig:
    require(actor, Role.ADMIN_OPD, Role.ADMIN_PUSAT)
    problems: list[tuple[str, str]] = []
    for name in ("weight_log_days", "weight_capaian"):
        if not 0 <= getattr(config, name) <= 1:
            problems.append((name, _("Bobot harus 0-1.")))
    if abs(config.weight_log_days + config.weight_capaian - 1) > 1e-6:
        problems.append(("weight_capaian", _("Jumlah kedua bobot harus 1.")))
    if not 0 <= config.late_penalty_per_day <= 100:
        problems.append(("late_penalty_per_day", _("Potongan per hari harus 0-100.")))
    if not 1 <= config.capaian_cap_percent <= 200:
        problems.append(("capaian_cap_percent", _("Batas capaian harus 1-200%.")))
    if not 0 <= config.min_minutes_per_day <= 24 * 60:
        problems.append(("min_minutes_per_day", _("0-1440 menit.")))
    if not 0 <= config.performance_share_percent <= 100:
        problems.append(("performance_share_percent", _("Porsi harus 0-100%.")))
    check_problems(
        problems,
        _("Aturan TPP tidak valid: {m}"),
        _("Perbaiki nilai yang ditandai lalu simpan lagi."),
    )
    settings.write(ws, actor, TPP_SETTING, json.dumps(asdict(config), sort_keys=True), "")
    return config


# --- computation -----------------------------------------------------------------------
def _number(text: str) -> float:
    try:
        return float(Decimal((text or "").strip().replace(",", ".")))
    except (InvalidOperation, ValueError):
        return 0.0


def _month_bounds(year: int, month: int) -> tuple[date, date]:
    if not (2000 <= year <= 2100 and 1 <= month <= 12):
        raise ValidationError(
            _("Bulan {m}-{y} tidak valid.").format(m=month, y=year),
            hint=_("Tulis bulan sebagai YYYY-MM, misalnya 2026-03."),
        )
    first = date(year, month, 1)
    last = (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    return first, last


@dataclass
class _MonthTotals:
    """One employee's month from the SQL aggregate (``_month_totals``)."""

    entries: int = 0
    days_with_entries: int = 0
    late_entries: int = 0
    late_days: int = 0
    approved_entries: int = 0
    approved_minutes: int = 0
    days_approved: int = 0  # working days whose approved minutes reach the minimum


def _minutes(session: Session) -> ColumnElement[int]:
    """``end_time - start_time`` in whole minutes, in SQL (as ``minutes_between``)."""
    return _minutes_in(session.get_bind().dialect.name == "sqlite")


def _minutes_in(sqlite: bool) -> ColumnElement[int]:
    def clock(col: Any) -> ColumnElement[int]:
        if sqlite:  # TIME is stored as text 'HH:MM:SS[.ffffff]'
            hours = cast(func.substr(col, 1, 2), Integer)
            return hours * 60 + cast(func.substr(col, 4, 2), Integer)
        return cast(extract("hour", col) * 60 + extract("minute", col), Integer)

    return clock(DailyLog.end_time) - clock(DailyLog.start_time)


# The recap's statements are built once (bound parameters; lists as expanding ones):
# building them per call cost more than running them for a screen of 50 people.
@lru_cache(maxsize=4)
def _month_totals_stmt(sqlite: bool) -> Select[*tuple[Any, ...]]:
    approved = DailyLog.status == LogStatus.DISETUJUI.value
    per_day = (
        select(
            DailyLog.employee_id.label("emp"),
            DailyLog.day.label("day"),
            func.count().label("n"),
            func.sum(case((DailyLog.is_late.is_(True), 1), else_=0)).label("late"),
            func.sum(case((approved, 1), else_=0)).label("ok"),
            func.sum(case((approved, _minutes_in(sqlite)), else_=0)).label("ok_min"),
        )
        .where(
            DailyLog.employee_id.in_(bindparam("ids", expanding=True)),
            DailyLog.day >= bindparam("first", type_=DailyLog.day.type),
            DailyLog.day <= bindparam("last", type_=DailyLog.day.type),
            DailyLog.deleted.is_(False),
        )
        .group_by(DailyLog.employee_id, DailyLog.day)
        .subquery()
    )
    counted = (
        (per_day.c.ok > 0)
        & (per_day.c.ok_min >= bindparam("min_minutes", type_=Integer()))
        & per_day.c.day.in_(bindparam("days", expanding=True))
    )
    return select(
        per_day.c.emp,
        func.count(),
        func.sum(per_day.c.n),
        func.sum(per_day.c.late),
        func.sum(case((per_day.c.late > 0, 1), else_=0)),
        func.sum(per_day.c.ok),
        func.sum(per_day.c.ok_min),
        func.sum(case((counted, 1), else_=0)),
    ).group_by(per_day.c.emp)


def _month_totals(
    session: Session,
    ids_by_days: dict[frozenset[date], list[str]],
    first: date,
    last: date,
    min_minutes: int,
) -> dict[str, _MonthTotals]:
    """Employee id -> the month's counts, aggregated in the database: one row per
    employee-day inside, one per employee out. Employees are grouped by their working
    days (the calendar of their unit) because a day counts as approved only on one."""
    out: dict[str, _MonthTotals] = {}
    session.flush()
    conn = session.connection()
    stmt = _month_totals_stmt(conn.dialect.name == "sqlite")
    for working, ids in ids_by_days.items():
        days = sorted(working)
        for chunk in chunks(ids, 500 - len(days)):
            params = {
                "ids": chunk,
                "first": first,
                "last": last,
                "min_minutes": min_minutes,
                # an empty month (no working day): SQLAlchemy renders an always-false IN
                "days": days,
            }
            for emp, n_days, n, late, late_days, ok, ok_min, ok_days in conn.execute(stmt, params):
                out[str(emp)] = _MonthTotals(
                    entries=int(n),
                    days_with_entries=int(n_days),
                    late_entries=int(late),
                    late_days=int(late_days),
                    approved_entries=int(ok),
                    approved_minutes=int(ok_min),
                    days_approved=int(ok_days),
                )
    return out


def _approved_outputs(
    session: Session, ids: Sequence[str], first: date, last: date
) -> dict[str, list[tuple[str, str, str, int]]]:
    """Employee id -> (rhk id, unit, quantity text, number of approved entries) of the
    month, grouped in the database. Quantities stay text: ``_number`` reads them as the
    form does (a comma decimal, anything else 0), which SQL casts would not."""
    out: dict[str, list[tuple[str, str, str, int]]] = defaultdict(list)
    session.flush()
    conn = session.connection()
    stmt = _outputs_stmt()
    for chunk in chunks(ids):
        for emp, rhk_id, unit, qty, n in conn.execute(
            stmt, {"ids": chunk, "first": first, "last": last}
        ):
            out[str(emp)].append((str(rhk_id), str(unit or ""), str(qty or ""), int(n)))
    return out


@lru_cache(maxsize=1)
def _outputs_stmt() -> Select[*tuple[Any, ...]]:
    return (
        select(
            DailyLog.employee_id,
            DailyLog.rhk_id,
            DailyLog.unit,
            DailyLog.quantity,
            func.count(),
        )
        .where(
            DailyLog.employee_id.in_(bindparam("ids", expanding=True)),
            DailyLog.day >= bindparam("first", type_=DailyLog.day.type),
            DailyLog.day <= bindparam("last", type_=DailyLog.day.type),
            DailyLog.deleted.is_(False),
            DailyLog.status == LogStatus.DISETUJUI.value,
            DailyLog.rhk_id.is_not(None),
            DailyLog.rhk_id != "",
        )
        .group_by(DailyLog.employee_id, DailyLog.rhk_id, DailyLog.unit, DailyLog.quantity)
    )


@dataclass(frozen=True)
class _Rhk:
    id: str
    text: str
    target: targets.TargetSpec | None  # first numeric Kuantitas indicator, None when none


def _approved_rhk(session: Session, ids: Sequence[str], year: int) -> dict[str, list[_Rhk]]:
    """Employee id -> the RHK (in SKP order) of their latest approved SKP of ``year``;
    a few set-based queries for any number of employees."""
    latest: dict[str, tuple[int, str]] = {}
    spans: dict[str, tuple[date, date]] = {}
    for chunk in chunks(ids):
        for skp_id, emp_id, revision, start, end in session.execute(
            select(Skp.id, Skp.employee_id, Skp.revision, Skp.period_start, Skp.period_end).where(
                Skp.employee_id.in_(chunk),
                Skp.year == year,
                Skp.deleted.is_(False),
                Skp.status == SkpStatus.DISETUJUI.value,
            )
        ).all():
            spans[str(skp_id)] = (start, end)
            if str(emp_id) not in latest or int(revision) > latest[str(emp_id)][0]:
                latest[str(emp_id)] = (int(revision), str(skp_id))
    owner = {skp_id: emp for emp, (_rev, skp_id) in latest.items()}
    rhks: list[tuple[str, str, str]] = []  # (skp id, rhk id, text)
    for chunk in chunks(sorted(owner)):
        rhks += [
            (str(skp_id), str(rhk_id), str(text))
            for skp_id, rhk_id, text in session.execute(
                select(SkpRhk.skp_id, SkpRhk.id, SkpRhk.text)
                .where(SkpRhk.skp_id.in_(chunk), SkpRhk.deleted.is_(False))
                .order_by(SkpRhk.skp_id, SkpRhk.position, SkpRhk.id)
            ).all()
        ]
    skp_of = {rhk_id: skp_id for skp_id, rhk_id, _text in rhks}
    specs: dict[str, targets.TargetSpec] = {}
    for chunk in chunks([r[1] for r in rhks]):
        for rhk_id, aspect, value, unit, quarters in session.execute(
            select(
                SkpIndicator.rhk_id,
                SkpIndicator.aspect,
                SkpIndicator.target_value,
                SkpIndicator.target_unit,
                SkpIndicator.quarter_targets,
            )
            .where(
                SkpIndicator.rhk_id.in_(chunk),
                SkpIndicator.deleted.is_(False),
                SkpIndicator.aspect == "Kuantitas",
            )
            .order_by(SkpIndicator.rhk_id, SkpIndicator.position)
        ).all():
            if str(rhk_id) not in specs and _number(str(value)) > 0:
                start, end = spans[skp_of[str(rhk_id)]]
                specs[str(rhk_id)] = targets.TargetSpec(
                    str(aspect),
                    str(value),
                    str(unit),
                    start,
                    end,
                    targets.parse_quarter_targets(quarters) if quarters else (),
                )
    out: dict[str, list[_Rhk]] = defaultdict(list)
    for skp_id, rhk_id, text in rhks:
        out[owner[skp_id]].append(_Rhk(rhk_id, text, specs.get(rhk_id)))
    return out


class _Person(NamedTuple):
    """The employee columns a recap row shows (plain tuples: no ORM object per person)."""

    id: str
    unit_id: str | None
    name: str
    front_title: str
    back_title: str
    nip: str
    status: str
    jabatan_name: str


_PERSON = (
    Employee.id,
    Employee.unit_id,
    Employee.name,
    Employee.front_title,
    Employee.back_title,
    Employee.nip,
    Employee.status,
    Employee.jabatan_name,
)


def _person(emp: Employee) -> _Person:
    return _Person(
        emp.id,
        emp.unit_id,
        emp.name,
        emp.front_title,
        emp.back_title,
        emp.nip,
        emp.status,
        emp.jabatan_name,
    )


def _working_days(
    session: Session,
    unit_ids: Iterable[str | None],
    first: date,
    last: date,
    tree: organisation.UnitTree | None = None,
) -> dict[str | None, frozenset[date]]:
    """Unit id -> the month's working days (units share few distinct calendars); the
    units' Saturday rule from ``tree`` when the caller has loaded it."""
    saturday = None if tree is None else [u.id for u in tree.by_id.values() if u.saturday_workday]
    calendars = work_calendars(session, unit_ids, saturday)
    by_calendar: dict[object, frozenset[date]] = {}
    out: dict[str | None, frozenset[date]] = {}
    for unit_id, cal in calendars.items():
        if cal not in by_calendar:
            by_calendar[cal] = frozenset(
                first + timedelta(days=i)
                for i in range((last - first).days + 1)
                if cal.is_working_day(first + timedelta(days=i))
            )
        out[unit_id] = by_calendar[cal]
    return out


@no_gc()
def _recap_rows(
    session: Session,
    emps: Sequence[_Person],
    year: int,
    month: int,
    cfg: TppConfig,
    *,
    months: dict[str | None, frozenset[date]] | None = None,
) -> list[RecapRow]:
    first, last = _month_bounds(year, month)
    ids = [e.id for e in emps]
    if months is None:
        months = _working_days(session, {e.unit_id for e in emps}, first, last)
    ids_by_days: dict[frozenset[date], list[str]] = defaultdict(list)
    for emp in emps:
        ids_by_days[months[emp.unit_id]].append(emp.id)
    totals = _month_totals(session, ids_by_days, first, last, cfg.min_minutes_per_day)
    outputs = _approved_outputs(session, ids, first, last)
    rhk = _approved_rhk(session, ids, year)
    period = parse_period(f"{year}-M{month:02d}")
    shares: dict[targets.TargetSpec, float] = {}  # an OPD's RHK share few distinct targets
    rows: list[RecapRow] = []
    none = _MonthTotals()
    for emp in emps:
        working = len(months[emp.unit_id])
        t = totals.get(emp.id, none)
        per_rhk = _per_rhk(rhk.get(emp.id, []), outputs.get(emp.id, []), cfg, period, shares)
        with_target = [r.capaian_percent for r in per_rhk if r.capaian_percent is not None]
        coverage = 100.0 * t.days_approved / working if working else 0.0
        capaian = sum(with_target) / len(with_target) if with_target else coverage
        score = (
            cfg.weight_log_days * coverage
            + cfg.weight_capaian * capaian
            - cfg.late_penalty_per_day * t.late_days
        )
        score = round(max(0.0, min(100.0, score)), 2)
        rows.append(
            RecapRow(
                employee_id=emp.id,
                employee_name=person_display_name(emp.front_title, emp.name, emp.back_title),
                employee_nip=printed_nip(emp.nip, emp.status),
                jabatan=emp.jabatan_name,
                working_days=working,
                days_with_entries=t.days_with_entries,
                days_approved=t.days_approved,
                hours=round(t.approved_minutes / 60, 2),
                entries=t.entries,
                approved_entries=t.approved_entries,
                late_entries=t.late_entries,
                capaian_percent=round(capaian, 2),
                score=score,
                tpp_percent=round(score * cfg.performance_share_percent / 100, 2),
                per_rhk=per_rhk,
            )
        )
    return rows


def _per_rhk(
    rhks: Sequence[_Rhk],
    outputs: Sequence[tuple[str, str, str, int]],
    cfg: TppConfig,
    month: Period,
    shares: dict[targets.TargetSpec, float],
) -> tuple[RhkRecap, ...]:
    """Per RHK: approved entries, their output in the unit of the RHK's Kuantitas target
    (other units are not that target's output) and capaian against the month's share of
    the target (domain.targets: target triwulan spread over its months)."""
    units = {r.id: r.target.unit for r in rhks if r.target is not None}
    count: dict[str, int] = defaultdict(int)
    qty: dict[str, float] = defaultdict(float)
    for log_rhk, unit, quantity, n in outputs:
        count[log_rhk] += n
        if log_rhk in units and targets.units_match(unit, units[log_rhk]):
            qty[log_rhk] += _number(quantity) * n
    out = []
    for r in rhks:
        monthly = 0.0
        if r.target is not None:
            if r.target not in shares:
                share = targets.period_target(r.target, month)
                shares[r.target] = float(share) if share is not None else 0.0
            monthly = shares[r.target]
        capaian = None
        if monthly > 0:
            capaian = round(min(cfg.capaian_cap_percent, 100.0 * qty[r.id] / monthly), 2)
        out.append(RhkRecap(r.id, r.text, count[r.id], qty[r.id], round(monthly, 2), capaian))
    return tuple(out)


def _team_in(session: Session, supervisor_id: str, first: date, last: date) -> set[str]:
    """Employees whose penilai was ``supervisor_id`` on some day between first and last."""
    return organisation.team_between(session, supervisor_id, first, last)


# From this many people on, the first screen's names are read in name order (the name
# index) rather than by unit and sorted: 30 names of a 5,000-person OPD visit ~70 index
# rows instead of sorting 5,000 (0.4 ms instead of 7 ms).
NAME_ORDER_FROM = 1_000


def _active_where(
    ids: set[str] | None, unit_ids: set[str] | None, *, name_order: bool = False
) -> list[Any]:
    where: list[Any] = [Employee.deleted.is_(False), Employee.active.is_(True)]
    if unit_ids is not None:
        # ``unit_id || ''`` is the same test that no unit index can serve, so the planner
        # walks the name index and stops at the limit.
        unit = (Employee.unit_id + "") if name_order else Employee.unit_id
        where.append(unit.in_(sorted(unit_ids)))
    if ids is not None:
        where.append(Employee.id.in_(sorted(ids)))
    return where


def _active(
    session: Session,
    ids: set[str] | None,
    unit_ids: set[str] | None,
    limit: int | None = None,
    *,
    name_order: bool = False,
) -> list[_Person]:
    """The active employees (of ``ids``, in ``unit_ids``) by name, plain tuples."""
    stmt = (
        select(*_PERSON)
        .where(*_active_where(ids, unit_ids, name_order=name_order))
        .order_by(Employee.name, Employee.nip, Employee.id)
    )
    if limit is not None:
        stmt = stmt.limit(limit)
    return [_Person(*row) for row in core_rows(session, stmt)]


def _recap_of(
    session: Session,
    name: str,
    scope: str,
    year: int,
    month: int,
    *,
    people: Sequence[_Person] | None = None,
    ids: set[str] | None = None,
    unit_ids: set[str] | None = None,
    first: int | None = None,
    progress: Progress | None = None,
    tree: organisation.UnitTree | None = None,
) -> UnitRecap:
    """The recap of ``people``, or of the active employees of ``ids``/``unit_ids``; with
    ``first`` only the rows of the first ``first`` of them (a screen of a large unit),
    ``total`` and ``working_days`` still over all of them (counted in SQL). ``progress``
    is called between blocks of people (it may raise to cancel); ``tree``, the unit tree
    when the caller has loaded it (the units' Saturday rule is read from it)."""
    cfg = _config(session)
    start, last = _month_bounds(year, month)
    if people is not None:
        emps = list(people)
        total = len(emps)
        units: set[str | None] = {e.unit_id for e in emps}
    elif first is None:
        emps = _active(session, ids, unit_ids)
        total = len(emps)
        units = {e.unit_id for e in emps}
    else:
        where = _active_where(ids, unit_ids)
        total = int(session.execute(select(func.count()).where(*where)).scalar_one())
        emps = _active(session, ids, unit_ids, max(0, first), name_order=total >= NAME_ORDER_FROM)
        units = {
            u for (u,) in core_rows(session, select(Employee.unit_id).where(*where).distinct())
        }
    working = _working_days(session, units, start, last, tree)
    shown = emps if first is None else emps[: max(0, first)]
    rows: list[RecapRow] = []
    for start_at in range(0, len(shown), BLOCK):
        if progress is not None:
            progress(start_at, len(shown), "")
        block = shown[start_at : start_at + BLOCK]
        rows += _recap_rows(session, block, year, month, cfg, months=working)
    return UnitRecap(
        name,
        year,
        month,
        cfg,
        tuple(rows),
        scope=scope,
        total=total,
        working_days=max((len(working[u]) for u in units), default=0),
    )


def employee_recap(
    ws: Workspace, actor: Actor, employee_id: str | None, year: int, month: int
) -> RecapRow:
    """The recap of one employee (default: the actor) for one month: the employee, their
    penilai in that month and an admin whose scope covers their unit may read it."""
    first, last = _month_bounds(year, month)
    with ws.read() as session:
        emp = target_employee(session, ws, actor, employee_id)
        if emp.id != actor.employee_id and not (
            (actor.employee_id and emp.id in _team_in(session, actor.employee_id, first, last))
            or access.admin_covers(ws, actor, emp.unit_id)
        ):
            raise access.deny_log_read()
        return _recap_rows(session, [_person(emp)], year, month, _config(session))[0]


def my_recap(ws: Workspace, actor: Actor, year: int, month: int) -> UnitRecap:
    """The actor's own recap as a one-row report (for the page and the export)."""
    _month_bounds(year, month)
    with ws.read() as session:
        emp = my_employee(session, actor)
        unit = organisation.load_tree(session).path(emp.unit_id) if emp.unit_id else ""
        name = unit or organisation.display_name(emp)
        return _recap_of(session, name, f"employee:{emp.id}", year, month, people=[_person(emp)])


def team_recap(
    ws: Workspace,
    actor: Actor,
    year: int,
    month: int,
    *,
    first: int | None = None,
    progress: Progress | None = None,
) -> UnitRecap:
    """The recap of everyone the actor was penilai of during the month (any unit); with
    ``first``, the rows of the first ``first`` people only (see ``unit_recap``)."""
    start, last = _month_bounds(year, month)
    with ws.read() as session:
        me = my_employee(session, actor)
        team = _team_in(session, me.id, start, last)
        name = _("Tim {n}").format(n=organisation.display_name(me))
        return _recap_of(
            session,
            name,
            f"team:{me.id}",
            year,
            month,
            ids=team,
            first=first,
            progress=progress,
        )


def unit_recap(
    ws: Workspace,
    actor: Actor,
    unit_id: str,
    year: int,
    month: int,
    *,
    first: int | None = None,
    progress: Progress | None = None,
) -> UnitRecap:
    """Recap of the active employees of a unit and its sub-units: all of them for an admin
    whose scope covers the unit, else only those the actor was penilai of in that month.

    With ``first`` the rows are those of the first ``first`` employees (by name) only -
    the first screen of an OPD of thousands - while ``total`` and ``working_days`` count
    everyone; the rest is the same call without ``first``."""
    start, last = _month_bounds(year, month)
    with ws.read() as session:
        tree = organisation.load_tree(session)
        if unit_id not in tree.by_id:
            raise NotFoundError(_("Unit kerja tidak ditemukan."), hint=_("Muat ulang daftar unit."))
        wanted = tree.subtree(unit_id)
        scope = organisation.scope_in(session, ws, actor, tree) if actor.is_admin else None
        team: set[str] | None = None
        if scope is None or not all(scope.covers(u) for u in wanted):
            team = _team_in(session, actor.employee_id, start, last) if actor.employee_id else set()
            if not team:
                raise PermissionDeniedError(
                    _("Unit itu berada di luar wewenang Anda."),
                    hint=_("Pilih unit di OPD Anda, atau minta admin pusat (BKPSDM)."),
                )
        return _recap_of(
            session,
            tree.path(unit_id),
            f"unit:{unit_id}",
            year,
            month,
            ids=team,
            unit_ids=wanted,
            first=first,
            progress=progress,
            tree=tree,
        )


# --- export ----------------------------------------------------------------------------
_HEADERS = (
    "No",
    "Nama",
    "NIP",
    "Jabatan",
    "Hari kerja",
    "Hari berisi log",
    "Hari disetujui",
    "Jam disetujui",
    "Entri",
    "Entri disetujui",
    "Entri terlambat",
    "Capaian (%)",
    "Nilai kinerja",
    "TPP kinerja (%)",
)


def _cells(i: int, r: RecapRow) -> list[object]:
    return [
        i,
        r.employee_name,
        r.employee_nip,
        r.jabatan,
        r.working_days,
        r.days_with_entries,
        r.days_approved,
        r.hours,
        r.entries,
        r.approved_entries,
        r.late_entries,
        r.capaian_percent,
        r.score,
        r.tpp_percent,
    ]


def export_recap(
    recap: UnitRecap, out: Path, *, ws: Workspace | None = None, actor: Actor | None = None
) -> Path:
    """Write the recap to ``out`` (.xlsx or .pdf, from the suffix). A PDF written for
    ``actor`` of ``ws`` is stamped with a verification code and registered
    (``services.issuance``); without them it is written unregistered."""
    suffix = report_files.checked_format(out)
    title = _("Rekap Log Harian {m} {y}").format(m=ID_MONTHS[recap.month - 1], y=recap.year)
    cfg = recap.config
    notes = [
        _(
            "Nilai kinerja = {a} x cakupan hari + {b} x capaian - {c} per hari terlambat "
            "(0-100); TPP kinerja = nilai x {s}%."
        ).format(
            a=format_number(cfg.weight_log_days),
            b=format_number(cfg.weight_capaian),
            c=format_number(cfg.late_penalty_per_day),
            s=format_number(cfg.performance_share_percent),
        ),
        _(
            "Bobot di atas adalah pengaturan ruang kerja ini (bawaan aplikasi bila belum "
            "diubah), bukan nilai resmi; sesuaikan dengan Perwali yang berlaku."
        ),
        _("Capaian per RHK = kuantitas keluaran disetujui / (target tahunan / 12)."),
    ]
    rows = [_cells(i, r) for i, r in enumerate(recap.rows, 1)]
    rhk_rows = [
        [
            r.employee_name,
            r.employee_nip,
            k.text,
            k.activities,
            k.quantity,
            k.monthly_target,
            "" if k.capaian_percent is None else k.capaian_percent,
        ]
        for r in recap.rows
        for k in r.per_rhk
    ]
    out.parent.mkdir(parents=True, exist_ok=True)
    if suffix == ".xlsx":
        from ekinerja_desktop.reports import Sheet, write_table_xlsx

        write_table_xlsx(
            out,
            [
                Sheet(
                    _("Rekap"),
                    _HEADERS,
                    rows,
                    {
                        "Jam disetujui": "decimal",
                        "Capaian (%)": "decimal",
                        "Nilai kinerja": "decimal",
                        "TPP kinerja (%)": "decimal",
                    },
                ),
                Sheet(
                    _("Per RHK"),
                    (
                        "Nama",
                        "NIP",
                        "RHK",
                        "Kegiatan",
                        "Kuantitas",
                        "Target bulanan",
                        "Capaian (%)",
                    ),
                    rhk_rows,
                    {"Kuantitas": "decimal", "Target bulanan": "decimal"},
                ),
                Sheet(_("Keterangan"), ("Keterangan",), [[n] for n in notes]),
            ],
        )
    else:
        from ekinerja_desktop.reports import Column, Section, TableBlock, build_sections_pdf

        cols = [
            Column("No", 0.4, "right"),
            Column("Nama", 2.4),
            Column("NIP", 1.9),
            Column("Jabatan", 2.0),
            Column("Hari kerja", 0.7, "right"),
            Column("Hari berisi log", 0.8, "right"),
            Column("Hari disetujui", 0.8, "right"),
            Column("Jam disetujui", 0.8, "right", 1),
            Column("Entri", 0.6, "right"),
            Column("Entri disetujui", 0.8, "right"),
            Column("Entri terlambat", 0.8, "right"),
            Column("Capaian (%)", 0.8, "right", 1),
            Column("Nilai kinerja", 0.8, "right", 1),
            Column("TPP kinerja (%)", 0.8, "right", 1),
        ]
        rhk_cols = [
            Column("Nama", 2.2),
            Column("NIP", 1.8),
            Column("RHK", 5.0),
            Column("Kegiatan", 0.8, "right"),
            Column("Kuantitas", 0.8, "right", 1),
            Column("Target bulanan", 0.9, "right", 2),
            Column("Capaian (%)", 0.8, "right", 1),
        ]

        def build(stamp: VerificationStamp | None, target: Path | BinaryIO) -> None:
            build_sections_pdf(
                title,
                [
                    Section(_("Rekap per pegawai"), (), TableBlock(cols, rows)),
                    Section(
                        _("Kegiatan disetujui per RHK"),
                        (_("RHK dari SKP tahun {y} yang disetujui.").format(y=recap.year),),
                        TableBlock(rhk_cols, rhk_rows),
                    ),
                    Section(_("Keterangan"), notes),
                ],
                target,
                subtitle_lines=[recap.unit_name, _("{n} pegawai").format(n=len(recap.rows))],
                landscape=True,
                stamp=stamp,
            )

        if ws is None or actor is None:
            build(None, out)
            return out
        ref = issuance.RecordRef(
            kind=DocumentKind.RECAP,
            table="recap",
            record_id=recap.document_key,
            revision=0,
            status="",
            final=True,
            content_hash=issuance.content_digest(asdict(recap)),
        )
        return issuance.issue_pdf(ws, actor, ref, out, build).path
    return out
