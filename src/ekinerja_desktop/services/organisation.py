"""The organisation base shared by every service: the unit tree, an administrator's
scope, the one Pejabat Penilai rule, employee lookup and display name.

Nothing here checks what the actor may do beyond the admin scope (see ``access``); the
functions take an open session where the caller already has one.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from ekinerja_desktop.domain.fmt import person_display_name
from ekinerja_desktop.domain.i18n import _
from ekinerja_desktop.domain.roles import NodeRole, Role
from ekinerja_desktop.domain.supervision import MappingSpan, penilai_on
from ekinerja_desktop.domain.timeutil import today_wita
from ekinerja_desktop.services import auth
from ekinerja_desktop.services.errors import NotFoundError
from ekinerja_desktop.store.models import Employee, OrgUnit, SupervisorAssignment

if TYPE_CHECKING:
    from ekinerja_desktop.services.auth import Actor
    from ekinerja_desktop.services.workspace import Workspace

__all__ = [
    "AdminScope",
    "MappingSpan",
    "Signatory",
    "Unit",
    "UnitTree",
    "admin_scope",
    "display_name",
    "employee",
    "load_tree",
    "mappings",
    "penilai",
    "penilai_and_atasan",
    "penilai_map",
    "penilai_on",
    "require_employee",
    "scope_in",
    "signatories",
    "team_on",
]


# --- unit tree and admin scope ---------------------------------------------------------
@dataclass(frozen=True)
class AdminScope:
    """Which units an administrator may change: all of them, or one OPD's subtree."""

    all_units: bool
    unit_ids: frozenset[str]
    opd_name: str = ""

    def covers(self, unit_id: str | None) -> bool:
        return self.all_units or (unit_id is not None and unit_id in self.unit_ids)


class Unit(NamedTuple):
    """One live unit (a plain tuple: a city tree has hundreds, built on every read)."""

    id: str
    parent_id: str | None
    code: str
    name: str
    kind: str
    active: bool
    saturday_workday: bool
    sort_order: int


class UnitTree:
    """All live units, loaded with one query (a few hundred rows at most)."""

    def __init__(self, units: Iterable[Unit]) -> None:
        self.by_id: dict[str, Unit] = {u.id: u for u in units}
        self.children: dict[str | None, list[Unit]] = {}
        for unit in self.by_id.values():
            parent = unit.parent_id if unit.parent_id in self.by_id else None
            self.children.setdefault(parent, []).append(unit)
        for siblings in self.children.values():
            siblings.sort(key=lambda u: (u.sort_order, u.name.casefold(), u.id))
        self._paths: dict[str, str] = {}

    def ordered(self) -> list[Unit]:
        out: list[Unit] = []
        stack = list(reversed(self.children.get(None, [])))
        while stack:
            unit = stack.pop()
            out.append(unit)
            stack.extend(reversed(self.children.get(unit.id, [])))
        return out

    def subtree(self, unit_id: str) -> set[str]:
        ids: set[str] = set()
        stack = [unit_id]
        while stack:
            current = stack.pop()
            if current in ids:
                continue
            ids.add(current)
            stack.extend(u.id for u in self.children.get(current, []))
        return ids

    def ancestors(self, unit_id: str) -> list[Unit]:
        """The unit itself, then its parent, ... up to the top-level unit."""
        chain: list[Unit] = []
        seen: set[str] = set()
        current = self.by_id.get(unit_id)
        while current is not None and current.id not in seen:
            chain.append(current)
            seen.add(current.id)
            current = self.by_id.get(current.parent_id) if current.parent_id else None
        return chain

    def top(self, unit_id: str) -> Unit | None:
        chain = self.ancestors(unit_id)
        return chain[-1] if chain else None

    def path(self, unit_id: str) -> str:
        if unit_id not in self._paths:
            self._paths[unit_id] = " / ".join(u.name for u in reversed(self.ancestors(unit_id)))
        return self._paths[unit_id]

    def match(self, text: str) -> list[Unit]:
        """Units whose code, name or full path equals ``text`` (case-insensitive)."""
        key = _norm(text)
        if not key:
            return []
        by_code = [u for u in self.by_id.values() if u.code and _norm(u.code) == key]
        if by_code:
            return by_code
        by_path = [u for u in self.by_id.values() if _norm(self.path(u.id)) == key]
        if by_path:
            return by_path
        return [u for u in self.by_id.values() if _norm(u.name) == key]


