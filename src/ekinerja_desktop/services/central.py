"""Central office (BKPSDM): city dashboard data, drill-down, arrivals per OPD and node,
reward/coaching lists, and the folder import that keeps every bundle's report.

API for the GUI. Every function takes plain values and returns frozen dataclasses (no
ORM objects, no session); run them through ``ctx.runner``. Every chart's data is a
:class:`DataTable` (columns + rows + a :class:`ChartSpec`), so a page shows it as a
chart AND a table and exports it. Errors: PermissionDeniedError, ValidationError,
NotFoundError (message + hint, Indonesian).

- ``access(ws, actor) -> CentralAccess``: what the actor may see (raises
  PermissionDeniedError for roles without any central view).
- ``dashboard(ws, actor, year, *, period_code=None, progress=None) -> Dashboard``:
  every dashboard table of a year (``Dashboard.tables()``); ``period_code`` (e.g.
  "2026-Q3", "2026-AKHIR") picks the evaluation period of the predikat and progress
  tables, default :func:`default_period`. Never builds the daily-log rollup: it only
  recomputes a few changed employee-months (``progress(done, total, label)`` meanwhile);
  a central whose rollup was never built (or has many changes pending) gets the other
  figures at once, ``Dashboard.logs_ready`` False and the log figures None.
- ``build_rollup(ws, actor, progress=None) -> int``: build or bring the rollup up to date
  (the page's "Hitung kepatuhan log" button; imports and the public report do it too).
- ``default_period(ws, year) -> str``; ``period_choices(ws, year) -> list[tuple[str,
  str]]`` (code, label) in period order.
- ``drill_opd(ws, actor, year, opd_id, *, period_code=None) -> DataTable``: the units of
  an OPD (``drill == "unit"``, ``row_ids`` are unit ids).
- ``drill_unit(ws, actor, year, unit_id, *, period_code=None) -> DataTable``: the people
  of one unit (admins only; ``drill == "person"``, ``row_ids`` are employee ids).
- ``reward_list / coaching_list / below_jp_list(ws, actor, year) -> DataTable``: people
  (admins only; ``row_ids`` are employee ids).
- ``arrivals(ws, actor) -> DataTable`` (per OPD; ``row_ids`` are OPD ids),
  ``silent_nodes(ws, actor, *, days=None) -> DataTable`` (``row_ids`` are node ids),
  ``import_log(ws, actor, *, problems_only=False, limit=500) -> DataTable`` and
  ``import_report(ws, actor, log_id) -> str`` (the kept report of one entry as text):
  Admin Pusat only.
- ``pending_files(ws, actor, folder, *, retry_rejected=False) -> list[Path]`` and
  ``import_folder(ws, actor, folder, *, retry_rejected=False, progress=None) ->
  FolderImportResult``: the watched or chosen folder; every file's report is kept.
- ``silent_days(ws) -> int`` / ``set_silent_days(ws, actor, days) -> int``.
- ``refresh_rollup(ws, progress=None) -> int``: employee-months recomputed (no check).
- ``export_table(table, out) -> Path`` (.xlsx or .csv), ``export_tables(tables, out) ->
  Path`` (.xlsx, one sheet per table), ``cell_text(value, kind) -> str`` (Indonesian
  display of a cell: "83,3%", "1.234", "21,5", "17-08-2026 14.30 WITA", None -> "-").

Definitions (also in ``docs/central-office.md``):

- SKP status of a person: "Disetujui" when any revision of the year is approved, else
  the latest revision's status, else "Belum dibuat".
- Daily-log compliance: working days (the unit's calendar, active period of the
  person, up to yesterday) on which the person has at least one APPROVED entry, divided
  by those working days, summed over people.
- JP attainment: PNS with at least 20 verified JP in the year, divided by PNS; PPPK
  count as within the rule when they stay at or under the 24 JP cap.
- Predikat: latest signed revision of the chosen period; guidance warnings compare the
  OPD's counts with its Predikat Kinerja Organisasi of that period.
- People are counted in their current unit (active, not deleted).

Permissions: Admin Pusat sees every OPD and people; an Admin OPD sees its own OPD and
its people; the head of an OPD (kepala, ``is_unit_head`` of a top-level unit) sees the
aggregates of that OPD only. Everybody else is refused.
"""

from __future__ import annotations

import csv
import hashlib
import json
import threading
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from operator import add, and_
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from ekinerja_desktop.domain.i18n import _
from ekinerja_desktop.domain.jp import PNS_MIN_JP_PER_YEAR, PPPK_MAX_JP_PER_YEAR
from ekinerja_desktop.domain.nip import AsnStatus
from ekinerja_desktop.domain.ratings import Predikat, check_distribution
from ekinerja_desktop.domain.roles import NodeRole, Role
from ekinerja_desktop.domain.skp import EvaluationStatus, SkpStatus
from ekinerja_desktop.domain.timeutil import now_utc, to_wita, today_wita
from ekinerja_desktop.services import auth, organisation, settings
from ekinerja_desktop.services.errors import NotFoundError, PermissionDeniedError, ValidationError
from ekinerja_desktop.services.progress import Progress
from ekinerja_desktop.store import rollup
from ekinerja_desktop.store.batch import chunks, no_gc
from ekinerja_desktop.store.models import (
    LOG_YEAR_ROLLUP,
    CalendarDay,
    CentralImport,
    Employee,
    Evaluation,
    FollowUp,
    ImportedBundle,
    KnownNode,
    LocalNode,
    OrgPerformance,
    Setting,
    Skp,
    Training,
)
from ekinerja_desktop.store.models.central import MONTH_KEYS

if TYPE_CHECKING:
    from ekinerja_desktop.services.auth import Actor
    from ekinerja_desktop.services.organisation import UnitTree
    from ekinerja_desktop.services.workspace import Workspace


SILENT_DAYS_SETTING = "central_silent_days"
DEFAULT_SILENT_DAYS = 14
TOP_N = 5
CHUNK = 500
VERIFIED = "Diverifikasi"
BELUM_DIBUAT = "Belum dibuat"
SKP_STATES = (
    BELUM_DIBUAT,
    SkpStatus.DRAFT.value,
    SkpStatus.DIAJUKAN.value,
    SkpStatus.DITOLAK.value,
    SkpStatus.DISETUJUI.value,
)
EVAL_STATES = (
    BELUM_DIBUAT,
    EvaluationStatus.DRAFT.value,
    EvaluationStatus.DINILAI.value,
    EvaluationStatus.DITANDATANGANI.value,
    EvaluationStatus.DIAKUI.value,
)
SIGNED = frozenset({EvaluationStatus.DITANDATANGANI.value, EvaluationStatus.DIAKUI.value})
# Plain strings for the per-person loops (enum attribute access is slow there).
SKP_APPROVED: str = SkpStatus.DISETUJUI.value
PPPK: str = AsnStatus.PPPK.value
PEMBINAAN = frozenset({Predikat.BUTUH_PERBAIKAN, Predikat.KURANG, Predikat.SANGAT_KURANG})
MONTHS = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")


# --- plain data ------------------------------------------------------------------------
@dataclass(frozen=True)
class TableColumn:
    key: str
    label: str
    kind: str = "text"  # text | int | percent (0-100, None = no data) | decimal | date | datetime


@dataclass(frozen=True)
class ChartSpec:
    """How a table is drawn: ``category`` column on one axis, ``series`` columns as bars
    (stacked when ``kind == "stacked"``) or lines (``kind == "line"``)."""

    kind: str  # bar | stacked | line
    category: str
    series: tuple[str, ...]
    horizontal: bool = False
    percent: bool = False  # values are 0-100


@dataclass(frozen=True)
class DataTable:
    """One chart's data as a plain table. ``row_ids[i]`` is what row i drills into
    (``drill``: "opd" -> :func:`drill_opd`, "unit" -> :func:`drill_unit`, "person":
    an employee id; "" when rows do not drill)."""

    key: str
    title: str
    columns: tuple[TableColumn, ...]
    rows: tuple[tuple[Any, ...], ...]
    row_ids: tuple[str, ...] = ()
    drill: str = ""
    chart: ChartSpec | None = None
    notes: tuple[str, ...] = ()

    def index(self, key: str) -> int:
        for i, column in enumerate(self.columns):
            if column.key == key:
                return i
        raise KeyError(key)

    def column_values(self, key: str) -> list[Any]:
        i = self.index(key)
        return [row[i] for row in self.rows]

    def as_dicts(self) -> list[dict[str, Any]]:
        keys = [c.key for c in self.columns]
        return [dict(zip(keys, row, strict=True)) for row in self.rows]


@dataclass(frozen=True)
class CentralAccess:
    all_opds: bool
    opd_ids: frozenset[str]
    can_see_people: bool
    is_central_admin: bool  # Admin Pusat: arrivals, imports, public report
    scope_label: str


@dataclass(frozen=True)
class Dashboard:
    year: int
    period_code: str
    period_label: str
    as_of: date  # figures count working days up to the day before this date
    scope_label: str
    can_see_people: bool
    rollup_refreshed: int  # employee-months recomputed before reading
    logs_ready: bool  # False: the rollup is not built: log figures are None (build_rollup)
    summary: DataTable
    skp_status: DataTable
    log_by_month: DataTable
    log_by_opd: DataTable
    evaluation_progress: DataTable
    evaluation_by_opd: DataTable
    predikat: DataTable
    predikat_warnings: DataTable
    jp: DataTable
    top_bottom: DataTable
    # (code, label) of the year's periods in period order, as ``period_choices``
    period_choices: tuple[tuple[str, str], ...] = ()

    def tables(self) -> tuple[DataTable, ...]:
        return (
            self.summary,
            self.skp_status,
            self.log_by_month,
            self.log_by_opd,
            self.evaluation_progress,
            self.evaluation_by_opd,
            self.predikat,
            self.predikat_warnings,
            self.jp,
            self.top_bottom,
        )


@dataclass(frozen=True)
class ImportedFile:
    path: Path
    status: str  # applied | partial | already_imported | rejected
    sender: str
    summary: str
    rows_applied: int
    rows_rejected: int


