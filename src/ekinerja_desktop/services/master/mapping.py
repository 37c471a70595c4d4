"""Master data: supervisor (penilai) mapping per year - list, set with an effective
date, external penilai/atasan, copy a year, confirm, employees without a penilai."""

from __future__ import annotations

import itertools
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import exists, select
from sqlalchemy.orm import Session, aliased

from ekinerja_desktop.domain.i18n import _
from ekinerja_desktop.domain.roles import NodeRole, Role
from ekinerja_desktop.services import audit, auth, organisation
from ekinerja_desktop.services.errors import (
    ValidationError,
    live_row,
)
from ekinerja_desktop.services.master.employees import (
    EmployeeFilter,
    EmployeeRow,
    employee_filter_clause,
    employee_row,
    employee_row_select,
    reader_scope,
)
from ekinerja_desktop.services.master.scope import (
    MAX_YEAR,
    MIN_YEAR,
    deny_outside,
)
from ekinerja_desktop.services.organisation import (
    load_tree,
    scope_in,
)
from ekinerja_desktop.store.models import Employee, SupervisorAssignment

if TYPE_CHECKING:
    from ekinerja_desktop.services.auth import Actor
    from ekinerja_desktop.services.workspace import Workspace


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
        scope = reader_scope(session, ws, actor)
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


def _map_from(
    session: Session,
    ws: Workspace,
    own: Sequence[SupervisorAssignment],
    start: date,
    end: date,
    *,
    note: str,
    **fields: Any,
) -> tuple[SupervisorAssignment, list[str], list[str]]:
    """A mapping row of ``fields`` from ``start`` to ``end`` in place of the employee's
    rows ``own`` from then on: a row that starts on or after ``start`` is replaced
    (deleted), one that runs into it is closed the day before. Returns the new row and
    the ids of the closed and of the replaced rows."""
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
        year=start.year,
        valid_from=start,
        valid_to=end,
        needs_confirmation=ws.node.role is not NodeRole.CENTRAL,
        note=note.strip(),
        **fields,
    )
    session.add(new)
    session.flush()
    return new, closed, replaced


def _own_assignments(
    session: Session, year: int, employee_id: str
) -> Sequence[SupervisorAssignment]:
    """The employee's live supervisor assignments of ``year``, by start date."""
    sa = SupervisorAssignment
    return (
        session.execute(
            select(sa)
            .where(sa.year == year, sa.employee_id == employee_id, sa.deleted.is_(False))
            .order_by(sa.valid_from)
        )
        .scalars()
        .all()
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
            raise deny_outside(scope, _("Pegawai {n}").format(n=emp.name))
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
        own = _own_assignments(session, year, employee_id)
        for row in own:
            if (
                row.valid_from <= start <= row.valid_to == end
                and row.supervisor_id == supervisor_id
            ):
                return _mapping_rows(session, year, row_ids=[row.id])[0]
        new, closed, replaced = _map_from(
            session,
            ws,
            own,
            start,
            end,
            note=note,
            employee_id=employee_id,
            supervisor_id=supervisor_id,
        )
        detail = {
            "employee": emp.nip,
            "supervisor": sup.nip,
            "year": year,
            "valid_from": start.isoformat(),
            "closed": closed,
            "replaced": replaced,
            "note": new.note,
        }
        audit.record_row(session, ws, actor, "mapping.set", new, detail)
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
            raise deny_outside(scope, _("Pegawai {n}").format(n=emp.name))
        own = _own_assignments(session, year, employee_id)
        new, _closed, _replaced = _map_from(
            session,
            ws,
            own,
            start,
            date(year, 12, 31),
            note=note,
            employee_id=employee_id,
            supervisor_id=None,
            external_penilai=data,
        )
        detail = {"employee": emp.nip, "penilai": json.loads(data), "year": year}
        audit.record_row(session, ws, actor, "mapping.set_external", new, detail)
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
        missing = _("Penugasan pejabat penilai tidak ditemukan.")
        row = live_row(session, SupervisorAssignment, mapping_id, missing)
        scope = scope_in(session, ws, actor, load_tree(session))
        emp = organisation.require_employee(session, row.employee_id)
        if not scope.covers(emp.unit_id):
            raise deny_outside(scope, _("Pegawai {n}").format(n=emp.name))
        if row.external_atasan != data:
            row.external_atasan = data
            if ws.node.role is not NodeRole.CENTRAL:
                row.needs_confirmation = True
            detail = {"employee": emp.nip, "atasan": json.loads(data) if data else None}
            audit.record_row(session, ws, actor, "mapping.set_external_atasan", row, detail)
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
            employee_row_select(),
            EmployeeFilter(),
            unit_ids,
        )
        stmt = stmt.where(
            ~exists().where(sa.employee_id == Employee.id, sa.year == year, sa.deleted.is_(False))
        ).order_by(Employee.name, Employee.nip)
        rows = session.connection().execute(stmt).all()
    return [employee_row(r) for r in rows]