def _norm(text: str) -> str:
    return " ".join(text.replace("/", " / ").split()).casefold()


def load_tree(session: Session) -> UnitTree:
    """The live unit tree (one query)."""
    session.flush()  # pending unit changes count, as the ORM's autoflush would
    rows = session.connection().execute(_TREE_SELECT).all()
    return UnitTree(Unit(*row) for row in rows)


# Through Core, not the ORM's result loading: a city's 650 units in half the time.
_TREE_SELECT = select(
    OrgUnit.id,
    OrgUnit.parent_id,
    OrgUnit.code,
    OrgUnit.name,
    OrgUnit.kind,
    OrgUnit.active,
    OrgUnit.saturday_workday,
    OrgUnit.sort_order,
).where(OrgUnit.deleted.is_(False))


def scope_in(session: Session, ws: Workspace, actor: Actor, tree: UnitTree) -> AdminScope:
    """What the administrator ``actor`` may change, inside an open session; raises for
    non-admins."""
    auth.require(actor, Role.ADMIN_OPD, Role.ADMIN_PUSAT)
    if actor.has(Role.ADMIN_PUSAT):
        return AdminScope(True, frozenset())
    if actor.employee_id is None:
        if ws.node.role is NodeRole.CENTRAL:
            return AdminScope(False, frozenset())
        return AdminScope(True, frozenset())
    unit_id = session.execute(
        select(Employee.unit_id).where(Employee.id == actor.employee_id)
    ).scalar_one_or_none()
    top = tree.top(unit_id) if unit_id else None
    if top is None:
        return AdminScope(False, frozenset())
    return AdminScope(False, frozenset(tree.subtree(top.id)), top.name)


def admin_scope(ws: Workspace, actor: Actor) -> AdminScope:
    """What ``actor`` may change (for greying out buttons); raises for non-admins."""
    with ws.read() as session:
        return scope_in(session, ws, actor, load_tree(session))


# --- employees -------------------------------------------------------------------------
def employee(session: Session, employee_id: str | None) -> Employee | None:
    """The live (not deleted) employee with this id, or None."""
    if not employee_id:
        return None
    emp = session.get(Employee, employee_id)
    return None if emp is None or emp.deleted else emp


def require_employee(session: Session, employee_id: str) -> Employee:
    """The live employee with this id; NotFoundError when there is none (any more)."""
    emp = employee(session, employee_id)
    if emp is None:
        raise NotFoundError(
            _("Data pegawai tidak ditemukan (mungkin sudah dihapus)."),
            hint=_("Muat ulang daftar pegawai."),
        )
    return emp


def employee_id_by_nip(ws: Workspace, nip: str) -> str:
    """Id of the live employee with this NIP/NI PPPK (spaces and a leading apostrophe, as
    spreadsheets write it, are ignored). Reading what belongs to that employee is checked
    by the caller's own rules."""
    cleaned = "".join(nip.split()).lstrip("'")
    with ws.read() as session:
        found = session.execute(
            select(Employee.id).where(Employee.nip == cleaned, Employee.deleted.is_(False))
        ).scalar_one_or_none()
    if found is None:
        raise NotFoundError(
            _("Pegawai dengan NIP {n} tidak ditemukan.").format(n=nip),
            hint=_("Periksa NIP (18 angka) atau impor data pegawai lebih dahulu."),
        )
    return str(found)


def employee_by_nip(session: Session, nip: str) -> Employee:
    """The live employee whose NIP has the digits of ``nip``; NotFoundError when there is
    none. Reading what belongs to that employee is checked by the caller's own rules."""
    digits = "".join(ch for ch in nip if ch.isdigit())
    emp = session.execute(
        select(Employee).where(Employee.nip == digits, Employee.deleted.is_(False))
    ).scalar_one_or_none()
    if emp is None:
        raise NotFoundError(
            _("Pegawai dengan NIP {n} tidak ditemukan.").format(n=nip),
            hint=_("Periksa NIP (18 angka)."),
        )
    return emp


def unit_chain(session: Session, unit_id: str | None) -> list[OrgUnit]:
    """The unit, then its parent, ... up to the top-level unit; stops early at a unit
    that is not (any more) on record or at a loop."""
    chain: list[OrgUnit] = []
    seen: set[str] = set()
    current = unit_id
    while current and current not in seen:
        seen.add(current)
        unit = session.get(OrgUnit, current)
        if unit is None:
            break
        chain.append(unit)
        current = unit.parent_id
    return chain