@dataclass(frozen=True)
class FolderImportResult:
    folder: Path
    files: tuple[ImportedFile, ...]
    skipped: int  # files already in the import log
    rollup_refreshed: int

    @property
    def rejected(self) -> int:
        return sum(1 for f in self.files if f.status == "rejected")

    @property
    def partial(self) -> int:
        return sum(1 for f in self.files if f.status == "partial")

    def summary(self) -> str:
        return _(
            "{n} bundel diperiksa di {p}: {a} diterapkan, {s} sebagian ditolak, "
            "{r} ditolak, {k} dilewati (sudah pernah diimpor)."
        ).format(
            n=len(self.files),
            p=self.folder,
            a=sum(1 for f in self.files if f.status in ("applied", "already_imported")),
            s=self.partial,
            r=self.rejected,
            k=self.skipped,
        )


# --- access ----------------------------------------------------------------------------
def _deny() -> PermissionDeniedError:
    return PermissionDeniedError(
        _("Dasbor kantor pusat hanya untuk Admin Pusat, Admin OPD dan kepala OPD."),
        hint=_("Minta admin BKPSDM memberi peran yang sesuai pada akun Anda."),
    )


def _access(session: Session, ws: Workspace, actor: Actor, tree: UnitTree) -> CentralAccess:

    if actor.has(Role.ADMIN_PUSAT):
        return CentralAccess(True, frozenset(), True, True, _("Seluruh OPD"))
    if actor.has(Role.ADMIN_OPD):
        scope = organisation.scope_in(session, ws, actor, tree)
        if scope.all_units and ws.node.role is not NodeRole.CENTRAL:
            # An office node holds its own OPD(s) only.
            tops = frozenset(u.id for u in tree.children.get(None, []))
            return CentralAccess(False, tops, True, False, scope.opd_name or _("OPD Anda"))
        tops = frozenset(u for u in scope.unit_ids if tree.by_id[u].parent_id is None)
        if tops:
            return CentralAccess(False, tops, True, False, scope.opd_name)
    if actor.employee_id:
        row = session.execute(
            select(Employee.unit_id, Employee.is_unit_head).where(
                Employee.id == actor.employee_id, Employee.deleted.is_(False)
            )
        ).first()
        if (
            row is not None
            and row[1]
            and row[0] in tree.by_id
            and tree.by_id[row[0]].parent_id is None
        ):
            return CentralAccess(
                False, frozenset({str(row[0])}), False, False, tree.by_id[row[0]].name
            )
    raise _deny()


def access(ws: Workspace, actor: Actor) -> CentralAccess:
    """What ``actor`` may see on the central pages (raises when nothing)."""

    with ws.read() as session:
        return _access(session, ws, actor, organisation.load_tree(session))


def _require_people(acc: CentralAccess) -> None:
    if not acc.can_see_people:
        raise PermissionDeniedError(
            _("Rincian per pegawai hanya untuk Admin Pusat dan Admin OPD."),
            hint=_("Gunakan ringkasan per OPD dan per unit."),
        )


def _require_central_admin(actor: Actor) -> None:
    auth.require(actor, Role.ADMIN_PUSAT)


# --- settings --------------------------------------------------------------------------
def silent_days(ws: Workspace) -> int:
    """Days without arrivals after which a node counts as silent (setting)."""
    with ws.read() as session:
        value = session.execute(
            select(Setting.value).where(Setting.key == SILENT_DAYS_SETTING)
        ).scalar_one_or_none()
    try:
        return max(1, int(value)) if value is not None else DEFAULT_SILENT_DAYS
    except ValueError:
        return DEFAULT_SILENT_DAYS


def set_silent_days(ws: Workspace, actor: Actor, days: int) -> int:
    _require_central_admin(actor)
    if not 1 <= days <= 365:
        raise ValidationError(
            _("Batas node senyap harus 1-365 hari."),
            problems=[("days", _("1-365 hari."))],
            hint=_("Contoh: 14 (dua minggu)."),
        )
    settings.write(ws, actor, SILENT_DAYS_SETTING, str(days), str(DEFAULT_SILENT_DAYS))
    return days


# --- rollup ----------------------------------------------------------------------------
def refresh_rollup(ws: Workspace, progress: Progress | None = None) -> int:
    """Bring the daily-log rollup up to date; returns the employee-months recomputed.
    Cheap when nothing changed (one small query)."""
    with ws.read() as session:
        conn = session.connection()
        if rollup.triggers_present(conn) and rollup.dirty_count(conn) == 0:
            return 0
    with ws.write("system") as session:
        conn = session.connection()
        rebuilt = rollup.ensure_triggers(conn)
        count = rollup.refresh(conn, progress)
    if count or rebuilt:
        with _CACHE_LOCK:
            _ROLLUP_GEN[ws.url] = _ROLLUP_GEN.get(ws.url, 0) + 1
    return count


# Dirty employee-months the dashboard recomputes when it opens (edits made at the central
# itself, a sync run stopped before its refresh): a fraction of a second. More than this,
# or no triggers at all (a rollup never built, or lost with a rebuilt table), is a build:
# never done at open (see :func:`build_rollup`).
OPEN_REFRESH_LIMIT = 2_000


def _rollup_state(session: Session) -> tuple[bool, int]:
    """(triggers present, dirty employee-months)."""
    conn = session.connection()
    present = rollup.triggers_present(conn)
    return present, rollup.dirty_count(conn) if present else 0


def _logs_ready(session: Session) -> bool:
    present, dirty = _rollup_state(session)
    return present and dirty == 0


def _refresh_small(ws: Workspace, progress: Progress | None) -> int:
    with ws.read() as session:
        present, dirty = _rollup_state(session)
    if not present or dirty == 0 or dirty > OPEN_REFRESH_LIMIT:
        return 0
    return refresh_rollup(ws, progress)


def build_rollup(ws: Workspace, actor: Actor, progress: Progress | None = None) -> int:
    """Build the daily-log rollup of a central that never built it (or bring a stale one up
    to date): minutes at city scale, so only on request, with progress."""
    access(ws, actor)
    return refresh_rollup(ws, progress)


# --- the year's figures per person -----------------------------------------------------
@dataclass(slots=True)
class _Person:
    id: str
    unit_id: str
    opd_id: str
    pns: bool
    work: tuple[int, ...]  # expected working days per month (shared by most people)
    approved: tuple[int, ...]  # working days with an approved entry per month
    logged: tuple[int, ...]  # working days with any entry per month
    skp: str = BELUM_DIBUAT
    eval_status: str = BELUM_DIBUAT
    predikat: str = ""  # latest signed revision of the chosen period
    jp: Decimal = Decimal(0)
    stats: tuple[Any, ...] | None = None  # _stats(), once every figure is loaded


@dataclass
class Figures:
    tree: UnitTree
    year: int
    period_code: str
    cutoff: date  # exclusive
    people: dict[str, _Person]
    org_predikat: dict[str, str]  # unit id -> predikat of the period
    periods: list[tuple[str, str, date]]  # (code, label, end)
    eval_by_period: dict[str, dict[str, str]] = field(default_factory=dict)  # code -> emp -> st
    logs_ready: bool = True  # False: the rollup is not built (or stale): no log figures
    # Each unit's own people summed (unit_aggregates): kept on the cached city figures
    # and handed to the subsets cut from them, so a drill-down adds up nobody again.
    by_unit: dict[str, Aggregate] | None = field(default=None, compare=False, repr=False)


def _year_check(year: int) -> None:
    if not 2000 <= year <= 2100:
        raise ValidationError(
            _("Tahun {y} tidak valid.").format(y=year), hint=_("Tulis tahun empat angka.")
        )


def _cutoff(year: int) -> date:
    today = today_wita()
    return min(today, date(year + 1, 1, 1))


def _month_days(year: int, month: int) -> int:
    nxt = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
    return (nxt - date(year, month, 1)).days


def _work_masks(session: Session, year: int, cutoff: date) -> dict[bool, list[int]]:
    """Bitmask of working days per month (bit d-1 = day d) before ``cutoff``, for units
    with and without Saturday work (national holidays and the calendar table applied)."""
    from ekinerja_desktop.domain.calendar import WorkCalendar

    rows = session.execute(
        select(CalendarDay.day, CalendarDay.kind, CalendarDay.name).where(
            CalendarDay.deleted.is_(False)
        )
    ).all()
    out: dict[bool, list[int]] = {}
    for saturday in (False, True):
        cal = WorkCalendar(
            saturday_is_workday=saturday,
            cuti_bersama=[(d, n) for d, k, n in rows if k == "cuti_bersama"],
            extra_holidays=[(d, n) for d, k, n in rows if k == "libur"],
            extra_workdays=[(d, n) for d, k, n in rows if k == "kerja"],
        )
        masks = []
        for month in range(1, 13):
            mask = 0
            for day in range(1, _month_days(year, month) + 1):
                d = date(year, month, day)
                if d < cutoff and cal.is_working_day(d):
                    mask |= 1 << (day - 1)
            masks.append(mask)
        out[saturday] = masks
    return out


def _range_mask(year: int, month: int, start: date | None, end: date | None) -> int:
    first = date(year, month, 1)
    last = first + timedelta(days=_month_days(year, month) - 1)
    lo = max(first, start) if start else first
    hi = min(last, end) if end else last
    if lo > hi:
        return 0
    return ((1 << (hi.day - lo.day + 1)) - 1) << (lo.day - 1)


_bits = int.bit_count


def _chunks(ids: Sequence[str] | None) -> Iterable[list[str] | None]:
    if ids is None:
        yield None
        return
    yield from chunks(ids, CHUNK)


@lru_cache(maxsize=4096)
def _jp_value(text: str) -> Decimal:
    try:
        value = Decimal((text or "0").strip().replace(",", "."))
    except InvalidOperation:
        return Decimal(0)
    return value if value.is_finite() else Decimal(0)


def _periods(ws: Workspace, session: Session, year: int) -> list[tuple[str, str, date]]:
    from ekinerja_desktop.domain.periods import parse_period
    from ekinerja_desktop.services import period_scheme

    found = {p.code: (p.code, p.label, p.end) for p in period_scheme.periods(ws, year)}
    for code in session.execute(
        select(Evaluation.period_code).where(Evaluation.year == year).distinct()
    ).scalars():
        if code not in found:
            try:
                p = parse_period(str(code))
            except ValueError:
                continue
            found[p.code] = (p.code, p.label, p.end)
    return sorted(found.values(), key=lambda p: (p[2], p[0].endswith("AKHIR")))


