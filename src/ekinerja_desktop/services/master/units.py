"""Master data: organisation units (the OPD -> bidang -> seksi tree): list, resolve,
create, rename, move, deactivate."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ekinerja_desktop.domain.copying import record_from
from ekinerja_desktop.domain.i18n import _
from ekinerja_desktop.services import audit
from ekinerja_desktop.services.errors import (
    NotFoundError,
    ValidationError,
    live_row,
)
from ekinerja_desktop.services.master.scope import (
    UNIT_KINDS,
    deny_outside,
)
from ekinerja_desktop.services.organisation import (
    AdminScope,
    Unit,
    UnitTree,
    load_tree,
    scope_in,
)
from ekinerja_desktop.store.models import Employee, OrgUnit

if TYPE_CHECKING:
    from ekinerja_desktop.services.auth import Actor
    from ekinerja_desktop.services.workspace import Workspace


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


def _unit_row(unit: Unit | OrgUnit, count: int, path: str) -> UnitRow:
    return record_from(UnitRow, unit, employee_count=count, path=path)


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
        _unit_row(u, counts.get(u.id, 0), tree.path(u.id))
        for u in tree.ordered()
        if include_inactive or u.active
    ]


def resolve_unit(ws: Workspace, actor: Actor, text: str) -> UnitRow:
    """Find one unit by code, full path ("OPD / Bidang") or name (case-insensitive)."""
    with ws.read() as session:
        tree = load_tree(session)
        found = tree.match(text)
        if len(found) == 1:
            count = _unit_counts(session, found[0].id).get(found[0].id, 0)
            return _unit_row(found[0], count, tree.path(found[0].id))
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
    missing = _("Unit tidak ditemukan (mungkin sudah dihapus).")
    return live_row(session, OrgUnit, unit_id, missing, _("Muat ulang daftar unit."))


def _unit_in_scope(
    session: Session, ws: Workspace, actor: Actor, unit_id: str
) -> tuple[UnitTree, AdminScope, OrgUnit]:
    """The unit tree, the actor's admin scope and the unit, refused unless the unit is in
    that scope."""
    tree = load_tree(session)
    scope = scope_in(session, ws, actor, tree)
    unit = _unit_entity(session, unit_id)
    if not scope.covers(unit.id):
        raise deny_outside(scope, _("Unit {u}").format(u=unit.name))
    return tree, scope, unit


def create_unit(ws: Workspace, actor: Actor, data: UnitInput) -> UnitRow:
    with ws.write(actor=actor.username) as session:
        tree = load_tree(session)
        scope = scope_in(session, ws, actor, tree)
        if data.parent_id is None and not scope.all_units:
            raise deny_outside(scope, _("Unit tingkat teratas (OPD baru)"))
        if data.parent_id is not None and not scope.covers(data.parent_id):
            raise deny_outside(scope, _("Unit induk yang dipilih"))
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
        audit.record_row(session, ws, actor, "unit.create", unit, dataclasses.asdict(clean))
        parent_path = tree.path(clean.parent_id) if clean.parent_id else ""
        return _unit_row(unit, 0, f"{parent_path} / {unit.name}" if parent_path else unit.name)


def _reload_unit_row(session: Session, unit_id: str) -> UnitRow:
    session.flush()
    tree = load_tree(session)
    counts = _unit_counts(session, unit_id)
    return _unit_row(tree.by_id[unit_id], counts.get(unit_id, 0), tree.path(unit_id))


def update_unit(ws: Workspace, actor: Actor, unit_id: str, data: UnitInput) -> UnitRow:
    """Rename / re-code / move (parent change; refuses moving under its own subtree)."""
    with ws.write(actor=actor.username) as session:
        tree, scope, unit = _unit_in_scope(session, ws, actor, unit_id)
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
                raise deny_outside(scope, _("Unit tingkat teratas"))
            if data.parent_id is not None and not scope.covers(data.parent_id):
                raise deny_outside(scope, _("Unit induk yang dipilih"))
        clean = _check_unit_input(session, tree, data, unit.id)
        changes: dict[str, list[Any]] = {}
        for field in ("name", "code", "kind", "parent_id", "saturday_workday"):
            new = getattr(clean, field)
            old = getattr(unit, field)
            if new != old:
                changes[field] = [old, new]
                setattr(unit, field, new)
        if changes:
            audit.record_row(session, ws, actor, "unit.update", unit, changes)
        return _reload_unit_row(session, unit.id)


def set_unit_active(ws: Workspace, actor: Actor, unit_id: str, active: bool) -> UnitRow:
    """Deactivate instead of delete (units with history are never hard-deleted);
    refuses to deactivate a unit that still has active employees or active children."""
    with ws.write(actor=actor.username) as session:
        tree, _scope, unit = _unit_in_scope(session, ws, actor, unit_id)
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
        detail = {"name": unit.name}
        audit.record_row(
            session, ws, actor, "unit.activate" if active else "unit.deactivate", unit, detail
        )
        return _reload_unit_row(session, unit.id)