NAME_COLUMNS = (Employee.front_title, Employee.name, Employee.back_title)
"""The columns ``display_name`` reads, in ``person_display_name`` order (column selects)."""


def display_name(emp: Employee | None) -> str:
    """Name with academic titles ("Dr. Budi, S.Kom."); empty for no employee."""
    if emp is None:
        return ""
    return person_display_name(emp.front_title, emp.name, emp.back_title)


# --- the Pejabat Penilai rule (domain.supervision) -------------------------------------
def mappings(
    session: Session, employee_ids: Iterable[str], year: int | None = None
) -> dict[str, list[MappingSpan]]:
    """The live supervisor mapping rows of each employee (of ``year``, or of every
    year), ordered by ``valid_from``."""
    ids = sorted(set(employee_ids))
    out: dict[str, list[MappingSpan]] = defaultdict(list)
    if not ids:
        return out
    sa = SupervisorAssignment
    stmt = (
        select(sa.employee_id, sa.year, sa.valid_from, sa.valid_to, sa.supervisor_id)
        .where(sa.employee_id.in_(ids), sa.deleted.is_(False))
        .order_by(sa.valid_from)
    )
    if year is not None:
        stmt = stmt.where(sa.year == year)
    for emp, yr, start, end, sup in session.execute(stmt).all():
        # "" = an external penilai (not an employee) for that span.
        out[str(emp)].append(MappingSpan(int(yr), start, end, str(sup) if sup else ""))
    return out


def penilai(session: Session, employee_id: str, on: date) -> str | None:
    """The Pejabat Penilai Kinerja of ``employee_id`` on ``on`` (the one rule); None when
    there is none or it is an external signatory (see ``signatories``)."""
    found = penilai_on(mappings(session, [employee_id], on.year).get(employee_id, []), on)
    return found or None


def external_person(text: str) -> dict[str, str] | None:
    """An external signatory stored on a mapping row (JSON) -> {"nama", "jabatan",
    "nip"}; None when empty or unreadable."""
    if not text:
        return None
    try:
        data = json.loads(text)
    except ValueError:
        return None
    if not isinstance(data, dict) or not str(data.get("nama", "")).strip():
        return None
    return {k: str(data.get(k, "") or "") for k in ("nama", "jabatan", "nip")}


@dataclass(frozen=True)
class Signatory:
    """A Pejabat Penilai or Atasan Pejabat Penilai: an employee, or an external person
    (name, jabatan, optional NIP) recorded on the supervisor mapping."""

    employee_id: str | None = None
    external: dict[str, str] | None = None

    @property
    def is_external(self) -> bool:
        return self.employee_id is None and self.external is not None

    def __bool__(self) -> bool:
        return self.employee_id is not None or self.external is not None


def _mapping_row_on(session: Session, employee_id: str, on: date) -> SupervisorAssignment | None:
    """The mapping row the Pejabat Penilai rule picks for ``on`` (penilai_on's choice)."""
    sa = SupervisorAssignment
    rows = list(
        session.execute(
            select(sa)
            .where(sa.employee_id == employee_id, sa.year == on.year, sa.deleted.is_(False))
            .order_by(sa.valid_from)
        ).scalars()
    )
    if not rows:
        return None
    for row in reversed(rows):
        if row.valid_from <= on <= row.valid_to:
            return row
    earlier = [r for r in rows if r.valid_from <= on]
    return earlier[-1] if earlier else rows[0]


def signatories(session: Session, employee_id: str, on: date) -> tuple[Signatory, Signatory]:
    """(Pejabat Penilai, Atasan Pejabat Penilai) of ``employee_id`` on ``on``, external
    signatories included: the atasan is the one named on the employee's mapping row,
    else the penilai's own penilai (an employee or external, e.g. the Wali Kota above
    the Sekda)."""
    row = _mapping_row_on(session, employee_id, on)
    if row is None:
        return Signatory(), Signatory()
    penilai_sig = Signatory(
        row.supervisor_id, None if row.supervisor_id else external_person(row.external_penilai)
    )
    atasan_ext = external_person(row.external_atasan)
    if atasan_ext is not None:
        return penilai_sig, Signatory(None, atasan_ext)
    if row.supervisor_id is None:
        return penilai_sig, Signatory()
    upper = _mapping_row_on(session, row.supervisor_id, on)
    if upper is None:
        return penilai_sig, Signatory()
    return penilai_sig, Signatory(
        upper.supervisor_id,
        None if upper.supervisor_id else external_person(upper.external_penilai),
    )