def _default_period(session: Session, year: int, periods: list[tuple[str, str, date]]) -> str:
    signed = set(
        session.execute(
            select(Evaluation.period_code)
            .where(
                Evaluation.year == year,
                Evaluation.deleted.is_(False),
                Evaluation.status.in_(sorted(SIGNED)),
            )
            .distinct()
        ).scalars()
    )
    for code, _label, _end in reversed(periods):
        if code in signed:
            return code
    today = today_wita()
    ended = [code for code, _label, end in periods if end < today]
    return ended[-1] if ended else periods[0][0]


def default_period(ws: Workspace, year: int) -> str:
    """The Akhir period when its evaluations exist, else the latest period with signed
    evaluations, else the latest ended period."""
    _year_check(year)
    with ws.read() as session:
        return _default_period(session, year, _periods(ws, session, year))


def period_choices(ws: Workspace, year: int) -> list[tuple[str, str]]:
    with ws.read() as session:
        return [(code, label) for code, label, _end in _periods(ws, session, year)]


# The figures of everyone, kept between the dashboard and its drill-downs while the data
# is unchanged: every local save of a synchronised row advances the node's sequence,
# every applied bundle adds a row to the imported-bundle table, and a rollup refresh
# that changed anything bumps ``_ROLLUP_GEN``.
_CACHE: dict[tuple[Any, ...], Figures] = {}
_ROLLUP_GEN: dict[str, int] = {}
_CACHE_LOCK = threading.Lock()


def _version(
    ws: Workspace, session: Session, year: int, period_code: str | None
) -> tuple[Any, ...]:
    seq = session.execute(select(LocalNode.next_seq, LocalNode.epoch)).first()
    imported = session.execute(
        select(func.count(), func.max(ImportedBundle.imported_at)).select_from(ImportedBundle)
    ).one()
    return (
        ws.url,
        tuple(seq) if seq else (),
        tuple(imported),
        year,
        period_code,
        _cutoff(year),
        _ROLLUP_GEN.get(ws.url, 0),
        _logs_ready(session),
    )


def _subset(data: Figures, opd_ids: frozenset[str] | None, unit_ids: set[str] | None) -> Figures:
    people = {
        e: p
        for e, p in data.people.items()
        if (opd_ids is None or p.opd_id in opd_ids) and (unit_ids is None or p.unit_id in unit_ids)
    }
    by_unit = None
    if data.by_unit is not None:
        units = {p.unit_id for p in people.values()}
        by_unit = {u: a for u, a in data.by_unit.items() if u in units}
    return Figures(
        data.tree,
        data.year,
        data.period_code,
        data.cutoff,
        people,
        data.org_predikat,
        data.periods,
        {
            c: {e: st for e, st in by.items() if e in people}
            for c, by in data.eval_by_period.items()
        },
        data.logs_ready,
        by_unit,
    )


def figures(
    ws: Workspace,
    session: Session,
    year: int,
    *,
    period_code: str | None,
    opd_ids: frozenset[str] | None,
    unit_ids: set[str] | None = None,
    tree: UnitTree | None = None,
) -> Figures:
    """``_load`` through the cache: the whole city is kept; a subset is cut from it when
    present, else loaded on its own (cheaper than the whole city). ``tree``: the unit
    tree the caller just read (else read again)."""
    _year_check(year)
    periods = _periods(ws, session, year)
    if period_code is None:  # one cache entry whether the period was named or defaulted
        period_code = _default_period(session, year, periods)
    elif period_code not in {p[0] for p in periods}:
        raise ValidationError(
            _("Periode {p} bukan periode penilaian tahun {y}.").format(p=period_code, y=year),
            hint=_("Pilih periode dari daftar."),
        )
    key = _version(ws, session, year, period_code)
    with _CACHE_LOCK:
        full = _CACHE.get(key)
    if full is not None:
        return full if opd_ids is None and unit_ids is None else _subset(full, opd_ids, unit_ids)
    with no_gc():
        data = _load(
            session, year, period_code, periods, opd_ids=opd_ids, unit_ids=unit_ids, tree=tree
        )
    if opd_ids is None and unit_ids is None:
        with _CACHE_LOCK:
            _CACHE.clear()
            _CACHE[key] = data
    return data


def _load(
    session: Session,
    year: int,
    period_code: str,
    periods: list[tuple[str, str, date]],
    *,
    opd_ids: frozenset[str] | None,
    unit_ids: set[str] | None = None,
    tree: UnitTree | None = None,
) -> Figures:
    """Everything the dashboard needs about the active people of ``opd_ids`` (None: all),
    optionally only those directly in ``unit_ids``, for ``period_code`` (one of
    ``periods``)."""

    if tree is None:
        tree = organisation.load_tree(session)
    codes = {p[0] for p in periods}
    cutoff = _cutoff(year)
    masks = _work_masks(session, year, cutoff)
    year_start, year_end = date(year, 1, 1), date(year, 12, 31)
    allowed: set[str] | None = None
    if opd_ids is not None:
        allowed = set()
        for opd in opd_ids:
            allowed |= tree.subtree(opd)
    if unit_ids is not None:
        allowed = unit_ids if allowed is None else allowed & unit_ids
    stmt = select(
        Employee.id,
        Employee.unit_id,
        Employee.status,
        Employee.active_from,
        Employee.active_to,
    ).where(Employee.active.is_(True), Employee.deleted.is_(False))
    if allowed is not None and len(allowed) < 400:
        stmt = stmt.where(Employee.unit_id.in_(sorted(allowed)))
    people: dict[str, _Person] = {}
    full_year = {sat: tuple(w.bit_count() for w in m) for sat, m in masks.items()}
    units: dict[str, tuple[str, bool]] = {}  # unit id -> (OPD id, Saturday worked)
    for uid, node in tree.by_id.items():
        if allowed is None or uid in allowed:
            top = tree.top(uid)
            units[uid] = (top.id if top else str(uid), node.saturday_workday)
    month_masks: dict[str, list[int]] = {}  # employee id -> working days of their unit
    none = (0,) * 12
    conn = session.connection()
    for emp_id, unit_id, status, start, end in conn.execute(stmt).all():
        found = units.get(unit_id) if unit_id is not None else None
        if found is None or unit_id is None:
            continue
        opd_id, sat = found
        if (start is None or start <= year_start) and (end is None or end >= year_end):
            work = full_year[sat]
        else:
            work = tuple(
                (w & _range_mask(year, m + 1, start, end)).bit_count()
                for m, w in enumerate(masks[sat])
            )
        month_masks[emp_id] = masks[sat]
        people[emp_id] = _Person(emp_id, unit_id, opd_id, status != PPPK, work, none, none)
    ids = sorted(people) if allowed is not None else None
    data = Figures(tree, year, period_code, cutoff, people, {}, periods, {c: {} for c in codes})
    _load_skp(session, data, ids)
    data.logs_ready = _logs_ready(session)
    if data.logs_ready:
        _load_logs(session, data, ids, month_masks)
    _load_evaluations(session, data, ids)
    _load_jp(session, data, ids)
    for unit_id, code, pred in session.execute(
        select(OrgPerformance.unit_id, OrgPerformance.period_code, OrgPerformance.predikat).where(
            OrgPerformance.year == year, OrgPerformance.deleted.is_(False)
        )
    ).all():
        if code == period_code:
            data.org_predikat[str(unit_id)] = str(pred)
    return data


def _load_skp(session: Session, data: Figures, ids: Sequence[str] | None) -> None:
    # The SKP in force is the latest revision of the year's last SKP period (a mutasi
    # or promotion mid-year starts a new part); "approved" when any revision of that
    # period is.
    latest: dict[str, tuple[int, int, str]] = {}
    approved: set[tuple[str, int]] = set()
    for chunk in _chunks(ids):
        stmt = select(Skp.employee_id, Skp.part, Skp.revision, Skp.status).where(
            Skp.year == data.year, Skp.deleted.is_(False)
        )
        if chunk is not None:
            stmt = stmt.where(Skp.employee_id.in_(chunk))
        for row in session.connection().execute(stmt).all():
            emp, part, rev, status = row
            if status == SKP_APPROVED:
                approved.add((emp, part))
            old = latest.get(emp)
            if old is None or (part, rev) > old[:2]:
                latest[emp] = (part, rev, status)
    people = data.people
    for emp, (part, _rev, status) in latest.items():
        person = people.get(emp)
        if person is not None:
            person.skp = SKP_APPROVED if (emp, part) in approved else str(status)


def _load_logs(
    session: Session, data: Figures, ids: Sequence[str] | None, masks: dict[str, list[int]]
) -> None:
    """``masks``: employee id -> the working days of their unit per month (bitmasks)."""
    table = LOG_YEAR_ROLLUP
    approved_cols = [table.c[f"approved_{m}"] for m in MONTH_KEYS]
    logged_cols = [table.c[f"logged_{m}"] for m in MONTH_KEYS]
    people = data.people
    for chunk in _chunks(ids):
        stmt = select(table.c.employee_id, *approved_cols, *logged_cols).where(
            table.c.year == data.year
        )
        if chunk is not None:
            stmt = stmt.where(table.c.employee_id.in_(chunk))
        for row in session.connection().execute(stmt).all():
            work = masks.get(row[0])
            if work is None:
                continue
            person = people[row[0]]
            person.approved = tuple(map(_bits, map(and_, row[1:13], work)))
            person.logged = tuple(map(_bits, map(and_, row[13:25], work)))


def _load_evaluations(session: Session, data: Figures, ids: Sequence[str] | None) -> None:
    # Per employee and period: the latest revision of the last SKP period evaluated
    # (after a mutasi the annual predikat is the last SKP period's Akhir; Kota Palu to
    # confirm, see README "Values for Kota Palu to confirm").
    # Rows in (employee, period, part, revision) order: the last row of a key is its
    # latest revision of the last SKP period, the last signed one its signed result.
    latest: dict[tuple[str, str], tuple[int, str]] = {}  # key -> (part, status)
    signed: dict[tuple[str, str], tuple[int, str]] = {}  # key -> (part, predikat)
    for chunk in _chunks(ids):
        stmt = (
            select(
                Evaluation.employee_id,
                Evaluation.period_code,
                Evaluation.skp_part,
                Evaluation.status,
                Evaluation.predikat,
            )
            .where(Evaluation.year == data.year, Evaluation.deleted.is_(False))
            .order_by(
                Evaluation.employee_id,
                Evaluation.period_code,
                Evaluation.skp_part,
                Evaluation.revision,
            )
        )
        if chunk is not None:
            stmt = stmt.where(Evaluation.employee_id.in_(chunk))
        for emp, code, part, status, pred in session.connection().execute(stmt).all():
            key = (emp, code)
            latest[key] = (part, status)
            if pred and status in SIGNED:
                signed[key] = (part, pred)
    people = data.people
    by_period = data.eval_by_period
    chosen = data.period_code
    for (emp, code), (_part, status) in latest.items():
        person = people.get(emp)
        if person is not None:
            by_period.setdefault(code, {})[emp] = str(status)
            if code == chosen:
                person.eval_status = str(status)
    # A signed result of an earlier SKP period is not the period's result while the
    # last SKP period's evaluation is still open.
    for (emp, code), (part, pred) in signed.items():
        if code == chosen and part == latest[(emp, code)][0] and emp in people:
            people[emp].predikat = str(pred)


