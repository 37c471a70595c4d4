"""Master data: employees - list and filter, NIP check, read, normalise and save."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from ekinerja_desktop.domain.copying import record_from
from ekinerja_desktop.domain.fmt import person_display_name
from ekinerja_desktop.domain.i18n import _
from ekinerja_desktop.domain.jabatan import JabatanKind, parse_level, validate_level
from ekinerja_desktop.domain.nip import AsnStatus, NipError, NipInfo, clean_nip, parse_nip
from ekinerja_desktop.domain.pangkat import pangkat_by_code, pppk_golongan_by_code
from ekinerja_desktop.domain.roles import Role
from ekinerja_desktop.domain.timeutil import today_wita
from ekinerja_desktop.services import audit, organisation
from ekinerja_desktop.services.errors import (
    PermissionDeniedError,
    ValidationError,
)
from ekinerja_desktop.services.master.scope import (
    HIGHEST_ENTRY_RANK,
    MAX_KELAS_JABATAN,
    YEARS_PER_ACCELERATED_STEP,
    deny_outside,
)
from ekinerja_desktop.services.organisation import (
    AdminScope,
    UnitTree,
    load_tree,
    scope_in,
)
from ekinerja_desktop.store.models import Employee, OrgUnit

if TYPE_CHECKING:
    from ekinerja_desktop.services.auth import Actor
    from ekinerja_desktop.services.workspace import Workspace


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
    highest = HIGHEST_ENTRY_RANK + (months // 12) // YEARS_PER_ACCELERATED_STEP
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


def employee_row_select() -> Select[*tuple[Any, ...]]:
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


def employee_row(r: Any) -> EmployeeRow:
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
        scope = reader_scope(session, ws, actor)
        unit_ids = filter_unit_ids(session, flt)
        if scope is not None and not scope.all_units:
            allowed = set(scope.unit_ids)
            unit_ids = allowed if unit_ids is None else set(unit_ids) & allowed
        stmt = employee_filter_clause(
            employee_row_select(),
            flt,
            unit_ids,
        ).order_by(Employee.name, Employee.nip)
        if scope is None:
            stmt = stmt.where(Employee.id == (actor.employee_id or ""))
        if limit is not None:
            stmt = stmt.limit(limit)
        # Core execution on the session's connection: no ORM row processing for 11k rows.
        rows = session.connection().execute(stmt).all()
    return [employee_row(r) for r in rows]


def _input_of(emp: Employee) -> EmployeeInput:
    return record_from(EmployeeInput, emp)


def _detail(emp: Employee) -> EmployeeDetail:
    return EmployeeDetail(emp.id, _input_of(emp), emp.birth_date, emp.sex, emp.version, emp.active)


def reader_scope(session: Session, ws: Workspace, actor: Actor) -> AdminScope | None:
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
        scope = reader_scope(session, ws, actor)
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
                raise deny_outside(ctx.scope, _("Pegawai {n}").format(n=emp.name))
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
            action = "employee.create" if creating else "employee.update"
            detail = {"nip": emp.nip, "changes": changes}
            audit.record_row(session, ws, actor, action, emp, detail)
        return _detail(emp)