def mapped_to(session: Session, supervisor_id: str | None, year: int) -> set[str]:
    """Employees with a live mapping row of ``year`` naming ``supervisor_id`` (None: an
    external signatory) in any of its spans."""
    sa = SupervisorAssignment
    named = (
        sa.supervisor_id.is_(None) if supervisor_id is None else sa.supervisor_id == supervisor_id
    )
    stmt = select(sa.employee_id).where(sa.year == year, named, sa.deleted.is_(False))
    return {str(e) for e in session.execute(stmt).scalars()}


def externally_appraised(session: Session, on: date) -> set[str]:
    """Employees whose Pejabat Penilai on ``on`` is an external signatory."""
    candidates = mapped_to(session, None, on.year)
    spans = mappings(session, candidates, on.year)
    return {e for e in candidates if penilai_on(spans.get(e, []), on) == ""}


def external_snapshot(person: dict[str, str]) -> dict[str, str]:
    """Identity snapshot (as ``skp.person_snapshot``) of an external signatory."""
    return {
        "nama": person.get("nama", ""),
        "nip": person.get("nip", ""),
        "pangkat": "",
        "jabatan": person.get("jabatan", ""),
        "unit": "",
        "external": "1",
    }


def penilai_and_atasan(
    session: Session, employee_id: str, on: date
) -> tuple[str | None, str | None]:
    """(Pejabat Penilai, Atasan Pejabat Penilai) of ``employee_id`` on ``on``."""
    first = penilai(session, employee_id, on)
    return first, (penilai(session, first, on) if first else None)


def team_spans(session: Session, supervisor_id: str, year: int) -> dict[str, list[MappingSpan]]:
    """The mapping spans of ``year`` of everyone mapped to ``supervisor_id`` in some span
    of it (the candidates of ``team_on`` and ``team_between``; read once, ask both)."""
    candidates = mapped_to(session, supervisor_id, year)
    spans = mappings(session, candidates, year)
    return {e: spans.get(e, []) for e in candidates}


def team_on(
    session: Session,
    supervisor_id: str,
    on: date,
    spans: dict[str, list[MappingSpan]] | None = None,
) -> set[str]:
    """Employees whose Pejabat Penilai on ``on`` is ``supervisor_id`` (``spans``: the
    ``team_spans`` of that year when already read)."""
    if spans is None:
        spans = team_spans(session, supervisor_id, on.year)
    return {e for e, rows in spans.items() if penilai_on(rows, on) == supervisor_id}


def penilai_map(session: Session, year: int, on: date | None = None) -> dict[str, str]:
    """Every employee mapped in ``year`` -> their Pejabat Penilai on ``on`` (default:
    today clamped into ``year``, the SKP reference day)."""
    day = on or min(max(today_wita(), date(year, 1, 1)), date(year, 12, 31))
    sa = SupervisorAssignment
    spans: dict[str, list[MappingSpan]] = defaultdict(list)
    for emp, start, end, sup in session.execute(
        select(sa.employee_id, sa.valid_from, sa.valid_to, sa.supervisor_id)
        .where(sa.year == year, sa.deleted.is_(False))
        .order_by(sa.valid_from)
    ).all():
        spans[str(emp)].append(MappingSpan(year, start, end, str(sup) if sup else ""))
    out: dict[str, str] = {}
    for emp, rows in spans.items():
        supervisor = penilai_on(rows, day)
        if supervisor:  # "" = an external penilai
            out[emp] = supervisor
    return out


def team_between(
    session: Session,
    supervisor_id: str,
    first: date,
    last: date,
    spans: dict[str, list[MappingSpan]] | None = None,
) -> set[str]:
    """Employees whose Pejabat Penilai was ``supervisor_id`` on some day from ``first`` to
    ``last`` (both in one year; ``spans`` as for ``team_on``)."""
    if spans is None:
        spans = team_spans(session, supervisor_id, first.year)
    days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    return {
        e for e, rows in spans.items() if any(penilai_on(rows, d) == supervisor_id for d in days)
    }