# The JP texts of a year are few ("2", "2,5", "40"): summed in the database as whole
# hundredths (up to JP_SCALE decimals) keyed by their text, one row per person.
JP_SCALE = 6
JP_TEXTS = 500


def _load_jp(session: Session, data: Figures, ids: Sequence[str] | None) -> None:
    where = (
        Training.status == VERIFIED,
        Training.start_date >= date(data.year, 1, 1),
        Training.start_date <= date(data.year, 12, 31),
        Training.deleted.is_(False),
    )
    conn = session.connection()
    people = data.people
    texts = conn.execute(select(Training.jp_credited).where(*where).distinct()).scalars().all()
    values = {t: _jp_value(t) for t in texts if t is not None}
    values = {t: v for t, v in values.items() if v}
    if not values:
        return
    digits = max(0, *(-int(v.as_tuple().exponent) for v in values.values()))
    if len(values) > JP_TEXTS or digits > JP_SCALE:  # unusual texts: read row by row
        for chunk in _chunks(ids):
            stmt = select(Training.employee_id, Training.jp_credited).where(*where)
            if chunk is not None:
                stmt = stmt.where(Training.employee_id.in_(chunk))
            for emp, jp in conn.execute(stmt).all():
                person = people.get(emp)
                if person is not None:
                    person.jp += _jp_value(jp)
        return
    scaled = case(
        {t: int(v.scaleb(digits)) for t, v in values.items()},
        value=Training.jp_credited,
        else_=0,
    )
    for chunk in _chunks(ids):
        stmt = select(Training.employee_id, func.sum(scaled)).where(*where)
        if chunk is not None:
            stmt = stmt.where(Training.employee_id.in_(chunk))
        for emp, total in conn.execute(stmt.group_by(Training.employee_id)).all():
            person = people.get(emp)
            if person is not None and total:
                person.jp = Decimal(int(total)).scaleb(-digits)


# --- aggregation -----------------------------------------------------------------------
@dataclass
class Aggregate:
    people: int = 0
    skp: Counter[str] = field(default_factory=Counter)
    work: list[int] = field(default_factory=lambda: [0] * 12)
    approved: list[int] = field(default_factory=lambda: [0] * 12)
    logged: list[int] = field(default_factory=lambda: [0] * 12)
    evals: Counter[str] = field(default_factory=Counter)
    predikat: Counter[str] = field(default_factory=Counter)
    pns: int = 0
    pns_ok: int = 0
    pppk: int = 0
    pppk_ok: int = 0
    jp_total: Decimal = Decimal(0)
    logs: bool = True  # False: the daily-log figures are unknown (rollup not built)

    def extend(self, people: Sequence[_Person]) -> None:
        """Add a group of people."""
        if people:
            self.add_stats([_person_stats(p) for p in people])

    def add_stats(self, stats: Sequence[tuple[Any, ...]]) -> None:
        """Add people given as their :func:`_stats` rows: one column sum each, in C (a
        city has tens of thousands, an OPD's drill-down hundreds of units)."""
        if not stats:
            return
        sums = list(map(sum, zip(*stats, strict=True)))
        self.people += sums[_AT_PEOPLE]
        self.skp.update(_nonzero(SKP_STATES, sums[_AT_SKP : _AT_SKP + len(SKP_STATES)]))
        self.evals.update(_nonzero(EVAL_STATES, sums[_AT_EVAL : _AT_EVAL + len(EVAL_STATES)]))
        self.predikat.update(
            _nonzero(PREDIKAT_VALUES, sums[_AT_PREDIKAT : _AT_PREDIKAT + len(PREDIKAT_VALUES)])
        )
        self.pns += sums[_AT_JP]
        self.pns_ok += sums[_AT_JP + 1]
        self.pppk += sums[_AT_JP + 2]
        self.pppk_ok += sums[_AT_JP + 3]
        self.work = list(map(add, self.work, sums[_AT_WORK : _AT_WORK + 12]))
        self.approved = list(map(add, self.approved, sums[_AT_WORK + 12 : _AT_WORK + 24]))
        self.logged = list(map(add, self.logged, sums[_AT_WORK + 24 : _AT_WORK + 36]))
        self.jp_total += sums[_AT_JP_TOTAL]

    def merge(self, other: Aggregate) -> None:
        self.people += other.people
        self.skp.update(other.skp)
        self.work = list(map(add, self.work, other.work))
        self.approved = list(map(add, self.approved, other.approved))
        self.logged = list(map(add, self.logged, other.logged))
        self.evals.update(other.evals)
        self.predikat.update(other.predikat)
        self.pns += other.pns
        self.pns_ok += other.pns_ok
        self.pppk += other.pppk
        self.pppk_ok += other.pppk_ok
        self.jp_total += other.jp_total
        self.logs = self.logs and other.logs

    @property
    def skp_rate(self) -> float | None:
        return _pct(self.skp[SKP_APPROVED], self.people)

    def log_rate(self, month: int | None = None) -> float | None:
        if not self.logs:
            return None
        if month is None:
            return _pct(sum(self.approved), sum(self.work))
        return _pct(self.approved[month], self.work[month])

    def logged_rate(self, month: int | None = None) -> float | None:
        if not self.logs:
            return None
        if month is None:
            return _pct(sum(self.logged), sum(self.work))
        return _pct(self.logged[month], self.work[month])

    @property
    def jp_rate(self) -> float | None:
        return _pct(self.pns_ok, self.pns)

    @property
    def evaluated(self) -> int:
        return sum(self.predikat.values())

    @property
    def signed(self) -> int:
        return sum(self.evals[s] for s in SIGNED)

    @property
    def eval_rate(self) -> float | None:
        return _pct(self.signed, self.skp[SKP_APPROVED])


@lru_cache(maxsize=64)
def _predikat_value(text: str) -> str:
    return Predikat.parse(text).value


# One person's figures as a flat row of numbers (summed column-wise per group): people,
# SKP status, evaluation status (counted only for those who can be evaluated), predikat
# (one-hot each), PNS, PNS >= 20 JP, PPPK, PPPK <= 24 JP, working / approved / logged
# days per month, JP.
PREDIKAT_VALUES = tuple(p.value for p in Predikat)
_AT_PEOPLE = 0
_AT_SKP = 1
_AT_EVAL = _AT_SKP + len(SKP_STATES)
_AT_PREDIKAT = _AT_EVAL + len(EVAL_STATES)
_AT_JP = _AT_PREDIKAT + len(PREDIKAT_VALUES)
_AT_WORK = _AT_JP + 4
_AT_JP_TOTAL = _AT_WORK + 36


def _one_hot(keys: Sequence[str]) -> dict[str, tuple[int, ...]]:
    return {k: tuple(int(i == j) for j in range(len(keys))) for i, k in enumerate(keys)}


_SKP_HOT = _one_hot(SKP_STATES)
_EVAL_HOT = _one_hot(EVAL_STATES)
_PREDIKAT_HOT = _one_hot(PREDIKAT_VALUES)
_NO_SKP = (0,) * len(SKP_STATES)  # a status outside SKP_STATES (never shown)
_NO_EVAL = (0,) * len(EVAL_STATES)
_NO_PREDIKAT = (0,) * len(PREDIKAT_VALUES)


def _stats_head(skp: str, status: str, predikat: str, pns: bool, jp_ok: bool) -> tuple[int, ...]:
    # "Belum dibuat" counts only those who can be evaluated (approved SKP).
    counted = status != BELUM_DIBUAT or skp == SKP_APPROVED
    return (
        1,
        *_SKP_HOT.get(skp, _NO_SKP),
        *(_EVAL_HOT.get(status, _NO_EVAL) if counted else _NO_EVAL),
        *(_PREDIKAT_HOT[_predikat_value(predikat)] if predikat else _NO_PREDIKAT),
        int(pns),
        int(pns and jp_ok),
        int(not pns),
        int(not pns and jp_ok),
    )


_HEADS: dict[tuple[str, str, str, bool, bool], tuple[int, ...]] = {}  # few distinct ones


def _person_stats(p: _Person) -> tuple[Any, ...]:
    """The row of ``p`` (kept on it: the figures do not change once loaded)."""
    row = p.stats
    if row is None:
        jp = p.jp
        ok = jp >= PNS_MIN_JP_PER_YEAR if p.pns else jp <= PPPK_MAX_JP_PER_YEAR
        key = (p.skp, p.eval_status, p.predikat, p.pns, ok)
        head = _HEADS.get(key)
        if head is None:
            head = _HEADS[key] = _stats_head(*key)
        row = p.stats = head + p.work + p.approved + p.logged + (jp,)
    return row


def _nonzero(keys: Sequence[str], counts: Sequence[int]) -> dict[str, int]:
    return {k: n for k, n in zip(keys, counts, strict=True) if n}


def _pct(part: float, whole: float) -> float | None:
    return round(100.0 * part / whole, 1) if whole else None


def group_people(data: Figures, key: Callable[[_Person], str]) -> dict[str, Aggregate]:
    groups: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
    for p in data.people.values():
        groups[key(p)].append(p.stats or _person_stats(p))
    out: dict[str, Aggregate] = {}
    for k, members in groups.items():
        out[k] = Aggregate(logs=data.logs_ready)
        out[k].add_stats(members)
    return out


def unit_aggregates(data: Figures) -> dict[str, Aggregate]:
    """Each unit's own people summed; computed once per (cached) figures."""
    if data.by_unit is None:
        data.by_unit = group_people(data, lambda p: p.unit_id)
    return data.by_unit


def opd_order(data: Figures, opd_ids: Iterable[str]) -> list[str]:
    order = {u.id: i for i, u in enumerate(data.tree.ordered())}
    return sorted(opd_ids, key=lambda u: (order.get(u, 10**9), data.tree.by_id[u].name))


