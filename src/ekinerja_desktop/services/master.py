"""Master data use cases: organisation units, employees, supervisor mapping, accounts.

Permissions: admin pusat may change everything; admin OPD only inside the OPD (top-level
unit) its own employee record belongs to; everybody else may only read what their
screens need. Every change is audited. All functions take plain data and return plain
data (frozen dataclasses), never ORM objects.

An admin OPD account without an employee record (the first administrator created by
``ekinerja init`` on an office PC or laptop) manages every unit of its node; on the
central node such an account manages nothing until it is linked to an employee.
"""

from __future__ import annotations

import dataclasses
import itertools
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import Select, exists, func, select
from sqlalchemy.orm import Session, aliased

from ekinerja_desktop.domain.fmt import person_display_name
from ekinerja_desktop.domain.i18n import _
from ekinerja_desktop.domain.jabatan import JabatanKind, parse_level, validate_level
from ekinerja_desktop.domain.nip import AsnStatus, NipError, NipInfo, clean_nip, parse_nip
from ekinerja_desktop.domain.pangkat import pangkat_by_code, pppk_golongan_by_code
from ekinerja_desktop.domain.roles import NodeRole, Role
from ekinerja_desktop.domain.timeutil import now_utc, to_wita, today_wita
from ekinerja_desktop.services import audit, auth, organisation
from ekinerja_desktop.services.errors import (
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
    WorkspaceError,
)
from ekinerja_desktop.services.organisation import (
    AdminScope,
    Unit,
    UnitTree,
    load_tree,
    scope_in,
)
from ekinerja_desktop.store.models import Employee, OrgUnit, SupervisorAssignment, User

if TYPE_CHECKING:
    from ekinerja_desktop.services.auth import Actor
    from ekinerja_desktop.services.workspace import Workspace

UNIT_KINDS = (
    "opd",
    "bidang",
    "bagian",
    "seksi",
    "subbagian",
    "uptd",
    "kecamatan",
    "kelurahan",
)
MIN_YEAR, MAX_YEAR = 2000, 2100
MAX_KELAS_JABATAN = 17
# Fastest regular promotion is every 2 years (pilihan); highest entry grade is III/c (S3).
_HIGHEST_ENTRY_RANK = 11
_YEARS_PER_ACCELERATED_STEP = 2


# --- permission scope ------------------------------------------------------------------
def admin_scope(ws: Workspace, actor: Actor) -> AdminScope:
    """What ``actor`` may change (for greying out buttons); raises for non-admins."""
    return organisation.admin_scope(ws, actor)


def _deny_outside(scope: AdminScope, what: str) -> PermissionDeniedError:
    where = scope.opd_name or _("(belum ada: akun Anda belum ditautkan ke data pegawai)")
    return PermissionDeniedError(
        _("{what} berada di luar OPD Anda; Anda hanya dapat mengubah data di {opd}.").format(
            what=what, opd=where
        ),
        hint=_("Minta admin pusat (BKPSDM) untuk mengubahnya."),
    )


# --- units -----------------------------------------------------------------------------
@dataclass(frozen=True)
class UnitRow:
    id: str
    parent_id: str | None
    code: str
    name: str
    kind: str  # opd | bidang | bagian | seksi | subbagian | uptd | kecamatan | kelurahan
    active: bool
    saturday_workday: bool
    employee_count: int
    path: str  # "Dinas Kesehatan / Bidang Pelayanan"


@dataclass(frozen=True)
class UnitInput:
    name: str
    kind: str = "opd"
    parent_id: str | None = None
    code: str = ""
    saturday_workday: bool = False


def _unit_row(tree: UnitTree, unit: Unit, count: int) -> UnitRow:
    return UnitRow(
        id=unit.id,
        parent_id=unit.parent_id,
        code=unit.code,
        name=unit.name,
        kind=unit.kind,
        active=unit.active,
        saturday_workday=unit.saturday_workday,
        employee_count=count,
        path=tree.path(unit.id),
    )


def _unit_counts(session: Session, unit_id: str | None = None) -> dict[str, int]:
    stmt = (
        select(Employee.unit_id, func.count())
        .where(Employee.deleted.is_(False), Employee.active.is_(True))
        .group_by(Employee.unit_id)
    )
    if unit_id is not None:
        stmt = stmt.where(Employee.unit_id == unit_id)
    return {uid: int(n) for uid, n in session.execute(stmt).all() if uid is not None}


def list_units(ws: Workspace, actor: Actor, *, include_inactive: bool = True) -> list[UnitRow]:
    """All units in tree order (parents before children, siblings by sort order/name).

    ``employee_count`` counts active employees placed directly in the unit.
    """
    with ws.read() as session:
        tree = load_tree(session)
        counts = _unit_counts(session)
    return [
        _unit_row(tree, u, counts.get(u.id, 0))
        for u in tree.ordered()
        if include_inactive or u.active
    ]


def resolve_unit(ws: Workspace, actor: Actor, text: str) -> UnitRow:
    """Find one unit by code, full path ("OPD / Bidang") or name (case-insensitive)."""
    with ws.read() as session:
        tree = load_tree(session)
        found = tree.match(text)
        if len(found) == 1:
            return _unit_row(tree, found[0], _unit_counts(session, found[0].id).get(found[0].id, 0))
    if not found:
        raise NotFoundError(
            _("Unit {name!r} tidak ditemukan.").format(name=text),
            hint=_("Tulis nama unit, kodenya, atau jalur lengkap seperti 'Dinas X / Bidang Y'."),
        )
    raise ValidationError(
        _("Nama unit {name!r} dipakai oleh {n} unit: {paths}.").format(
            name=text, n=len(found), paths="; ".join(sorted(tree.path(u.id) for u in found))
        ),
        hint=_("Tulis kode unit atau jalur lengkap seperti 'Dinas X / Bidang Y'."),
    )


def _check_unit_input(
    session: Session, tree: UnitTree, data: UnitInput, unit_id: str | None
) -> UnitInput:
    problems: list[tuple[str, str]] = []
    name = " ".join(data.name.split())
    code = data.code.strip()
    kind = data.kind.strip().lower()
    if not name:
        problems.append(("name", _("Nama unit wajib diisi.")))
    elif len(name) > 200:
        problems.append(("name", _("Nama unit paling banyak 200 karakter.")))
    if kind not in UNIT_KINDS:
        problems.append(
            ("kind", _("Jenis unit harus salah satu dari: {k}.").format(k=", ".join(UNIT_KINDS)))
        )
    if len(code) > 32:
        problems.append(("code", _("Kode unit paling banyak 32 karakter.")))
    if code:
        clash = [
            u
            for u in tree.by_id.values()
            if u.id != unit_id and u.code.casefold() == code.casefold()
        ]
        if clash:
            problems.append(
                (
                    "code",
                    _("Kode {c} sudah dipakai oleh {u}.").format(c=code, u=tree.path(clash[0].id)),
                )
            )
    parent = tree.by_id.get(data.parent_id) if data.parent_id else None
    if data.parent_id and parent is None:
        problems.append(("parent_id", _("Unit induk tidak ditemukan.")))
    elif parent is not None and not parent.active:
        problems.append(("parent_id", _("Unit induk {u} sudah tidak aktif.").format(u=parent.name)))
    if name:
        siblings = tree.children.get(data.parent_id if parent else None, [])
        if any(s.id != unit_id and s.name.casefold() == name.casefold() for s in siblings):
            problems.append(
                ("name", _("Sudah ada unit bernama {n} di bawah induk yang sama.").format(n=name))
            )
    if problems:
        raise ValidationError(
            _("Data unit belum dapat disimpan: {msg}").format(msg=problems[0][1]),
            problems=problems,
            hint=_("Perbaiki isian yang ditandai, lalu simpan lagi."),
        )
    return dataclasses.replace(data, name=name, code=code, kind=kind)


def _unit_entity(session: Session, unit_id: str) -> OrgUnit:
    unit = session.get(OrgUnit, unit_id)
    if unit is None or unit.deleted:
        raise NotFoundError(
            _("Unit tidak ditemukan (mungkin sudah dihapus)."),
            hint=_("Muat ulang daftar unit."),
        )
    return unit