def _col(key: str, label: str, kind: str = "text") -> TableColumn:
    return TableColumn(key, label, kind)


PREDIKAT_COLUMNS = tuple(
    _col(p.name.lower(), p.short_label if p is Predikat.KURANG else p.value, "int")
    for p in Predikat
)


def _skp_columns() -> tuple[TableColumn, ...]:
    return (
        _col("pegawai", _("Pegawai"), "int"),
        _col("belum", _("Belum dibuat"), "int"),
        _col("draft", _("Draft"), "int"),
        _col("diajukan", _("Diajukan"), "int"),
        _col("ditolak", _("Ditolak"), "int"),
        _col("disetujui", _("Disetujui"), "int"),
        _col("pct_disetujui", _("% disetujui"), "percent"),
    )


def _skp_cells(a: Aggregate) -> tuple[Any, ...]:
    return (a.people, *(a.skp[s] for s in SKP_STATES), a.skp_rate)


def _eval_cells(a: Aggregate) -> tuple[Any, ...]:
    return (
        a.skp[SKP_APPROVED],
        *(a.evals[s] for s in EVAL_STATES),
        a.eval_rate,
    )


def _eval_columns() -> tuple[TableColumn, ...]:
    return (
        _col("skp_disetujui", _("SKP disetujui"), "int"),
        _col("belum", _("Belum ada evaluasi"), "int"),
        _col("draft", _("Draft"), "int"),
        _col("dinilai", _("Dinilai"), "int"),
        _col("ditandatangani", _("Ditandatangani"), "int"),
        _col("diakui", _("Diakui"), "int"),
        _col("pct_selesai", _("% selesai"), "percent"),
    )


def _jp_columns() -> tuple[TableColumn, ...]:
    return (
        _col("pns", _("PNS"), "int"),
        _col("pns_20", _("PNS >= {n} JP").format(n=PNS_MIN_JP_PER_YEAR), "int"),
        _col("pct_pns_20", _("% PNS >= {n} JP").format(n=PNS_MIN_JP_PER_YEAR), "percent"),
        _col("pppk", _("PPPK"), "int"),
        _col("pppk_ok", _("PPPK <= {n} JP").format(n=PPPK_MAX_JP_PER_YEAR), "int"),
        _col("jp_rata", _("Rata-rata JP"), "decimal"),
    )


def _jp_cells(a: Aggregate) -> tuple[Any, ...]:
    mean = float(round(a.jp_total / a.people, 1)) if a.people else None
    return (a.pns, a.pns_ok, a.jp_rate, a.pppk, a.pppk_ok, mean)


def _predikat_cells(a: Aggregate) -> tuple[Any, ...]:
    return tuple(a.predikat[p.value] for p in Predikat)


def period_label(data: Figures) -> str:
    return next((label for code, label, _e in data.periods if code == data.period_code), "")


def _notes_log(data: Figures) -> tuple[str, ...]:
    last = data.cutoff - timedelta(days=1)
    definition = _(
        "Kepatuhan log = hari kerja dengan minimal satu entri log DISETUJUI dibagi "
        "hari kerja pegawai aktif (kalender unit, s.d. {d})."
    ).format(d=last.strftime("%d-%m-%Y"))
    if data.logs_ready:
        return (definition,)
    pending = _(
        "Ringkasan log harian belum dihitung di kantor pusat ini: angka kepatuhan log "
        "ditampilkan '-' sampai dihitung (tombol 'Hitung kepatuhan log' di dasbor)."
    )
    return (pending, definition)


def _build_dashboard(data: Figures, acc: CentralAccess, refreshed: int) -> Dashboard:
    by_opd = group_people(data, lambda p: p.opd_id)
    opds = opd_order(data, by_opd)
    city = Aggregate(logs=data.logs_ready)
    for agg in by_opd.values():
        city.merge(agg)
    names = [data.tree.by_id[o].name for o in opds]
    period = period_label(data)
    opd_col = _col("opd", _("OPD"))
    skp = DataTable(
        "skp_status",
        _("Status SKP {y} per OPD").format(y=data.year),
        (opd_col, *_skp_columns()),
        tuple((n, *_skp_cells(by_opd[o])) for n, o in zip(names, opds, strict=True)),
        tuple(opds),
        "opd",
        ChartSpec("stacked", "opd", ("belum", "draft", "diajukan", "ditolak", "disetujui"), True),
        (
            _(
                "Status SKP = 'Disetujui' bila ada revisi yang disetujui, selain itu status "
                "revisi terakhir."
            ),
        ),
    )
    month_rows = []
    for m in range(12):
        if city.work[m] == 0:
            continue
        month_rows.append(
            (
                f"{MONTHS[m]} {data.year}",
                city.work[m],
                city.approved[m] if city.logs else None,
                city.log_rate(m),
                city.logged_rate(m),
            )
        )
    log_month = DataTable(
        "log_by_month",
        _("Kepatuhan log harian {y} per bulan").format(y=data.year),
        (
            _col("bulan", _("Bulan")),
            _col("hari_kerja", _("Hari kerja pegawai"), "int"),
            _col("hari_disetujui", _("Hari dengan log disetujui"), "int"),
            _col("pct_disetujui", _("% disetujui"), "percent"),
            _col("pct_terisi", _("% berisi log"), "percent"),
        ),
        tuple(month_rows),
        chart=ChartSpec("line", "bulan", ("pct_disetujui", "pct_terisi"), percent=True),
        notes=_notes_log(data),
    )
    months = [m for m in range(12) if city.work[m]]
    log_opd = DataTable(
        "log_by_opd",
        _("Kepatuhan log harian {y} per OPD dan bulan (%)").format(y=data.year),
        (
            opd_col,
            *(_col(f"m{m + 1:02d}", MONTHS[m], "percent") for m in months),
            _col("tahun", _("Tahun berjalan"), "percent"),
        ),
        tuple(
            (n, *(by_opd[o].log_rate(m) for m in months), by_opd[o].log_rate())
            for n, o in zip(names, opds, strict=True)
        ),
        tuple(opds),
        "opd",
        ChartSpec("bar", "opd", ("tahun",), True, True),
        _notes_log(data),
    )
    progress_rows = []
    can_be_evaluated = {e for e, p in data.people.items() if p.skp == SKP_APPROVED}
    for code, label, end in data.periods:
        agg = Aggregate()
        agg.skp.update(city.skp)
        statuses = data.eval_by_period.get(code, {})
        agg.evals.update(statuses.values())
        agg.evals[BELUM_DIBUAT] = len(can_be_evaluated - statuses.keys())
        progress_rows.append((label, end, *_eval_cells(agg)))
    progress = DataTable(
        "evaluation_progress",
        _("Kemajuan evaluasi kinerja {y} per periode").format(y=data.year),
        (_col("periode", _("Periode")), _col("berakhir", _("Berakhir"), "date"), *_eval_columns()),
        tuple(progress_rows),
        chart=ChartSpec(
            "stacked", "periode", ("belum", "draft", "dinilai", "ditandatangani", "diakui")
        ),
        notes=(
            _(
                "'% selesai' = evaluasi ditandatangani atau diakui dibagi pegawai dengan SKP "
                "disetujui."
            ),
        ),
    )
    eval_opd = DataTable(
        "evaluation_by_opd",
        _("Kemajuan evaluasi {p} per OPD").format(p=period),
        (opd_col, *_eval_columns()),
        tuple((n, *_eval_cells(by_opd[o])) for n, o in zip(names, opds, strict=True)),
        tuple(opds),
        "opd",
        ChartSpec("bar", "opd", ("pct_selesai",), True, True),
    )
    warn_rows: list[tuple[Any, ...]] = []
    warn_ids: list[str] = []
    pred_rows = []
    for n, o in zip(names, opds, strict=True):
        agg = by_opd[o]
        org = data.org_predikat.get(o, "")
        warnings = check_distribution(org, dict(agg.predikat)) if org else []
        for text in warnings:
            warn_rows.append((n, org, text))
            warn_ids.append(o)
        pred_rows.append((n, org or "-", agg.evaluated, *_predikat_cells(agg), len(warnings)))
    predikat = DataTable(
        "predikat",
        _("Distribusi predikat kinerja pegawai {p} per OPD").format(p=period),
        (
            opd_col,
            _col("org_predikat", _("Predikat organisasi")),
            _col("dinilai", _("Dinilai"), "int"),
            *PREDIKAT_COLUMNS,
            _col("peringatan", _("Peringatan"), "int"),
        ),
        tuple(pred_rows),
        tuple(opds),
        "opd",
        ChartSpec("stacked", "opd", tuple(c.key for c in PREDIKAT_COLUMNS), True),
        (
            _("Predikat dari revisi terakhir yang ditandatangani pada periode {p}.").format(
                p=period
            ),
            _("Pedoman distribusi hanya peringatan (PermenPANRB 6/2022), tidak memblokir."),
        ),
    )
    pred_warn = DataTable(
        "predikat_warnings",
        _("Peringatan pedoman distribusi predikat {p}").format(p=period),
        (
            opd_col,
            _col("org_predikat", _("Predikat organisasi")),
            _col("peringatan", _("Peringatan")),
        ),
        tuple(warn_rows),
        tuple(warn_ids),
        "opd",
    )
    jp = DataTable(
        "jp",
        _("Capaian JP pengembangan kompetensi {y} per OPD").format(y=data.year),
        (opd_col, *_jp_columns()),
        tuple((n, *_jp_cells(by_opd[o])) for n, o in zip(names, opds, strict=True)),
        tuple(opds),
        "opd",
        ChartSpec("bar", "opd", ("pct_pns_20",), True, True),
        (
            _(
                "PNS memenuhi bila JP terverifikasi >= {a}; PPPK sesuai aturan bila <= {b} JP."
            ).format(a=PNS_MIN_JP_PER_YEAR, b=PPPK_MAX_JP_PER_YEAR),
        ),
    )
    summary = DataTable(
        "summary",
        _("Ringkasan {y} - {s}").format(y=data.year, s=acc.scope_label),
        (_col("indikator", _("Indikator")), _col("nilai", _("Nilai"), "decimal")),
        (
            (_("OPD"), float(len(opds))),
            (_("Pegawai aktif"), float(city.people)),
            (_("SKP disetujui (%)"), city.skp_rate),
            (_("Kepatuhan log harian (%)"), city.log_rate()),
            (_("Evaluasi {p} selesai (%)").format(p=period), city.eval_rate),
            (_("PNS >= {n} JP (%)").format(n=PNS_MIN_JP_PER_YEAR), city.jp_rate),
            (_("Peringatan distribusi predikat"), float(len(warn_rows))),
        ),
    )
    return Dashboard(
        year=data.year,
        period_code=data.period_code,
        period_label=period,
        as_of=data.cutoff,
        scope_label=acc.scope_label,
        can_see_people=acc.can_see_people,
        rollup_refreshed=refreshed,
        logs_ready=data.logs_ready,
        summary=summary,
        skp_status=skp,
        log_by_month=log_month,
        log_by_opd=log_opd,
        evaluation_progress=progress,
        evaluation_by_opd=eval_opd,
        predikat=predikat,
        predikat_warnings=pred_warn,
        jp=jp,
        top_bottom=_top_bottom(data, by_opd, opds),
        period_choices=tuple((code, label) for code, label, _end in data.periods),
    )


def _top_bottom(data: Figures, by_opd: dict[str, Aggregate], opds: list[str]) -> DataTable:
    metrics: list[tuple[str, Callable[[Aggregate], float | None]]] = [
        (_("SKP disetujui"), lambda a: a.skp_rate),
        (_("Kepatuhan log harian"), lambda a: a.log_rate()),
        (_("PNS >= {n} JP").format(n=PNS_MIN_JP_PER_YEAR), lambda a: a.jp_rate),
        (_("Evaluasi selesai"), lambda a: a.eval_rate),
    ]
    rows: list[tuple[Any, ...]] = []
    ids: list[str] = []
    for label, fn in metrics:
        scored = [(v, data.tree.by_id[o].name, o) for o in opds if (v := fn(by_opd[o])) is not None]
        if not scored:
            continue
        best = sorted(scored, key=lambda s: (-s[0], s[1]))[:TOP_N]
        worst = sorted(scored, key=lambda s: (s[0], s[1]))[:TOP_N]
        for position, chosen in ((_("Teratas"), best), (_("Terbawah"), worst)):
            for rank, (value, name, opd) in enumerate(chosen, 1):
                rows.append((label, position, rank, name, value))
                ids.append(opd)
    return DataTable(
        "top_bottom",
        _("OPD teratas dan terbawah {y}").format(y=data.year),
        (
            _col("indikator", _("Indikator")),
            _col("posisi", _("Posisi")),
            _col("peringkat", _("Peringkat"), "int"),
            _col("opd", _("OPD")),
            _col("nilai", _("Nilai (%)"), "percent"),
        ),
        tuple(rows),
        tuple(ids),
        "opd",
    )


def dashboard(
    ws: Workspace,
    actor: Actor,
    year: int,
    *,
    period_code: str | None = None,
    progress: Progress | None = None,
) -> Dashboard:
    """All dashboard tables of ``year`` for what the actor may see."""

    _year_check(year)
    with ws.read() as session:
        tree = organisation.load_tree(session)
        acc = _access(session, ws, actor, tree)
    refreshed = _refresh_small(ws, progress)
    with ws.read() as session:
        data = figures(
            ws,
            session,
            year,
            period_code=period_code,
            opd_ids=None if acc.all_opds else acc.opd_ids,
            # A refresh changed no unit (the rollup only).
            tree=tree,
        )
    with no_gc():
        return _build_dashboard(data, acc, refreshed)


def prepare_drill(
    ws: Workspace, actor: Actor, year: int, *, period_code: str | None = None
) -> None:
    """Sum every unit's people of the shown dashboard ahead of a drill-down (the page
    asks once the dashboard is painted): the first click into a large OPD then only
    lists its units. A no-op unless the dashboard's figures are kept."""
    with ws.read() as session:
        tree = organisation.load_tree(session)
        acc = _access(session, ws, actor, tree)
        if not acc.all_opds:
            return
        data = figures(ws, session, year, period_code=period_code, opd_ids=None, tree=tree)
    with no_gc():
        unit_aggregates(data)


def _unit_or_404(tree: UnitTree, unit_id: str) -> None:
    if unit_id not in tree.by_id:
        raise NotFoundError(
            _("Unit {u} tidak ditemukan.").format(u=unit_id), hint=_("Muat ulang dasbor.")
        )


def _require_opd(acc: CentralAccess, tree: UnitTree, unit_id: str) -> str:
    _unit_or_404(tree, unit_id)
    top = tree.top(unit_id)
    opd = top.id if top else unit_id
    if not acc.all_opds and opd not in acc.opd_ids:
        raise PermissionDeniedError(
            _("OPD itu berada di luar wewenang Anda."),
            hint=_("Pilih OPD Anda sendiri, atau minta Admin Pusat (BKPSDM)."),
        )
    return opd


def _drill_figures(
    ws: Workspace,
    actor: Actor,
    year: int,
    unit_id: str,
    period_code: str | None,
    *,
    people: bool = False,
) -> tuple[UnitTree, str, Figures, dict[str, tuple[str, str, str, str, str | None]]]:
    """The figures behind a drill-down into ``unit_id``, checked against the actor's
    scope: the unit tree, the OPD it lies in and its figures; with ``people`` (only for
    admins who may see people) just that unit's own people, and their name, NIP, status,
    jabatan and unit (else no people rows)."""
    with ws.read() as session:
        tree = organisation.load_tree(session)
        acc = _access(session, ws, actor, tree)
        if people:
            _require_people(acc)
        opd = _require_opd(acc, tree, unit_id)
        data = figures(
            ws,
            session,
            year,
            period_code=period_code,
            opd_ids=frozenset({opd}),
            unit_ids={unit_id} if people else None,
            tree=tree,
        )
        return tree, opd, data, _person_rows(session, sorted(data.people)) if people else {}


def drill_opd(
    ws: Workspace, actor: Actor, year: int, opd_id: str, *, period_code: str | None = None
) -> DataTable:
    """The units of an OPD (each unit's own people) with the dashboard figures."""
    tree, opd, data, _info = _drill_figures(ws, actor, year, opd_id, period_code)
    by_unit = unit_aggregates(data)
    units = [u.id for u in tree.ordered() if u.id in by_unit]
    prefix = tree.by_id[opd].name + " / "
    rows = []
    for u in units:
        a = by_unit[u]
        path = tree.path(u)
        rows.append(
            (
                path[len(prefix) :] if path.startswith(prefix) else path,
                a.people,
                a.skp_rate,
                a.log_rate(),
                a.eval_rate,
                a.evaluated,
                *_predikat_cells(a),
                a.jp_rate,
            )
        )
    return DataTable(
        "opd_units",
        _("{o}: rincian per unit {y}").format(o=tree.by_id[opd].name, y=year),
        (
            _col("unit", _("Unit")),
            _col("pegawai", _("Pegawai"), "int"),
            _col("pct_skp", _("% SKP disetujui"), "percent"),
            _col("pct_log", _("% kepatuhan log"), "percent"),
            _col("pct_evaluasi", _("% evaluasi selesai"), "percent"),
            _col("dinilai", _("Dinilai"), "int"),
            *PREDIKAT_COLUMNS,
            _col("pct_jp", _("% PNS >= {n} JP").format(n=PNS_MIN_JP_PER_YEAR), "percent"),
        ),
        tuple(rows),
        tuple(units),
        "unit",
        ChartSpec("bar", "unit", ("pct_skp", "pct_log", "pct_jp"), True, True),
        (_("Periode predikat: {p}.").format(p=period_label(data)), *_notes_log(data)),
    )


def _person_rows(
    session: Session, ids: Sequence[str]
) -> dict[str, tuple[str, str, str, str, str | None]]:
    """name, NIP (printed), status, jabatan, unit id per employee id."""
    from ekinerja_desktop.domain.fmt import person_display_name
    from ekinerja_desktop.domain.nip import printed_nip

    out: dict[str, tuple[str, str, str, str, str | None]] = {}
    for chunk in _chunks(list(ids)):
        assert chunk is not None
        for e in session.execute(
            select(
                Employee.id,
                *organisation.NAME_COLUMNS,
                Employee.nip,
                Employee.status,
                Employee.jabatan_name,
                Employee.unit_id,
            ).where(Employee.id.in_(chunk))
        ).all():
            out[str(e[0])] = (
                person_display_name(e[1], e[2], e[3]),
                printed_nip(str(e[4]), str(e[5])),
                str(e[5]),
                str(e[6]),
                e[7],
            )
    return out


def drill_unit(
    ws: Workspace, actor: Actor, year: int, unit_id: str, *, period_code: str | None = None
) -> DataTable:
    """The people directly in one unit with their figures (authorised admins only)."""
    tree, _opd, data, info = _drill_figures(ws, actor, year, unit_id, period_code, people=True)
    order = sorted(data.people, key=lambda e: (info[e][0].casefold(), info[e][1]))
    rows = []
    for e in order:
        p = data.people[e]
        name, nip, status, jabatan, _unit = info[e]
        rows.append(
            (
                name,
                nip,
                status,
                jabatan,
                p.skp,
                _pct(sum(p.approved), sum(p.work)) if data.logs_ready else None,
                sum(p.approved) if data.logs_ready else None,
                sum(p.work),
                p.eval_status,
                p.predikat,
                float(p.jp),
            )
        )
    return DataTable(
        "unit_people",
        _("{u}: rincian per pegawai {y}").format(u=tree.path(unit_id), y=year),
        (
            _col("nama", _("Nama")),
            _col("nip", _("NIP")),
            _col("status", _("Status ASN")),
            _col("jabatan", _("Jabatan")),
            _col("skp", _("SKP")),
            _col("pct_log", _("% kepatuhan log"), "percent"),
            _col("hari_disetujui", _("Hari log disetujui"), "int"),
            _col("hari_kerja", _("Hari kerja"), "int"),
            _col("evaluasi", _("Evaluasi")),
            _col("predikat", _("Predikat")),
            _col("jp", _("JP terverifikasi"), "decimal"),
        ),
        tuple(rows),
        tuple(order),
        "person",
        ChartSpec("bar", "nama", ("pct_log",), True, True),
        (_("Periode evaluasi: {p}.").format(p=period_label(data)), *_notes_log(data)),
    )


# --- reward / coaching / JP lists ------------------------------------------------------
def _people_scope(
    ws: Workspace, session: Session, actor: Actor, year: int
) -> tuple[Figures, CentralAccess]:

    tree = organisation.load_tree(session)
    acc = _access(session, ws, actor, tree)
    _require_people(acc)
    data = figures(
        ws, session, year, period_code=None, opd_ids=None if acc.all_opds else acc.opd_ids
    )
    return data, acc