def create_unit(ws: Workspace, actor: Actor, data: UnitInput) -> UnitRow:
    with ws.write(actor=actor.username) as session:
        tree = load_tree(session)
        scope = scope_in(session, ws, actor, tree)
        if data.parent_id is None and not scope.all_units:
            raise _deny_outside(scope, _("Unit tingkat teratas (OPD baru)"))
        if data.parent_id is not None and not scope.covers(data.parent_id):
            raise _deny_outside(scope, _("Unit induk yang dipilih"))
        clean = _check_unit_input(session, tree, data, None)
        siblings = tree.children.get(clean.parent_id, [])
        unit = OrgUnit(
            parent_id=clean.parent_id,
            code=clean.code,
            name=clean.name,
            kind=clean.kind,
            active=True,
            saturday_workday=clean.saturday_workday,
            sort_order=max((s.sort_order for s in siblings), default=0),
        )
        session.add(unit)
        session.flush()
        audit.record_action(
            session,
            ws,
            actor,
            action="unit.create",
            entity="org_unit",
            entity_id=unit.id,
            detail=dataclasses.asdict(clean),
        )
        parent_path = tree.path(clean.parent_id) if clean.parent_id else ""
        return UnitRow(
            id=unit.id,
            parent_id=unit.parent_id,
            code=unit.code,
            name=unit.name,
            kind=unit.kind,
            active=True,
            saturday_workday=unit.saturday_workday,
            employee_count=0,
            path=f"{parent_path} / {unit.name}" if parent_path else unit.name,
        )


def _reload_unit_row(session: Session, unit_id: str) -> UnitRow:
    session.flush()
    tree = load_tree(session)
    counts = _unit_counts(session, unit_id)
    return _unit_row(tree, tree.by_id[unit_id], counts.get(unit_id, 0))


def update_unit(ws: Workspace, actor: Actor, unit_id: str, data: UnitInput) -> UnitRow:
    """Rename / re-code / move (parent change; refuses moving under its own subtree)."""
    with ws.write(actor=actor.username) as session:
        tree = load_tree(session)
        scope = scope_in(session, ws, actor, tree)
        unit = _unit_entity(session, unit_id)
        if not scope.covers(unit.id):
            raise _deny_outside(scope, _("Unit {u}").format(u=unit.name))
        if data.parent_id != unit.parent_id:
            if data.parent_id is not None and data.parent_id in tree.subtree(unit.id):
                raise ValidationError(
                    _(
                        "Unit {u} tidak dapat dipindah ke bawah dirinya sendiri atau sub-unitnya."
                    ).format(u=unit.name),
                    problems=[("parent_id", _("Pilih induk di luar cabang unit ini."))],
                    hint=_("Pilih unit induk lain."),
                )
            if data.parent_id is None and not scope.all_units:
                raise _deny_outside(scope, _("Unit tingkat teratas"))
            if data.parent_id is not None and not scope.covers(data.parent_id):
                raise _deny_outside(scope, _("Unit induk yang dipilih"))
        clean = _check_unit_input(session, tree, data, unit.id)
        changes: dict[str, list[Any]] = {}
        for field in ("name", "code", "kind", "parent_id", "saturday_workday"):
            new = getattr(clean, field)
            old = getattr(unit, field)
            if new != old:
                changes[field] = [old, new]
                setattr(unit, field, new)
        if changes:
            audit.record_action(
                session,
                ws,
                actor,
                action="unit.update",
                entity="org_unit",
                entity_id=unit.id,
                detail=changes,
            )
        return _reload_unit_row(session, unit.id)


def set_unit_active(ws: Workspace, actor: Actor, unit_id: str, active: bool) -> UnitRow:
    """Deactivate instead of delete (units with history are never hard-deleted);
    refuses to deactivate a unit that still has active employees or active children."""
    with ws.write(actor=actor.username) as session:
        tree = load_tree(session)
        scope = scope_in(session, ws, actor, tree)
        unit = _unit_entity(session, unit_id)
        if not scope.covers(unit.id):
            raise _deny_outside(scope, _("Unit {u}").format(u=unit.name))
        if unit.active == active:
            return _reload_unit_row(session, unit.id)
        if not active:
            employees = _unit_counts(session, unit.id).get(unit.id, 0)
            if employees:
                raise ValidationError(
                    _("Unit {u} masih memiliki {n} pegawai aktif.").format(
                        u=unit.name, n=employees
                    ),
                    hint=_("Pindahkan pegawai itu ke unit lain dahulu, lalu nonaktifkan unit."),
                )
            children = [c.name for c in tree.children.get(unit.id, []) if c.active]
            if children:
                raise ValidationError(
                    _("Unit {u} masih memiliki sub-unit aktif: {c}.").format(
                        u=unit.name, c=", ".join(children)
                    ),
                    hint=_("Nonaktifkan atau pindahkan sub-unit itu dahulu."),
                )
        elif unit.parent_id and (parent := tree.by_id.get(unit.parent_id)) and not parent.active:
            raise ValidationError(
                _("Unit induk {p} tidak aktif.").format(p=parent.name),
                hint=_("Aktifkan unit induk dahulu, atau pindahkan unit ini."),
            )
        unit.active = active
        audit.record_action(
            session,
            ws,
            actor,
            action="unit.activate" if active else "unit.deactivate",
            entity="org_unit",
            entity_id=unit.id,
            detail={"name": unit.name},
        )
        return _reload_unit_row(session, unit.id)


# --- employees -------------------------------------------------------------------------
@dataclass(frozen=True)
class EmployeeRow:
    """One line of the employee list (cheap to load 11,000 of them)."""

    id: str
    nip: str  # 18 digits
    name: str
    display_name: str  # with academic titles
    status: str  # PNS | PPPK
    pangkat_code: str
    jabatan_name: str
    jabatan_kind: str
    unit_id: str | None
    unit_name: str
    active: bool


@dataclass(frozen=True)
class EmployeeFilter:
    text: str = ""  # matches name (case-insensitive, substring) or NIP (prefix/substring)
    unit_id: str | None = None  # includes the unit's sub-units
    status: str | None = None
    jabatan_kind: str | None = None
    active: bool | None = True


@dataclass(frozen=True)
class EmployeeInput:
    nip: str
    name: str
    front_title: str = ""
    back_title: str = ""
    status: str = "PNS"
    pangkat_code: str = ""
    jabatan_name: str = ""
    jabatan_kind: str = ""
    jabatan_level: str = ""
    unit_id: str | None = None
    kelas_jabatan: int | None = None
    is_unit_head: bool = False
    active_from: date | None = None
    active_to: date | None = None


@dataclass(frozen=True)
class EmployeeDetail:
    id: str
    data: EmployeeInput
    birth_date: date | None
    sex: int
    version: int
    active: bool


@dataclass(frozen=True)
class NipCheck:
    """Live feedback for the NIP field: what the number says and what contradicts it."""

    ok: bool
    normalized: str
    formatted: str
    birth_date: date | None
    sex_label: str
    appointment: str  # "Maret 2010" (PNS) or "2022" (PPPK)
    problems: tuple[str, ...]  # errors (invalid NIP) and warnings (contradictions)