_PERSON_COLUMNS = (
    TableColumn("nama", "Nama"),
    TableColumn("nip", "NIP"),
    TableColumn("opd", "OPD"),
    TableColumn("unit", "Unit"),
    TableColumn("jabatan", "Jabatan"),
)


def _person_cells(
    data: Figures, info: dict[str, tuple[str, str, str, str, str | None]], emp: str
) -> tuple[Any, ...]:
    name, nip, _status, jabatan, _unit = info[emp]
    person = data.people[emp]
    opd_name = data.tree.by_id[person.opd_id].name
    path = data.tree.path(person.unit_id)
    unit_text = path[len(opd_name) + 3 :] if path.startswith(opd_name + " / ") else path
    return (name, nip, opd_name, unit_text or "-", jabatan)


def _sorted_people(data: Figures, info: dict[str, Any], ids: Iterable[str]) -> list[str]:
    return sorted(
        ids,
        key=lambda e: (
            data.tree.by_id[data.people[e].opd_id].name,
            str(info[e][0]).casefold(),
        ),
    )


def _follow_ups(session: Session, year: int, kind: str) -> set[str]:
    return {
        str(e)
        for e in session.execute(
            select(FollowUp.employee_id).where(
                FollowUp.year == year, FollowUp.kind == kind, FollowUp.deleted.is_(False)
            )
        ).scalars()
    }


def _basis_note(data: Figures) -> str:
    label = period_label(data)
    if data.period_code.endswith("AKHIR"):
        return _("Berdasarkan evaluasi {p} yang ditandatangani.").format(p=label)
    return _(
        "Evaluasi Akhir {y} belum ada: daftar memakai evaluasi {p} yang ditandatangani (sementara)."
    ).format(y=data.year, p=label)


def reward_list(ws: Workspace, actor: Actor, year: int) -> DataTable:
    """People with predikat Sangat Baik (recognition) and whether a reward is recorded."""
    from ekinerja_desktop.services.evaluation import REWARD

    with ws.read() as session:
        data, _acc = _people_scope(ws, session, actor, year)
        chosen = [e for e, p in data.people.items() if p.predikat == Predikat.SANGAT_BAIK.value]
        done = _follow_ups(session, year, REWARD)
        info = _person_rows(session, chosen)
    order = _sorted_people(data, info, chosen)
    return DataTable(
        "reward",
        _("Daftar penghargaan {y}: predikat Sangat Baik").format(y=year),
        (*_PERSON_COLUMNS, _col("penghargaan", _("Penghargaan tercatat"))),
        tuple((*_person_cells(data, info, e), _("Ya") if e in done else _("Belum")) for e in order),
        tuple(order),
        "person",
        notes=(_basis_note(data),),
    )


def coaching_list(ws: Workspace, actor: Actor, year: int) -> DataTable:
    """People needing pembinaan (Butuh Perbaikan, Kurang, Sangat Kurang) and whether a
    coaching plan (follow-up) exists."""
    from ekinerja_desktop.services.evaluation import PEMBINAAN as KIND

    with ws.read() as session:
        data, _acc = _people_scope(ws, session, actor, year)
        chosen = [
            e
            for e, p in data.people.items()
            if p.predikat and Predikat.parse(p.predikat) in PEMBINAAN
        ]
        planned = _follow_ups(session, year, KIND)
        info = _person_rows(session, chosen)
    order = _sorted_people(data, info, chosen)
    return DataTable(
        "coaching",
        _("Daftar pembinaan {y}").format(y=year),
        (
            *_PERSON_COLUMNS,
            _col("predikat", _("Predikat")),
            _col("rencana", _("Rencana pembinaan")),
        ),
        tuple(
            (
                *_person_cells(data, info, e),
                data.people[e].predikat,
                _("Ada") if e in planned else _("Belum ada"),
            )
            for e in order
        ),
        tuple(order),
        "person",
        notes=(_basis_note(data),),
    )


def below_jp_list(ws: Workspace, actor: Actor, year: int) -> DataTable:
    """PNS with fewer than 20 verified JP in the year."""
    with ws.read() as session:
        data, _acc = _people_scope(ws, session, actor, year)
        chosen = [e for e, p in data.people.items() if p.pns and p.jp < PNS_MIN_JP_PER_YEAR]
        info = _person_rows(session, chosen)
    order = _sorted_people(data, info, chosen)
    return DataTable(
        "below_jp",
        _("PNS di bawah {n} JP tahun {y}").format(n=PNS_MIN_JP_PER_YEAR, y=year),
        (
            *_PERSON_COLUMNS,
            _col("jp", _("JP terverifikasi"), "decimal"),
            _col("kurang", _("Kekurangan JP"), "decimal"),
        ),
        tuple(
            (
                *_person_cells(data, info, e),
                float(data.people[e].jp),
                float(PNS_MIN_JP_PER_YEAR - data.people[e].jp),
            )
            for e in order
        ),
        tuple(order),
        "person",
    )


# --- arrivals and imports --------------------------------------------------------------
def _scope_opds(tree: UnitTree, scope_json: str) -> list[str]:
    try:
        units = [str(u) for u in json.loads(scope_json)]
    except ValueError:
        return []
    tops: list[str] = []
    for u in units:
        top = tree.top(u)
        if top is not None and top.id not in tops:
            tops.append(top.id)
    return tops


def _last_arrivals(session: Session) -> dict[str, tuple[datetime, int]]:
    """Per sender: the latest time a bundle of it was applied here, and how many."""
    out: dict[str, tuple[datetime, int]] = {}
    for sender, at, count in session.execute(
        select(ImportedBundle.sender, func.max(ImportedBundle.imported_at), func.count())
        .where(ImportedBundle.kind != "enrollment")
        .group_by(ImportedBundle.sender)
    ).all():
        out[str(sender)] = (at, int(count))
    return out


@dataclass(frozen=True)
class _Node:
    id: str
    role: str
    agency: str
    status: str
    unit_scope: str
    enrolled_at: datetime


def _nodes(session: Session) -> list[_Node]:
    """Peers as plain values (other than central and this node), oldest first."""
    return [
        _Node(n.id, n.role, n.agency, n.status, n.unit_scope, n.enrolled_at)
        for n in session.execute(
            select(KnownNode)
            .where(KnownNode.status != "self", KnownNode.role != "central")
            .order_by(KnownNode.enrolled_at, KnownNode.id)
        ).scalars()
    ]


def _node_label(node: _Node) -> str:
    return f"{node.id[:8]} ({node.agency})" if node.agency else node.id[:8]


def _days_since(moment: datetime, now: datetime) -> int:
    return max(0, (to_wita(now).date() - to_wita(moment).date()).days)


def arrivals(ws: Workspace, actor: Actor) -> DataTable:
    """Per OPD: when data last arrived and from which node, and whether it went silent."""

    _require_central_admin(actor)
    days = silent_days(ws)
    now = now_utc()
    with ws.read() as session:
        tree = organisation.load_tree(session)
        nodes = _nodes(session)
        last = _last_arrivals(session)
    per_opd: dict[str, list[_Node]] = defaultdict(list)
    for node in nodes:
        for opd in _scope_opds(tree, node.unit_scope):
            per_opd[opd].append(node)
    rows: list[tuple[Any, ...]] = []
    ids: list[str] = []
    for unit in tree.children.get(None, []):
        if not unit.active:
            continue
        mine = per_opd.get(unit.id, [])
        live = [n for n in mine if n.status != "revoked"]
        best: _Node | None = None
        for n in live:
            if n.id in last and (best is None or last[n.id][0] > last[best.id][0]):
                best = n
        if best is not None:
            at, _count = last[best.id]
            since = _days_since(at, now)
            state = _("Senyap {d} hari").format(d=since) if since > days else _("Aktif")
            rows.append((unit.name, _node_label(best), at, since, len(live), state))
        elif live:
            rows.append(
                (unit.name, _node_label(live[0]), None, None, len(live), _("Belum pernah mengirim"))
            )
        elif mine:
            rows.append((unit.name, _node_label(mine[0]), None, None, 0, _("Node dicabut")))
        else:
            rows.append((unit.name, "-", None, None, 0, _("Belum ada node")))
        ids.append(unit.id)
    return DataTable(
        "arrivals",
        _("Kedatangan data per OPD"),
        (
            _col("opd", _("OPD")),
            _col("node", _("Node terakhir")),
            _col("diterima", _("Terakhir diterima"), "datetime"),
            _col("hari", _("Hari sejak"), "int"),
            _col("node_aktif", _("Node aktif"), "int"),
            _col("status", _("Status")),
        ),
        tuple(rows),
        tuple(ids),
        "opd",
        notes=(_("Node dianggap senyap bila lebih dari {d} hari tanpa kiriman.").format(d=days),),
    )


def silent_nodes(ws: Workspace, actor: Actor, *, days: int | None = None) -> DataTable:
    """Enrolled (not revoked) nodes without an arrival for more than ``days`` days
    (default: the setting), including nodes that never sent anything."""

    _require_central_admin(actor)
    limit = days if days is not None else silent_days(ws)
    now = now_utc()
    with ws.read() as session:
        tree = organisation.load_tree(session)
        nodes = [n for n in _nodes(session) if n.status == "enrolled"]
        last = _last_arrivals(session)
    rows: list[tuple[Any, ...]] = []
    ids: list[str] = []
    for node in nodes:
        at = last.get(node.id, (None, 0))[0]
        since = _days_since(at or node.enrolled_at, now)
        if since <= limit:
            continue
        opds = ", ".join(tree.by_id[o].name for o in _scope_opds(tree, node.unit_scope))
        rows.append((_node_label(node), node.role, opds or "-", node.enrolled_at, at, since))
        ids.append(node.id)
    return DataTable(
        "silent_nodes",
        _("Node senyap lebih dari {d} hari").format(d=limit),
        (
            _col("node", _("Node")),
            _col("peran", _("Peran")),
            _col("opd", _("OPD")),
            _col("terdaftar", _("Terdaftar"), "datetime"),
            _col("diterima", _("Terakhir diterima"), "datetime"),
            _col("hari", _("Hari senyap"), "int"),
        ),
        tuple(rows),
        tuple(ids),
    )


STATUS_LABELS = {
    "applied": "Diterapkan",
    "partial": "Sebagian ditolak",
    "already_imported": "Sudah pernah diimpor",
    "rejected": "Ditolak",
}


def import_log(
    ws: Workspace, actor: Actor, *, problems_only: bool = False, limit: int = 500
) -> DataTable:
    """Bundles offered to this node through the folder import, newest first, each with
    the reason when (part of) it was refused. Row ids are import-log ids."""
    _require_central_admin(actor)
    with ws.read() as session:
        stmt = select(
            CentralImport.id,
            CentralImport.imported_at,
            CentralImport.file_name,
            CentralImport.sender,
            CentralImport.status,
            CentralImport.rows_applied,
            CentralImport.rows_rejected,
            CentralImport.error,
            CentralImport.report,
        ).order_by(CentralImport.imported_at.desc(), CentralImport.file_name)
        if problems_only:
            stmt = stmt.where(CentralImport.status.in_(("rejected", "partial")))
        entries = session.execute(stmt.limit(limit)).all()
        names = {n.id: n for n in _nodes(session)}
    rows = []
    for _id, at, file_name, sender, status, applied, rejected, error, report in entries:
        node = names.get(sender)
        rows.append(
            (
                at,
                file_name,
                _node_label(node) if node else (sender or "-"),
                _(STATUS_LABELS.get(status, status)),
                applied,
                rejected,
                _reasons(report) if status == "partial" else error,
            )
        )
    ids = tuple(str(e[0]) for e in entries)
    return DataTable(
        "import_log",
        _("Riwayat impor bundel"),
        (
            _col("waktu", _("Waktu"), "datetime"),
            _col("berkas", _("Berkas")),
            _col("node", _("Node pengirim")),
            _col("status", _("Status")),
            _col("baris", _("Baris diterapkan"), "int"),
            _col("ditolak", _("Baris ditolak"), "int"),
            _col("alasan", _("Alasan")),
        ),
        tuple(rows),
        ids,
    )


def import_report(ws: Workspace, actor: Actor, log_id: str) -> str:
    """The kept report of one import-log entry, as text for people."""
    from ekinerja_desktop.services.sync_service import report_summary

    _require_central_admin(actor)
    with ws.read() as session:
        entry = session.get(CentralImport, log_id)
        if entry is None:
            raise NotFoundError(
                _("Catatan impor tidak ditemukan."), hint=_("Muat ulang riwayat impor.")
            )
        try:
            return report_summary(json.loads(entry.report))
        except (ValueError, TypeError, KeyError):
            return entry.error


def _reasons(report_json: str) -> str:
    try:
        data = json.loads(report_json)
    except ValueError:
        return ""
    counts = Counter(str(r.get("reason", "")) for r in data.get("rejections", ()))
    return "; ".join(f"{reason} ({n})" for reason, n in counts.most_common(5))


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _logged_hashes(session: Session, *, with_rejected: bool) -> set[str]:
    stmt = select(CentralImport.file_sha256)
    if not with_rejected:
        stmt = stmt.where(CentralImport.status != "rejected")
    return {str(h) for h in session.execute(stmt).scalars()}


def pending_files(
    ws: Workspace, actor: Actor, folder: Path, *, retry_rejected: bool = False
) -> list[Path]:
    """The ``*.ekb`` files in ``folder`` not yet in the import log (for a watched
    folder: call on a timer or on a change and import when the list is not empty)."""
    from ekinerja_desktop.services import sync_service

    _require_central_admin(actor)
    if not folder.is_dir():
        raise ValidationError(
            _("Folder {p} tidak ditemukan.").format(p=folder),
            hint=_("Pilih folder tempat bundel dari kantor-kantor disimpan."),
        )
    with ws.read() as session:
        seen = _logged_hashes(session, with_rejected=not retry_rejected)
    out = []
    for path in sync_service.bundle_files([folder]):
        try:
            if _sha256(path) not in seen:
                out.append(path)
        except OSError:
            continue
    return out


def _rows_applied(report: Any) -> int:
    return sum(int(report.total(c)) for c in ("inserted", "updated", "merged", "conflicts"))


def _record(ws: Workspace, actor: Actor, path: Path, sha: str, report: Any) -> ImportedFile:
    from ekinerja_desktop.sync import peek_header

    status = str(report.status)
    if status == "applied" and report.rejections:
        status = "partial"
    sender = str(report.sender or "")
    bundle_id = str(report.bundle_id or "")
    sequence = int(report.sequence or 0)
    if not sender:
        header = peek_header(path)
        if header is not None:
            sender = str(header.get("sender", ""))[:128]
            bundle_id = bundle_id or str(header.get("bundle_id", ""))[:36]
            raw_seq = header.get("sequence", 0)
            sequence = sequence or (raw_seq if isinstance(raw_seq, int) else 0)
    applied = _rows_applied(report)
    rejected = len(report.rejections)
    with ws.write(actor.username) as session:
        session.add(
            CentralImport(
                file_name=path.name[:255],
                file_sha256=sha,
                sender=sender,
                bundle_id=bundle_id,
                sequence=sequence,
                status=status,
                error_code=str(report.error_code)[:64],
                error=str(report.error),
                rows_applied=applied,
                rows_rejected=rejected,
                imported_by=actor.username,
                report=json.dumps(report.to_dict(), ensure_ascii=False, default=str),
            )
        )
    return ImportedFile(path, status, sender, report.summary(), applied, rejected)


def import_folder(
    ws: Workspace,
    actor: Actor,
    folder: Path,
    *,
    retry_rejected: bool = False,
    progress: Progress | None = None,
) -> FolderImportResult:
    """Import every new bundle of ``folder`` (name order), one transaction per bundle,
    keeping each report; then refresh the dashboard rollup. Files already in the log are
    skipped (refused ones too, unless ``retry_rejected``: e.g. after enrolling the node).
    Cancelling (the progress callable raises) keeps what was imported so far."""
    from ekinerja_desktop.services import sync_service

    _require_central_admin(actor)
    files = sync_service.bundle_files([folder]) if folder.is_dir() else []
    if not folder.is_dir():
        raise ValidationError(
            _("Folder {p} tidak ditemukan.").format(p=folder),
            hint=_("Pilih folder tempat bundel dari kantor-kantor disimpan."),
        )
    with ws.write(actor.username) as session:
        rollup.ensure_triggers(session.connection())
        seen = _logged_hashes(session, with_rejected=not retry_rejected)
    done: list[ImportedFile] = []
    skipped = 0
    for i, path in enumerate(files):
        if progress is not None:
            progress(i, len(files), path.name)
        try:
            sha = _sha256(path)
        except OSError:
            continue
        if sha in seen:
            skipped += 1
            continue
        report = sync_service.import_bundle(ws, actor, path)
        done.append(_record(ws, actor, path, sha, report))
        seen.add(sha)
    if progress is not None:
        progress(len(files), len(files), _("Memperbarui ringkasan dasbor"))
    refreshed = refresh_rollup(ws)
    return FolderImportResult(folder, tuple(done), skipped, refreshed)


# --- display and export ----------------------------------------------------------------
def cell_text(value: Any, kind: str) -> str:
    """Indonesian display of a table cell ("85,3%", "1.234", "17-08-2026 14.30 WITA")."""
    from ekinerja_desktop.domain.fmt import format_number

    if value is None:
        return "-"
    if kind == "percent":
        return format_number(value, decimals=1) + "%"
    if kind == "int" and isinstance(value, int | float):
        return format_number(int(value), decimals=0)
    if kind == "decimal" and isinstance(value, int | float | Decimal):
        # 24 -> "24", 21.5 -> "21,5", 19.99 -> "19,99" (never rounded up to a threshold)
        return format_number(round(Decimal(str(value)), 2).normalize())
    if kind == "datetime" and isinstance(value, datetime):
        return to_wita(value).strftime("%d-%m-%Y %H.%M") + " WITA"
    if kind == "date" and isinstance(value, date):
        return value.strftime("%d-%m-%Y")
    return str(value)


_XLSX_FORMATS = {"int": "int", "percent": "percent", "decimal": "decimal", "date": "date"}


def _export_value(value: Any, kind: str) -> Any:
    if kind == "datetime" and isinstance(value, datetime):
        return to_wita(value).replace(tzinfo=None)
    return value


def _sheet(table: DataTable) -> Any:
    from ekinerja_desktop.reports import Sheet

    formats: dict[str | int, Any] = {
        i: _XLSX_FORMATS[c.kind] for i, c in enumerate(table.columns) if c.kind in _XLSX_FORMATS
    }
    return Sheet(
        table.title[:31],
        [c.label for c in table.columns],
        [
            [_export_value(v, c.kind) for v, c in zip(row, table.columns, strict=True)]
            for row in table.rows
        ],
        formats,
    )


def write_csv(out: Path, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> Path:
    """UTF-8 CSV (with BOM, so spreadsheet programs detect it), comma separated, numbers
    with a decimal point and dates ISO - for machines; empty cell = no data."""
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".partial")
    from ekinerja_desktop.reports.cells import SafeCsvWriter

    with tmp.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = SafeCsvWriter(csv.writer(fh))
        writer.writerow(columns)
        for row in rows:
            writer.writerow(
                [
                    ""
                    if v is None
                    else (
                        v.isoformat(sep=" ", timespec="minutes") if isinstance(v, datetime) else v
                    )
                    for v in row
                ]
            )
    tmp.replace(out)
    return out


def export_table(table: DataTable, out: Path) -> Path:
    """Write one table to ``out`` (.xlsx or .csv, from the suffix)."""
    suffix = out.suffix.lower()
    if suffix == ".csv":
        return write_csv(
            out,
            [c.label for c in table.columns],
            (
                [_export_value(v, c.kind) for v, c in zip(row, table.columns, strict=True)]
                for row in table.rows
            ),
        )
    return export_tables([table], out)


def export_tables(tables: Sequence[DataTable], out: Path) -> Path:
    """Write several tables to one .xlsx workbook (one sheet each)."""
    from ekinerja_desktop.reports import write_table_xlsx

    if out.suffix.lower() != ".xlsx":
        raise ValidationError(
            _("Format ekspor {s!r} tidak didukung.").format(s=out.suffix or out.name),
            problems=[("out", _("Gunakan akhiran .xlsx atau .csv."))],
            hint=_("Beri nama berkas berakhiran .xlsx atau .csv."),
        )
    out.parent.mkdir(parents=True, exist_ok=True)
    write_table_xlsx(out, [_sheet(t) for t in tables])
    return out