def _pangkat_warnings(info: NipInfo, pangkat_code: str, today: date) -> list[str]:
    code = pangkat_code.strip()
    if not code:
        return []
    if info.status is AsnStatus.PPPK:
        try:
            pppk_golongan_by_code(code)
        except ValueError:
            try:
                pangkat = pangkat_by_code(code)
            except ValueError as exc:
                return [str(exc)]
            return [
                _("{c} adalah pangkat PNS; pegawai PPPK memakai golongan I sampai XVII.").format(
                    c=pangkat.code
                )
            ]
        return []
    try:
        pangkat = pangkat_by_code(code)
    except ValueError as exc:
        try:
            golongan = pppk_golongan_by_code(code)
        except ValueError:
            return [str(exc)]
        return [
            _("Golongan {c} adalah golongan PPPK, bukan pangkat PNS (I/a sampai IV/e).").format(
                c=golongan.code
            )
        ]
    months = (today.year - info.appointment_year) * 12 + (
        today.month - (info.appointment_month or 1)
    )
    if months < 0:
        return []
    highest = _HIGHEST_ENTRY_RANK + (months // 12) // _YEARS_PER_ACCELERATED_STEP
    if pangkat.rank > highest:
        return [
            _(
                "Pangkat {p} terlalu tinggi untuk masa kerja {y} tahun sejak TMT CPNS; "
                "periksa kembali pangkat atau NIP."
            ).format(p=pangkat.code, y=months // 12)
        ]
    return []


def check_nip(
    nip: str, status: str = "PNS", *, pangkat_code: str = "", today: date | None = None
) -> NipCheck:
    """Parse and explain a NIP; flag contradictions (e.g. pangkat too high for the years
    since appointment, PPPK golongan given for a PNS)."""
    from ekinerja_desktop.domain.fmt import month_name

    day = today or today_wita()
    try:
        asn = AsnStatus.parse(status)
    except ValueError:
        asn = AsnStatus.PNS
    try:
        normalized = clean_nip(nip, asn)
    except NipError:
        normalized = "".join(ch for ch in nip if ch.isdigit())
    try:
        info = parse_nip(nip, asn, day)
    except NipError as exc:
        problems = [str(exc)]
        other = AsnStatus.PPPK if asn is AsnStatus.PNS else AsnStatus.PNS
        try:
            parse_nip(nip, other, day)
        except NipError:
            pass
        else:
            problems.append(
                _(
                    "Nomor ini sah sebagai {o}; periksa apakah status pegawai {s} sudah benar."
                ).format(o="NI PPPK" if other is AsnStatus.PPPK else "NIP PNS", s=asn.value)
            )
        return NipCheck(False, normalized, "", None, "", "", tuple(problems))
    if info.appointment_month is not None:
        appointment = f"{month_name(info.appointment_month)} {info.appointment_year}"
    else:
        appointment = str(info.appointment_year)
    warnings: list[str] = []
    if (info.appointment_year, info.appointment_month or 1) > (day.year, day.month):
        warnings.append(_("TMT pengangkatan pada NIP berada di masa depan; periksa kembali."))
    warnings += _pangkat_warnings(info, pangkat_code, day)
    return NipCheck(
        True,
        info.nip,
        info.formatted,
        info.birth_date,
        info.sex.label,
        appointment,
        tuple(warnings),
    )


def _employee_row_select() -> Select[*tuple[Any, ...]]:
    return select(
        Employee.id,
        Employee.nip,
        Employee.name,
        Employee.front_title,
        Employee.back_title,
        Employee.status,
        Employee.pangkat_code,
        Employee.jabatan_name,
        Employee.jabatan_kind,
        Employee.unit_id,
        OrgUnit.name,
        Employee.active,
    ).outerjoin(OrgUnit, OrgUnit.id == Employee.unit_id)


def _employee_row(r: Any) -> EmployeeRow:
    front, name, back = r[3], r[2], r[4]
    # Fast path for the common case of clean stored values (the list holds 11k rows).
    display = (
        person_display_name(front, name, back)
        if "  " in name or front != front.strip() or back != back.strip() or back[:1] == ","
        else f"{front + ' ' if front else ''}{name}{', ' + back if back else ''}"
    )
    return EmployeeRow(
        id=r[0],
        nip=r[1],
        name=r[2],
        display_name=display,
        status=r[5],
        pangkat_code=r[6],
        jabatan_name=r[7],
        jabatan_kind=r[8],
        unit_id=r[9],
        unit_name=r[10] or "",
        active=bool(r[11]),
    )


def employee_filter_clause(
    stmt: Select[*tuple[Any, ...]], flt: EmployeeFilter, unit_ids: Iterable[str] | None
) -> Select[*tuple[Any, ...]]:
    """Push an EmployeeFilter into SQL (shared by the list and the Excel export)."""
    stmt = stmt.where(Employee.deleted.is_(False))
    if flt.active is not None:
        stmt = stmt.where(Employee.active.is_(flt.active))
    if flt.status:
        stmt = stmt.where(Employee.status == flt.status.strip().upper())
    if flt.jabatan_kind:
        try:
            kind = JabatanKind.parse(flt.jabatan_kind).value
        except ValueError:
            kind = flt.jabatan_kind
        stmt = stmt.where(Employee.jabatan_kind == kind)
    if unit_ids is not None:
        stmt = stmt.where(Employee.unit_id.in_(sorted(unit_ids)))
    text = flt.text.strip().lstrip("'")
    compact = "".join(text.split())
    if compact.isdigit():
        stmt = stmt.where(Employee.nip.contains(compact, autoescape=True))
    elif text:
        stmt = stmt.where(Employee.name.icontains(" ".join(text.split()), autoescape=True))
    return stmt


def filter_unit_ids(session: Session, flt: EmployeeFilter) -> set[str] | None:
    """The unit filter as ids (the unit and all its sub-units), or None for no filter."""
    if flt.unit_id is None:
        return None
    return load_tree(session).subtree(flt.unit_id)


def list_employees(
    ws: Workspace, actor: Actor, flt: EmployeeFilter, *, limit: int | None = None
) -> list[EmployeeRow]:
    """Employees matching ``flt`` ordered by name: one query joined to org_unit.
    ``limit`` returns only the first rows (a screen shows them while the rest loads)."""
    with ws.read() as session:
        scope = _reader_scope(session, ws, actor)
        unit_ids = filter_unit_ids(session, flt)
        if scope is not None and not scope.all_units:
            allowed = set(scope.unit_ids)
            unit_ids = allowed if unit_ids is None else set(unit_ids) & allowed
        stmt = employee_filter_clause(
            _employee_row_select(),
            flt,
            unit_ids,
        ).order_by(Employee.name, Employee.nip)
        if scope is None:
            stmt = stmt.where(Employee.id == (actor.employee_id or ""))
        if limit is not None:
            stmt = stmt.limit(limit)
        # Core execution on the session's connection: no ORM row processing for 11k rows.
        rows = session.connection().execute(stmt).all()
    return [_employee_row(r) for r in rows]


def _input_of(emp: Employee) -> EmployeeInput:
    return EmployeeInput(
        nip=emp.nip,
        name=emp.name,
        front_title=emp.front_title,
        back_title=emp.back_title,
        status=emp.status,
        pangkat_code=emp.pangkat_code,
        jabatan_name=emp.jabatan_name,
        jabatan_kind=emp.jabatan_kind,
        jabatan_level=emp.jabatan_level,
        unit_id=emp.unit_id,
        kelas_jabatan=emp.kelas_jabatan,
        is_unit_head=emp.is_unit_head,
        active_from=emp.active_from,
        active_to=emp.active_to,
    )


def _detail(emp: Employee) -> EmployeeDetail:
    return EmployeeDetail(emp.id, _input_of(emp), emp.birth_date, emp.sex, emp.version, emp.active)


def _reader_scope(session: Session, ws: Workspace, actor: Actor) -> AdminScope | None:
    """Who may read employee records: admins within their scope; anyone else only their
    own record (None). Personal data (NIP, birth date, pangkat) is not a directory."""
    if actor.has(Role.ADMIN_OPD, Role.ADMIN_PUSAT):
        return scope_in(session, ws, actor, load_tree(session))
    return None


def _no_access_to_employee() -> PermissionDeniedError:
    return PermissionDeniedError(
        _("Anda tidak berwenang melihat data pegawai ini."),
        hint=_("Data pegawai hanya dapat dilihat oleh pegawai itu sendiri dan admin."),
    )


def get_employee(ws: Workspace, actor: Actor, employee_id: str) -> EmployeeDetail:
    with ws.read() as session:
        scope = _reader_scope(session, ws, actor)
        emp = organisation.require_employee(session, employee_id)
        if scope is None:
            if actor.employee_id != employee_id:
                raise _no_access_to_employee()
        elif not scope.covers(emp.unit_id):
            raise _no_access_to_employee()
        return _detail(emp)


@dataclass(frozen=True)
class EmployeeCheckContext:
    """What validating an employee needs besides the input (loaded once per batch)."""

    tree: UnitTree
    scope: AdminScope
    today: date


def employee_context(session: Session, ws: Workspace, actor: Actor) -> EmployeeCheckContext:
    tree = load_tree(session)
    return EmployeeCheckContext(tree, scope_in(session, ws, actor, tree), today_wita())


def normalize_employee(
    data: EmployeeInput, ctx: EmployeeCheckContext
) -> tuple[EmployeeInput, NipInfo | None, list[tuple[str, str]]]:
    """Canonical input, the decoded NIP and (field, message) problems; no queries.

    NIP uniqueness is checked by the caller (it knows which rows exist).
    """
    problems: list[tuple[str, str]] = []
    asn: AsnStatus | None
    try:
        asn = AsnStatus.parse(data.status)
    except ValueError:
        asn = None
        problems.append(
            ("status", _("Status harus PNS atau PPPK, bukan {v!r}.").format(v=data.status))
        )
    info: NipInfo | None = None
    nip = data.nip.strip()
    try:
        info = parse_nip(data.nip, asn or AsnStatus.PNS, ctx.today)
        nip = info.nip
    except NipError as exc:
        problems.append(("nip", str(exc)))
    name = " ".join(data.name.split())
    if not name:
        problems.append(("name", _("Nama pegawai wajib diisi.")))
    elif len(name) > 200:
        problems.append(("name", _("Nama paling banyak 200 karakter.")))
    front = " ".join(data.front_title.split())
    back = " ".join(data.back_title.split())
    for field, value, too_long in (
        ("front_title", front, _("Gelar depan paling banyak 64 karakter.")),
        ("back_title", back, _("Gelar belakang paling banyak 64 karakter.")),
    ):
        if len(value) > 64:
            problems.append((field, too_long))
    pangkat = data.pangkat_code.strip()
    if pangkat and asn is AsnStatus.PNS:
        try:
            pangkat = pangkat_by_code(pangkat).code
        except ValueError as exc:
            problems.append(("pangkat_code", str(exc)))
    elif pangkat and asn is AsnStatus.PPPK:
        try:
            pangkat = pppk_golongan_by_code(pangkat).code
        except ValueError as exc:
            problems.append(("pangkat_code", str(exc)))
    jabatan = " ".join(data.jabatan_name.split())
    if len(jabatan) > 200:
        problems.append(("jabatan_name", _("Nama jabatan paling banyak 200 karakter.")))
    kind_text = data.jabatan_kind.strip()
    level_text = data.jabatan_level.strip()
    kind = ""
    level = ""
    if kind_text:
        try:
            kind = JabatanKind.parse(kind_text).value
        except ValueError as exc:
            problems.append(("jabatan_kind", str(exc)))
    if level_text:
        try:
            parsed = validate_level(kind, level_text) if kind else parse_level(level_text)
            level = parsed.label
            kind = parsed.kind.value
        except ValueError as exc:
            if kind or not kind_text:
                problems.append(("jabatan_level", str(exc)))
    unit = ctx.tree.by_id.get(data.unit_id) if data.unit_id else None
    if not data.unit_id:
        problems.append(("unit_id", _("Unit kerja wajib dipilih.")))
    elif unit is None:
        problems.append(("unit_id", _("Unit kerja tidak ditemukan.")))
    elif not unit.active:
        problems.append(("unit_id", _("Unit {u} sudah tidak aktif.").format(u=unit.name)))
    elif not ctx.scope.covers(unit.id):
        problems.append(
            (
                "unit_id",
                _("Unit {u} berada di luar OPD Anda ({o}).").format(
                    u=ctx.tree.path(unit.id), o=ctx.scope.opd_name or "-"
                ),
            )
        )
    kelas = data.kelas_jabatan
    if kelas is not None and not 1 <= kelas <= MAX_KELAS_JABATAN:
        problems.append(
            ("kelas_jabatan", _("Kelas jabatan harus 1 sampai {n}.").format(n=MAX_KELAS_JABATAN))
        )
    if data.active_from and data.active_to and data.active_to < data.active_from:
        problems.append(
            ("active_to", _("Tanggal akhir aktif lebih awal dari tanggal mulai aktif."))
        )
    if info is not None and data.active_from and data.active_from < info.birth_date:
        problems.append(("active_from", _("Tanggal mulai aktif sebelum tanggal lahir pada NIP.")))
    clean = dataclasses.replace(
        data,
        nip=nip,
        name=name,
        front_title=front,
        back_title=back,
        status=asn.value if asn else data.status,
        pangkat_code=pangkat,
        jabatan_name=jabatan,
        jabatan_kind=kind,
        jabatan_level=level,
    )
    return clean, info, problems


def employee_values(data: EmployeeInput, info: NipInfo, today: date) -> dict[str, Any]:
    """Column values of a normalised input (birth date, sex, active derived)."""
    values: dict[str, Any] = {
        f.name: getattr(data, f.name) for f in dataclasses.fields(EmployeeInput)
    }
    values["birth_date"] = info.birth_date
    values["sex"] = int(info.sex)
    values["active"] = data.active_to is None or data.active_to >= today
    return values


def apply_employee(
    emp: Employee, data: EmployeeInput, info: NipInfo, today: date
) -> dict[str, list[Any]]:
    """Copy a normalised input onto a row, touching only changed fields; returns changes."""
    changes: dict[str, list[Any]] = {}
    for field, new in employee_values(data, info, today).items():
        old = getattr(emp, field, None)
        if old != new:
            changes[field] = [old, new]
            setattr(emp, field, new)
    return changes


FIELD_LABELS = {
    "nip": "NIP",
    "name": "Nama",
    "front_title": "Gelar Depan",
    "back_title": "Gelar Belakang",
    "status": "Status",
    "pangkat_code": "Pangkat/Golongan",
    "jabatan_name": "Jabatan",
    "jabatan_kind": "Jenis Jabatan",
    "jabatan_level": "Jenjang Jabatan",
    "unit_id": "Unit Kerja",
    "kelas_jabatan": "Kelas Jabatan",
    "active_from": "Aktif Sejak",
    "active_to": "Aktif Sampai",
}


def save_employee(
    ws: Workspace,
    actor: Actor,
    data: EmployeeInput,
    employee_id: str | None = None,
    *,
    expected_version: int | None = None,
) -> EmployeeDetail:
    """Create (employee_id None) or update. Validates NIP (parse_nip), unique NIP, pangkat
    code for the status, jabatan kind/level, unit exists and is active; raises
    ValidationError with (field, message) problems.

    ``expected_version`` (the version the form loaded) refuses to overwrite a newer save.
    """
    with ws.write(actor=actor.username) as session:
        ctx = employee_context(session, ws, actor)
        emp: Employee | None = None
        if employee_id is not None:
            emp = organisation.require_employee(session, employee_id)
            if not ctx.scope.covers(emp.unit_id):
                raise _deny_outside(ctx.scope, _("Pegawai {n}").format(n=emp.name))
            if expected_version is not None and emp.version != expected_version:
                raise ValidationError(
                    _("Data pegawai {n} sudah diubah orang lain sejak Anda membukanya.").format(
                        n=emp.name
                    ),
                    hint=_("Tutup formulir, muat ulang data, lalu ulangi perubahan Anda."),
                )
        clean, info, problems = normalize_employee(data, ctx)
        if info is not None:
            other = session.execute(
                select(Employee.name).where(Employee.nip == info.nip, Employee.id != employee_id)
                if employee_id
                else select(Employee.name).where(Employee.nip == info.nip)
            ).scalar_one_or_none()
            if other is not None:
                problems.append(
                    ("nip", _("NIP {nip} sudah dipakai oleh {n}.").format(nip=info.nip, n=other))
                )
        if problems or info is None:
            raise ValidationError(
                _("Data pegawai belum dapat disimpan: {n} isian perlu diperbaiki.").format(
                    n=len(problems)
                ),
                problems=problems,
                hint=problems[0][1] if problems else "",
            )
        creating = emp is None
        if emp is None:
            emp = Employee()
            session.add(emp)
        changes = apply_employee(emp, clean, info, ctx.today)
        session.flush()
        if changes:
            audit.record_action(
                session,
                ws,
                actor,
                action="employee.create" if creating else "employee.update",
                entity="employee",
                entity_id=emp.id,
                detail={"nip": emp.nip, "changes": changes},
            )
        return _detail(emp)


# --- supervisor mapping ----------------------------------------------------------------
@dataclass(frozen=True)
class MappingRow:
    id: str
    employee_id: str
    employee_name: str
    employee_nip: str
    supervisor_id: str | None  # None: an external penilai (supervisor_name, _jabatan)
    supervisor_name: str
    supervisor_nip: str
    atasan_penilai_id: str | None  # the supervisor's own supervisor that year
    atasan_penilai_name: str
    year: int
    valid_from: date
    valid_to: date
    needs_confirmation: bool
    supervisor_jabatan: str = ""  # external penilai only
    external_atasan: str = ""  # "nama, jabatan" of an external atasan penilai named here


def _mapping_rows(
    session: Session,
    year: int,
    *,
    unit_ids: set[str] | None = None,
    row_ids: Sequence[str] | None = None,
) -> list[MappingRow]:
    emp = aliased(Employee)
    sup = aliased(Employee)
    sa = SupervisorAssignment
    stmt = (
        select(
            sa.id,
            sa.employee_id,
            emp.name,
            emp.nip,
            sa.supervisor_id,
            sup.name,
            sup.nip,
            sa.year,
            sa.valid_from,
            sa.valid_to,
            sa.needs_confirmation,
            sa.external_penilai,
            sa.external_atasan,
        )
        .join(emp, emp.id == sa.employee_id)
        .outerjoin(sup, sup.id == sa.supervisor_id)
        .where(sa.year == year, sa.deleted.is_(False))
        .order_by(emp.name, emp.nip, sa.valid_from)
    )
    if unit_ids is not None:
        stmt = stmt.where(emp.unit_id.in_(sorted(unit_ids)))
    if row_ids is not None:
        stmt = stmt.where(sa.id.in_(list(row_ids)))
    rows = session.execute(stmt).all()
    supervisor_ids = {r[4] for r in rows if r[4]}
    upper: dict[str, list[tuple[date, date, str, str]]] = {}
    if supervisor_ids:
        for employee_id, supervisor_id, start, end, ext in session.execute(
            select(
                sa.employee_id, sa.supervisor_id, sa.valid_from, sa.valid_to, sa.external_penilai
            ).where(
                sa.year == year, sa.deleted.is_(False), sa.employee_id.in_(sorted(supervisor_ids))
            )
        ).all():
            upper.setdefault(employee_id, []).append((start, end, supervisor_id or "", ext))
    atasan_for: dict[str, str | None] = {}
    upper_external: dict[str, str] = {}  # row id -> name of an external atasan above
    for r in rows:
        # The supervisor's own supervisor at the end of this span (else the latest
        # one overlapping it).
        spans = upper.get(r[4] or "", [])
        candidates = [s for s in spans if s[0] <= r[9] <= s[1]] or [
            s for s in spans if s[0] <= r[9] and s[1] >= r[8]
        ]
        chosen = max(candidates) if candidates else None
        atasan_for[r[0]] = chosen[2] or None if chosen else None
        above = organisation.external_person(chosen[3]) if chosen and not chosen[2] else None
        if above is not None:
            upper_external[r[0]] = above["nama"]
    outside = {r[0]: organisation.external_person(r[11]) for r in rows}
    named_atasan = {r[0]: organisation.external_person(r[12]) for r in rows}
    names: dict[str, str] = {}
    wanted = {a for a in atasan_for.values() if a}
    if wanted:
        names = dict(
            session.execute(
                select(Employee.id, Employee.name).where(Employee.id.in_(sorted(wanted)))
            ).all()
        )
    out: list[MappingRow] = []
    for r in rows:
        who = outside[r[0]] if not r[4] else None
        named = named_atasan[r[0]]
        atasan_name = names.get(atasan_for[r[0]] or "", "") or upper_external.get(r[0], "")
        if named is not None:
            atasan_name = named["nama"]
        out.append(
            MappingRow(
                id=r[0],
                employee_id=r[1],
                employee_name=r[2],
                employee_nip=r[3],
                supervisor_id=r[4] or None,
                supervisor_name=who["nama"] if who else (r[5] or ""),
                supervisor_nip=who["nip"] if who else (r[6] or ""),
                atasan_penilai_id=None if named is not None else atasan_for[r[0]],
                atasan_penilai_name=atasan_name,
                year=r[7],
                valid_from=r[8],
                valid_to=r[9],
                needs_confirmation=bool(r[10]),
                supervisor_jabatan=who["jabatan"] if who else "",
                external_atasan=f"{named['nama']}, {named['jabatan']}" if named else "",
            )
        )
    return out


def list_mapping(
    ws: Workspace, actor: Actor, year: int, *, unit_id: str | None = None
) -> list[MappingRow]:
    """Mapping rows of ``year`` (all spans, earlier ones included), by employee name."""
    with ws.read() as session:
        unit_ids = load_tree(session).subtree(unit_id) if unit_id else None
        scope = _reader_scope(session, ws, actor)
        if scope is not None and not scope.all_units:
            allowed = set(scope.unit_ids)
            unit_ids = allowed if unit_ids is None else set(unit_ids) & allowed
        rows = _mapping_rows(session, year, unit_ids=unit_ids)
    if scope is None:
        # Non-admins see their own appraiser and the people they appraise.
        me = actor.employee_id or ""
        rows = [r for r in rows if me in (r.employee_id, r.supervisor_id)]
    return rows


def _check_year(year: int) -> None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ValidationError(
            _("Tahun {y} tidak masuk akal.").format(y=year),
            hint=_("Pilih tahun antara {a} dan {b}.").format(a=MIN_YEAR, b=MAX_YEAR),
        )


def _find_cycle(edges: dict[str, set[str]], start: str, target: str) -> list[str] | None:
    """Path start -> ... -> target following employee->supervisor edges, if any."""
    previous: dict[str, str | None] = {start: None}
    stack = [start]
    while stack:
        node = stack.pop()
        if node == target:
            path = [node]
            while (prev := previous[path[-1]]) is not None:
                path.append(prev)
            return list(reversed(path))
        for nxt in edges.get(node, ()):
            if nxt not in previous:
                previous[nxt] = node
                stack.append(nxt)
    return None


def _cycle_error(session: Session, employee_id: str, path: list[str]) -> ValidationError:
    ids = {employee_id, *path}
    names = dict(
        session.execute(
            select(Employee.id, Employee.name).where(Employee.id.in_(sorted(ids)))
        ).all()
    )
    chain = [employee_id, *path]
    text = ", ".join(
        _("{a} dinilai oleh {b}").format(a=names.get(a, a), b=names.get(b, b))
        for a, b in itertools.pairwise(chain)
    )
    return ValidationError(
        _("Penugasan ini membentuk lingkaran penilaian: {c}.").format(c=text),
        problems=[("supervisor_id", _("Pejabat penilai membentuk lingkaran."))],
        hint=_("Pilih pejabat penilai lain, atau perbaiki dulu penugasan di rantai itu."),
    )


def set_supervisor(
    ws: Workspace,
    actor: Actor,
    employee_id: str,
    supervisor_id: str,
    year: int,
    *,
    valid_from: date | None = None,
    note: str = "",
) -> MappingRow:
    """Assign from ``valid_from`` (default 1 Jan of ``year``) to 31 Dec. A change mid-year
    closes the earlier row the day before and keeps it. Refuses self-supervision and
    cycles (A appraises B appraises A, at any depth). On a non-central node the row is
    flagged ``needs_confirmation``."""
    _check_year(year)
    start = valid_from or date(year, 1, 1)
    end = date(year, 12, 31)
    if start.year != year:
        raise ValidationError(
            _("Tanggal mulai {d} tidak berada di tahun {y}.").format(d=start.isoformat(), y=year),
            problems=[("valid_from", _("Harus di tahun {y}.").format(y=year))],
            hint=_("Pilih tanggal mulai di tahun yang sama."),
        )
    if employee_id == supervisor_id:
        raise ValidationError(
            _("Pegawai tidak dapat menjadi pejabat penilai bagi dirinya sendiri."),
            problems=[("supervisor_id", _("Pilih pegawai lain."))],
            hint=_("Pilih atasan langsung pegawai ini."),
        )
    with ws.write(actor=actor.username) as session:
        tree = load_tree(session)
        scope = scope_in(session, ws, actor, tree)
        emp = organisation.require_employee(session, employee_id)
        sup = organisation.require_employee(session, supervisor_id)
        if not scope.covers(emp.unit_id):
            raise _deny_outside(scope, _("Pegawai {n}").format(n=emp.name))
        for person in (emp, sup):
            if not person.active:
                raise ValidationError(
                    _("{n} tidak aktif.").format(n=person.name),
                    hint=_("Pilih pegawai yang masih aktif."),
                )
        sa = SupervisorAssignment
        edges: dict[str, set[str]] = {}
        for a, b in session.execute(
            select(sa.employee_id, sa.supervisor_id).where(
                sa.year == year,
                sa.deleted.is_(False),
                sa.valid_to >= start,
                sa.employee_id != employee_id,
                sa.supervisor_id.is_not(None),
            )
        ).all():
            edges.setdefault(a, set()).add(str(b))
        path = _find_cycle(edges, supervisor_id, employee_id)
        if path is not None:
            raise _cycle_error(session, employee_id, path)
        own = (
            session.execute(
                select(sa)
                .where(sa.year == year, sa.employee_id == employee_id, sa.deleted.is_(False))
                .order_by(sa.valid_from)
            )
            .scalars()
            .all()
        )
        for row in own:
            if (
                row.valid_from <= start <= row.valid_to == end
                and row.supervisor_id == supervisor_id
            ):
                return _mapping_rows(session, year, row_ids=[row.id])[0]
        closed: list[str] = []
        replaced: list[str] = []
        for row in own:
            if row.valid_from >= start:
                row.deleted = True
                replaced.append(row.id)
            elif row.valid_to >= start:
                row.valid_to = start - timedelta(days=1)
                closed.append(row.id)
        new = SupervisorAssignment(
            employee_id=employee_id,
            supervisor_id=supervisor_id,
            year=year,
            valid_from=start,
            valid_to=end,
            needs_confirmation=ws.node.role is not NodeRole.CENTRAL,
            note=note.strip(),
        )
        session.add(new)
        session.flush()
        audit.record_action(
            session,
            ws,
            actor,
            action="mapping.set",
            entity="supervisor_assignment",
            entity_id=new.id,
            detail={
                "employee": emp.nip,
                "supervisor": sup.nip,
                "year": year,
                "valid_from": start.isoformat(),
                "closed": closed,
                "replaced": replaced,
                "note": new.note,
            },
        )
        return _mapping_rows(session, year, row_ids=[new.id])[0]


MAX_EXTERNAL = 200


def _external_json(nama: str, jabatan: str, nip: str, *, what: str) -> str:
    """Checked JSON of an external signatory; "" when ``nama`` is empty."""
    clean = {
        "nama": " ".join((nama or "").split()),
        "jabatan": " ".join((jabatan or "").split()),
        "nip": "".join(ch for ch in (nip or "") if not ch.isspace()),
    }
    if not clean["nama"]:
        return ""
    problems: list[tuple[str, str]] = []
    if not clean["jabatan"]:
        problems.append(("jabatan", _("Jabatan {w} wajib diisi.").format(w=what)))
    for key in ("nama", "jabatan"):
        if len(clean[key]) > MAX_EXTERNAL:
            problems.append((key, _("Paling banyak {n} karakter.").format(n=MAX_EXTERNAL)))
    if clean["nip"] and not (clean["nip"].isdigit() and len(clean["nip"]) == 18):
        problems.append(("nip", _("NIP harus 18 angka, atau kosongkan.")))
    if problems:
        raise ValidationError(
            _("Data {w} belum lengkap: {m}").format(w=what, m=problems[0][1]),
            problems=problems,
            hint=_("Isi nama dan jabatan; NIP boleh kosong (mis. Wali Kota)."),
        )
    return json.dumps(clean, ensure_ascii=False, sort_keys=True)


def set_external_penilai(
    ws: Workspace,
    actor: Actor,
    employee_id: str,
    year: int,
    *,
    nama: str,
    jabatan: str,
    nip: str = "",
    valid_from: date | None = None,
    note: str = "",
) -> MappingRow:
    """The Pejabat Penilai Kinerja is outside the employee data (e.g. the Wali Kota
    appraising the Sekda): a mapping row without ``supervisor_id`` naming them, from
    ``valid_from`` (default 1 Jan) to 31 Dec; earlier rows are closed as in
    ``set_supervisor``. The administrator enters that person's SKP approval and
    evaluation on their behalf; the documents print their name for wet signature."""
    _check_year(year)
    start = valid_from or date(year, 1, 1)
    if start.year != year:
        raise ValidationError(
            _("Tanggal mulai {d} tidak berada di tahun {y}.").format(d=start.isoformat(), y=year),
            problems=[("valid_from", _("Harus di tahun {y}.").format(y=year))],
        )
    data = _external_json(nama, jabatan, nip, what=_("pejabat penilai"))
    if not data:
        raise ValidationError(
            _("Nama pejabat penilai wajib diisi."),
            problems=[("nama", _("Wajib diisi."))],
        )
    with ws.write(actor=actor.username) as session:
        scope = scope_in(session, ws, actor, load_tree(session))
        emp = organisation.require_employee(session, employee_id)
        if not scope.covers(emp.unit_id):
            raise _deny_outside(scope, _("Pegawai {n}").format(n=emp.name))
        sa = SupervisorAssignment
        own = (
            session.execute(
                select(sa)
                .where(sa.year == year, sa.employee_id == employee_id, sa.deleted.is_(False))
                .order_by(sa.valid_from)
            )
            .scalars()
            .all()
        )
        for row in own:
            if row.valid_from >= start:
                row.deleted = True
            elif row.valid_to >= start:
                row.valid_to = start - timedelta(days=1)
        new = SupervisorAssignment(
            employee_id=employee_id,
            supervisor_id=None,
            external_penilai=data,
            year=year,
            valid_from=start,
            valid_to=date(year, 12, 31),
            needs_confirmation=ws.node.role is not NodeRole.CENTRAL,
            note=note.strip(),
        )
        session.add(new)
        session.flush()
        audit.record_action(
            session,
            ws,
            actor,
            action="mapping.set_external",
            entity="supervisor_assignment",
            entity_id=new.id,
            detail={"employee": emp.nip, "penilai": json.loads(data), "year": year},
        )
        return _mapping_rows(session, year, row_ids=[new.id])[0]


def set_external_atasan(
    ws: Workspace,
    actor: Actor,
    mapping_id: str,
    *,
    nama: str,
    jabatan: str = "",
    nip: str = "",
) -> MappingRow:
    """Name an external Atasan Pejabat Penilai on a mapping row (e.g. the Wali Kota for
    a Kepala OPD appraised by the Sekda); an empty ``nama`` clears it, so the atasan is
    again the penilai's own penilai."""
    data = _external_json(nama, jabatan, nip, what=_("atasan pejabat penilai"))
    with ws.write(actor=actor.username) as session:
        row = session.get(SupervisorAssignment, mapping_id)
        if row is None or row.deleted:
            raise NotFoundError(_("Penugasan pejabat penilai tidak ditemukan."))
        scope = scope_in(session, ws, actor, load_tree(session))
        emp = organisation.require_employee(session, row.employee_id)
        if not scope.covers(emp.unit_id):
            raise _deny_outside(scope, _("Pegawai {n}").format(n=emp.name))
        if row.external_atasan != data:
            row.external_atasan = data
            if ws.node.role is not NodeRole.CENTRAL:
                row.needs_confirmation = True
            audit.record_action(
                session,
                ws,
                actor,
                action="mapping.set_external_atasan",
                entity="supervisor_assignment",
                entity_id=row.id,
                detail={"employee": emp.nip, "atasan": json.loads(data) if data else None},
            )
        session.flush()
        return _mapping_rows(session, row.year, row_ids=[row.id])[0]


def copy_mapping(ws: Workspace, actor: Actor, from_year: int, to_year: int) -> int:
    """Copy each employee's last mapping of ``from_year`` into ``to_year`` where
    ``to_year`` has none yet; skips inactive employees/supervisors. Returns rows copied."""
    _check_year(from_year)
    _check_year(to_year)
    if from_year == to_year:
        raise ValidationError(
            _("Tahun asal dan tahun tujuan sama."), hint=_("Pilih tahun tujuan yang berbeda.")
        )
    sa = SupervisorAssignment
    emp = aliased(Employee)
    sup = aliased(Employee)
    with ws.write(actor=actor.username) as session:
        tree = load_tree(session)
        scope = scope_in(session, ws, actor, tree)
        rows = session.execute(
            select(sa.employee_id, sa.supervisor_id, sa.valid_from, emp.unit_id)
            .join(emp, emp.id == sa.employee_id)
            .join(sup, sup.id == sa.supervisor_id)  # external penilai rows are not copied
            .where(
                sa.year == from_year,
                sa.deleted.is_(False),
                emp.active.is_(True),
                emp.deleted.is_(False),
                sup.active.is_(True),
                sup.deleted.is_(False),
            )
            .order_by(sa.employee_id, sa.valid_from)
        ).all()
        last: dict[str, tuple[str, str | None]] = {}
        for employee_id, supervisor_id, _start, unit_id in rows:
            last[employee_id] = (str(supervisor_id), unit_id)
        edges: dict[str, set[str]] = {}
        for a, b in session.execute(
            select(sa.employee_id, sa.supervisor_id).where(
                sa.year == to_year, sa.deleted.is_(False)
            )
        ).all():
            edges.setdefault(a, set())
            if b:
                edges[a].add(str(b))
        flag = ws.node.role is not NodeRole.CENTRAL
        copied = skipped_cycle = 0
        for employee_id, (supervisor_id, unit_id) in sorted(last.items()):
            if employee_id in edges or not scope.covers(unit_id):
                continue
            if _find_cycle(edges, supervisor_id, employee_id) is not None:
                skipped_cycle += 1
                continue
            session.add(
                SupervisorAssignment(
                    employee_id=employee_id,
                    supervisor_id=supervisor_id,
                    year=to_year,
                    valid_from=date(to_year, 1, 1),
                    valid_to=date(to_year, 12, 31),
                    needs_confirmation=flag,
                    note=_("Disalin dari {y}").format(y=from_year),
                )
            )
            edges.setdefault(employee_id, set()).add(supervisor_id)
            copied += 1
        if copied:
            audit.record_action(
                session,
                ws,
                actor,
                action="mapping.copy",
                entity="supervisor_assignment",
                detail={
                    "from_year": from_year,
                    "to_year": to_year,
                    "copied": copied,
                    "skipped_cycle": skipped_cycle,
                },
            )
        return copied


def confirm_mapping(ws: Workspace, actor: Actor, mapping_ids: Sequence[str]) -> int:
    """Admin pusat confirms office-made mapping rows (clears ``needs_confirmation``)."""
    auth.require(actor, Role.ADMIN_PUSAT)
    sa = SupervisorAssignment
    with ws.write(actor=actor.username) as session:
        rows = (
            session.execute(
                select(sa).where(
                    sa.id.in_(list(mapping_ids)),
                    sa.deleted.is_(False),
                    sa.needs_confirmation.is_(True),
                )
            )
            .scalars()
            .all()
        )
        for row in rows:
            row.needs_confirmation = False
        if rows:
            audit.record_action(
                session,
                ws,
                actor,
                action="mapping.confirm",
                entity="supervisor_assignment",
                detail={"ids": [r.id for r in rows]},
            )
        return len(rows)


def supervisor_of(ws: Workspace, employee_id: str, on: date) -> str | None:
    """The employee's Pejabat Penilai Kinerja on a given day (the one rule of
    ``organisation.penilai``; no permission check: used by other services)."""
    with ws.read() as session:
        return organisation.penilai(session, employee_id, on)


def employees_without_supervisor(
    ws: Workspace, actor: Actor, year: int, *, unit_id: str | None = None
) -> list[EmployeeRow]:
    """Active employees (inside the admin's scope) with no mapping row in ``year``."""
    sa = SupervisorAssignment
    with ws.read() as session:
        tree = load_tree(session)
        scope = scope_in(session, ws, actor, tree)
        unit_ids: set[str] | None = tree.subtree(unit_id) if unit_id else None
        if not scope.all_units:
            unit_ids = set(scope.unit_ids) if unit_ids is None else unit_ids & scope.unit_ids
        stmt = employee_filter_clause(
            _employee_row_select(),
            EmployeeFilter(),
            unit_ids,
        )
        stmt = stmt.where(
            ~exists().where(sa.employee_id == Employee.id, sa.year == year, sa.deleted.is_(False))
        ).order_by(Employee.name, Employee.nip)
        rows = session.connection().execute(stmt).all()
    return [_employee_row(r) for r in rows]


# --- accounts --------------------------------------------------------------------------
@dataclass(frozen=True)
class AccountRow:
    id: str
    username: str
    display_name: str
    roles: tuple[str, ...]
    employee_id: str | None
    employee_nip: str
    active: bool
    locked: bool  # admin lock or temporary lockout
    last_login_at: str


def _roles_of(text: str) -> frozenset[Role]:
    return frozenset(Role(r) for r in text.split(",") if r)


def _parse_roles(roles: Sequence[str]) -> set[Role]:
    out: set[Role] = set()
    for role in roles:
        try:
            out.add(Role(str(role).strip().lower()))
        except ValueError:
            valid = ", ".join(r.value for r in Role)
            raise ValidationError(
                _("Peran tidak dikenal: {r!r}.").format(r=role),
                problems=[("roles", _("Peran yang valid: {v}.").format(v=valid))],
                hint=_("Peran yang valid: {v}.").format(v=valid),
            ) from None
    return out or {Role.PEGAWAI}


def _account_row(user: User, nip: str | None) -> AccountRow:
    now = now_utc()
    temporarily = user.locked_until is not None and user.locked_until > now
    last = to_wita(user.last_login_at).strftime("%Y-%m-%d %H:%M") if user.last_login_at else ""
    return AccountRow(
        id=user.id,
        username=user.username,
        display_name=user.display_name,
        roles=tuple(sorted(r.value for r in _roles_of(user.roles))),
        employee_id=user.employee_id,
        employee_nip=nip or "",
        active=user.active,
        locked=user.admin_locked or temporarily or not user.active,
        last_login_at=last,
    )


def _account_in_scope(session: Session, scope: AdminScope, user: User) -> bool:
    if scope.all_units:
        return True
    if user.employee_id is None:
        return False
    unit_id = session.execute(
        select(Employee.unit_id).where(Employee.id == user.employee_id)
    ).scalar_one_or_none()
    return scope.covers(unit_id)


def _managed_user(
    session: Session, ws: Workspace, actor: Actor, user_id: str
) -> tuple[User, AdminScope]:
    scope = scope_in(session, ws, actor, load_tree(session))
    user = session.get(User, user_id)
    if user is None:
        raise NotFoundError(_("Akun tidak ditemukan."), hint=_("Muat ulang daftar akun."))
    if not _account_in_scope(session, scope, user):
        raise _deny_outside(scope, _("Akun {u}").format(u=user.username))
    if Role.ADMIN_PUSAT in _roles_of(user.roles) and not actor.has(Role.ADMIN_PUSAT):
        raise PermissionDeniedError(
            _("Akun admin pusat {u} hanya dapat diubah oleh admin pusat.").format(u=user.username),
            hint=_("Minta admin pusat (BKPSDM) untuk mengubahnya."),
        )
    return user, scope


def _refuse_admin_pusat_grant(actor: Actor, roles: set[Role]) -> None:
    if Role.ADMIN_PUSAT in roles and not actor.has(Role.ADMIN_PUSAT):
        raise PermissionDeniedError(
            _("Hanya admin pusat yang dapat memberikan peran Admin Pusat."),
            hint=_("Pilih peran lain, atau minta admin pusat (BKPSDM)."),
        )


def list_accounts(ws: Workspace, actor: Actor) -> list[AccountRow]:
    """Accounts the admin manages (an admin OPD sees the accounts of its OPD)."""
    with ws.read() as session:
        scope = scope_in(session, ws, actor, load_tree(session))
        stmt = (
            select(User, Employee.nip, Employee.unit_id)
            .outerjoin(Employee, Employee.id == User.employee_id)
            .order_by(func.lower(User.username))
        )
        rows = session.execute(stmt).all()
        return [
            _account_row(user, nip)
            for user, nip, unit_id in rows
            if scope.all_units or user.id == actor.user_id or scope.covers(unit_id)
        ]


def create_account(
    ws: Workspace,
    actor: Actor,
    *,
    username: str,
    password: str,
    roles: Sequence[str],
    employee_id: str | None,
    display_name: str = "",
) -> AccountRow:
    """Admin only; admin OPD cannot grant admin_pusat; the new user must change the
    password at first login."""
    role_set = _parse_roles(roles)
    _refuse_admin_pusat_grant(actor, role_set)
    with ws.write(actor=actor.username) as session:
        scope = scope_in(session, ws, actor, load_tree(session))
        nip = ""
        if employee_id is not None:
            emp = organisation.require_employee(session, employee_id)
            if not scope.covers(emp.unit_id):
                raise _deny_outside(scope, _("Pegawai {n}").format(n=emp.name))
            taken = session.execute(
                select(User.username).where(User.employee_id == employee_id)
            ).scalar_one_or_none()
            if taken is not None:
                raise ValidationError(
                    _("{n} sudah memiliki akun {u}.").format(n=emp.name, u=taken),
                    problems=[("employee_id", _("Sudah memiliki akun."))],
                    hint=_("Gunakan akun itu; atur ulang kata sandinya bila lupa."),
                )
            nip = emp.nip
            display_name = display_name or organisation.display_name(emp)
        elif not scope.all_units:
            raise ValidationError(
                _("Akun baru harus ditautkan ke data pegawai di OPD Anda."),
                problems=[("employee_id", _("Pilih pegawai."))],
                hint=_("Pilih pegawai pemilik akun."),
            )
        auth.check_password_strength(  # after the permission checks
            password,
            username=username.strip(),
            agency=ws.node.agency,
            strong=auth.needs_strong_password(ws, role_set),
        )
        user = auth.create_user_unchecked(
            session,
            username=username.strip(),
            password=password,
            roles=role_set,
            display_name=display_name.strip(),
            employee_id=employee_id,
            must_change_password=True,
        )
        auth.stage_key_slot(ws, user.id, user.username, password)  # encrypted workspace
        audit.record_action(
            session,
            ws,
            actor,
            action="user.create",
            entity="app_user",
            entity_id=user.id,
            detail={
                "username": user.username,
                "roles": sorted(r.value for r in role_set),
                "employee": nip,
            },
        )
        return _account_row(user, nip)


def reset_password(ws: Workspace, actor: Actor, user_id: str, new_password: str) -> None:
    """Set a new password (the user must change it at next login); clears a lockout."""
    auth.check_password_strength(new_password, agency=ws.node.agency)
    with ws.write(actor=actor.username) as session:
        user, _scope = _managed_user(session, ws, actor, user_id)
        auth.check_password_strength(
            new_password,
            username=user.username,
            agency=ws.node.agency,
            strong=auth.needs_strong_password(ws, auth.actor_for(user).roles),
        )
        user.password_hash = auth.hash_password(new_password)
        user.must_change_password = user.id != actor.user_id
        user.failed_attempts = 0
        user.locked_until = None
        audit.record_action(
            session,
            ws,
            actor,
            action="user.reset_password",
            entity="app_user",
            entity_id=user.id,
            detail={"username": user.username},
        )
        slot = auth.stage_key_slot(ws, user.id, user.username, new_password)
    auth.settle_key_slot(ws, user_id, slot, user.username)


def set_account_locked(ws: Workspace, actor: Actor, user_id: str, locked: bool) -> None:
    """Lock/unlock by an admin (unlock also clears a failed-login lockout). Refuses to
    lock oneself."""
    if locked and user_id == actor.user_id:
        raise ValidationError(
            _("Anda tidak dapat mengunci akun Anda sendiri."),
            hint=_("Minta admin lain bila akun ini memang harus dikunci."),
        )
    with ws.write(actor=actor.username) as session:
        user, _scope = _managed_user(session, ws, actor, user_id)
        if not locked:
            auth.require_key_slot(ws, user.id, user.username)  # encrypted workspace
        user.admin_locked = locked
        if not locked:
            user.failed_attempts = 0
            user.locked_until = None
        audit.record_action(
            session,
            ws,
            actor,
            action="user.lock" if locked else "user.unlock",
            entity="app_user",
            entity_id=user.id,
            detail={"username": user.username},
        )
    if locked and ws.key is not None:
        # The slot goes AND the workspace gets a new data key: an old copy of the slot
        # file plus that password opens nothing current.
        from ekinerja_desktop.services import rekey

        rekey.rekey(ws, drop_user=user_id)
    elif not locked:
        auth.settle_key_slot(ws, user_id, None, user.username)


def set_roles(ws: Workspace, actor: Actor, user_id: str, roles: Sequence[str]) -> None:
    """Replace an account's roles; admin OPD cannot grant admin_pusat, and nobody can
    take the admin role away from their own account."""
    role_set = _parse_roles(roles)
    _refuse_admin_pusat_grant(actor, role_set)
    with ws.write(actor=actor.username) as session:
        user, _scope = _managed_user(session, ws, actor, user_id)
        before = _roles_of(user.roles)
        admin_roles = {Role.ADMIN_OPD, Role.ADMIN_PUSAT}
        if user.id == actor.user_id and (before & admin_roles) - role_set:
            raise ValidationError(
                _("Anda tidak dapat mencabut peran admin dari akun Anda sendiri."),
                hint=_("Minta admin lain untuk mengubah peran akun ini."),
            )
        if before == role_set:
            return
        user.roles = ",".join(sorted(r.value for r in role_set))
        audit.record_action(
            session,
            ws,
            actor,
            action="user.set_roles",
            entity="app_user",
            entity_id=user.id,
            detail={
                "username": user.username,
                "before": sorted(r.value for r in before),
                "after": sorted(r.value for r in role_set),
            },
        )


def default_admin_actor(ws: Workspace) -> Actor:
    """The workspace's first (oldest) usable admin account, for headless commands."""
    with ws.read() as session:
        users = (
            session.execute(
                select(User)
                .where(User.active.is_(True), User.admin_locked.is_(False))
                .order_by(User.created_at, User.username)
            )
            .scalars()
            .all()
        )
        for user in users:
            if _roles_of(user.roles) & {Role.ADMIN_OPD, Role.ADMIN_PUSAT}:
                return auth.actor_for(user)
    raise WorkspaceError(
        _("Ruang kerja ini tidak memiliki akun admin yang aktif."),
        hint=_("Jalankan perintah dengan --as NAMA_PENGGUNA milik admin."),
        code="no_admin",
    )
